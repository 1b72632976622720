// URLs: userinfo (`user:password@`, RFC 3986 §3.2.1) removed; secret query parameters (by name, the
// rules' vocabulary: `access_token`, `key`, `sig`, `code`, API-key carriers; or by value: a JWT, a
// key) and secrets in the fragment (`#access_token=…`, OAuth 2.0 implicit grant, RFC 6749 §4.2.2)
// replaced by placeholders. The text is rewritten in place: the rest of the URL stays byte for byte.
import { findApiKeys, isSanitizerPlaceholder, isSecretQueryName, maskSecrets } from '../../rules/index';
import { placeholderFor } from './make-placeholder';
import { isOnlyPlaceholders } from './placeholder';
import type { RemovedKind } from './summary';
import type { Tally } from './tally';
import { sanitizeText } from './sanitize-text';

/** Values a secret-named parameter may hold that are evidence, not secrets (`?api_key=undefined`). */
const TELL_TALE = /^(?:|undefined|null|nil|none|true|false|\[object Object\])$/i;

export function looksLikeUrl(text: string): boolean {
  return /^(?:https?|wss?):\/\//i.test(text);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

const carrierCache = new Map<string, boolean>();

/** A query parameter that carries a credential by its name. */
export function isSecretParam(name: string): boolean {
  if (isSecretQueryName(name)) return true;
  if (name.length > 100) return false;
  let known = carrierCache.get(name);
  if (known === undefined) {
    known = findApiKeys([], `http://h/?${encodeURIComponent(name)}=x`).length > 0;
    if (carrierCache.size < 1000) carrierCache.set(name, known);
  }
  return known;
}

/** A parameter value (already decoded) as the placeholder a secret one gets, or undefined to keep it. */
export function secretParamValue(name: string, value: string): string | undefined {
  if (TELL_TALE.test(value.trim()) || isOnlyPlaceholders(value) || isSanitizerPlaceholder(value, { hashes: false }))
    return undefined;
  if (isSecretParam(name)) return placeholderFor(value);
  return undefined;
}

/** `a=1&token=x`: each pair by name, then by value (a query, a fragment, a form-encoded body). */
export function sanitizeParams(params: string, kind: RemovedKind, tally: Tally): string {
  return params
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return sanitizeText(pair, kind, tally);
      const rawValue = pair.slice(eq + 1);
      const value = decode(rawValue);
      const byName = secretParamValue(decode(pair.slice(0, eq)), value);
      if (byName !== undefined) {
        tally.add(kind, byName.startsWith('[why401:v1:jwt'));
        return `${pair.slice(0, eq + 1)}${byName}`;
      }
      const raw = sanitizeText(rawValue, kind, tally);
      if (raw !== rawValue) return `${pair.slice(0, eq + 1)}${raw}`;
      // Hidden by percent-encoding: the rules judge the decoded value too (redactUrl).
      if (value !== rawValue && maskSecrets(value, Number.MAX_SAFE_INTEGER) !== value) {
        tally.add(kind);
        return `${pair.slice(0, eq + 1)}${placeholderFor(value)}`;
      }
      return pair;
    })
    .join('&');
}

/** A URL (or anything in a URL field) with its secrets replaced. */
export function sanitizeUrl(url: string, tally: Tally): string {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? undefined : url.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const base = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? undefined : beforeHash.slice(question + 1);
  let out = sanitizeBase(base, tally);
  if (query !== undefined) out += `?${sanitizeParams(query, 'queryParams', tally)}`;
  if (fragment !== undefined)
    out += `#${fragment.includes('=') ? sanitizeParams(fragment, 'fragments', tally) : sanitizeText(fragment, 'fragments', tally)}`;
  return out;
}

/** Scheme, authority and path: userinfo removed, secrets in the path (a JWT, a key) replaced. */
function sanitizeBase(base: string, tally: Tally): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/]*)(.*)$/s.exec(base);
  if (m === null) return sanitizeText(base, 'otherFields', tally);
  const [, scheme = '', authority = '', path = ''] = m;
  const at = authority.lastIndexOf('@');
  if (at >= 0) tally.add('urlUserinfo');
  return `${scheme}${at < 0 ? authority : authority.slice(at + 1)}${sanitizeText(path, 'otherFields', tally)}`;
}
