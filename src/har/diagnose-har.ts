import type { Diagnosis } from '../rules/types';
import { num, str } from './har-fields';
import type { HarDocument } from './har-types';
import { createHarContextTracker } from './har-context';
import { type HarVisibility, detectVisibility } from './detect-sanitized';
import { diagnoseEntry } from './diagnose-entry';
import { PLACEHOLDER_VERSION } from './sanitize/placeholder';
import { restoreEntry, restorePages } from './sanitize/restore-entry';

export interface DiagnosedEntry {
  /** Index in `log.entries` (0-based). */
  index: number;
  /** As written in the HAR (ISO 8601), or empty when absent. */
  startedDateTime: string;
  diagnosis: Diagnosis;
}

/** Entries between two progress reports: a clock read per report stays negligible. */
const PROGRESS_EVERY = 256;

/**
 * Diagnoses every 401/407 entry, in order. One pass: each entry is first looked up for its
 * context (built from the entries before it) and then observed, so the work stays linear.
 */
export function diagnoseHar(
  har: HarDocument,
  onProgress?: (done: number, total: number) => void,
  visibility: HarVisibility = detectVisibility(har),
): DiagnosedEntry[] {
  // A Why401-sanitized file: each placeholder read back as a stand-in of the same shape (restore-entry.ts).
  const restored = har.why401Sanitized === PLACEHOLDER_VERSION;
  const pages = restored ? restorePages(har.pages) : har.pages;
  const tracker = createHarContextTracker(pages, { credentialsHidden: visibility.headersRemoved });
  const out: DiagnosedEntry[] = [];
  const total = har.entries.length;
  har.entries.forEach((raw, index) => {
    const entry = restored ? restoreEntry(raw) : raw;
    if (onProgress && index % PROGRESS_EVERY === 0) onProgress(index, total);
    const status = num(entry.response.status);
    if (status === 401 || status === 407) {
      const diagnosis = diagnoseEntry(entry, tracker, visibility);
      out.push({ index, startedDateTime: str(entry.startedDateTime) ?? '', diagnosis });
    }
    tracker.observe(entry);
  });
  return out;
}
