// What the observer saw of the request (docs/design.md, Facts): each credential fact known present, known
// absent, or unknown. A header that is there is present whatever its value; a header that is not there
// is absent only when the observer could have seen it.
import type { CredentialFacts, Exchange, FactState, RequestSeen, RequestSide } from '../types';
import { REQUEST_SIDES } from '../types';
import { cookieValuesReplaced } from './credentials/cookie-names';
import { hasHeader, headerValues } from './header-list';

const SIDES: ReadonlySet<string> = new Set(REQUEST_SIDES);

/** Which request headers each side leaves unseen when they are not in the list. */
const UNSEEN: Record<RequestSide, { authorization: boolean; proxyAuthorization: boolean; cookies: boolean }> = {
  complete: { authorization: false, proxyAuthorization: false, cookies: false },
  // Chrome's sanitized export drops Authorization, Cookie, Set-Cookie; no Chrome HAR holds Proxy-Authorization.
  sanitized: { authorization: true, proxyAuthorization: true, cookies: true },
  // The retry carried what was typed into the prompt; the cookies went with the first attempt too.
  'prompt-retry': { authorization: true, proxyAuthorization: true, cookies: false },
  'not-seen': { authorization: true, proxyAuthorization: true, cookies: true },
};

/** Request time 0 or not finite: a HAR entry without `startedDateTime`, JSON typed by hand. */
export function isKnownTime(startedAt: number): boolean {
  return Number.isFinite(startedAt) && startedAt > 0;
}

export function sideOf(exchange: Exchange): RequestSide {
  const side = exchange.requestSide;
  return side !== undefined && SIDES.has(side) ? side : 'complete';
}

function state(present: boolean, unseen: boolean): FactState {
  if (present) return 'present';
  return unseen ? 'unknown' : 'absent';
}

export function requestSeen(exchange: Exchange, credentials: CredentialFacts): RequestSeen {
  const side = sideOf(exchange);
  const unseen = UNSEEN[side];
  const headers = exchange.requestHeaders;
  const cookieValues = headerValues(headers, 'cookie');
  const seen: RequestSeen = {
    side,
    authorization: state(hasHeader(headers, 'authorization'), unseen.authorization),
    proxyAuthorization: state(hasHeader(headers, 'proxy-authorization'), unseen.proxyAuthorization),
    cookies: state(
      cookieValues.some((v) => v.trim() !== ''),
      unseen.cookies,
    ),
    time: isKnownTime(exchange.startedAt) ? 'known' : 'unknown',
  };
  if (side === 'sanitized') seen.sanitized = 'headers-removed';
  else if (valuesReplaced(credentials, cookieValues)) seen.sanitized = 'values-replaced';
  return seen;
}

function valuesReplaced(c: CredentialFacts, cookieValues: string[]): boolean {
  return (
    c.authorization?.redacted === true ||
    c.proxyAuthorization?.redacted === true ||
    c.apiKeys.some((k) => k.redacted === true) ||
    cookieValuesReplaced(cookieValues)
  );
}
