// The filter by cause: which causes the file's refusals have (most frequent first), and the entries
// whose most likely cause is the one picked. "Most likely" as `why401 diagnose --cause` reads it.
import type { CauseId } from '../rules/types';
import type { EntryRecord } from './entry-record';

/** No cause picked: every refused entry. */
export const ALL_CAUSES = 'all';
export type CauseChoice = CauseId | typeof ALL_CAUSES;

export interface CauseCount {
  cause: CauseId;
  count: number;
}

function topCause(entry: EntryRecord): CauseId {
  return entry.record.diagnosis.causes[0]?.id ?? 'unknown';
}

/** Each top cause once with its number of entries; ties keep the file's order. */
export function causeCounts(entries: readonly EntryRecord[]): CauseCount[] {
  const counts = new Map<CauseId, number>();
  for (const entry of entries) counts.set(topCause(entry), (counts.get(topCause(entry)) ?? 0) + 1);
  return [...counts].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count);
}

export function filterByCause(entries: readonly EntryRecord[], choice: CauseChoice): readonly EntryRecord[] {
  return choice === ALL_CAUSES ? entries : entries.filter((entry) => topCause(entry) === choice);
}
