// What the browser's cookie jar says about a refused request. Chrome hides the request `Cookie` header
// from webRequest unless every listener asks for `extraHeaders`, which costs every request (see the
// benchmark); the cookies API asked only at the moment of a 401 answers the same question for free on
// all other requests.
import type { Header } from '../rules/types';
import { hasHeader, isCrossSite } from '../rules';
import { browser } from '../shared/browser';

export interface CookieContext {
  /** The browser holds cookies that match the request's URL. */
  browserHasCookies: boolean;
  /** Names of those cookies (never values). */
  names: string[];
}

export async function cookiesForUrl(url: string): Promise<CookieContext | undefined> {
  try {
    const cookies = await browser.cookies.getAll({ url });
    const names = [...new Set(cookies.map((cookie) => cookie.name))].slice(0, 100);
    return { browserHasCookies: names.length > 0, names };
  } catch {
    return undefined; // no access to this URL's cookies (restricted page, permission withheld)
  }
}

/**
 * When the Cookie header was invisible but the request was same-site, the browser sent the jar's
 * cookies for it: add them as names only (`name=`), so the rules see what was sent, not the values.
 */
export function withInferredCookies(
  headers: Header[],
  url: string,
  initiator: string | undefined,
  jar: CookieContext | undefined,
): { headers: Header[]; inferred: boolean } {
  const hasCookieHeader = hasHeader(headers, 'cookie');
  if (hasCookieHeader || !jar || jar.names.length === 0) return { headers, inferred: false };
  // The rule module's notion of a site, so the worker and the rules agree on what is cross-site.
  const sameSite = initiator === undefined || isCrossSite(url, initiator) === false;
  if (!sameSite) return { headers, inferred: false };
  return {
    headers: [...headers, { name: 'Cookie', value: jar.names.map((name) => `${name}=`).join('; ') }],
    inferred: true,
  };
}
