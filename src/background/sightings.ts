// What "Look closer" keeps of one response: names and attributes of cookies, never their values.
import { redactUrl } from '../rules';
import type { SetCookieShape, Sighting } from '../shared/look-closer';
import type { RawHeader } from './pending-requests';

/** `a=1; b=2` -> `['a', 'b']` (RFC 6265 §4.2.1: cookie-pair *( "; " cookie-pair )). */
export function cookieHeaderNames(value: string): string[] {
  return value
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => name.length > 0)
    .slice(0, 50);
}

/**
 * `sid=abc; Path=/; Secure; SameSite=None` -> `{ name: 'sid', attributes: ['Path=/', 'Secure', 'SameSite=None'] }`
 * (RFC 6265 §4.1.1). The value before the first `;` is dropped; attribute values are not secret.
 */
export function setCookieShape(value: string): SetCookieShape | undefined {
  const [pair = '', ...attributes] = value.split(';');
  const name = pair.split('=')[0]?.trim() ?? '';
  if (!name) return undefined;
  return {
    name: name.slice(0, 100),
    attributes: attributes
      .map((attribute) => attribute.trim().slice(0, 100))
      .filter(Boolean)
      .slice(0, 12),
  };
}

function values(headers: RawHeader[] | undefined, name: string): string[] {
  // Firefox joins several Set-Cookie headers with a newline; Chrome gives one entry each.
  return (headers ?? [])
    .filter((header) => header.name.toLowerCase() === name)
    .flatMap((header) => (header.value ?? '').split('\n'));
}

export interface SeenResponse {
  url: string;
  method: string;
  statusCode: number;
  requestHeaders: RawHeader[] | undefined;
  responseHeaders: RawHeader[] | undefined;
}

/** A sighting worth keeping (a preflight, a refusal, cookies either way), or undefined. */
export function sightingOf(seen: SeenResponse): Sighting | undefined {
  const preflight =
    seen.method.toUpperCase() === 'OPTIONS' && values(seen.requestHeaders, 'access-control-request-method').length > 0;
  const cookieNames = [...new Set(values(seen.requestHeaders, 'cookie').flatMap(cookieHeaderNames))];
  const setCookies = values(seen.responseHeaders, 'set-cookie')
    .map(setCookieShape)
    .filter((shape) => shape !== undefined);
  const refused = seen.statusCode === 401 || seen.statusCode === 407;
  if (!preflight && !refused && cookieNames.length === 0 && setCookies.length === 0) return undefined;
  return { url: redactUrl(seen.url), method: seen.method, status: seen.statusCode, preflight, cookieNames, setCookies };
}
