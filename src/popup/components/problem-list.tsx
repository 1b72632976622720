import { useState } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import type { ObservationRecord } from '../../shared/storage-schema';
import type { RunAction } from '../actions';
import { t } from '../i18n/t';
import { ProblemCard } from './problem-card';

/** Cards rendered at first: more than a popup shows without scrolling, few enough for a fast first paint. */
export const FIRST_PAGE = 8;

interface Props {
  ranked: readonly ObservationRecord[];
  audience: Audience;
  now: number;
  run: RunAction;
}

export function ProblemList({ ranked, audience, now, run }: Props) {
  const [limit, setLimit] = useState(FIRST_PAGE);
  const rest = ranked.length - limit;
  return (
    <>
      {ranked.slice(0, limit).map((record) => (
        <ProblemCard key={record.key} record={record} audience={audience} now={now} run={run} />
      ))}
      {rest > 0 && (
        <button type="button" class="more" onClick={() => setLimit(limit + FIRST_PAGE * 2)}>
          {t('popup_show_more', [rest])}
        </button>
      )}
    </>
  );
}
