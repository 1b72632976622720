import { useEffect, useState } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import type { ObservationRecord } from '../../shared/storage-schema';
import type { RunAction } from '../actions';
import { t } from '../i18n/t';
import { ProblemCard } from './problem-card';

/** Cards rendered at first: more than a popup shows without scrolling, few enough for a fast first paint. */
export const FIRST_PAGE = 8;
/** Cards in the very first paint: what the popup shows before scrolling; the rest of the page follows a frame later. */
export const FIRST_PAINT = 2;

interface Props {
  ranked: readonly ObservationRecord[];
  audience: Audience;
  now: number;
  run: RunAction;
}

export function ProblemList({ ranked, audience, now, run }: Props) {
  const [limit, setLimit] = useState(FIRST_PAINT);
  useEffect(() => {
    // After the first paint, not before: the diagnosis the user came for shows as soon as possible.
    const frame = requestAnimationFrame(() => setLimit((current) => Math.max(current, FIRST_PAGE)));
    return () => cancelAnimationFrame(frame);
  }, []);
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
