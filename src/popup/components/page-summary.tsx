import { useMemo } from 'preact/hooks';
import type { Audience } from '../../rules/types';
import type { TabState } from '../../shared/storage-schema';
import type { RunAction } from '../actions';
import { rankRecords } from '../text/rank-records';
import { summaryLine } from '../text/summary';
import { ProblemList } from './problem-list';

interface Props {
  state: TabState;
  audience: Audience;
  now: number;
  run: RunAction;
}

export function PageSummary({ state, audience, now, run }: Props) {
  const ranked = useMemo(() => rankRecords(state.records), [state.records]);
  return (
    <section class="problems">
      <h1>{summaryLine(state, ranked, audience)}</h1>
      <ProblemList ranked={ranked} audience={audience} now={now} run={run} />
    </section>
  );
}
