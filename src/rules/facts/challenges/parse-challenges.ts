// Parser for WWW-Authenticate (RFC 9110 §11.6.1) and Proxy-Authenticate (§11.7.1) field values:
//
//   WWW-Authenticate = #challenge
//   challenge        = auth-scheme [ 1*SP ( token68 / #auth-param ) ]        (§11.2)
//   auth-param       = token BWS "=" BWS ( token / quoted-string )
//   token68          = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
//
// The grammar is ambiguous without lookahead (a comma separates both challenges and params), and real
// servers break it in every way, so this is a hand-written single-pass scanner that is as lenient as
// browsers: it never throws, and every character is looked at a small constant number of times, so a
// 1 MB header of any shape parses in linear time.
//
// How the ambiguities are resolved (each a deliberate choice, tested in parse-challenges.test.ts):
// - A word followed by `=` is a param of the current challenge; any other word starts a new challenge,
//   except a word right after the scheme (no comma between) followed by the end or a comma: a token68.
// - `word=` / `word==` after a scheme is a token68 when it has 2+ padding `=`, or stands alone (the
//   field ends or another challenge follows: an auth-param needs a value, RFC 9110 §11.2), or contains
//   `/` or `+`, or is longer than 32 characters, or the scheme is Negotiate/NTLM/Kerberos (RFC 4559 §4
//   and MS-NTHT only ever send a blob); otherwise, with params after it, it is a param with an empty
//   value (`Basic realm=, charset=UTF-8`).
// - Commas are optional between params (`realm="a" error="b"`) and between a challenge's last param
//   and the next challenge (`Digest ... opaque="x" Basic realm="y"`), as Firefox accepts.
// - An unquoted value runs to whitespace or a comma and keeps `/`, `:`, `=` (URLs). It swallows
//   following bare words (`realm=My Realm`, `scope=read write`) unless they look like a param
//   (`word=`) or a new challenge of a known scheme (`Bearer realm=`).
// - Params before any scheme (`realm="x"`) and challenges whose scheme is not a token are dropped:
//   they cannot be attributed to a scheme.
//
// Bounds (documented in the exported constants) keep the output small whatever the input.

import type { Challenge } from '../../types';
import { isBlobScheme, isStandardScheme } from '../../knowledge/schemes';

/** At most this many challenges over all field lines; parsing stops at the cap. */
export const MAX_CHALLENGES = 1000;
/** At most this many params per challenge; later ones are skipped. */
export const MAX_PARAMS = 100;
/** Param values and token68 blobs are cut to this many characters. */
export const MAX_VALUE_LENGTH = 2000;
/** Schemes and param names are cut to this many characters. */
export const MAX_NAME_LENGTH = 200;

/** Token68 lengths past which a single trailing `=` is taken as base64 padding, not an empty param. */
const LONG_BLOB = 32;

/**
 * All challenges of all header field lines, in order (RFC 9110 §11.6.1: a recipient may receive the
 * field several times and must combine them). Never throws; linear in the total input length.
 */
export function parseChallenges(fieldValues: readonly string[]): Challenge[] {
  const out: Challenge[] = [];
  // Callers pass data from HAR files and extension events; guard against a wrong shape at run time.
  if (!Array.isArray(fieldValues)) return out;
  for (const value of fieldValues) {
    if (typeof value !== 'string') continue;
    if (!parseField(value, out)) break;
  }
  return out;
}

/** Parses one field line into `out`. Returns false once MAX_CHALLENGES is reached. */
function parseField(s: string, out: Challenge[]): boolean {
  const n = s.length;
  // The challenge params attach to; null before the first scheme or after an unusable one.
  let cur: Challenge | null = null;
  // The scheme was just read with no comma or param since: a token68 may follow (§11.2).
  let fresh = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWs(c)) {
      i++;
      continue;
    }
    if (c === COMMA) {
      // Empty list elements are allowed and ignored (RFC 9110 §5.6.1.2): `,Basic`, `a=b,,,c=d`.
      fresh = false;
      i++;
      continue;
    }
    if (c === EQUALS) {
      // A stray `=` with no name before it.
      fresh = false;
      i++;
      continue;
    }
    if (c === DQUOTE) {
      // A quoted-string with no name before it: skip it whole so its commas do not split anything.
      fresh = false;
      i = readQuoted(s, i, 0).end;
      continue;
    }

    const wordStart = i;
    const wordEnd = scanWord(s, i);
    const afterWord = skipWs(s, wordEnd);

    if (fresh && cur !== null) {
      const blobEnd = token68End(s, wordStart, wordEnd, cur.scheme);
      if (blobEnd >= 0) {
        cur.token68 = cut(s.slice(wordStart, blobEnd), MAX_VALUE_LENGTH);
        fresh = false;
        i = blobEnd;
        continue;
      }
    }

    if (afterWord < n && s.charCodeAt(afterWord) === EQUALS) {
      const { value, end } = readValue(s, afterWord + 1);
      if (cur !== null && cur.params.length < MAX_PARAMS) {
        cur.params.push([asciiLower(cut(s.slice(wordStart, wordEnd), MAX_NAME_LENGTH)), value]);
      }
      fresh = false;
      i = end;
      continue;
    }

    // Any other word starts a new challenge.
    if (out.length >= MAX_CHALLENGES) return false;
    if (isToken(s, wordStart, wordEnd)) {
      cur = { scheme: cut(s.slice(wordStart, wordEnd), MAX_NAME_LENGTH), params: [], token68: null };
      out.push(cur);
      fresh = true;
    } else {
      cur = null;
      fresh = false;
    }
    i = wordEnd;
  }
  return true;
}

