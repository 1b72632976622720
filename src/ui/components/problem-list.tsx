import { useEffect, useState } from 'preact/hooks';
import type { CauseGroup } from '../text/cause-groups';
import { type CardProps, ProblemCard } from './problem-card';

/** Cards in the very first paint: what the popup shows before scrolling; the rest follow a frame later. */
export const FIRST_PAINT = 2;

interface Props extends CardProps {
  groups: readonly CauseGroup[];
}

/** One card per cause (at most one per cause id, so never many), the first two in the first paint. */
export function ProblemList({ groups, ...card }: Props) {
  const [limit, setLimit] = useState(FIRST_PAINT);
  useEffect(() => {
    // After the first paint, not before: the diagnosis the user came for shows as soon as possible.
    const frame = requestAnimationFrame(() => setLimit(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      {groups.slice(0, limit).map((group) => (
        <ProblemCard key={group.cause} group={group} {...card} />
      ))}
    </>
  );
}
