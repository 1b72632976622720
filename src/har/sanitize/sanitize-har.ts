// `sanitizeHar`: a HAR (or one exchange) with every secret replaced by a placeholder of its shape, so
// it can be shared and still be diagnosed as the original was (docs/sanitized-har.md). Pure: no Node
// or browser API beyond atob/btoa and TextEncoder/TextDecoder, so every host can call it.
import { HarError } from '../har-error';
import { PLACEHOLDER_VERSION, SANITIZED_MARK } from './placeholder';
import { sanitizeAny, sanitizeEntry } from './sanitize-entry';
import { emptySummary, type SanitizeSummary } from './summary';
import { tallyInto } from './tally';

export type { SanitizeSummary } from './summary';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mark(summary: SanitizeSummary): Json {
  return { version: summary.version, removed: { ...summary.removed }, jwts: summary.jwts };
}

/**
 * `input` is the parsed JSON of a HAR (`{log: {entries}}`) or of one exchange (`{request, response}`).
 * Returns a new document (the input is not changed) and what was removed, counted per kind.
 * Throws a HarError when the input is neither.
 */
export function sanitizeHar(input: unknown): { har: unknown; summary: SanitizeSummary } {
  const summary = emptySummary(PLACEHOLDER_VERSION);
  const tally = tallyInto(summary);
  if (!isObject(input)) throw new HarError('not a HAR file: the top level is not a JSON object');
  if (isObject(input.log) && Array.isArray(input.log.entries)) {
    const log: Json = {};
    for (const [key, value] of Object.entries(input.log)) {
      // Page titles are often the page's URL (Chrome, Firefox): read by their look like any string.
      if (key === 'entries') log[key] = (value as unknown[]).map((entry) => sanitizeEntry(entry, tally));
      else if (key === SANITIZED_MARK) continue;
      else log[key] = sanitizeAny(value, tally);
    }
    summary.entries = (input.log.entries as unknown[]).length;
    log[SANITIZED_MARK] = mark(summary);
    const har: Json = {};
    for (const [key, value] of Object.entries(input)) har[key] = key === 'log' ? log : sanitizeAny(value, tally);
    return { har, summary };
  }
  if (isObject(input.request) && isObject(input.response)) {
    const { [SANITIZED_MARK]: _old, ...entry } = input;
    const har = sanitizeEntry(entry, tally) as Json;
    summary.entries = 1;
    har[SANITIZED_MARK] = mark(summary);
    return { har, summary };
  }
  throw new HarError('not a HAR file: expected log.entries, or request and response for one exchange');
}
