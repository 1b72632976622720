// ResponseFacts: status, a few notable headers (masked, trimmed) and a masked body excerpt.
// Set-Cookie values never enter Facts: cookie names come through ResponseSignals only.
import type { Exchange, Header, ResponseFacts } from '../types';
import { PROXY_HEADERS } from '../knowledge/proxy-signatures';
import { VENDOR_HEADERS } from '../knowledge/vendor-headers';
import { maskSecrets } from '../redact/mask-secrets';

const HEADER_VALUE_MAX = 300;
const BODY_MAX = 2000;
/** Bounds the header list whatever a hostile response sends. */
const MAX_NOTABLE = 40;

/** Headers that help a human (or a later re-diagnosis) understand the answer. */
const BASE_NOTABLE = [
  'www-authenticate',
  'proxy-authenticate',
  'server',
  'date',
  'via',
  'x-squid-error',
  'dpop-nonce',
  'content-type',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'cache-control',
  'age',
  'location',
  'x-cache',
  'cf-ray',
  'x-zscaler-error',
  'x-forefront-tmg-error',
];

/** Exact names and `prefix-*` patterns, including every header the knowledge tables read. */
const NOTABLE = buildNotable();

function buildNotable(): { exact: Set<string>; prefixes: string[] } {
  const exact = new Set(BASE_NOTABLE);
  const prefixes: string[] = [];
  for (const row of [...VENDOR_HEADERS, ...PROXY_HEADERS]) {
    for (const name of typeof row.header === 'string' ? [row.header] : row.header) {
      if (name === 'set-cookie') continue; // values are secrets: never kept
      if (name.endsWith('*')) prefixes.push(name.slice(0, -1));
      else exact.add(name);
    }
  }
  return { exact, prefixes };
}

export function isNotableHeader(lowerName: string): boolean {
  if (lowerName === 'set-cookie' || lowerName === 'set-cookie2') return false;
  return NOTABLE.exact.has(lowerName) || NOTABLE.prefixes.some((p) => lowerName.startsWith(p));
}

export function responseFacts(exchange: Exchange): ResponseFacts {
  const headers: Header[] = [];
  for (const h of exchange.responseHeaders) {
    if (headers.length >= MAX_NOTABLE) break;
    const name = h.name.toLowerCase();
    if (isNotableHeader(name)) headers.push({ name, value: maskSecrets(h.value, HEADER_VALUE_MAX) });
  }
  const facts: ResponseFacts = {
    status: exchange.status,
    statusText: maskSecrets(exchange.statusText ?? '', 200),
    fromCache: exchange.fromCache === true,
    headers,
  };
  if (exchange.serverIp !== undefined) facts.serverIp = exchange.serverIp;
  if (exchange.responseBody !== undefined && exchange.responseBody !== '')
    facts.bodyExcerpt = maskSecrets(exchange.responseBody, BODY_MAX);
  const contentType = headers.find((h) => h.name === 'content-type')?.value;
  if (contentType !== undefined) facts.contentType = contentType;
  return facts;
}
