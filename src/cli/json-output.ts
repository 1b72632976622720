import type { Audience, CauseId, Likelihood, RequestSide, Sanitization } from '../rules/types';

// The public, versioned schema of `why401 diagnose --json` (documented in src/cli/README.md).
// Bump `version` on any incompatible change; adding optional fields is compatible.

export interface JsonOutput {
  version: 1;
  /** Number of entries in the input (all statuses), so "no 401s among N" is visible too. */
  entryCount: number;
  /** One per 401/407 entry, in input order. */
  entries: JsonEntry[];
  /**
   * A sanitizer touched the credentials of the diagnosed entries: `headers-removed` (Chrome's default
   * export) or `values-replaced` (placeholders). Absent when none did.
   */
  sanitized?: Sanitization;
}

export interface JsonEntry {
  /** Index in the HAR's `log.entries` (0-based); 0 for a single exchange. */
  index: number;
  /** Request URL with secret-looking query values replaced by `[redacted]`, fragment dropped. */
  url: string;
  method: string;
  /** 401 or 407. */
  status: number;
  /** As in the input (ISO 8601), or empty when absent (then no time-relative evidence is used). */
  startedDateTime: string;
  /**
   * What the file shows of the request: `complete`, `sanitized` (credential headers removed),
   * `prompt-retry` (the browser's login-prompt retry is not in the file), `not-seen`. Unless `complete`,
   * credentials that are not shown are unknown, not absent.
   */
  requestSide: RequestSide;
  /** How a sanitizer touched this entry's credentials, when one did. */
  sanitized?: Sanitization;
  /** One English sentence saying what was not seen, when something was not. */
  note?: string;
  /** Ranked, most likely first; never empty (`unknown` at worst). */
  causes: JsonCause[];
  /** What to do about `causes[0]`, per audience, in English. */
  advice: Record<Audience, string[]>;
  /** Login page taken from the challenge (`realm`, `authorization_uri`), when it is an http(s) URL. */
  loginUrl?: string;
}

export interface JsonCause {
  /** Stable cause id (DESIGN.md, Causes). */
  id: CauseId;
  likelihood: Likelihood;
  /** English title for the chosen audience (`--audience`, default developer). */
  title: string;
  /** One English sentence explaining the cause, when the catalog has one. */
  summary?: string;
  evidence: JsonEvidence[];
}

export interface JsonEvidence {
  /** English sentence; code-like values in backticks. */
  text: string;
  /**
   * Where it came from: `header:<lower-case name>`, `claim:<name>`, `body`, `status`, `request`,
   * `history:<redacted url>` (an earlier response in the same HAR), `context`.
   */
  source: string;
}
