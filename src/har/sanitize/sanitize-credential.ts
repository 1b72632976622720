// Credential header values (RFC 9110 §11.6.2 Authorization, §11.7.2 Proxy-Authorization, API-key
// headers): the scheme, quotes, spaces and tell-tale values (`undefined`, `null`, a scrubber's
// `[REDACTED]`) stay, since they are the evidence; every run of credential characters becomes a
// placeholder of its shape. The result is checked: read back, it must describe as the original did.
import { describeAuthorization, findApiKeys, isSanitizerPlaceholder } from '../../rules/index';
import { basicPlaceholder, placeholderFor, secretPlaceholder } from './make-placeholder';
import { restoreText } from './restore-entry';
import { hasPlaceholder, isOnlyPlaceholders } from './placeholder';
import { sanitizeUrl } from './sanitize-url';

/** Values that say a credential is missing rather than hold one (rules: value-problems.ts). */
const TELL_TALE = /^(?:undefined|null|nil|none|true|false|\[object|Object\]|\[object Object\])$/i;
const QUOTES = `"'\``;
/** `name=value` first: auth-params (RFC 9110 §11.2), as Digest and `Token token="…"` send. */
const AUTH_PARAM_START = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*=[ \t]*[^=\s]/;
/** Schemes whose credential is one token68: never read as auth-params. */
const TOKEN68_SCHEMES: ReadonlySet<string> = new Set(['bearer', 'basic', 'dpop', 'jwt']);
/** Digest and similar auth-params that are no secret and that the rules compare (RFC 7616 §3.4). */
const PUBLIC_PARAMS: ReadonlySet<string> = new Set([
  'realm',
  'nonce',
  'uri',
  'qop',
  'nc',
  'algorithm',
  'opaque',
  'charset',
  'userhash',
]);

/** A scrubber's labelled hash (`sha256:…`): the label stays, the digits get a placeholder. */
const LABELLED_HASH = /^((?:sha-?(?:1|224|256|384|512)|md5|hash)[:=-])[0-9a-f]{16,128}$/i;

type RunKind = 'basic' | 'token';

/** Longest scheme word read as one (rules: describe-authorization.ts, SCHEME_TOKEN). */
const MAX_SCHEME = 30;
/** Whitespace-separated parts of a credential read one by one; more is not a credential but a flood. */
const MAX_RUNS = 64;

/** 64 or 128 hex digits, which the rules read as a scrubber's hash: a hex placeholder keeps that. */
function isHash(text: string): boolean {
  return isSanitizerPlaceholder(text, { hashes: true });
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0 && n <= MAX_RUNS; i = text.indexOf(char, i + 1)) n += 1;
  return n;
}

function countRuns(text: string): number {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length && runs <= MAX_RUNS; i++) {
    const blank = /\s/.test(text.charAt(i));
    if (!blank && !inRun) runs += 1;
    inRun = !blank;
  }
  return runs;
}

/** Is this run kept as it is? Tell-tale words, a scrubber's placeholder and scheme words are evidence. */
function keepRun(core: string): boolean {
  // Not hashes: 64 hex digits may be a real token; a hex placeholder keeps what the rules judge.
  if (core === '' || TELL_TALE.test(core) || isSanitizerPlaceholder(core, { hashes: false })) return true;
  // Sanitized before (a file sanitized twice): the placeholder stays as it is.
  if (isOnlyPlaceholders(core)) return true;
  // A scheme word (`Bearer Bearer x`): the rules read a lone well-known scheme as one (RFC 9110 §11.1).
  return core.length <= MAX_SCHEME && describeAuthorization(core, Number.NaN).scheme === core;
}

/** Each whitespace-separated run, quotes around it kept, replaced by a placeholder. */
function replaceRuns(text: string, kind: RunKind): string {
  // No credential has this many parts: one placeholder for all keeps a hostile value linear.
  if (countRuns(text) > MAX_RUNS) {
    const core = text.trim();
    const at = text.indexOf(core);
    return `${text.slice(0, at)}${placeholderFor(core)}${text.slice(at + core.length)}`;
  }
  return text.replace(/[^\s]+/g, (run) => {
    let start = 0;
    let end = run.length;
    while (start < end && QUOTES.includes(run.charAt(start))) start += 1;
    while (end > start && QUOTES.includes(run.charAt(end - 1))) end -= 1;
    const core = run.slice(start, end);
    if (keepRun(core)) return run;
    const label = LABELLED_HASH.exec(core)?.[1] ?? '';
    const secret = core.slice(label.length);
    const placeholder = kind === 'basic' && !isHash(secret) ? basicPlaceholder(secret) : placeholderFor(secret);
    return `${run.slice(0, start)}${label}${placeholder}${run.slice(end)}`;
  });
}

