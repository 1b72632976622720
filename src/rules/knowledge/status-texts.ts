// Non-standard reason phrases. RFC 9110 §15.5.2 names 401 "Unauthorized" and §15.5.8 names 407
// "Proxy Authentication Required"; servers may send any phrase, and some put the reason there.
// HTTP/2 and HTTP/3 carry no reason phrase at all, so these rows only fire on HTTP/1.x.
import type { TextRow } from './row';

export const STATUS_TEXTS: readonly TextRow[] = [
  {
    id: 'status-forefront-tmg',
    cause: 'proxy-or-firewall',
    product: 'Microsoft Forefront TMG / ISA Server',
    source:
      'https://tmgblog.richardhicks.com/2011/08/29/access-to-the-web-proxy-filter-on-forefront-tmg-2010-is-denied/ ("407 Proxy Authentication Required ( Forefront TMG requires authorization to fulfill the request. Access to the Web Proxy filter is denied. )")',
    match: /(?:Forefront TMG|ISA Server) requires authorization|Web Proxy filter is denied/i,
  },
  {
    id: 'status-token-expired',
    cause: 'credentials-expired',
    product: 'generic',
    source: 'Custom reason phrases such as "401 Unauthorized: Token Expired" (RFC 9110 §15.1 allows any reason phrase)',
    match: /\btoken (?:has |is )?expired\b|\bexpired token\b|\bsession (?:has )?expired\b/i,
  },
  {
    id: 'status-token-revoked',
    cause: 'credentials-revoked',
    product: 'generic',
    source: 'Custom reason phrases (RFC 9110 §15.1 allows any reason phrase)',
    match: /\brevoked\b|\bblacklisted\b/i,
  },
  {
    id: 'status-invalid-token',
    cause: 'credentials-rejected',
    product: 'generic',
    source: 'Custom reason phrases such as "401 Invalid Token" (RFC 9110 §15.1 allows any reason phrase)',
    match: /\binvalid (?:access |auth |api )?(?:token|key|credentials?|signature)\b|\bbad credentials\b/i,
  },
  {
    id: 'status-authorization-required',
    cause: 'missing-credentials',
    product: 'Apache httpd 1.3-2.0 / nginx',
    source:
      'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c ("401 Authorization Required"); RFC 2068 era reason phrase',
    match: /^\s{0,4}(?:Authorization|Authentication) Required\s{0,4}$/i,
  },
  {
    id: 'status-access-denied',
    cause: 'credentials-rejected',
    product: 'generic',
    source:
      'https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/site-behavior-performance/http-error-401-access-denied ("401 - Unauthorized: Access is denied")',
    match: /\bAccess (?:is )?denied\b/i,
  },
  {
    id: 'status-proxy-authentication-required',
    cause: 'proxy-or-firewall',
    product: 'generic',
    source:
      'RFC 9110 §15.5.8 (https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8) and RFC 6585 §6 (511 Network Authentication Required)',
    match: /\bProxy Authentication Required\b|\bNetwork Authentication Required\b/i,
  },
];
