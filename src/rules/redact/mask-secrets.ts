// Masks secret-looking values in free text (response bodies, header values, error descriptions)
// so the result can be stored and shown (DESIGN.md, privacy rules).
//
// Every pattern below is linear on any input: each one either starts only at a boundary
// (a look-behind that fails inside a run, so one attempt per run) or ends in a single greedy
// character class with nothing after it, and no pattern nests quantifiers over overlapping
// classes. The tests check 1 MB against 256 KB timing.

import { isSecretName, isSecretQueryName } from './secret-names';
import { DEFAULT_MAX_LENGTH, truncate } from './truncate';

export const REDACTED = '[redacted]';
export const REDACTED_JWT = '[redacted JWT]';

/** Authorization schemes whose parameter is a credential (RFC 9110 §11.4; RFC 6750; RFC 7617; RFC 9449). */
const SCHEMES = 'Bearer|Basic|Token|DPoP|JWT|Negotiate|NTLM|ApiKey|Api-Key|SSWS|OAuth';
const SCHEME_SET: ReadonlySet<string> = new Set(SCHEMES.toLowerCase().split('|'));

/** Header-style lines whose whole rest-of-line is a credential (`Cookie: a=1; b=2`). */
const HEADER_LINE =
  /(?<![A-Za-z0-9_-])((?:proxy-)?authorization|(?:set-)?cookie)([ \t]{0,8}:[ \t]{0,8})([^\r\n]+)/gi;

/**
 * `key=value`, `key: value`, `"key": "value"`, `'key': 'value'`. The key starts at a boundary
 * (look-behind), so each run of key characters is tried once; the quoted alternatives scan to
 * the next matching quote only.
 */
const KEY_VALUE =
  /(?<![A-Za-z0-9_.-])(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})\1([ \t]{0,8}[:=][ \t]{0,8})("(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*'|[^\s&,;{}[\]"'<>][^\s&,;}\]"'<>]*)/g;

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
function replaceAll(text: string, re: RegExp, fn: Replacer): string {
  const pieces: string[] = [];
  let last = 0;
  re.lastIndex = 0;
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

function maskKeyValue(m: RegExpExecArray): string {
  const [whole, q = '', key = '', sep = '', value = ''] = m;
  if (!isSecretName(key)) return whole;
  const quote = value.startsWith('"') || value.startsWith("'") ? value.charAt(0) : '';
  const inner = quote ? value.slice(1, -1) : value;
  if (inner.trim() === '' || HARMLESS_VALUE.test(inner) || inner.startsWith('[redacted')) return whole;
  // `Authorization: Bearer <token>`: the token after the scheme is masked by SCHEME_VALUE.
  if (!quote && SCHEME_SET.has(inner.toLowerCase())) return whole;
  return `${q}${key}${q}${sep}${quote}${maskCredentialValue(inner)}${quote}`;
}

function maskSchemeValue(m: RegExpExecArray): string {
  const [whole, scheme = '', space = '', value = ''] = m;
  return PROSE_WORD.test(value) || HARMLESS_VALUE.test(value) ? whole : `${scheme}${space}${placeholderFor(value)}`;
}

/*
 * Cheap pre-checks: each is a necessary condition for a pass's RegExp to match anywhere, so a pass
 * whose check fails is skipped without changing the result. Most texts (a reason phrase, a prose
 * message) skip most passes. HEADER_LINE needs a `:`, KEY_VALUE a `:` or `=`, JWT the literal
 * `eyJ`; KEY_PREFIX and OPAQUE_RUN need a run of at least 19 (a prefix of 3 or more characters and
 * 16 more) and 24 characters of `[A-Za-z0-9_+/.-]`. Each check is one linear scan.
 */
const LONG_RUN = 16;

/** `[A-Za-z0-9_+/.-]` by char code. */
const RUN_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/.-') table[c.charCodeAt(0)] = 1;
  return table;
})();

function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && RUN_CHAR[c] === 1) {
      run += 1;
      if (run >= LONG_RUN) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

function maskUnbounded(text: string): string {
  let out = text;
  if (out.includes(':')) out = replaceAll(out, HEADER_LINE, maskHeaderLine);
  if (out.includes(':') || out.includes('=')) out = replaceAll(out, KEY_VALUE, maskKeyValue);
  out = replaceAll(out, SCHEME_VALUE, maskSchemeValue);
  if (out.includes('eyJ')) out = replaceAll(out, JWT, () => REDACTED_JWT);
  if (!hasLongRun(out)) return out;
  out = replaceAll(out, KEY_PREFIX, () => REDACTED);
  return replaceAll(out, OPAQUE_RUN, (m) => maskOpaque(m[0]));
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
  const pairs = search.slice(1).split('&').map((pair) => {
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
    let parsed: URL;
    try {
      parsed = new URL(input);
    } catch {
      return maskSecrets(input, URL_MAX_LENGTH);
    }
    // Opaque URLs (`data:`, `blob:`, `about:`) have no host: treat them as text.
    if (parsed.host === '') return maskSecrets(input.split('#')[0] ?? '', URL_MAX_LENGTH);
    const path = maskUnbounded(parsed.pathname);
    return truncate(`${parsed.protocol}//${parsed.host}${path}${redactQuery(parsed.search)}`, URL_MAX_LENGTH);
  } catch {
    return '';
  }
}
