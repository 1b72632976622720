// Cookie names sent and set, never values (docs/design.md privacy rules). Parsing follows the
// lenient algorithms of RFC 6265 §5.2 and §5.4 that browsers implement.

import type { CookieLifetime } from '../../types';
import { isPlaceholderWord } from '../../knowledge/sanitizer-placeholders';

const MAX_NAMES = 100;
const MAX_NAME_LENGTH = 100;

/** A cookie name we can show: non-empty, capped, without control characters. */
function cleanName(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const name = raw.trim().replace(/[\x00-\x1f\x7f]/g, '');
  return name === '' ? undefined : name.slice(0, MAX_NAME_LENGTH);
}

/**
 * Names of the cookies in `Cookie` request header values (`a=1; b=2`), deduplicated, in order,
 * at most 100. A pair without `=` is skipped: browsers read it as a value with an empty name,
 * so the text is a value and must not be shown.
 */
export function cookieNames(cookieHeaderValues: string[]): string[] {
  const names = new Set<string>();
  try {
    for (const header of cookieHeaderValues) {
      for (const pair of String(header).split(/[;\n]/)) {
        if (names.size >= MAX_NAMES) return [...names];
        const eq = pair.indexOf('=');
        if (eq < 0) continue;
        const name = cleanName(pair.slice(0, eq));
        if (name !== undefined) names.add(name);
      }
    }
  } catch {
    // A malformed (non-string) entry: return what was read so far.
  }
  return [...names];
}

/**
 * A sanitizer replaced the cookies: the whole header is a placeholder (`[sanitized]`), or a value is one
 * (`sid=[REDACTED]`). Hashes are not judged here: real session ids are often 64 hex digits.
 */
export function cookieValuesReplaced(cookieHeaderValues: string[]): boolean {
  for (const header of cookieHeaderValues) {
    if (isPlaceholderWord(header)) return true;
    for (const pair of header.split(';', MAX_NAMES)) {
      const eq = pair.indexOf('=');
      if (eq >= 0 && isPlaceholderWord(pair.slice(eq + 1))) return true;
    }
  }
  return false;
}

/** RFC 6265 §5.2.2: Max-Age is an optional `-` and digits; anything else is ignored. */
function parseMaxAge(value: string): number | undefined {
  return /^-?[0-9]{1,20}$/.test(value) ? Number(value) : undefined;
}

/** Cookie dates (RFC 6265 §5.1.1) in the common forms; `Date.parse` handles them once dashes are spaces. */
function parseExpires(value: string): number | undefined {
  const text = value.slice(0, 100);
  for (const candidate of [text, text.replace(/-/g, ' ')]) {
    const time = Date.parse(candidate);
    if (Number.isFinite(time)) return time;
  }
  return undefined;
}

/** One `Set-Cookie` line read for what the rules need: the name (cleaned) and its lifetime attributes. */
interface SetCookieLine {
  name: string | undefined;
  maxAge: number | undefined;
  expires: number | undefined;
}

function readSetCookieLine(line: string): SetCookieLine {
  const [pair = '', ...attributes] = line.split(';');
  const eq = pair.indexOf('=');
  const name = eq < 0 ? undefined : cleanName(pair.slice(0, eq));
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes.slice(0, 50)) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'max-age') maxAge = parseMaxAge(value) ?? maxAge;
    else if (key === 'expires') expires = parseExpires(value) ?? expires;
  }
  return { name, maxAge, expires };
}

/**
 * Names of the cookies that `Set-Cookie` values set and delete. A cookie is deleted when
 * `Max-Age` is zero or negative, or, without `Max-Age`, when `Expires` is before `responseTime`
 * (RFC 6265 §5.3 step 3: Max-Age wins). Chrome's webRequest may join several `Set-Cookie`
 * lines with `\n` in one header, so values are split on line breaks. The last line for a name wins.
 */
export function setCookieInfo(setCookieValues: string[], responseTime: number): { set: string[]; deleted: string[] } {
  const state = new Map<string, 'set' | 'deleted'>();
  try {
    for (const header of setCookieValues) {
      for (const line of String(header).split(/\r?\n/)) {
        const { name, maxAge, expires } = readSetCookieLine(line);
        if (name === undefined || (!state.has(name) && state.size >= MAX_NAMES)) continue;
        const deleted =
          maxAge !== undefined
            ? maxAge <= 0
            : expires !== undefined && Number.isFinite(responseTime) && expires < responseTime;
        state.delete(name);
        state.set(name, deleted ? 'deleted' : 'set');
      }
    }
  } catch {
    // A malformed (non-string) entry: report what was read so far.
  }
  const set: string[] = [];
  const deleted: string[] = [];
  for (const [name, what] of state) (what === 'set' ? set : deleted).push(name);
  return { set, deleted };
}

/**
 * The cookies `Set-Cookie` values give a lifetime, by name (never values): `Max-Age` counted from
 * `responseTime`, else `Expires` (RFC 6265 §5.3 step 3: Max-Age wins). Cookies without either live for
 * the browser session and are left out; a lifetime already over at `responseTime` is a deletion.
 */
export function cookieLifetimes(setCookieValues: string[], responseTime: number): CookieLifetime[] {
  const out = new Map<string, number>();
  if (!Number.isFinite(responseTime)) return [];
  try {
    for (const header of setCookieValues) {
      for (const line of String(header).split(/\r?\n/)) {
        const { name, maxAge, expires } = readSetCookieLine(line);
        if (name === undefined || (!out.has(name) && out.size >= MAX_NAMES)) continue;
        const end = maxAge !== undefined ? responseTime + maxAge * 1000 : expires;
        if (end === undefined || end <= responseTime) out.delete(name);
        else out.set(name, end);
      }
    }
  } catch {
    // A malformed (non-string) entry: report what was read so far.
  }
  return [...out].map(([name, expiresAt]) => ({ name, expiresAt }));
}
