// Masks secret-looking values in free text (response bodies, header values, error descriptions)
// so the result can be stored and shown (docs/design.md, privacy rules).
//
// Every pattern below is linear on any input: each one either starts only at a boundary
// (a look-behind that fails inside a run, so one attempt per run) or ends in a single greedy
// character class with nothing after it, and no pattern nests quantifiers over overlapping
// classes. The tests check 1 MB against 256 KB timing.

import { forEachKeyValue, type KeyValueMatch } from './key-value';
import { isSecretName, isSecretQueryName } from './secret-names';
import { DEFAULT_MAX_LENGTH, truncate } from './truncate';

export const REDACTED = '[redacted]';
export const REDACTED_JWT = '[redacted JWT]';

/** Authorization schemes whose parameter is a credential (RFC 9110 §11.4; RFC 6750; RFC 7617; RFC 9449). */
const SCHEMES = 'Bearer|Basic|Token|DPoP|JWT|Negotiate|NTLM|ApiKey|Api-Key|SSWS|OAuth';
const SCHEME_SET: ReadonlySet<string> = new Set(SCHEMES.toLowerCase().split('|'));

/** Header-style lines whose whole rest-of-line is a credential (`Cookie: a=1; b=2`). */
const HEADER_LINE = /(?<![A-Za-z0-9_-])((?:proxy-)?authorization|(?:set-)?cookie)([ \t]{0,8}:[ \t]{0,8})([^\r\n]+)/gi;

/** `Bearer xxx`, `Basic xxx`, `Token xxx` (RFC 6750 §2.1 b64token, RFC 7617 §2). */
const SCHEME_VALUE = new RegExp(`(?<![A-Za-z0-9_-])(${SCHEMES})([ \\t]{1,8})([A-Za-z0-9._~+/-]+=*)`, 'gi');

/** JWS (3 parts) or JWE (5 parts), compact serialisation (RFC 7515 §7.1, RFC 7516 §7.1). */
const JWT = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,3}\.[A-Za-z0-9_-]+/g;

/**
 * Well-known key prefixes: Stripe `sk_live_`/`rk_live_`/`whsec_`, GitHub `ghp_`/`gho_`/`ghu_`/`ghs_`/
 * `ghr_`/`github_pat_`, GitLab `glpat-`, Slack `xox[abposr]-`/`xapp-`, AWS `AKIA`/`ASIA`, Google `AIza`
 * and OAuth `ya29.`, npm `npm_`, PyPI `pypi-`, Shopify `shp*_`, Square `sq0*-`, SendGrid `SG.`,
 * Hugging Face `hf_`, OpenAI/Anthropic `sk-`, DigitalOcean `dop_v1_`, Linear `lin_api_`.
 */
const KEY_PREFIX =
  /(?<![A-Za-z0-9_-])(?:sk_live_|sk_test_|rk_live_|rk_test_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|gldt-|glptt-|xox[abposr]-|xapp-|AKIA|ASIA|AIza|ya29\.|npm_|pypi-|shpat_|shpss_|shpca_|shppa_|sq0atp-|sq0csp-|SG\.|hf_|sk-|dop_v1_|doo_v1_|lin_api_)[A-Za-z0-9_-]{16,}(?:\.[A-Za-z0-9_-]+)*/g;

/** Runs of the base64 / base64url / hex alphabets, at least 24 long; judged in {@link maskOpaque}. */
const OPAQUE_RUN = /(?<![A-Za-z0-9_+/-])[A-Za-z0-9_+/-]{24,}=*/g;

/** Values that say something is missing rather than hold a secret: keep them, they are evidence. */
const HARMLESS_VALUE = /^(?:true|false|null|undefined|none|nil|\[object Object\])$/i;

/**
 * After a scheme, a short lower-case word is prose (`Bearer token`) or an auth-param name
 * (`Basic realm="x"`, `Bearer error=invalid_token`, RFC 9110 §11.2), not a credential; so is a
 * short capitalised word (`Token Expired`, `Basic Authentication Required`).
 */
const PROSE_WORD = /^(?:[a-z][a-z_-]{0,19}=?|[A-Z][a-z]{1,19})$/;

/**
 * After a scheme, a short version number is prose too (`Expected OAuth 2 access token`, `OAuth 2.0`):
 * at most two digits per part, so no credential (RFC 6750 §2.1 b64token) is that short and that plain.
 */
const VERSION_NUMBER = /^[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}$/;

/** `error_code_2`, `invalid_client_credentials`: words joined by `_`/`-`, at most a short number each. */
const WORDY_PART = /^[A-Za-z]*[0-9]{0,4}$/;

