// Small questions the rules ask of Facts, answered in one place so every rule reads them alike.
import type { AuthorizationShape, Challenge, FactState, Facts, JwtFacts } from '../types';
import { firstHeader } from './header-list';

/** 407: the proxy speaks, with Proxy-Authenticate / Proxy-Authorization (RFC 9110 §11.7). */
export function isProxyAuth(facts: Facts): boolean {
  return facts.response.status === 407;
}

/** The credential the refusing party looked at: Proxy-Authorization on 407, Authorization otherwise. */
export function relevantAuthorization(facts: Facts): AuthorizationShape | undefined {
  return isProxyAuth(facts) ? facts.credentials.proxyAuthorization : facts.credentials.authorization;
}

/** The challenges of the refusing party: Proxy-Authenticate on 407, WWW-Authenticate otherwise. */
export function relevantChallenges(facts: Facts): Challenge[] {
  return isProxyAuth(facts) ? facts.proxyChallenges : facts.challenges;
}

/** Lower-cased distinct scheme names, in order. Schemes are case-insensitive (RFC 9110 §11.1). */
export function schemesOf(challenges: readonly Challenge[]): string[] {
  const out: string[] = [];
  for (const c of challenges) {
    const s = c.scheme.toLowerCase();
    if (s !== '' && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Schemes as the server spelled them, for display (`Bearer, Basic`). */
export function schemeList(challenges: readonly Challenge[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of challenges) {
    const key = c.scheme.toLowerCase();
    if (c.scheme !== '' && !seen.has(key)) {
      seen.add(key);
      out.push(c.scheme);
    }
  }
  return out.join(', ');
}

/** Any credential at all went with the request (for a 407: any proxy credential). */
export function sentAnyCredential(facts: Facts): boolean {
  if (isProxyAuth(facts)) return facts.credentials.proxyAuthorization !== undefined;
  const c = facts.credentials;
  // `seen.cookies` is present for a Cookie header whose names a sanitizer replaced (`Cookie: [sanitized]`).
  return (
    c.authorization !== undefined ||
    c.apiKeys.length > 0 ||
    c.cookieNames.length > 0 ||
    c.dpopProof ||
    (c.bodyFields?.length ?? 0) > 0 ||
    facts.request.seen?.cookies === 'present'
  );
}

/**
 * Did any credential go with the request (for a 407: any proxy credential)? `unknown` when none is seen
 * and the observer could not have seen one: a sanitized HAR, a missed onSendHeaders, a login prompt's
 * retry. Facts stored without `seen` (older versions) read as fully seen.
 */
export function credentialsSent(facts: Facts): FactState {
  if (sentAnyCredential(facts)) return 'present';
  const seen = facts.request.seen;
  if (seen === undefined) return 'absent';
  if (isProxyAuth(facts)) return seen.proxyAuthorization;
  if (seen.authorization === 'present' || seen.cookies === 'present') return 'present';
  return seen.authorization === 'unknown' || seen.cookies === 'unknown' ? 'unknown' : 'absent';
}

/** Whether the request carried cookies; `unknown` when the observer could not see them. */
export function cookiesSent(facts: Facts): FactState {
  if (facts.credentials.cookieNames.length > 0) return 'present';
  return facts.request.seen?.cookies ?? 'absent';
}

/** The request time is known: only then are exp, nbf, iat, Date and history ages evidence. */
export function requestTimeKnown(facts: Facts): boolean {
  return (
    facts.request.seen?.time !== 'unknown' && Number.isFinite(facts.request.startedAt) && facts.request.startedAt > 0
  );
}

export function jwtOf(auth: AuthorizationShape | undefined): JwtFacts | undefined {
  return auth?.token?.jwt;
}

/** First notable response header value by name (names compared case-insensitively). */
export function responseHeader(facts: Facts, name: string): string | undefined {
  return firstHeader(facts.response.headers, name);
}

/** Navigations load a page; everything else is a sub-request made by a page or a script. */
export function isNavigation(facts: Facts): boolean {
  const t = facts.request.resourceType;
  return t === 'main_frame' || t === 'sub_frame';
}

/** The body is an HTML document rather than an API answer: keyword matching would misfire on it. */
export function bodyIsHtml(facts: Facts): boolean {
  const ct = (facts.response.contentType ?? '').toLowerCase();
  if (ct.includes('html')) return true;
  const body = facts.response.bodyExcerpt?.trimStart().slice(0, 15).toLowerCase() ?? '';
  return body.startsWith('<!doctype html') || body.startsWith('<html');
}