/**
 * When the word at [start, end) right after a scheme is a token68, the index just past it (and its
 * `=` padding); otherwise -1. A token68 must be the challenge's only content, so it has to be followed
 * by the end of the field or a comma.
 */
function token68End(s: string, start: number, end: number, scheme: string): number {
  const n = s.length;
  let p = end;
  while (p < n && s.charCodeAt(p) === EQUALS) p++;
  const q = skipWs(s, p);
  if (q < n && s.charCodeAt(q) !== COMMA) return -1;
  const padding = p - end;
  if (padding !== 1) return p;
  // RFC 9110 §11.2: an auth-param needs a value, so a lone `word=` (the field ends, or the next
  // challenge follows) is a token68 with its padding: `Token abc=`.
  if (q >= n || !isParamStart(s, skipCommasAndWs(s, q))) return p;
  // Followed by params (`Basic realm=, charset=UTF-8`): an empty value read leniently, as browsers do,
  // unless it can only be a blob.
  if (isBlobScheme(scheme)) return p;
  if (end - start > LONG_BLOB) return p;
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x2f || c === 0x2b) return p; // `/` `+`: base64, never in a param name
  }
  return -1;
}

/** Reads an auth-param value starting just after its `=`. */
function readValue(s: string, start: number): Scanned {
  const n = s.length;
  const q = skipWs(s, start);
  if (q >= n || s.charCodeAt(q) === COMMA) return { value: '', end: q };
  if (s.charCodeAt(q) === DQUOTE) return readQuoted(s, q, MAX_VALUE_LENGTH);
  // `realm= error="x"`: an empty value followed by the next param, not a value `error="x"`.
  if (q > start && isParamStart(s, q)) return { value: '', end: q };
  return readUnquoted(s, q);
}

/**
 * An unquoted value (RFC 9110 token, leniently any run without whitespace or comma). Later bare words
 * are glued on (`realm=My Realm`) until the next param or challenge begins. Each step looks one word
 * ahead and hands that word to the next step, so every character is scanned at most twice.
 */
function readUnquoted(s: string, start: number): Scanned {
  const n = s.length;
  let end = scanValueRun(s, start);
  // The word after the whitespace at `end`, and (once known) its end: carried over from the previous
  // step's lookahead so that each word is scanned once.
  let w = skipWs(s, end);
  let wordEnd = -1;
  while (w > end && w < n) {
    const c = s.charCodeAt(w);
    if (c === COMMA || c === EQUALS || c === DQUOTE) break;
    if (wordEnd < 0) wordEnd = scanWord(s, w);
    // Stop before a param (`word=`) or a new challenge of a known scheme (`Bearer realm=`).
    const next = skipWs(s, wordEnd);
    if (next < n && s.charCodeAt(next) === EQUALS) break;
    let nextEnd = -1;
    if (next > wordEnd && next < n && !isDelimiter(s.charCodeAt(next))) {
      nextEnd = scanWord(s, next);
      const afterNext = skipWs(s, nextEnd);
      if (afterNext < n && s.charCodeAt(afterNext) === EQUALS && isKnownScheme(s, w, wordEnd)) break;
    }
    if (wordEnd < n && s.charCodeAt(wordEnd) === DQUOTE) {
      // A `"` inside the word (`a"b`): the value runs on to whitespace or a comma.
      end = scanValueRun(s, wordEnd);
      w = skipWs(s, end);
      wordEnd = -1;
    } else {
      end = wordEnd;
      w = next;
      wordEnd = nextEnd;
    }
  }
  return { value: cut(s.slice(start, end), MAX_VALUE_LENGTH), end };
}