function looksLikeJwt(value: string): boolean {
  return /^eyJ[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*){1,4}$/.test(value);
}

function placeholderFor(value: string): string {
  return looksLikeJwt(value) ? REDACTED_JWT : REDACTED;
}

/** Mask a credential value but keep a leading scheme (`Bearer [redacted]`): the scheme is evidence. */
function maskCredentialValue(value: string): string {
  const m = /^([A-Za-z][A-Za-z0-9-]{0,19})([ \t]+)(\S[^]*)$/.exec(value);
  if (m && SCHEME_SET.has((m[1] ?? '').toLowerCase())) {
    const rest = m[3] ?? '';
    if (HARMLESS_VALUE.test(rest.trim())) return value;
    return `${m[1] ?? ''}${m[2] ?? ''}${placeholderFor(rest.trim())}`;
  }
  return placeholderFor(value.trim());
}

/** True for a run that reads as a random token: long, letters and digits, not words joined by `_`. */
export function isOpaqueToken(s: string): boolean {
  if (s.length < 24) return false;
  if (!/[0-9]/.test(s) || !/[A-Za-z]/.test(s)) return false;
  return !s.split(/[_-]/).every((part) => WORDY_PART.test(part));
}

function maskOpaque(run: string): string {
  const body = run.replace(/=+$/, '');
  if (!body.includes('/')) return isOpaqueToken(body) ? REDACTED : run;
  // A run with `/` is either base64 (mask it whole) or a path (mask only its opaque segments).
  const segments = body.split('/');
  const pathLike = segments.some((seg) => seg === '' || /^[a-z]{3,}$/.test(seg));
  const base64Like = run.includes('+') || run.endsWith('=');
  if (base64Like || (!pathLike && isOpaqueToken(segments.join('')))) return REDACTED;
  return segments.map((seg) => (isOpaqueToken(seg) ? REDACTED : seg)).join('/') + run.slice(body.length);
}

type Replacer = (match: RegExpExecArray) => string;

/**
 * `text.replace(re, fn)` that copies only where something changed. `String.prototype.replace`
 * with a callback slows down badly (GC) on hundreds of thousands of matches that all stay.
 */
function replaceAll(text: string, re: RegExp, fn: Replacer, from = 0): string {
  const pieces: string[] = [];
  let last = 0;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    const replacement = fn(m);
    if (replacement === m[0]) continue;
    pieces.push(text.slice(last, m.index), replacement);
    last = m.index + m[0].length;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(last));
  return pieces.join('');
}

function maskHeaderLine(m: RegExpExecArray): string {
  const [whole, name = '', sep = '', value = ''] = m;
  return HARMLESS_VALUE.test(value.trim()) ? whole : `${name}${sep}${maskCredentialValue(value)}`;
}

/** The replacement for a KEY_VALUE match in `text`, or undefined to keep it as it is. */
function maskKeyValue(text: string, m: KeyValueMatch): string | undefined {
  const key = text.slice(m.keyStart, m.keyEnd);
  if (!isSecretName(key)) return undefined;
  const q = text.slice(m.index, m.keyStart);
  const sep = text.slice(m.sepStart, m.valueStart);
  const value = text.slice(m.valueStart, m.end);
  const quote = value.startsWith('"') || value.startsWith("'") ? value.charAt(0) : '';
  const inner = quote ? value.slice(1, -1) : value;
  if (inner.trim() === '' || HARMLESS_VALUE.test(inner) || inner.startsWith('[redacted')) return undefined;
  // `Authorization: Bearer <token>`: the token after the scheme is masked by SCHEME_VALUE.
  if (!quote && SCHEME_SET.has(inner.toLowerCase())) return undefined;
  return `${q}${key}${q}${sep}${quote}${maskCredentialValue(inner)}${quote}`;
}

/** The KEY_VALUE pass: `replaceAll(text, KEY_VALUE, ...)` with the hand-written matcher. */
function maskKeyValues(text: string, from: number): string {
  const pieces: string[] = [];
  let last = 0;
  forEachKeyValue(text, from, (m) => {
    const replacement = maskKeyValue(text, m);
    if (replacement === undefined || replacement === text.slice(m.index, m.end)) return;
    pieces.push(text.slice(last, m.index), replacement);
    last = m.end;
  });
  if (pieces.length === 0) return text;
  pieces.push(text.slice(last));
  return pieces.join('');
}

function maskSchemeValue(m: RegExpExecArray): string {
  const [whole, scheme = '', space = '', value = ''] = m;
  return PROSE_WORD.test(value) || VERSION_NUMBER.test(value) || HARMLESS_VALUE.test(value)
    ? whole
    : `${scheme}${space}${placeholderFor(value)}`;
}

