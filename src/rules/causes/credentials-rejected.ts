// credentials-rejected: credentials went with the request and the server refused them.
// RFC 9110 §11.6.1: a 401 to a request that carried credentials means they were refused.
import type { CauseId, Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { isHandshakeStep } from './integrated-auth-unavailable';
import { isProxyAuth, jwtOf, relevantAuthorization, relevantChallenges, schemesOf } from '../facts/facts-queries';
import { isPasswordScheme } from '../knowledge/schemes';
import { saysWhyInvalid } from '../knowledge/phrases';

export const rejectedCredentialsRules: Rule = (facts) => {
  const out: CauseCandidate[] = [];
  const auth = relevantAuthorization(facts);
  const header = isProxyAuth(facts) ? 'proxy-authorization' : 'authorization';
  // A stale nonce means the credentials were right (RFC 7616 §3.3, RFC 9449 §8): not a refusal.
  if (facts.signals.digestStale || facts.signals.dpopNonceRequired) return [];
  // Mid-handshake (NTLM type-2, SPNEGO continuation) nothing was refused yet.
  if (isHandshakeStep(facts)) return [];
  if (auth?.redacted === true) {
    // A sanitizer's placeholder: a credential went and was refused, but whether it was well-formed (and
    // so whether a repeated challenge means a wrong password) cannot be told.
    out.push(
      candidate(
        'credentials-rejected',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_credential_redacted', { code: isProxyAuth(facts) ? 'Proxy-Authorization' : 'Authorization' }),
        { kind: 'header', name: header },
      ),
    );
  } else if (auth !== undefined && auth.problems.length === 0 && auth.scheme !== '') {
    const scheme = auth.scheme.toLowerCase();
    const offered = schemesOf(relevantChallenges(facts));
    // A Digest nonce that had worked and was retired (stale-nonce.ts): the repeat is about the nonce.
    if (isPasswordScheme(scheme) && offered.includes(scheme) && facts.signals.digestNonceReplaced !== true) {
      out.push(
        candidate(
          'credentials-rejected',
          WEIGHT.strong,
          'direct',
          msg('ev_challenge_repeated', { code: auth.scheme }),
          { kind: 'header', name: isProxyAuth(facts) ? 'proxy-authenticate' : 'www-authenticate' },
        ),
      );
    } else {
      out.push(
        candidate(
          'credentials-rejected',
          WEIGHT.weak,
          'circumstantial',
          msg('ev_auth_sent_refused', { code: auth.scheme }),
          { kind: 'header', name: header },
        ),
      );
    }
  }
  if (isProxyAuth(facts)) return out;
  out.push(...bodyCredentialsRefused(facts));
  for (const key of facts.credentials.apiKeys) {
    if (key.problems.length > 0) continue;
    out.push(
      candidate(
        'credentials-rejected',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_api_key_sent_refused', { code: key.name }),
        key.carrier === 'header' ? { kind: 'header', name: key.name.toLowerCase() } : { kind: 'request' },
      ),
    );
  }
  out.push(...bearerInvalidToken(facts));
  return out;
};

/** Causes more specific than "rejected" that a server's own words can name beside `invalid_token`. */
const SPECIFIC_READINGS: ReadonlySet<CauseId> = new Set([
  'credentials-expired',
  'credentials-revoked',
  'malformed-credentials',
  'clock-skew',
]);

/** RFC 6750 §3.1 `invalid_token`: expired, revoked, malformed or otherwise invalid. Without a hint, "rejected". */
export function bearerInvalidTokenUnexplained(facts: Facts): boolean {
  const be = facts.signals.bearerError;
  if (be?.error !== 'invalid_token') return false;
  if (saysWhyInvalid(be.errorDescription ?? '')) return false; // credentials-expired.ts / credentials-revoked.ts
  // The server's own, more specific words (body or description: "jwt malformed", "JWT issued at future").
  if (facts.signals.known.some((k) => SPECIFIC_READINGS.has(k.cause) && k.alsoMeans === undefined)) return false;
  // A JWT time claim or a malformed credential already explains invalid_token.
  const auth = relevantAuthorization(facts);
  if ((auth?.problems.length ?? 0) > 0) return false;
  const jwt = jwtOf(auth);
  return !((jwt?.expiredForMs ?? 0) > 0 || (jwt?.notYetValidForMs ?? 0) > 0 || (jwt?.issuedInFutureByMs ?? 0) > 0);
}

function bearerInvalidToken(facts: Facts): CauseCandidate[] {
  const be = facts.signals.bearerError;
  if (be === undefined || !bearerInvalidTokenUnexplained(facts)) return [];
  const text = be.errorDescription ?? '';
  const code = be.error ?? 'invalid_token';
  const message =
    text !== '' ? msg('ev_bearer_error_described', { code }, { code: text }) : msg('ev_bearer_error', { code });
  return [
    candidate('credentials-rejected', WEIGHT.strong, 'direct', message, { kind: 'header', name: 'www-authenticate' }),
  ];
}

/** A password field is a login; a token field (`refresh_token`) is a credential of unknown standing. */
const PASSWORD_FIELD = /pass|pwd/i;

/**
 * Credentials that travel in the request body (a login form, a token refresh): a 401 to them is a
 * refused login, not a missing credential. A password refused is direct evidence; a token field only
 * says one was sent (the server's words say whether it expired or was revoked).
 */
function bodyCredentialsRefused(facts: Facts): CauseCandidate[] {
  const fields = facts.credentials.bodyFields ?? [];
  if (fields.length === 0 || facts.credentials.authorization !== undefined) return [];
  const login = fields.some((f) => PASSWORD_FIELD.test(f));
  return [
    candidate(
      'credentials-rejected',
      login ? WEIGHT.moderate : WEIGHT.weak,
      login ? 'direct' : 'circumstantial',
      msg('ev_body_credentials_refused', { code: fields.join(', ') }),
      { kind: 'request' },
    ),
  ];
}
