import type { Audience, CauseId, Likelihood, RequestSide, Sanitization } from '../rules/types';

// The public, versioned schema of `why401 diagnose --json` (documented in src/cli/README.md).
// Bump `version` on any incompatible change; adding optional fields is compatible.

export interface JsonOutput {
  version: 1;
  /** Number of entries in the input (all statuses), so "no 401s among N" is visible too. */
  entryCount: number;
  /**
   * One per 401/407 entry, in input order: those kept by `--status`, `--url` and `--cause` (all of
   * them without filters), and with `--limit N` only those in the first N groups.
   */
  entries: JsonEntry[];
  /**
   * A sanitizer touched the credentials of the diagnosed entries: `headers-removed` (Chrome's default
   * export) or `values-replaced` (placeholders). Absent when none did.
   */
  sanitized?: Sanitization;
  /** Added for issue #13: the counts the text output starts with. */
  summary: JsonSummary;
  /** Added for issue #13: identical refusals (same `causes[0].id`, method and URL pattern), in order of their first entry. */
  groups: JsonGroup[];
}

/** `why401 diagnose --json` with several files: one item per file, in the order given. */
export interface JsonFilesOutput {
  version: 1;
  files: Array<JsonFileResult | JsonFileError>;
}

export interface JsonFileResult extends Omit<JsonOutput, 'version'> {
  /** As given on the command line; `-` for standard input. */
  file: string;
}

/** A file that could not be read or is not a HAR; the exit status is then 2. */
export interface JsonFileError {
  file: string;
  /** The same one-line English message as on stderr, e.g. `unexpected end of JSON at byte 1234`. */
  error: string;
}

export interface JsonSummary {
  /** 401/407 entries in the input, before filters. */
  refused: number;
  /** Of those, the ones the filters keep (`refused` without filters). */
  matched: number;
  /** `matched` per status (`"401"`, `"407"`), most frequent first. */
  byStatus: Record<string, number>;
  /** `matched` per id of the most likely cause, most frequent first. */
  byCause: Partial<Record<CauseId, number>>;
  /** Groups, and the entries in them, left out by `--limit`. */
  omittedGroups: number;
  omittedEntries: number;
}

export interface JsonGroup {
  /** `causes[0].id` of every entry in the group. */
  cause: CauseId;
  method: string;
  /** The URL with id-like path segments as `{id}` and query values as `*`, e.g. `https://api.example.com/items/{id}?page=*`. */
  urlPattern: string;
  count: number;
  /** `index` of each entry in the group (0-based, as in `entries`). */
  indices: number[];
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
  /** Stable cause id (docs/design.md, Causes). */
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
