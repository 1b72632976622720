// Cookies (RFC 6265): names and attributes are what a diagnosis reads (sent, set, deleted, when they
// run out); values are secrets. A scrubber's placeholder (`sid=[REDACTED]`) is kept: it is evidence
// that the file was scrubbed before (rules: cookieValuesReplaced).
import { isSanitizerPlaceholder } from '../../rules/index';
import { cookiePlaceholder } from './make-placeholder';
import type { Tally } from './tally';
import { isOnlyPlaceholders } from './placeholder';
import { sanitizeText } from './sanitize-text';

/** Set-Cookie attributes (RFC 6265 §4.1.1, RFC 6265bis): names and values kept. */
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'expires',
  'max-age',
  'domain',
  'path',
  'secure',
  'httponly',
  'samesite',
  'partitioned',
  'priority',
]);

function isKept(value: string): boolean {
  return value === '' || isSanitizerPlaceholder(value, { hashes: false }) || isOnlyPlaceholders(value);
}

/** One cookie value (a `cookies` list item, or the part after `=`), spaces around it kept. */
export function sanitizeCookieValue(value: string, tally: Tally): string {
  const trimmed = value.trim();
  if (isKept(trimmed)) return value;
  tally.add('cookies');
  const at = value.indexOf(trimmed);
  return `${value.slice(0, at)}${cookiePlaceholder(trimmed)}${value.slice(at + trimmed.length)}`;
}

/** `name=value` (or a lone value, which browsers read as a nameless cookie). */
function sanitizePair(pair: string, tally: Tally): string {
  const eq = pair.indexOf('=');
  if (eq < 0) return sanitizeCookieValue(pair, tally);
  return `${pair.slice(0, eq + 1)}${sanitizeCookieValue(pair.slice(eq + 1), tally)}`;
}

/** A `Cookie` request header: `a=1; b=2`. */
export function sanitizeCookieHeader(value: string, tally: Tally): string {
  return value
    .split(';')
    .map((pair) => sanitizePair(pair, tally))
    .join(';');
}

/** A `Set-Cookie` value; Chrome's webRequest joins several with line breaks. */
export function sanitizeSetCookie(value: string, tally: Tally): string {
  return value
    .split('\n')
    .map((line) => {
      const [pair = '', ...attributes] = line.split(';');
      const kept = attributes.map((attribute) => {
        const at = attribute.indexOf('=');
        const name = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
        if (at < 0 || ATTRIBUTES.has(name)) return attribute;
        return `${attribute.slice(0, at + 1)}${sanitizeText(attribute.slice(at + 1), 'cookies', tally)}`;
      });
      return [sanitizePair(pair, tally), ...kept].join(';');
    })
    .join('\n');
}
