import type { Exchange, Header, RequestSide } from '../rules/types';
import { decodeBase64Lenient } from './base64-text';
import { headerValue, nameValues, num, str } from './har-fields';
import type { HarEntry } from './har-types';
import { resourceTypeOf } from './resource-type';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';

export interface EntryPage {
  /** URL of the page's main document, when known. */
  pageUrl?: string;
  /** What the file leaves unseen of the request (detect-sanitized.ts). */
  requestSide?: RequestSide;
}

/** One HAR entry as the rule module's Exchange. Only called for 401/407 entries. */
export function entryToExchange(entry: HarEntry, page: EntryPage = {}): Exchange {
  const { request, response } = entry;
  const requestHeaders = withCookies(nameValues(request.headers), request.cookies, 'Cookie');
  const responseHeaders = withCookies(nameValues(response.headers), response.cookies, 'Set-Cookie');
  const resourceType = resourceTypeOf(str(entry._resourceType), headerValue(request.headers, 'sec-fetch-dest'));
  const url = str(request.url) ?? '';
  const exchange: Exchange = {
    url,
    method: str(request.method) ?? 'GET',
    status: num(response.status) ?? 0,
    statusText: str(response.statusText) ?? '',
    requestHeaders,
    responseHeaders,
    startedAt: parseTime(entry.startedDateTime),
    fromCache: isFromCache(entry._fromCache),
  };
  if (resourceType !== undefined) exchange.resourceType = resourceType;
  const body = decodeBody(response.content);
  if (body !== undefined) exchange.responseBody = body;
  const serverIp = str(entry.serverIPAddress);
  // Chrome writes IPv6 addresses in brackets (`[::1]`).
  if (serverIp) exchange.serverIp = serverIp.replace(/^\[(.*)\]$/, '$1');
  const origin = headerValue(request.headers, 'origin');
  if (origin && origin !== 'null') exchange.initiator = origin;
  const pageUrl = resourceType === 'main_frame' ? url : (page.pageUrl ?? refererPage(request.headers, resourceType));
  if (pageUrl) exchange.pageUrl = pageUrl;
  if (page.requestSide !== undefined) exchange.requestSide = page.requestSide;
  const fields = bodyFieldNames(request.postData);
  if (fields.length > 0) exchange.requestBodyFields = fields;
  return exchange;
}

export function parseTime(value: unknown): number {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : 0;
}

function isFromCache(value: unknown): boolean {
  // Chrome: `_fromCache: "memory" | "disk"`; some tools write a boolean.
  return value === true || value === 'memory' || value === 'disk';
}

/**
 * Firefox and Safari list cookies in `request.cookies` / `response.cookies` and sometimes omit
 * the header itself; the rules read headers, so the header is rebuilt from the list.
 */
function withCookies(headers: Header[], cookies: unknown, headerName: 'Cookie' | 'Set-Cookie'): Header[] {
  const lower = headerName.toLowerCase();
  if (headers.some((h) => h.name.toLowerCase() === lower)) return headers;
  const list = nameValues(cookies);
  if (list.length === 0) return headers;
  if (headerName === 'Cookie')
    return [...headers, { name: 'Cookie', value: list.map((c) => `${c.name}=${c.value}`).join('; ') }];
  const expires = Array.isArray(cookies) ? (cookies as Array<{ expires?: unknown }>) : [];
  const setCookies = list.map((c, i) => {
    const when = parseTime(expires[i]?.expires);
    return {
      name: 'Set-Cookie',
      value: when !== 0 ? `${c.name}=${c.value}; Expires=${new Date(when).toUTCString()}` : `${c.name}=${c.value}`,
    };
  });
  return [...headers, ...setCookies];
}

function decodeBody(content: HarEntry['response']['content']): string | undefined {
  const text = str(content?.text);
  if (text === undefined || text === '') return undefined;
  if (str(content?.encoding) !== 'base64') return text.slice(0, BODY_EXCERPT_LIMIT);
  // Decode only what is kept: 4 base64 characters make 3 bytes.
  const head = text.slice(0, Math.ceil(BODY_EXCERPT_LIMIT / 3) * 4);
  return decodeBase64Lenient(head).slice(0, BODY_EXCERPT_LIMIT);
}

function refererPage(headers: unknown, resourceType: string | undefined): string | undefined {
  // A sub-resource's Referer is its page (or the page's origin, under the default referrer policy).
  if (resourceType === 'sub_frame') return undefined;
  return headerValue(headers, 'referer');
}

/** Bodies longer than this are not parsed for field names: a login form or token refresh is short. */
const POST_TEXT_LIMIT = 8_192;

/**
 * Names of the fields a request body carried (HAR `postData`): its `params` list, else the keys of a
 * JSON object or an urlencoded form. Never values: a login's `password` is a credential sent.
 */
function bodyFieldNames(postData: unknown): string[] {
  if (typeof postData !== 'object' || postData === null) return [];
  const { params, text } = postData as { params?: unknown; text?: unknown };
  const listed = nameValues(params).map((p) => p.name);
  if (listed.length > 0) return listed;
  if (typeof text !== 'string' || text.length > POST_TEXT_LIMIT) return [];
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.keys(parsed) : [];
    } catch {
      return [];
    }
  }
  if (!/^[^=&\s]+=/.test(trimmed)) return [];
  return trimmed.split('&').map((pair) => {
    const name = pair.slice(0, Math.max(0, pair.indexOf('=')));
    try {
      return decodeURIComponent(name.replace(/\+/g, ' '));
    } catch {
      return name;
    }
  });
}
