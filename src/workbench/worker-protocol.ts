// The one contract between the workbench page and its HAR worker: the page posts a File, the worker
// answers with progress and then the diagnosis of every refused entry (or one sentence why it cannot).
import type { DiagnosedEntry } from '../har/diagnose-har';

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
  | { kind: 'done'; summary: HarSummary; diagnosed: DiagnosedEntry[] }
  /** `message` is a HarError's sentence (English, as the CLI prints it); undefined: not a text file. */
  | { kind: 'failed'; reason: 'har' | 'empty' | 'binary' | 'internal'; message?: string };
