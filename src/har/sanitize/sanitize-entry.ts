// One HAR entry: the fields Why401 knows by meaning (headers, cookies, URL, bodies), then every other
// string by its look (a URL, or free text), including `_`-prefixed custom fields. Numbers, booleans,
// timings and the order of everything stay as they are.
import { findApiKeys, isSecretName } from '../../rules/index';
import { sanitizeContent, sanitizePostData } from './sanitize-body';
import { sanitizeApiKey, sanitizeAuthorization, sanitizeSecretValue } from './sanitize-credential';
import { sanitizeCookieHeader, sanitizeCookieValue, sanitizeSetCookie } from './sanitize-cookies';
import { sanitizeText } from './sanitize-text';
import { looksLikeUrl, sanitizeUrl, secretParamValue } from './sanitize-url';
import type { Tally } from './tally';

/** Challenges are the server's words, read param by param (a Digest nonce is compared): kept whole. */
const KEPT_HEADERS: ReadonlySet<string> = new Set(['www-authenticate', 'proxy-authenticate']);
const URL_HEADERS: ReadonlySet<string> = new Set(['referer', 'origin', 'location', 'content-location']);
const MAX_DEPTH = 100;
/**
 * Fields that name or link things and hold no secret: ids that tie entries to pages and frames (a
 * random-looking page id must not become a placeholder, or two pages would read as one), and
 * protocol words.
 */
const KEPT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'pageref',
  '_frameref',
  '_requestId',
  'connection',
  'startedDateTime',
  'serverIPAddress',
  'httpVersion',
  'method',
  'mimeType',
  'encoding',
  '_resourceType',
  '_priority',
  '_fromCache',
  'version',
]);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const apiKeyHeaders = new Map<string, boolean>();

/** A header the rules read as an API-key carrier (api-keys.ts); asked once per name. */
function isApiKeyHeader(name: string): boolean {
  const lower = name.toLowerCase();
  let known = apiKeyHeaders.get(lower);
  if (known === undefined) {
    known = findApiKeys([{ name, value: 'x' }], 'about:blank').length > 0;
    if (apiKeyHeaders.size < 10_000) apiKeyHeaders.set(lower, known);
  }
  return known;
}

/** Any string by its look: a URL, or free text. */
export function sanitizeString(value: string, tally: Tally): string {
  return looksLikeUrl(value) ? sanitizeUrl(value, tally) : sanitizeText(value, 'otherFields', tally);
}

/** Anything not known by meaning: every string inside is read by its look. */
export function sanitizeAny(value: unknown, tally: Tally, depth = 0): unknown {
  if (typeof value === 'string') return sanitizeString(value, tally);
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item) => sanitizeAny(item, tally, depth + 1));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value))
    out[key] = KEPT_KEYS.has(key) ? item : sanitizeAny(item, tally, depth + 1);
  return out;
}

/** A copy of `item` with every field but `keep` read by its look; `keep` copied as they are. */
function sanitizeExcept(item: Json, keep: readonly string[], tally: Tally): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(item))
    out[key] = keep.includes(key) || KEPT_KEYS.has(key) ? value : sanitizeAny(value, tally);
  return out;
}

/** `done` (the known fields handled) with the other fields of `original` read by their look. */
function withRest(done: unknown, original: unknown, known: readonly string[], tally: Tally): unknown {
  if (!isObject(done) || !isObject(original)) return done;
  const out = sanitizeExcept(original, known, tally);
  for (const key of known) if (key in done) out[key] = done[key];
  return out;
}

function credentialHeader(lower: string, name: string, value: string): string {
  if (lower === 'authorization' || lower === 'proxy-authorization') return sanitizeAuthorization(value);
  if (isApiKeyHeader(name)) return sanitizeApiKey(name, value);
  return sanitizeSecretValue(value);
}

export function sanitizeHeaderValue(name: string, value: string, tally: Tally): string {
  const lower = name.toLowerCase();
  if (lower === 'cookie') return sanitizeCookieHeader(value, tally);
  if (lower === 'set-cookie') return sanitizeSetCookie(value, tally);
  if (KEPT_HEADERS.has(lower)) return value;
  if (lower === 'authorization' || lower === 'proxy-authorization' || isApiKeyHeader(name) || isSecretName(name)) {
    const out = credentialHeader(lower, name, value);
    if (out !== value) tally.add('headers', out.includes('[why401:v1:jwt'));
    return out;
  }
  if (URL_HEADERS.has(lower) && looksLikeUrl(value.trim())) return sanitizeUrl(value, tally);
  // HTTP/2's `:path` (Chrome lists it) is the path and query of the URL: read as the URL is.
  if (lower === ':path') return sanitizeUrl(value, tally);
  return sanitizeText(value, 'otherFields', tally);
}

function mapPairs(list: unknown, tally: Tally, fn: (name: string, value: string) => string): unknown {
  if (!Array.isArray(list)) return sanitizeAny(list, tally);
  return list.map((item: unknown) => {
    if (!isObject(item) || typeof item.value !== 'string') return sanitizeAny(item, tally);
    const out = sanitizeExcept(item, ['name', 'value'], tally);
    out.value = fn(typeof item.name === 'string' ? item.name : '', item.value);
    return out;
  });
}

function sanitizeRequest(request: Json, tally: Tally): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(request)) {
    if (key === 'url' && typeof value === 'string') out[key] = sanitizeUrl(value, tally);
    else if (key === 'headers') out[key] = mapPairs(value, tally, (n, v) => sanitizeHeaderValue(n, v, tally));
    else if (key === 'cookies') out[key] = mapPairs(value, tally, (_n, v) => sanitizeCookieValue(v, tally));
    else if (key === 'queryString') out[key] = mapPairs(value, tally, (n, v) => queryValue(n, v, tally));
    else if (key === 'postData') out[key] = withRest(sanitizePostData(value, tally), value, ['text', 'params'], tally);
    else out[key] = KEPT_KEYS.has(key) ? value : sanitizeAny(value, tally);
  }
  return out;
}

/** A `queryString` item, decoded: the same placeholder the URL got for it. */
function queryValue(name: string, value: string, tally: Tally): string {
  const byName = secretParamValue(name, value);
  if (byName === undefined) return sanitizeText(value, 'queryParams', tally);
  tally.add('queryParams', byName.startsWith('[why401:v1:jwt'));
  return byName;
}

function sanitizeResponse(response: Json, tally: Tally): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(response)) {
    if (key === 'headers') out[key] = mapPairs(value, tally, (n, v) => sanitizeHeaderValue(n, v, tally));
    else if (key === 'cookies') out[key] = mapPairs(value, tally, (_n, v) => sanitizeCookieValue(v, tally));
    else if (key === 'content') out[key] = withRest(sanitizeContent(value, tally), value, ['text'], tally);
    else if (key === 'redirectURL' && typeof value === 'string') out[key] = sanitizeUrl(value, tally);
    else out[key] = KEPT_KEYS.has(key) ? value : sanitizeAny(value, tally);
  }
  return out;
}

export function sanitizeEntry(entry: unknown, tally: Tally): unknown {
  if (!isObject(entry)) return sanitizeAny(entry, tally);
  const out: Json = {};
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'request' && isObject(value)) out[key] = sanitizeRequest(value, tally);
    else if (key === 'response' && isObject(value)) out[key] = sanitizeResponse(value, tally);
    else out[key] = KEPT_KEYS.has(key) ? value : sanitizeAny(value, tally);
  }
  return out;
}
