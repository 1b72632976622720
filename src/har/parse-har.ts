import { HarError } from './har-error';
import { findJsonSyntaxError } from './json-error';
import type { HarDocument, HarEntry, HarPage } from './har-types';
import { validateEntry } from './validate-entry';
import { SANITIZED_MARK } from './sanitize/placeholder';

/**
 * A HAR file (`{log: {entries}}`) or one exchange in HAR-entry shape (`{request, response}`).
 * JSON.parse runs once over the whole text: linear, and far faster than any streaming parser in JS.
 */
export function parseHar(text: string): HarDocument {
  return harFromJson(parseJsonText(text));
}

/** The JSON of a file; a HarError that says where the syntax breaks when it is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HarError(jsonErrorMessage(text));
  }
}

/** {@link parseHar} for JSON already parsed (`why401 sanitize` keeps the parsed document to rewrite it). */
export function harFromJson(data: unknown): HarDocument {
  if (!isObject(data)) throw new HarError('not a HAR file: the top level is not a JSON object');
  if ('log' in data) return fromLog(data.log);
  if (isObject(data.request) && isObject(data.response)) {
    validateEntry(data, '');
    return withMark({ entries: [data as unknown as HarEntry], pages: [] }, data);
  }
  throw new HarError('not a HAR file: expected log.entries, or request and response for one exchange');
}

function fromLog(log: unknown): HarDocument {
  if (!isObject(log) || !Array.isArray(log.entries)) throw new HarError('not a HAR file: log.entries is missing');
  const entries: unknown[] = log.entries;
  // Checked as read, before any diagnosis: the first bad field stops the file (exit 2).
  for (let i = 0; i < entries.length; i++) validateEntry(entries[i], `log.entries[${i}]`);
  const pages = Array.isArray(log.pages) ? log.pages.filter(isObject) : [];
  const doc: HarDocument = { entries: entries as HarEntry[], pages: pages as HarPage[] };
  if (isObject(log.creator)) doc.creator = log.creator;
  if (isObject(log.browser)) doc.browser = log.browser;
  return withMark(doc, log);
}

/** A Why401-sanitized file says so (`_why401Sanitized: {version}`): its placeholders are read back. */
function withMark(doc: HarDocument, holder: Record<string, unknown>): HarDocument {
  const mark = holder[SANITIZED_MARK];
  if (isObject(mark) && typeof mark.version === 'number') doc.why401Sanitized = mark.version;
  return doc;
}

function jsonErrorMessage(text: string): string {
  const found = findJsonSyntaxError(text);
  if (found === undefined) return 'not valid JSON';
  // Bytes, not UTF-16 units, so the number matches what `head -c` or a hex editor shows.
  const byte = new TextEncoder().encode(text.slice(0, found.offset)).length;
  return `${found.problem} at byte ${byte}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
