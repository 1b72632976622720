// One card per cause: twelve refusals of the same kind are one problem with twelve URLs, not twelve
// identical cards.
import type { CauseId } from '../../rules/types';
import type { ObservationRecord } from '../../shared/storage-schema';

export interface CauseGroup {
  cause: CauseId;
  /** Ranked, most important first; `records[0]` speaks for the group (evidence, advice). */
  records: ObservationRecord[];
  /** Refusals in the group (records dedupe repeats). */
  count: number;
}

/** Groups ranked records by their top cause, in the order each cause first appears. */
export function groupByCause(ranked: readonly ObservationRecord[]): CauseGroup[] {
  const groups = new Map<CauseId, CauseGroup>();
  for (const record of ranked) {
    const cause = record.diagnosis.causes[0]?.id ?? 'unknown';
    const group = groups.get(cause);
    if (group) {
      group.records.push(record);
      group.count += record.count;
    } else {
      groups.set(cause, { cause, records: [record], count: record.count });
    }
  }
  return [...groups.values()];
}
