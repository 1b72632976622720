// A diagnosed HAR entry in the shape the cards take (the popup's ObservationRecord), so the workbench
// shows the very cards of src/ui. One entry, one record: a HAR is read entry by entry, not deduped.
import type { DiagnosedEntry } from '../har/diagnose-har';
import type { ObservationRecord } from '../shared/storage-schema';
import { firstObservation } from '../shared/tab-state';

export interface EntryRecord {
  /** The entry's 0-based position in `log.entries` (as `why401 diagnose --json` counts). */
  index: number;
  record: ObservationRecord;
}

export function entryRecord({ index, diagnosis }: DiagnosedEntry): EntryRecord {
  return { index, record: firstObservation(String(index), diagnosis) };
}