/*
 * Where each pass could first match, from one linear scan of the text (see {@link scanHints}).
 * Every hint is a necessary condition: a pass whose hint is absent cannot match and is skipped,
 * and a pass starts at its hint, since no match can begin before it. So results are the same as
 * running every pass from the start; most texts (a reason phrase, prose) skip most passes.
 */
interface Hints {
  /** First `:` or `=`: KEY_VALUE and HEADER_LINE need one. */
  sep: number;
  /** First word `authorization`, `proxy-authorization`, `cookie` or `set-cookie` (HEADER_LINE). */
  headerWord: number;
  /** First scheme word followed by a space or tab (SCHEME_VALUE). */
  schemeWord: number;
  /** First `eyJ` (JWT). */
  jwt: number;
  /** Start of the first run of at least KEY_PREFIX_MIN characters of `[A-Za-z0-9_.-]` (KEY_PREFIX). */
  keyPrefixRun: number;
  /** Start of the first run of at least 24 characters of `[A-Za-z0-9_+/-]` (OPAQUE_RUN). */
  opaqueRun: number;
}

/** KEY_VALUE: from its start to its `:`/`=`: a quote, a 64-character key, a quote, 8 blanks. */
const KEY_VALUE_REACH = 1 + 64 + 1 + 8;
/** KEY_PREFIX: the shortest prefix (`SG.`, `hf_`, `sk-`) plus 16 characters. */
const KEY_PREFIX_MIN = 3 + 16;
const OPAQUE_MIN = 24;

/** Bit 1: `[A-Za-z0-9_.-]` (KEY_PREFIX); bit 2: `[A-Za-z0-9_+/-]` (OPAQUE_RUN); bit 4: `[A-Za-z-]` (words). */
const CHAR_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const add = (chars: string, bit: number): void => {
    for (const c of chars) table[c.charCodeAt(0)] = (table[c.charCodeAt(0)] ?? 0) | bit;
  };
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  add(`${alnum}_.-`, 1);
  add(`${alnum}_+/-`, 2);
  add('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-', 4);
  return table;
})();

/** Lower-case words that start a HEADER_LINE or SCHEME_VALUE match (SCHEME_VALUE also needs a blank after). */
const HEADER_WORDS: readonly string[] = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];
const SCHEME_WORDS: readonly string[] = SCHEMES.toLowerCase().split('|');
const MAX_WORD = 19;

/** Words by length, so a word of the text is compared only with words as long as it. */
function byLength(words: readonly string[]): Array<readonly string[] | undefined> {
  const out: Array<string[] | undefined> = [];
  for (const w of words) (out[w.length] ??= []).push(w);
  return out;
}
const HEADER_BY_LENGTH = byLength(HEADER_WORDS);
const SCHEME_BY_LENGTH = byLength(SCHEME_WORDS);

