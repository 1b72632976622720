// Runs the knowledge tables over a response: reason phrase, headers, body. Bounded by design:
// only the first BODY_EXCERPT_LIMIT characters of the body and HEADER_VALUE_LIMIT of each header value
// are looked at, every RegExp in the tables is linear (see row.ts), and at most MAX_SIGNALS
// signals come back, one per row.
import { maskSecrets } from '../redact/mask-secrets';
import type { Exchange, Header, KnownSignal } from '../types';
import { BODY_MESSAGES } from './body-messages';
import { PROXY_BODIES, PROXY_HEADERS } from './proxy-signatures';
import type { HeaderRow, Matcher, TextRow } from './row';
import { regexAnchors } from './anchors';
import { STATUS_TEXTS } from './status-texts';
import { VENDOR_HEADERS } from './vendor-headers';
import { BODY_EXCERPT_LIMIT } from '../limits';

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

/** Buckets of the needle index (a power of two): needles hashed by their first three characters. */
const BUCKETS = 4096;
const NEEDLE_PREFIX = 3;

interface Needle {
  row: number;
  text: string;
}

/**
 * A text-row table prepared for one pass: every row's lower-case needles (its literal, or the
 * anchors of its RegExp, see anchors.ts), indexed by their first three characters. `always` marks
 * rows without usable needles: their matcher always runs.
 */
interface CompiledRows {
  always: Uint8Array;
  buckets: Array<Needle[] | undefined>;
}

function bucketOf(s: string, i: number): number {
  return (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & (BUCKETS - 1);
}

const compiledText = new WeakMap<readonly TextRow[], CompiledRows>();

function compileRows(rows: readonly TextRow[]): CompiledRows {
  let compiled = compiledText.get(rows);
  if (compiled) return compiled;
  const always = new Uint8Array(rows.length);
  const buckets: Array<Needle[] | undefined> = new Array<Needle[] | undefined>(BUCKETS).fill(undefined);
  rows.forEach((row, i) => {
    const needles = typeof row.match === 'string' ? [lowerNeedle(row.match)] : regexAnchors(row.match);
    if (!needles || needles.some((n) => n.length < NEEDLE_PREFIX)) {
      always[i] = 1;
      return;
    }
    for (const text of needles) {
      const b = bucketOf(text, 0);
      const list = buckets[b] ?? [];
      if (!list.some((n) => n.row === i && n.text === text)) list.push({ row: i, text });
      buckets[b] = list;
    }
  });
  compiled = { always, buckets };
  compiledText.set(rows, compiled);
  return compiled;
}

/**
 * Rows that may match `lower`: one pass over the text, each position looked up in the needle index
 * (bounded work per position, so linear in the text). A row not marked cannot match.
 */
function candidateRows(compiled: CompiledRows, lower: string): Uint8Array {
  const maybe = compiled.always.slice();
  const { buckets } = compiled;
  const n = lower.length;
  if (n < NEEDLE_PREFIX) return maybe;
  // bucketOf(lower, i), rolled along: one charCodeAt per position.
  let a = lower.charCodeAt(0);
  let b = lower.charCodeAt(1);
  for (let i = 0; i + NEEDLE_PREFIX <= n; i++) {
    const c = lower.charCodeAt(i + 2);
    const list = buckets[(a * 961 + b * 31 + c) & (BUCKETS - 1)];
    a = b;
    b = c;
    if (list === undefined) continue;
    for (const needle of list) if (maybe[needle.row] === 0 && lower.startsWith(needle.text, i)) maybe[needle.row] = 1;
  }
  return maybe;
}

/**
 * Match text rows against one text. Generic rows are skipped once a specific row has matched the
 * same text, so "Token has been revoked" from Flask-JWT-Extended is not reported twice.
 */
export function matchText(rows: readonly TextRow[], input: string, where: Where, header?: string): KnownSignal[] {
  if (input.length === 0) return [];
  const { text, lower } = lowered(input);
  const maybe = candidateRows(compileRows(rows), lower);
  const out: KnownSignal[] = [];
  let specificMatched = false;
  for (let i = 0; i < rows.length; i++) {
    if (maybe[i] === 0) continue;
    const row = rows[i] as TextRow;
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
    if (row.alsoMeans !== undefined) signal.alsoMeans = [...row.alsoMeans];
    if (row.secondFactor === true) signal.secondFactor = true;
    out.push(signal);
  }
  return out;
}

/** Header rows by lower-case name: exact names in a map, `prefix-*` names in a short list. */
interface CompiledHeaders {
  exact: Map<string, number[]>;
  prefixed: Array<{ prefix: string; row: number }>;
}

const compiledHeaders = new WeakMap<readonly HeaderRow[], CompiledHeaders>();

function compileHeaders(rows: readonly HeaderRow[]): CompiledHeaders {
  let compiled = compiledHeaders.get(rows);
  if (compiled) return compiled;
  compiled = { exact: new Map(), prefixed: [] };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as HeaderRow;
    const names = typeof row.header === 'string' ? [row.header] : row.header;
    for (const pattern of names) {
      if (pattern.endsWith('*')) {
        compiled.prefixed.push({ prefix: pattern.slice(0, -1), row: i });
        continue;
      }
      const list = compiled.exact.get(pattern) ?? [];
      if (!list.includes(i)) list.push(i);
      compiled.exact.set(pattern, list);
    }
  }
  compiledHeaders.set(rows, compiled);
  return compiled;
}

const NO_ROWS: readonly number[] = [];

/** Indexes of the rows that read header `name`, in table order. */
function rowsForHeader(compiled: CompiledHeaders, name: string): readonly number[] {
  const exact = compiled.exact.get(name) ?? NO_ROWS;
  let prefixed: number[] | undefined;
  for (const p of compiled.prefixed) {
    if (name.startsWith(p.prefix) && !exact.includes(p.row)) (prefixed ??= []).push(p.row);
  }
  if (prefixed === undefined) return exact;
  return [...new Set([...exact, ...prefixed])].sort((a, b) => a - b);
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
  const compiled = compileHeaders(rows);
  const out: KnownSignal[] = [];
  const seen = new Set<string>();
  for (const h of headers) {
    const name = h.name.toLowerCase();
    const wanted = rowsForHeader(compiled, name);
    if (wanted.length === 0) continue;
    const value = h.value.slice(0, HEADER_VALUE_LIMIT);
    const { text, lower } = lowered(value);
    let specificMatched = false;
    for (const i of wanted) {
      const row = rows[i] as HeaderRow;
      if (seen.has(row.id)) continue;
      if (row.generic === true && specificMatched) continue;
      let hit: Hit | undefined;
      if (row.value !== undefined) {
        hit = find(row.value, text, lower);
        if (!hit) continue;
      }
      if (row.generic !== true) specificMatched = true;
      seen.add(row.id);
      const signal: KnownSignal = {
        rule: row.id,
        cause: row.cause,
        product: row.product,
        where: 'header',
        header: h.name,
        excerpt: headerExcerpt(name, text, hit),
      };
      if (row.alsoMeans !== undefined) signal.alsoMeans = [...row.alsoMeans];
      if (row.secondFactor === true) signal.secondFactor = true;
      out.push(signal);
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
  const body = response.responseBody?.slice(0, BODY_EXCERPT_LIMIT);
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
