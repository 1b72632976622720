import type { Audience } from '../rules/types';
import type { ObservationRecord } from '../shared/storage-schema';
import { causeTitleKey } from '../shared/report/cause-title';
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { t } from '../ui/i18n/t';
import { shortenUrl } from '../ui/text/shorten-url';
import { topCause } from './panel-model';

interface Props {
  rows: readonly ObservationRecord[];
  audience: Audience;
  onShowCard: (record: ObservationRecord) => void;
}

/** One compact row per refused request, newest first; a row's URL leads to its cause's card. */
export function RefusalTable({ rows, audience, onShowCard }: Props) {
  return (
    <table class="refusals">
      <caption>{t('devtools_table_caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('devtools_column_status')}</th>
          <th scope="col">{t('devtools_column_method')}</th>
          <th scope="col">{t('devtools_column_url')}</th>
          <th scope="col">{t('devtools_column_cause')}</th>
          <th scope="col" class="count">
            {t('devtools_column_count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((record) => {
          const cause = topCause(record);
          const request = `${sanitizeText(record.method, 20)} ${shortenUrl(record.url, 60)}`;
          return (
            <tr key={record.key} data-row-cause={cause}>
              <td>{record.status}</td>
              <td>{sanitizeText(record.method, 20)}</td>
              <td class="url-cell">
                <button
                  type="button"
                  class="link"
                  title={sanitizeText(record.url, 2000)}
                  aria-label={t('devtools_show_card', [request])}
                  onClick={() => onShowCard(record)}
                >
                  {shortenUrl(record.url, 60)}
                </button>
              </td>
              <td>{t(causeTitleKey(cause, audience))}</td>
              <td class="count">{record.count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
