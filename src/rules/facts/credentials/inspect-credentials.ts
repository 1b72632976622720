// Takes the credential facts from one exchange: what was sent, by shape only. The Exchange may
// hold secrets; nothing returned here does (docs/design.md, privacy rules).

import type { CredentialFacts, Exchange, Header } from '../../types';
import { findApiKeys } from './api-keys';
import { cookieNames } from './cookie-names';
import { describeAuthorization } from './describe-authorization';
import { isKnownTime } from '../request-seen';
import { isSecretName } from '../../redact/secret-names';

const MAX_BODY_FIELDS = 20;

/** Body field names that carry a credential (a login form's `password`, a `refresh_token`), capped. */
function credentialFields(names: unknown): string[] {
  if (!Array.isArray(names)) return [];
  const out: string[] = [];
  for (const name of names) {
    // A CSRF token protects a form; it identifies no one.
    // simplejwt's refresh endpoint takes `{"refresh": "<token>"}`.
    if (typeof name !== 'string' || !(isSecretName(name) || /^refresh$/i.test(name)) || /csrf|xsrf/i.test(name))
      continue;
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    const clean = name.replace(/[\x00-\x1f\x7f]/g, '').slice(0, 100);
    if (clean !== '' && !out.includes(clean)) out.push(clean);
    if (out.length >= MAX_BODY_FIELDS) break;
  }
  return out;
}

function valuesOf(headers: Header[], name: string): string[] {
  const values: string[] = [];
  for (const header of headers) {
    if (typeof header.name === 'string' && header.name.toLowerCase() === name && typeof header.value === 'string') {
      values.push(header.value);
    }
  }
  return values;
}

/**
 * Describes the credentials a request carried: Authorization and Proxy-Authorization (the first
 * of each, when several were sent), API keys in known headers and query parameters, cookie
 * names, and whether a DPoP proof (RFC 9449 §4) was attached.
 */
export function inspectCredentials(exchange: Exchange): CredentialFacts {
  const headers = Array.isArray(exchange.requestHeaders) ? exchange.requestHeaders : [];
  // An unknown request time judges no time claim (NaN makes every comparison false).
  const requestTime = isKnownTime(exchange.startedAt) ? exchange.startedAt : Number.NaN;
  const facts: CredentialFacts = {
    apiKeys: findApiKeys(headers, typeof exchange.url === 'string' ? exchange.url : ''),
    cookieNames: cookieNames(valuesOf(headers, 'cookie')),
    dpopProof: valuesOf(headers, 'dpop').some((value) => value.trim() !== ''),
  };
  const bodyFields = credentialFields(exchange.requestBodyFields);
  if (bodyFields.length > 0) facts.bodyFields = bodyFields;
  const [authorization] = valuesOf(headers, 'authorization');
  if (authorization !== undefined) facts.authorization = describeAuthorization(authorization, requestTime);
  const [proxyAuthorization] = valuesOf(headers, 'proxy-authorization');
  if (proxyAuthorization !== undefined)
    facts.proxyAuthorization = describeAuthorization(proxyAuthorization, requestTime);
  return facts;
}
