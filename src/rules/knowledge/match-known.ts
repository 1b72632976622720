// Runs the knowledge tables over a response: reason phrase, headers, body. Bounded by design:
// only the first BODY_SCAN_LIMIT characters of the body and HEADER_VALUE_LIMIT of each header value
// are looked at, every RegExp in the tables is linear (see row.ts), and at most MAX_SIGNALS
// signals come back, one per row.
import { maskSecrets } from '../redact/mask-secrets';
import type { Exchange, Header, KnownSignal } from '../types';
import { BODY_MESSAGES } from './body-messages';
import { PROXY_BODIES, PROXY_HEADERS } from './proxy-signatures';
import type { HeaderRow, Matcher, TextRow } from './row';
import { STATUS_TEXTS } from './status-texts';
import { VENDOR_HEADERS } from './vendor-headers';

export const BODY_SCAN_LIMIT = 8 * 1024;
export const HEADER_VALUE_LIMIT = 1024;
export const MAX_SIGNALS = 16;
export const EXCERPT_LIMIT = 200;

/** What `matchKnown` reads; an `Exchange` fits. */
export type KnownInput = Pick<Exchange, 'statusText' | 'responseHeaders' | 'responseBody'>;

type Where = KnownSignal['where'];

interface Hit {
  start: number;
  end: number;
}

/** Lower-cased needles are computed once per string, not once per call. */
const lowerNeedles = new Map<string, string>();

function lowerNeedle(needle: string): string {
  let lower = lowerNeedles.get(needle);
  if (lower === undefined) {
    lower = needle.toLowerCase();
    lowerNeedles.set(needle, lower);
  }
  return lower;
}

function find(matcher: Matcher, text: string, lower: string): Hit | undefined {
  if (typeof matcher === 'string') {
    const needle = lowerNeedle(matcher);
    const start = lower.indexOf(needle);
    return start < 0 ? undefined : { start, end: start + needle.length };
  }
  // Table RegExps carry no `g`/`y` flag, so exec() keeps no state between calls.
  const m = matcher.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Characters that end a message: JSON string quote, HTML tag, line break. */
const MESSAGE_END = /["<\r\n]/;

/**
 * The matched text plus the rest of its message (up to a quote, tag or line end), so an excerpt
 * reads "Invalid API Key provided: sk_test_****1234" rather than the bare phrase. Masked.
 */
function excerptAt(text: string, hit: Hit): string {
  const tailStart = hit.end;
  const window = text.slice(tailStart, hit.start + EXCERPT_LIMIT);
  const stop = window.search(MESSAGE_END);
  const tail = stop < 0 ? window : window.slice(0, stop);
  const raw = (text.slice(hit.start, hit.end) + tail).replace(/\s+/g, ' ').trim();
  return maskSecrets(raw, EXCERPT_LIMIT);
}

function lowered(text: string): { text: string; lower: string } {
  const lower = text.toLowerCase();
  // A few characters change length when lower-cased (e.g. U+0130); then offsets in `lower` would not
  // map onto `text`, so search and excerpt the lower-cased copy alone.
  return lower.length === text.length ? { text, lower } : { text: lower, lower };
}

/**
 * Match text rows against one text. Generic rows are skipped once a specific row has matched the
 * same text, so "Token has been revoked" from Flask-JWT-Extended is not reported twice.
 */
export function matchText(
  rows: readonly TextRow[],
  input: string,
  where: Where,
  header?: string,
): KnownSignal[] {
  if (input.length === 0) return [];
  const { text, lower } = lowered(input);
  const out: KnownSignal[] = [];
  let specificMatched = false;
  for (const row of rows) {
    if (row.generic === true && specificMatched) continue;
    const hit = find(row.match, text, lower);
    if (!hit) continue;
    if (row.generic !== true) specificMatched = true;
    const signal: KnownSignal = {
      rule: row.id,
      cause: row.cause,
      product: row.product,
      where,
      excerpt: excerptAt(text, hit),
    };
    if (header !== undefined) signal.header = header;
    out.push(signal);
  }
  return out;
}

function headerNameMatches(pattern: string, name: string): boolean {
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

function rowWantsHeader(row: HeaderRow, name: string): boolean {
  const names = typeof row.header === 'string' ? [row.header] : row.header;
  return names.some((pattern) => headerNameMatches(pattern, name));
}

/** Headers whose values are secrets: only the matched cookie name may be shown, never a value. */
const SECRET_VALUE_HEADERS = new Set(['set-cookie', 'cookie', 'authorization', 'proxy-authorization']);

function headerExcerpt(name: string, value: string, hit: Hit | undefined): string {
  if (SECRET_VALUE_HEADERS.has(name)) {
    if (!hit) return '';
    const matched = value.slice(hit.start, hit.end);
    const eq = matched.indexOf('=');
    return (eq < 0 ? matched : matched.slice(0, eq + 1)).trim();
  }
  return maskSecrets(value.replace(/\s+/g, ' ').trim(), EXCERPT_LIMIT);
}

/** Match header rows against the response headers, in header order. */
export function matchHeaders(rows: readonly HeaderRow[], headers: readonly Header[]): KnownSignal[] {
  const out: KnownSignal[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    const name = h.name.toLowerCase();
    const value = h.value.slice(0, HEADER_VALUE_LIMIT);
    const { text, lower } = lowered(value);
    let specificMatched = false;
    for (const row of rows) {
      if (seen.has(row.id) || !rowWantsHeader(row, name)) continue;
      if (row.generic === true && specificMatched) continue;
      let hit: Hit | undefined;
      if (row.value !== undefined) {
        hit = find(row.value, text, lower);
        if (!hit) continue;
      }
      if (row.generic !== true) specificMatched = true;
      seen.add(row.id);
      out.push({
        rule: row.id,
        cause: row.cause,
        product: row.product,
        where: 'header',
        header: h.name,
        excerpt: headerExcerpt(name, text, hit),
      });
    }
  }
  return out;
}

const HEADER_ROWS: readonly HeaderRow[] = [...VENDOR_HEADERS, ...PROXY_HEADERS];
const BODY_ROWS: readonly TextRow[] = [...BODY_MESSAGES, ...PROXY_BODIES];

/**
 * Every known signal in a response: reason phrase first, then headers, then body; one per row,
 * at most MAX_SIGNALS. Never throws on any string input.
 */
export function matchKnown(response: KnownInput): KnownSignal[] {
  const found: KnownSignal[] = [];
  const statusText = response.statusText?.slice(0, HEADER_VALUE_LIMIT);
  if (statusText) found.push(...matchText(STATUS_TEXTS, statusText, 'status-text'));
  found.push(...matchHeaders(HEADER_ROWS, response.responseHeaders));
  const body = response.responseBody?.slice(0, BODY_SCAN_LIMIT);
  if (body) found.push(...matchText(BODY_ROWS, body, 'body'));
  const seen = new Set<string>();
  const out: KnownSignal[] = [];
  for (const s of found) {
    if (seen.has(s.rule)) continue;
    seen.add(s.rule);
    out.push(s);
    if (out.length >= MAX_SIGNALS) break;
  }
  return out;
}

/**
 * Match the body-message table against a challenge's `error_description` (RFC 6750 §3), e.g.
 * `The access token expired`; reported as coming from that header.
 */
export function matchChallengeText(text: string, header: string): KnownSignal[] {
  return matchText(BODY_MESSAGES, text.slice(0, HEADER_VALUE_LIMIT), 'header', header);
}
