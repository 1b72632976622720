import type { AuthorizationShape, CredentialFacts } from '../../rules/types';
import { sanitizeText } from '../i18n/sanitize-text';

// Credentials are shown by shape only (DESIGN.md, privacy rules): scheme, length, token kind and
// the problems found, e.g. `Authorization: Bearer (JWT, 812 chars)`. These are technical terms, the
// same in every language, so they are not in the message catalog.

/** One entry per credential carrier; empty when nothing was sent. Names are sanitised, not escaped. */
export function describeCredentials(credentials: CredentialFacts): string[] {
  const out: string[] = [];
  if (credentials.authorization) out.push(`Authorization: ${describeAuthorization(credentials.authorization)}`);
  if (credentials.proxyAuthorization) out.push(`Proxy-Authorization: ${describeAuthorization(credentials.proxyAuthorization)}`);
  for (const key of credentials.apiKeys) {
    out.push(`API key ${clean(key.name)} (${key.carrier}, ${key.length} chars${problems(key.problems)})`);
  }
  if (credentials.cookieNames.length > 0) out.push(`Cookie: ${credentials.cookieNames.map(clean).join(', ')}`);
  if (credentials.dpopProof) out.push('DPoP proof');
  if (credentials.bodyFields !== undefined && credentials.bodyFields.length > 0) out.push(`Body fields: ${credentials.bodyFields.map(clean).join(', ')}`);
  return out;
}

export function describeAuthorization(auth: AuthorizationShape): string {
  const scheme = auth.scheme === '' ? '(no scheme)' : clean(auth.scheme);
  // A sanitizer's placeholder: nothing to describe but that it was there.
  if (auth.redacted === true) return `${auth.scheme === '' ? '' : `${scheme} `}(placeholder, shape unknown)`;
  const details: string[] = [];
  if (auth.token?.kind === 'jwt') details.push(auth.token.jwt?.encrypted ? 'JWE' : 'JWT');
  details.push(`${auth.length} chars`);
  return `${scheme} (${details.join(', ')}${problems(auth.problems)})`;
}

function problems(list: readonly string[]): string {
  return list.length > 0 ? `; ${list.join(', ')}` : '';
}

function clean(text: string): string {
  return sanitizeText(text, 100);
}
