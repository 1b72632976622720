// The one contract between the workbench page and its HAR worker: the page posts a File and a job.
// To diagnose, the worker answers with progress, then the diagnosed entries in batches, then done (or
// one reason it cannot); to sanitize, with the sanitized file and what was removed (or the reason).
import type { DiagnosedEntry } from '../har/diagnose-har';
import type { SanitizeSummary } from '../har/sanitize/sanitize-har';
import type { FailureReason } from './har-reading';

export interface HarRequest {
  /** Absent: diagnose (the page's first job for every file). */
  job?: 'diagnose' | 'sanitize';
  file: Blob;
}

/** What the file holds besides its refusals: the page's summary line. */
export interface HarSummary {
  entries: number;
  /** A sanitizer (Chrome's default export) removed every credential header (src/har/detect-sanitized.ts). */
  sanitized: boolean;
}

/** `message` is a HarError's sentence (English, as the CLI prints it); undefined: not a text file. */
export type FailedReply = { kind: 'failed'; reason: Exclude<FailureReason, 'worker'>; message?: string };

export type HarReply =
  | { kind: 'reading' }
  | { kind: 'diagnosing'; done: number; total: number }
  /**
   * Refused entries, in file order. In batches: each message is deserialized on the page's thread, and a
   * storm of 50,000 refusals in one message would freeze it for seconds.
   */
  | { kind: 'entries'; diagnosed: DiagnosedEntry[] }
  | { kind: 'done'; summary: HarSummary }
  | FailedReply;

export type SanitizeReply =
  | { kind: 'reading' }
  /**
   * `har` holds the text `why401 sanitize` writes, UTF-8. A Blob made in the worker: the page hands it
   * to the download as it is, never copying 100 MB of text onto its own thread.
   */
  | { kind: 'sanitized'; har: Blob; summary: SanitizeSummary }
  | FailedReply;
