import { useEffect, useState } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import type { RunAction } from '../actions';
import type { CauseGroup } from '../text/cause-groups';
import { ProblemCard } from './problem-card';

/** Cards in the very first paint: what the popup shows before scrolling; the rest follow a frame later. */
export const FIRST_PAINT = 2;

interface Props {
  groups: readonly CauseGroup[];
  audience: Audience;
  now: number;
  run: RunAction;
  /** See ProblemCard. */
  reportPerCard?: boolean;
}

/** One card per cause (at most one per cause id, so never many), the first two in the first paint. */
export function ProblemList({ groups, audience, now, run, reportPerCard }: Props) {
  const [limit, setLimit] = useState(FIRST_PAINT);
  useEffect(() => {
    // After the first paint, not before: the diagnosis the user came for shows as soon as possible.
    const frame = requestAnimationFrame(() => setLimit(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      {groups.slice(0, limit).map((group) => (
        <ProblemCard
          key={group.cause}
          group={group}
          audience={audience}
          now={now}
          run={run}
          reportPerCard={reportPerCard}
        />
      ))}
    </>
  );
}