/** `text[start, start + word.length)` equals lower-case `word`, ASCII case-insensitively. */
function wordAt(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if ((text.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function isOneOf(text: string, start: number, length: number, table: Array<readonly string[] | undefined>): boolean {
  const words = table[length];
  if (words === undefined) return false;
  for (const w of words) if (wordAt(text, start, w)) return true;
  return false;
}

/**
 * One pass over `text`. A pattern word (scheme, header name) starts where its look-behind allows
 * (no `[A-Za-z0-9_-]` before it) and ends at a blank or `:`, so it is a whole word of `[A-Za-z-]`.
 */
function scanHints(text: string): Hints {
  let headerWord = -1;
  let schemeWord = -1;
  let keyPrefixRun = -1;
  let opaqueRun = -1;
  let wordStart = -1;
  let runA = 0;
  let runB = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? (CHAR_CLASS[c] as number) : 0;
    if ((cls & 4) !== 0) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      const length = i - wordStart;
      if (length <= MAX_WORD) {
        if (headerWord < 0 && isOneOf(text, wordStart, length, HEADER_BY_LENGTH)) headerWord = wordStart;
        if (schemeWord < 0 && (c === 0x20 || c === 0x09) && isOneOf(text, wordStart, length, SCHEME_BY_LENGTH))
          schemeWord = wordStart;
      }
      wordStart = -1;
    }
    if ((cls & 1) !== 0) {
      runA += 1;
      if (runA === KEY_PREFIX_MIN && keyPrefixRun < 0) keyPrefixRun = i + 1 - KEY_PREFIX_MIN;
    } else {
      runA = 0;
    }
    if ((cls & 2) !== 0) {
      runB += 1;
      if (runB === OPAQUE_MIN && opaqueRun < 0) opaqueRun = i + 1 - OPAQUE_MIN;
    } else {
      runB = 0;
    }
  }
  const colon = text.indexOf(':');
  const equals = text.indexOf('=');
  const sep = colon < 0 ? equals : equals < 0 ? colon : Math.min(colon, equals);
  return { sep, headerWord, schemeWord, jwt: text.indexOf('eyJ'), keyPrefixRun, opaqueRun };
}

function maskUnbounded(text: string): string {
  let out = text;
  let h = scanHints(out);
  let next: string;
  if (h.sep >= 0 && h.headerWord >= 0) {
    next = replaceAll(out, HEADER_LINE, maskHeaderLine, h.headerWord);
    // A pass that changed the text moves every later hint: scan again (only when something was masked).
    if (next !== out) h = scanHints((out = next));
  }
  if (h.sep >= 0) {
    next = maskKeyValues(out, Math.max(0, h.sep - KEY_VALUE_REACH));
    if (next !== out) h = scanHints((out = next));
  }
  if (h.schemeWord >= 0) {
    next = replaceAll(out, SCHEME_VALUE, maskSchemeValue, h.schemeWord);
    if (next !== out) h = scanHints((out = next));
  }
  if (h.jwt >= 0) {
    next = replaceAll(out, JWT, maskJwt, h.jwt);
    if (next !== out) h = scanHints((out = next));
  }
  if (h.keyPrefixRun >= 0) {
    next = replaceAll(out, KEY_PREFIX, maskKeyPrefix, h.keyPrefixRun);
    if (next !== out) h = scanHints((out = next));
  }
  return h.opaqueRun >= 0 ? replaceAll(out, OPAQUE_RUN, maskOpaqueRun, h.opaqueRun) : out;
}

function maskJwt(): string {
  return REDACTED_JWT;
}

function maskKeyPrefix(): string {
  return REDACTED;
}

function maskOpaqueRun(m: RegExpExecArray): string {
  return maskOpaque(m[0]);
}

/**
 * Returns `text` with secret-looking values replaced by `[redacted]` (`[redacted JWT]` for JWTs),
 * then cut to `maxLength` characters (default 2,000) ending in `…`. Never throws.
 */
export function maskSecrets(text: string, maxLength: number = DEFAULT_MAX_LENGTH): string {
  try {
    const input = typeof text === 'string' ? text : String(text);
    return truncate(maskUnbounded(input), maxLength);
  } catch {
    return '';
  }
}

/** Max length of a redacted URL (a URL is kept whole up to this, then cut with `…`). */
const URL_MAX_LENGTH = 2000;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function redactQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs = search
    .slice(1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      const key = maskUnbounded(rawKey);
      if (eq < 0) return key;
      const rawValue = pair.slice(eq + 1);
      if (rawValue === '') return `${key}=`;
      const value = safeDecode(rawValue);
      const secret =
        isSecretQueryName(safeDecode(rawKey)) || maskUnbounded(value) !== value || maskUnbounded(rawValue) !== rawValue;
      return `${key}=${secret ? REDACTED : rawValue}`;
    });
  return `?${pairs.join('&')}`;
}

/**
 * Returns `url` safe to store and show: userinfo and fragment removed, secret-looking query values
 * (by name, e.g. `access_token`, `key`, `X-Amz-Signature`, or by value) replaced by `[redacted]`,
 * secret-looking path segments masked. Unparseable input is masked as text. Never throws.
 */
export function redactUrl(url: string): string {
  try {
    const input = typeof url === 'string' ? url : String(url);
    let parsed: URL | undefined;
    try {
      parsed = new URL(input);
    } catch {
      parsed = undefined;
    }
    return redactParsedUrl(input, parsed);
  } catch {
    return '';
  }
}

/**
 * {@link redactUrl} for a caller that has already parsed `input` (`parsed` is `new URL(input)`, or
 * undefined when that threw), so one URL is not parsed twice. Never throws.
 */
export function redactParsedUrl(input: string, parsed: URL | undefined): string {
  try {
    if (parsed === undefined) return maskSecrets(input, URL_MAX_LENGTH);
    // Opaque URLs (`data:`, `blob:`, `about:`) have no host: treat them as text.
    if (parsed.host === '') return maskSecrets(input.split('#')[0] ?? '', URL_MAX_LENGTH);
    const path = maskUnbounded(parsed.pathname);
    return truncate(`${parsed.protocol}//${parsed.host}${path}${redactQuery(parsed.search)}`, URL_MAX_LENGTH);
  } catch {
    return '';
  }
}
