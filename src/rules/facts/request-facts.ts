// RequestFacts: the request with secrets removed (URL redacted, header names only).
import type { Exchange, RequestFacts } from '../types';
import { redactParsedUrl, redactUrl } from '../redact/mask-secrets';
import { hasHeader } from './header-list';
import { isResourceType } from './resource-type';
import { isCrossSiteParsed } from './site';

export function requestFacts(exchange: Exchange): RequestFacts {
  // Parsed once here: redaction, origin and site all read the same URL.
  const parsed = parseUrl(exchange.url);
  const url = redactParsedUrl(exchange.url, parsed);
  const origin = parsed?.origin ?? '';
  const host = parsed?.host ?? '';
  const method = (exchange.method || 'GET').toUpperCase();
  const headers = exchange.requestHeaders;
  const other = exchange.initiator ?? exchange.pageUrl;
  const crossSite = isCrossSiteParsed(parsed, other);
  const facts: RequestFacts = {
    url,
    origin,
    host,
    method,
    resourceType:
      exchange.resourceType !== undefined && isResourceType(exchange.resourceType) ? exchange.resourceType : 'other',
    startedAt: exchange.startedAt,
    // Fetch standard: a CORS preflight is OPTIONS carrying Access-Control-Request-Method.
    isPreflight: method === 'OPTIONS' && hasHeader(headers, 'access-control-request-method'),
    headerNames: [...new Set(headers.map((h) => h.name.toLowerCase()))],
  };
  if (exchange.pageUrl !== undefined)
    facts.pageUrl = exchange.pageUrl === exchange.url ? url : redactUrl(exchange.pageUrl);
  if (exchange.initiator !== undefined) facts.initiator = redactInitiator(exchange.initiator);
  if (crossSite !== undefined) facts.crossSite = crossSite;
  return facts;
}

/** A bare origin carries no secret (no path, query or userinfo); webRequest sends "null" for opaque ones. */
const BARE_ORIGIN = /^(?:null|https?:\/\/[A-Za-z0-9.:[\]-]+)$/;

function redactInitiator(initiator: string): string {
  return BARE_ORIGIN.test(initiator) ? initiator : redactUrl(initiator);
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
