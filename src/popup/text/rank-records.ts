import type { ObservationRecord } from '../../shared/storage-schema';

// Most important first: a `likely` top cause before a `possible` one, then the rule module's score,
// then the most recent. Records keep their order when all of that ties (Array#sort is stable).
function weight(record: ObservationRecord): [number, number] {
  const top = record.diagnosis.causes[0];
  return [top?.likelihood === 'likely' ? 1 : 0, top?.score ?? 0];
}

export function rankRecords(records: readonly ObservationRecord[]): ObservationRecord[] {
  return [...records].sort((a, b) => {
    const [la, sa] = weight(a);
    const [lb, sb] = weight(b);
    return lb - la || sb - sa || b.lastAt - a.lastAt;
  });
}
