import type { Audience } from '../../rules/types';
import { ProblemCard } from '../../ui/components/problem-card';
import { RequestLine } from '../../ui/components/request-line';
import { t } from '../../ui/i18n/t';
import { groupByCause } from '../../ui/text/cause-groups';
import type { EntryRecord } from '../entry-record';

/**
 * One refused entry: its request line (method, redacted URL, status, the time it was made) and the
 * popup's card for it, whose other ranked causes follow under "Other possible causes".
 */
export function EntrySection({ entry, audience }: { entry: EntryRecord; audience: Audience }) {
  const [group] = groupByCause([entry.record]);
  return (
    <section class="entry" data-entry={entry.index}>
      <h2 class="entry-title">{t('workbench_entry_title', [entry.index + 1])}</h2>
      <RequestLine record={entry.record} />
      {group && <ProblemCard group={group} audience={audience} hideRequest />}
    </section>
  );
}
