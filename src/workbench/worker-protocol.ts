// The one contract between the workbench page and its HAR worker: the page posts a File, the worker
// answers with progress, then the diagnosed entries in batches, then done (or one reason it cannot).
import type { DiagnosedEntry } from '../har/diagnose-har';
import type { FailureReason } from './har-reading';

export interface HarRequest {
  file: Blob;
}

/** What the file holds besides its refusals: the page's summary line. */
export interface HarSummary {
  entries: number;
  /** A sanitizer (Chrome's default export) removed every credential header (src/har/detect-sanitized.ts). */
  sanitized: boolean;
}

export type HarReply =
  | { kind: 'reading' }
  | { kind: 'diagnosing'; done: number; total: number }
  /**
   * Refused entries, in file order. In batches: each message is deserialized on the page's thread, and a
   * storm of 50,000 refusals in one message would freeze it for seconds.
   */
  | { kind: 'entries'; diagnosed: DiagnosedEntry[] }
  | { kind: 'done'; summary: HarSummary }
  /** `message` is a HarError's sentence (English, as the CLI prints it); undefined: not a text file. */
  | { kind: 'failed'; reason: Exclude<FailureReason, 'worker'>; message?: string };
