// One ranking of a tab's records, shared by the popup (the order of its cards) and the badge (its colour
// and tooltip), so the tooltip never names another cause than the popup's first card.
import { ledHere, type ObservationRecord, type TabState } from './storage-schema';

// Most important first: a `likely` top cause before a `possible` one, then the rule module's score,
// then the most recent. Records keep their order when all of that ties (Array#sort is stable).
function weight(record: ObservationRecord): [number, number] {
  const top = record.diagnosis.causes[0];
  return [top?.likelihood === 'likely' ? 1 : 0, top?.score ?? 0];
}

/**
 * The record the popup's first card shows: this page's most important refusal, or when this page has
 * none, the most important of those that led here.
 */
export function topRecord(state: TabState): ObservationRecord | undefined {
  return rankRecords(state.records)[0] ?? rankRecords(ledHere(state)?.records ?? [])[0];
}

export function rankRecords(records: readonly ObservationRecord[]): ObservationRecord[] {
  return [...records].sort((a, b) => {
    const [la, sa] = weight(a);
    const [lb, sb] = weight(b);
    return lb - la || sb - sa || b.lastAt - a.lastAt;
  });
}
