import type { Audience } from '../../rules/types';
import { causeTitleKey } from '../../shared/report/cause-title';
import type { EarlierPage } from '../../shared/storage-schema';
import { t, uiLocale } from '../../ui/i18n/t';
import { groupByCause } from '../../ui/text/cause-groups';
import { rankRecords } from '../../shared/rank-records';
import { relativeTime } from '../../ui/text/relative-time';
import { shortenUrl } from '../../ui/text/shorten-url';
import { RichText } from '../../ui/components/rich-text';

/** The last few pages of this tab that had refusals, on demand: page, when it was left, count, causes. */
export function EarlierPages({
  pages,
  audience,
  now,
}: {
  pages: readonly EarlierPage[];
  audience: Audience;
  now: number;
}) {
  if (pages.length === 0) return null;
  return (
    <details class="earlier" data-section="earlier">
      <summary>{t('popup_earlier_pages', [pages.length])}</summary>
      <ul>
        {pages.map((page) => {
          const causes = groupByCause(rankRecords(page.records)).map((group) =>
            t(causeTitleKey(group.cause, audience)),
          );
          return (
            <li key={`${page.leftAt} ${page.pageUrl}`}>
              <RichText
                text={t(`popup_earlier_page_${page.total === 1 ? 'one' : 'other'}`, [
                  { code: shortenUrl(page.pageUrl, 48) },
                  page.total,
                  relativeTime(page.leftAt, now, uiLocale()),
                ])}
              />
              <span class="meta"> {causes.join(' · ')}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
