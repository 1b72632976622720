import type { CauseId } from '../../rules/types';
import type { DiagnosedEntry } from '../../har/diagnose-har';

/** The counts printed before any detail: how many of each status and of each most likely cause. */
export interface RefusalCounts {
  byStatus: Array<[status: number, count: number]>;
  byCause: Array<[cause: CauseId, count: number]>;
}

/** Most frequent first; ties in order of first appearance. */
export function countRefusals(entries: readonly DiagnosedEntry[]): RefusalCounts {
  const statuses = new Map<number, number>();
  const causes = new Map<CauseId, number>();
  for (const { diagnosis } of entries) {
    const status = diagnosis.facts.response.status;
    const cause = diagnosis.causes[0]?.id ?? 'unknown';
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  }
  return { byStatus: mostFirst(statuses), byCause: mostFirst(causes) };
}

function mostFirst<K>(counts: Map<K, number>): Array<[K, number]> {
  // Array.prototype.sort is stable: equal counts keep insertion (first-seen) order.
  return [...counts].sort((a, b) => b[1] - a[1]);
}
