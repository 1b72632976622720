import type { DiagnoseContext, EarlierResponse } from '../rules/types';
import { cookieLifetimes, earlierResponse, findApiKeys } from '../rules/index';
import { headerValue, nameValues, num, str } from './har-fields';
import type { HarEntry, HarPage } from './har-types';
import { parseTime } from './entry-to-exchange';

/**
 * What the browser knew before each entry, rebuilt from the earlier entries of the same HAR
 * (docs/design.md, Context). `observe` runs for every entry, so it does a few property reads and at
 * most one URL parse; the work of building a context happens only for 401/407 entries.
 */
export interface HarContextTracker {
  /** Context for `entry` from the entries observed so far. */
  contextFor(entry: HarEntry): DiagnoseContext;
  /** URL of the main document of the entry's page, when known. */
  pageUrlOf(entry: HarEntry): string | undefined;
  observe(entry: HarEntry): void;
}

export interface TrackerOptions {
  /** A sanitizer removed Authorization and Cookie: which credentials earlier requests carried is unknown. */
  credentialsHidden?: boolean;
}

export function createHarContextTracker(pages: readonly HarPage[], options: TrackerOptions = {}): HarContextTracker {
  // Raw entries are kept and turned into EarlierResponse (with a redacted URL) only when used.
  const lastSuccessByOrigin = new Map<string, HarEntry>();
  const hostsWithCookies = new Set<string>();
  const loadedPages = new Set<string>();
  const pageUrls = new Map<string, string>();
  /** Per host name: cookie name -> when its Expires/Max-Age runs out (names and times only). */
  const lifetimesByHost = new Map<string, Map<string, number>>();
  for (const page of pages) {
    const id = str(page.id);
    const title = str(page.title);
    // Chrome and Firefox title a page with its URL when it has no <title> yet.
    if (id !== undefined && title !== undefined && /^https?:\/\//i.test(title)) pageUrls.set(id, title);
  }

  return {
    contextFor(entry) {
      const context: DiagnoseContext = {};
      const parts = urlParts(entry.request.url);
      const success = parts && lastSuccessByOrigin.get(parts.origin);
      if (success) context.lastSuccess = historyOf(success, options.credentialsHidden === true);
      if (parts && hostsWithCookies.has(parts.hostname)) context.browserHasCookies = true;
      const pageref = str(entry.pageref);
      if (pageref !== undefined && loadedPages.has(pageref)) context.pageLoaded = true;
      const lifetimes = parts && lifetimesByHost.get(parts.hostname);
      if (lifetimes && lifetimes.size > 0)
        context.cookieLifetimes = [...lifetimes].map(([name, expiresAt]) => ({ name, expiresAt }));
      return context;
    },
    pageUrlOf(entry) {
      const pageref = str(entry.pageref);
      return pageref === undefined ? undefined : pageUrls.get(pageref);
    },
    observe(entry) {
      noteCookieLifetimes(entry, lifetimesByHost);
      const status = num(entry.response.status) ?? 0;
      const sentCookies = carriesCookies(entry);
      const pageref = str(entry.pageref);
      const isDocument = pageref !== undefined && isMainDocument(entry);
      if (!(status >= 200 && status < 300) && !sentCookies && !isDocument) return;
      const parts = urlParts(entry.request.url);
      if (parts === undefined) return;
      if (status >= 200 && status < 300) lastSuccessByOrigin.set(parts.origin, entry);
      if (sentCookies) hostsWithCookies.add(parts.hostname);
      if (isDocument) {
        if (!pageUrls.has(pageref)) pageUrls.set(pageref, parts.href);
        if (status >= 200 && status < 300) loadedPages.add(pageref);
      }
    },
  };
}

/**
 * The lifetimes an entry's Set-Cookie headers give (a header loop per entry; parsing only when there is
 * one). A cookie set again replaces its lifetime; one deleted is forgotten.
 */
function noteCookieLifetimes(entry: HarEntry, byHost: Map<string, Map<string, number>>): void {
  const values = setCookieValues(entry.response.headers);
  if (values.length === 0) return;
  const parts = urlParts(entry.request.url);
  if (parts === undefined) return;
  const at = parseTime(entry.startedDateTime);
  if (at === 0) return;
  const host = byHost.get(parts.hostname) ?? new Map<string, number>();
  const lifetimes = cookieLifetimes(values, at);
  const living = new Set(lifetimes.map((c) => c.name));
  for (const value of values) {
    const name = value.slice(0, Math.max(0, value.indexOf('='))).trim();
    if (!living.has(name)) host.delete(name);
  }
  for (const c of lifetimes) host.set(c.name, c.expiresAt);
  byHost.set(parts.hostname, host);
}

function setCookieValues(headers: unknown): string[] {
  if (!Array.isArray(headers)) return [];
  const out: string[] = [];
  for (const item of headers as Array<{ name?: unknown; value?: unknown }>) {
    if (
      typeof item?.name === 'string' &&
      item.name.length === 10 &&
      item.name.toLowerCase() === 'set-cookie' &&
      typeof item.value === 'string'
    )
      out.push(item.value);
  }
  return out;
}

function carriesCookies(entry: HarEntry): boolean {
  const cookies = entry.request.cookies;
  if (Array.isArray(cookies) && cookies.length > 0) return true;
  return headerValue(entry.request.headers, 'cookie') !== undefined;
}

function isMainDocument(entry: HarEntry): boolean {
  const type = str(entry._resourceType);
  if (type !== undefined)
    return type === 'document' && headerValue(entry.request.headers, 'sec-fetch-dest') !== 'iframe';
  return headerValue(entry.request.headers, 'sec-fetch-dest') === 'document';
}

function historyOf(entry: HarEntry, credentialsHidden: boolean): EarlierResponse {
  const ip = str(entry.serverIPAddress);
  const server = headerValue(entry.response.headers, 'server');
  const fromCache = entry._fromCache === 'memory' || entry._fromCache === 'disk' || entry._fromCache === true;
  return earlierResponse({
    url: str(entry.request.url) ?? '',
    status: num(entry.response.status) ?? 0,
    at: parseTime(entry.startedDateTime),
    ...(ip ? { serverIp: ip.replace(/^\[(.*)\]$/, '$1') } : {}),
    ...(server !== undefined ? { server } : {}),
    ...(fromCache ? { fromCache } : {}),
    // A HAR keeps every request header, so which credentials the success carried is known, unless a
    // sanitizer removed them (API-key headers survive Chrome's sanitizer).
    credentials: {
      authorization: credentialsHidden ? undefined : headerValue(entry.request.headers, 'authorization') !== undefined,
      apiKey: findApiKeys(nameValues(entry.request.headers), str(entry.request.url) ?? '').length > 0,
      cookie: credentialsHidden ? undefined : carriesCookies(entry),
    },
  });
}

function urlParts(url: unknown): { origin: string; hostname: string; href: string } | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return { origin: parsed.origin, hostname: parsed.hostname, href: url };
  } catch {
    return undefined;
  }
}