/**
 * Whether s[start, end) names a standard scheme (knowledge/schemes.ts). Only used to split `realm=a Bearer realm=b` (a new challenge) from
 * `scope=read write error=x` (a value with a space): an unknown word there is taken as part of the value.
 */
function isKnownScheme(s: string, start: number, end: number): boolean {
  return end - start <= 24 && isStandardScheme(s.slice(start, end));
}

/**
 * Lower-cases A-Z only: names are case-insensitive in ASCII (RFC 9110 §11.2), and Unicode case mapping
 * could change a name's length or merge distinct names.
 */
function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

function cut(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

// ---------------------------------------------------------------------------------------------
// Scanner helpers. They live in this module on purpose: module loaders used for tests and scripts
// (tsx, vite-node) turn cross-module calls into property reads that V8 does not inline, which made the
// hot loop ~15x slower. Each helper only moves forward, so callers stay linear (no regexes: a
// backtracking pattern on a 1 MB header is a denial of service waiting to happen).

const SP = 0x20;
const HTAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const BACKSLASH = 0x5c;

/** RFC 9110 §5.6.2 tchar: "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. */
const TCHAR = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;

function isTchar(c: number): boolean {
  return c < 128 && TCHAR[c] === 1;
}

/**
 * Whitespace between elements. RFC 9110 §5.6.3 OWS is SP / HTAB; CR and LF are accepted too because
 * obsolete line folding (RFC 9112 §5.2) and HAR exports both leave them inside values (greenbytes
 * `simplebasiclf`).
 */
function isWs(c: number): boolean {
  return c === SP || c === HTAB || c === LF || c === CR;
}

/** Characters that end a bare word: whitespace and the three characters with meaning in §11.2. */
function isDelimiter(c: number): boolean {
  return c === COMMA || c === EQUALS || c === DQUOTE || isWs(c);
}

function skipWs(s: string, i: number): number {
  const n = s.length;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  return i;
}

/**
 * End of a bare word starting at `i`. Deliberately wider than `token`: anything that is not a delimiter
 * (so `/`, `:`, non-ASCII) belongs to the word, which keeps URLs and token68 blobs in one piece.
 */
function scanWord(s: string, i: number): number {
  const n = s.length;
  while (i < n && !isDelimiter(s.charCodeAt(i))) i++;
  return i;
}

/** End of an unquoted value run: up to whitespace or a comma (`=` and `"` are kept, as in URLs). */
function scanValueRun(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === COMMA || isWs(c)) break;
    i++;
  }
  return i;
}

/** True when s[start, end) is a non-empty RFC 9110 token. */
function isToken(s: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) if (!isTchar(s.charCodeAt(i))) return false;
  return true;
}

/** A word followed (after optional whitespace) by `=`: the start of an auth-param. */
function skipCommasAndWs(s: string, i: number): number {
  let j = i;
  while (j < s.length && (s.charCodeAt(j) === COMMA || s.charCodeAt(j) === 0x20 || s.charCodeAt(j) === 0x09)) j++;
  return j;
}

function isParamStart(s: string, i: number): boolean {
  const end = scanWord(s, i);
  if (end === i) return false;
  const j = skipWs(s, end);
  return j < s.length && s.charCodeAt(j) === EQUALS;
}

interface Scanned {
  value: string;
  /** Index just past what was consumed. */
  end: number;
}

/**
 * Reads a quoted-string (RFC 9110 §5.6.4) whose opening quote is at `i`, resolving `\` quoted-pairs.
 * Lenient like browsers: an unterminated string runs to the end of the field (greenbytes `missingquote`)
 * and a trailing lone backslash is dropped. The value is cut at `max` characters, but scanning goes on
 * to the closing quote so the rest of the field still parses.
 */
function readQuoted(s: string, i: number, max: number): Scanned {
  const n = s.length;
  let value = '';
  let p = i + 1;
  let segment = p;
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c === DQUOTE) {
      if (value.length < max) value += s.slice(segment, p);
      return { value: value.length > max ? value.slice(0, max) : value, end: p + 1 };
    }
    if (c === BACKSLASH) {
      if (value.length < max) value += s.slice(segment, p) + s.slice(p + 1, p + 2);
      p += 2;
      segment = p;
      continue;
    }
    p++;
  }
  if (value.length < max && segment < n) value += s.slice(segment, n);
  return { value: value.length > max ? value.slice(0, max) : value, end: n };
}
