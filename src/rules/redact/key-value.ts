// A hand-written matcher for KEY_VALUE below, the `key=value` / `"key": "value"` pattern of
// maskSecrets. It finds exactly what `KEY_VALUE.exec` finds (key-value.test.ts checks this on
// random inputs) without a RegExp engine trying the look-behind at every position, which made
// this the most expensive masking pass. Linear like the RegExp: the key is at most 64 characters,
// the blanks 8, and a value is scanned once per start position that reaches it.

/**
 * The specification. `key=value`, `key: value`, `"key": "value"`, `'key': 'value'`; the key starts
 * at a boundary (look-behind); groups: quote, key, separator, value.
 */
export const KEY_VALUE =
  /(?<![A-Za-z0-9_.-])(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})\1([ \t]{0,8}[:=][ \t]{0,8})("(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|[^\s&,;{}[\]"'<>][^\s&,;}\]"'<>]*)/g;

/** Offsets of a match in its text: quote `[index, keyStart)`, key, quote, separator `[sepStart, valueStart)`, value `[valueStart, end)`. */
export interface KeyValueMatch {
  index: number;
  keyStart: number;
  keyEnd: number;
  sepStart: number;
  valueStart: number;
  end: number;
}

const MAX_KEY = 64;
const MAX_BLANKS = 8;

/** Bit 1: `[A-Za-z0-9_.-]` (key); bit 2: `[A-Za-z_]` (key start). */
const KEY_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_';
  for (const c of `${letters}0123456789.-`) table[c.charCodeAt(0)] = 1;
  for (const c of letters) table[c.charCodeAt(0)] = 3;
  return table;
})();

function keyClass(c: number): number {
  return c < 128 ? (KEY_CLASS[c] as number) : 0;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** JavaScript's `\s` (WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** `[^\s&,;{}[\]"'<>]`: the first character of an unquoted value. */
function bareStart(c: number): boolean {
  return (
    !isJsSpace(c) &&
    c !== 0x26 &&
    c !== 0x2c &&
    c !== 0x3b &&
    c !== 0x7b &&
    c !== 0x7d &&
    c !== 0x5b &&
    c !== 0x5d &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x3c &&
    c !== 0x3e
  );
}

/** `[^\s&,;}\]"'<>]`: the rest of an unquoted value. */
function bareRest(c: number): boolean {
  return (
    !isJsSpace(c) &&
    c !== 0x26 &&
    c !== 0x2c &&
    c !== 0x3b &&
    c !== 0x7d &&
    c !== 0x5d &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x3c &&
    c !== 0x3e
  );
}

/** End of the value starting at `v`, or -1 when none of the three value forms matches there. */
function valueEnd(text: string, v: number): number {
  const n = text.length;
  if (v >= n) return -1;
  const first = text.charCodeAt(v);
  if (first === 0x22) {
    // "(?:[^"\\\r\n]|\\.)*"
    for (let e = v + 1; e < n;) {
      const c = text.charCodeAt(e);
      if (c === 0x22) return e + 1;
      if (c === 0x0a || c === 0x0d) return -1;
      if (c === 0x5c) {
        if (e + 1 >= n || isLineTerminator(text.charCodeAt(e + 1))) return -1;
        e += 2;
      } else {
        e += 1;
      }
    }
    return -1;
  }
  if (first === 0x27) {
    // '[^'\r\n]*'
    for (let e = v + 1; e < n; e++) {
      const c = text.charCodeAt(e);
      if (c === 0x27) return e + 1;
      if (c === 0x0a || c === 0x0d) return -1;
    }
    return -1;
  }
  if (!bareStart(first)) return -1;
  let e = v + 1;
  while (e < n && bareRest(text.charCodeAt(e))) e += 1;
  return e;
}

/**
 * The match starting exactly at `p`, if any. Every part is forced: the key is the whole run of key
 * characters (what follows it, a quote, blank or separator, is never a key character), the blanks
 * are all there are, and the value's first character picks its form; so no backtracking is needed.
 */
function matchAt(text: string, p: number): KeyValueMatch | undefined {
  const n = text.length;
  if (p > 0 && (keyClass(text.charCodeAt(p - 1)) & 1) !== 0) return undefined;
  const c0 = text.charCodeAt(p);
  const quoted = c0 === 0x22 || c0 === 0x27;
  const k0 = quoted ? p + 1 : p;
  if (k0 >= n || (keyClass(text.charCodeAt(k0)) & 2) === 0) return undefined;
  let k1 = k0 + 1;
  while (k1 < n && k1 - k0 < MAX_KEY && (keyClass(text.charCodeAt(k1)) & 1) !== 0) k1 += 1;
  let s0 = k1;
  if (quoted) {
    if (text.charCodeAt(k1) !== c0) return undefined;
    s0 = k1 + 1;
  }
  let j = s0;
  while (j < n && j - s0 < MAX_BLANKS && isBlank(text.charCodeAt(j))) j += 1;
  const sepChar = text.charCodeAt(j);
  if (sepChar !== 0x3a && sepChar !== 0x3d) return undefined;
  const v0 = j + 1;
  let v = v0;
  while (v < n && v - v0 < MAX_BLANKS && isBlank(text.charCodeAt(v))) v += 1;
  const end = valueEnd(text, v);
  if (end < 0) return undefined;
  return { index: p, keyStart: k0, keyEnd: k1, sepStart: s0, valueStart: v, end };
}

/** From the start of a match to its `:`/`=`: a quote, a 64-character key, a quote, 8 blanks. */
const REACH = 1 + MAX_KEY + 1 + MAX_BLANKS;

/**
 * Calls `onMatch` for every match of KEY_VALUE in `text` from `from` on, in order, as
 * `KEY_VALUE.exec` would find them one after another (each search resuming at the previous end).
 */
export function forEachKeyValue(text: string, from: number, onMatch: (m: KeyValueMatch) => void): void {
  const n = text.length;
  let p = Math.max(0, from);
  // Next `:` and `=` at or after p (-1: none left). Each is searched again only once p has passed
  // it, so all the indexOf calls together read the text once.
  let colon = text.indexOf(':', p);
  let equals = text.indexOf('=', p);
  while (p < n) {
    if (colon >= 0 && colon < p) colon = text.indexOf(':', p);
    if (equals >= 0 && equals < p) equals = text.indexOf('=', p);
    const sep = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
    if (sep < 0) return;
    // A match holds its separator within REACH of its start: skip to where that is possible.
    if (sep - REACH > p) p = sep - REACH;
    const c = text.charCodeAt(p);
    // Cheap pre-checks: a match starts with a quote or a key-start character, after a non-key one.
    if (
      (c === 0x22 || c === 0x27 || (keyClass(c) & 2) !== 0) &&
      (p === 0 || (keyClass(text.charCodeAt(p - 1)) & 1) === 0)
    ) {
      const m = matchAt(text, p);
      if (m !== undefined) {
        onMatch(m);
        p = m.end;
        continue;
      }
    }
    p += 1;
  }
}
