// Reads a JWT's header and claims without verifying it (RFC 7519), to explain a 401: expired,
// not yet valid, wrong audience or scope. The signature is never decoded, and the raw token
// and `sub` value never leave this module.

import type { JwtClaims, JwtFacts } from '../../types';
import { decodeBase64Url } from './base64';

/** Parts over this size are not decoded: bounds the work on hostile input. */
const MAX_PART_LENGTH = 64 * 1024;
const MAX_STRING = 200;
const MAX_ITEMS = 50;
/** `iat` a little ahead of the request is normal clock drift; only more than this is reported. */
const IAT_SKEW_TOLERANCE_MS = 60_000;

export type JwtInspection =
  | { kind: 'not-jwt' }
  /** Starts with `eyJ` (base64url of `{"`) but has neither 3 (JWS) nor 5 (JWE) parts. */
  | { kind: 'wrong-part-count'; parts: number }
  /** Has the JWT shape but its header or payload is not base64url JSON. */
  | { kind: 'undecodable'; parts: number }
  | { kind: 'jwt'; facts: JwtFacts };

type Json = Record<string, unknown>;

function decodeJsonObject(part: string): Json | undefined {
  const bytes = decodeBase64Url(part);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function countParts(token: string): number {
  let parts = 1;
  for (let i = token.indexOf('.'); i >= 0 && parts <= 6; i = token.indexOf('.', i + 1)) parts += 1;
  return parts;
}

function cap(s: string): string {
  return s.length > MAX_STRING ? s.slice(0, MAX_STRING) : s;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? cap(value) : undefined;
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A string or an array of strings (RFC 7519 §4.1.3 `aud`), capped. */
function strList(value: unknown, splitSpaces: boolean): string[] | undefined {
  if (typeof value === 'string') {
    const items = splitSpaces
      ? value
          .slice(0, MAX_STRING * MAX_ITEMS)
          .split(/\s+/)
          .filter(Boolean)
      : [value];
    return items.slice(0, MAX_ITEMS).map(cap);
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value.slice(0, MAX_ITEMS * 4)) {
      if (typeof item === 'string' && items.length < MAX_ITEMS) items.push(cap(item));
    }
    return items;
  }
  return undefined;
}

function readClaims(payload: Json): JwtClaims {
  const claims: JwtClaims = {};
  const exp = num(payload.exp);
  const nbf = num(payload.nbf);
  const iat = num(payload.iat);
  const iss = str(payload.iss);
  const aud = strList(payload.aud, false);
  // OAuth 2.0 `scope` is space-separated (RFC 8693 §4.2, RFC 9068 §2.2.3); Azure AD and Okta use `scp`.
  const scope = strList(payload.scope, true) ?? strList(payload.scp, true);
  const azp = str(payload.azp);
  if (exp !== undefined) claims.exp = exp;
  if (nbf !== undefined) claims.nbf = nbf;
  if (iat !== undefined) claims.iat = iat;
  if (iss !== undefined) claims.iss = iss;
  if (aud !== undefined) claims.aud = aud;
  if (scope !== undefined) claims.scope = scope;
  if (azp !== undefined) claims.azp = azp;
  claims.subPresent = payload.sub !== undefined && payload.sub !== null && payload.sub !== '';
  return claims;
}

/** Judges the NumericDate claims (seconds, RFC 7519 §2) against the request time (epoch ms). */
function judgeTimes(facts: JwtFacts, requestTime: number): void {
  if (!Number.isFinite(requestTime)) return;
  const { exp, nbf, iat } = facts.claims;
  const ms = (seconds: number | undefined): number | undefined => {
    const value = seconds === undefined ? undefined : seconds * 1000;
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  };
  const expMs = ms(exp);
  const nbfMs = ms(nbf);
  const iatMs = ms(iat);
  // RFC 7519 §4.1.4: the token must not be accepted "on or after" exp.
  if (expMs !== undefined) {
    if (requestTime >= expMs) facts.expiredForMs = requestTime - expMs;
    else facts.expiresInMs = expMs - requestTime;
  }
  // RFC 7519 §4.1.5: must not be accepted before nbf.
  if (nbfMs !== undefined && nbfMs > requestTime) facts.notYetValidForMs = nbfMs - requestTime;
  if (iatMs !== undefined && iatMs - requestTime > IAT_SKEW_TOLERANCE_MS)
    facts.issuedInFutureByMs = iatMs - requestTime;
}

/** Classifies and, when it is a JWT, decodes `token` (the credential alone, without a scheme). */
export function inspectJwt(token: string, requestTime: number): JwtInspection {
  if (typeof token !== 'string' || !token.startsWith('ey')) return { kind: 'not-jwt' };
  const strict = token.startsWith('eyJ');
  const parts = countParts(token);
  if (parts !== 3 && parts !== 5) return strict ? { kind: 'wrong-part-count', parts } : { kind: 'not-jwt' };
  const [headerPart = '', payloadPart = ''] = token.split('.', 2);
  const encrypted = parts === 5;
  if (headerPart.length > MAX_PART_LENGTH || (!encrypted && payloadPart.length > MAX_PART_LENGTH)) {
    return { kind: 'jwt', facts: { parts, encrypted, claims: {} } };
  }
  const header = decodeJsonObject(headerPart);
  if (!header) return strict ? { kind: 'undecodable', parts } : { kind: 'not-jwt' };
  const facts: JwtFacts = { parts, encrypted, claims: {} };
  const alg = str(header.alg);
  const typ = str(header.typ);
  if (alg !== undefined) facts.alg = alg;
  if (typ !== undefined) facts.typ = typ;
  // JWE (RFC 7516 §7.1): the second part is the encrypted key, the claims cannot be read.
  if (encrypted) return { kind: 'jwt', facts };
  const payload = decodeJsonObject(payloadPart);
  if (!payload) return { kind: 'undecodable', parts };
  facts.claims = readClaims(payload);
  judgeTimes(facts, requestTime);
  return { kind: 'jwt', facts };
}

/** The decoded facts of a JWT, or undefined when `token` is not a readable JWT. Never throws. */
export function decodeJwt(token: string, requestTime: number): JwtFacts | undefined {
  try {
    const result = inspectJwt(token, requestTime);
    return result.kind === 'jwt' ? result.facts : undefined;
  } catch {
    return undefined;
  }
}