/**
 * The first word the rules read as the scheme, kept when it is one: a well-known scheme, or a word of
 * letters and hyphens (`Hawk`, `SharedKey`). A first word with digits may be a password someone put there
 * (`Authorization: hunter2 x`): it is replaced, even though the rules would have shown it as a scheme.
 */
function isKeptScheme(scheme: string): boolean {
  if (scheme === '') return false;
  return /^[A-Za-z-]{1,30}$/.test(scheme) || (scheme.length <= MAX_SCHEME && keepRun(scheme));
}

/** Auth-params: public ones kept, the others' values (`username`, `response`, `cnonce`, …) replaced. */
function replaceParams(text: string): string {
  if (countOf(text, '=') > MAX_RUNS) return replaceRuns(text, 'token');
  return text.replace(
    /([!#$%&'*+.^_`|~0-9A-Za-z-]+)([ \t]*=[ \t]*)("(?:[^"\\]|\\.)*"|[^,\s]*)/g,
    (whole, name: string, eq: string, value: string) => {
      if (value === '' || value === '""') return whole;
      // RFC 7616 §3.4 `uri`: the request target, whose query may hold a secret like any URL's.
      const quoted = value.startsWith('"');
      const inner = quoted ? value.slice(1, -1) : value;
      if (name.toLowerCase() === 'uri') {
        const uri = sanitizeUrl(inner, { add: () => undefined });
        return `${name}${eq}${quoted ? `"${uri}"` : uri}`;
      }
      if (PUBLIC_PARAMS.has(name.toLowerCase())) return whole;
      return `${name}${eq}${quoted ? `"${secretPlaceholder(inner)}"` : secretPlaceholder(inner)}`;
    },
  );
}

function sameShape(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * An Authorization or Proxy-Authorization value with its credential replaced, or the value itself when
 * it holds none (`Bearer undefined`, `Basic [REDACTED]`).
 */
export function sanitizeAuthorization(value: string): string {
  if (hasPlaceholder(value)) return sanitizeSecretValue(value);
  const shape = describeAuthorization(value, Number.NaN);
  const lead = /^\s*["']?/.exec(value)?.[0] ?? '';
  const body = value.slice(lead.length);
  const schemeText = isKeptScheme(shape.scheme) && body.startsWith(shape.scheme) ? shape.scheme : '';
  const rest = body.slice(schemeText.length);
  const lower = schemeText.toLowerCase();
  const afterSpace = rest.replace(/^\s+/, '');
  const candidate =
    lead +
    schemeText +
    (AUTH_PARAM_START.test(afterSpace) && !TOKEN68_SCHEMES.has(lower)
      ? replaceParams(rest)
      : replaceRuns(rest, lower === 'basic' ? 'basic' : 'token'));
  // Nothing but evidence in it (`Bearer "undefined"`): kept as it is.
  if (candidate === value) return value;
  if (sameShape(describeAuthorization(restoreText(candidate), Number.NaN), shape)) return candidate;
  // A shape the run-by-run reading cannot keep: the scheme and quotes stay, the rest is one placeholder.
  const { open, core, close } = unwrap(rest);
  if (core === '' || keepRun(core)) return value;
  const placeholder = lower === 'basic' && !isHash(core) ? basicWithSpaces(core) : placeholderFor(core);
  return `${lead}${schemeText}${schemeText !== '' && open.trim() === open ? ' ' : ''}${open}${placeholder}${close}`;
}

/** Spaces, then one quote, on each side of `text`; `core` is what is between. */
function unwrap(text: string): { open: string; core: string; close: string } {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  if (start < end && QUOTES.includes(text.charAt(start))) start += 1;
  if (end > start && QUOTES.includes(text.charAt(end - 1))) end -= 1;
  return { open: text.slice(0, start), core: text.slice(start, end), close: text.slice(end) };
}

/** Basic with spaces inside (`dXNl cjpw`): the rules read it without them, and note that they were there. */
function basicWithSpaces(core: string): string {
  const joined = core.replace(/\s+/g, '');
  return basicPlaceholder(joined, core.length - joined.length);
}

/** An API-key header value (rules: api-keys.ts), checked the same way. */
export function sanitizeApiKey(name: string, value: string): string {
  if (hasPlaceholder(value)) return sanitizeSecretValue(value);
  const candidate = replaceRuns(value, 'token');
  const before = findApiKeys([{ name, value }], '');
  if (before.some((k) => k.redacted === true)) return value;
  if (sameShape(findApiKeys([{ name, value: restoreText(candidate) }], ''), before)) return candidate;
  return value.trim() === '' ? value : placeholderFor(value.trim());
}

/** Any other value that is a credential as a whole (a header named like `X-Session-Token`). */
export function sanitizeSecretValue(value: string): string {
  return replaceRuns(value, 'token');
}
