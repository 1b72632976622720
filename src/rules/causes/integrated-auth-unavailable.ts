// integrated-auth-unavailable: only Windows integrated schemes are offered (Negotiate/NTLM/Kerberos,
// RFC 4559). Browsers answer them only when configured for the site and able to reach the domain.
import type { Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import {
  credentialsSent,
  isProxyAuth,
  relevantAuthorization,
  relevantChallenges,
  schemeList,
  schemesOf,
} from '../facts/facts-queries';
import { isIntegratedScheme } from '../knowledge/schemes';

/**
 * The browser sent an integrated token and the server answered with a token of its own (NTLM type-2,
 * a SPNEGO continuation): one leg of a handshake that needs several round trips, not a failure.
 */
export function isHandshakeStep(facts: Facts): boolean {
  const auth = relevantAuthorization(facts);
  // A server sends a blob only in answer to the client's token: with the request side unseen (a sanitized
  // HAR), the blob alone shows the handshake was under way.
  // So does a credential whose scheme a sanitizer replaced along with its value.
  const schemeUnknown =
    auth === undefined ? credentialsSent(facts) === 'unknown' : auth.redacted === true && auth.scheme === '';
  if (!schemeUnknown && (auth === undefined || !isIntegratedScheme(auth.scheme))) return false;
  return relevantChallenges(facts).some((c) => isIntegratedScheme(c.scheme) && c.token68 !== null && c.token68 !== '');
}

export const integratedAuthRules: Rule = (facts) => {
  if (isHandshakeStep(facts)) {
    const scheme =
      relevantAuthorization(facts)?.scheme ??
      relevantChallenges(facts).find((c) => isIntegratedScheme(c.scheme) && c.token68)?.scheme ??
      '';
    return [
      candidate('unknown', WEIGHT.moderate, 'circumstantial', msg('ev_handshake_step', { code: scheme }), {
        kind: 'header',
        name: isProxyAuth(facts) ? 'proxy-authenticate' : 'www-authenticate',
      }),
    ];
  }
  const challenges = relevantChallenges(facts);
  const schemes = schemesOf(challenges);
  if (schemes.length === 0 || !schemes.every(isIntegratedScheme)) return [];
  const name = isProxyAuth(facts) ? 'proxy-authenticate' : 'www-authenticate';
  const out: CauseCandidate[] = [
    candidate(
      'integrated-auth-unavailable',
      WEIGHT.strong + 1,
      'direct',
      msg('ev_integrated_only', { code: schemeList(challenges) }),
      { kind: 'header', name },
    ),
  ];
  const auth = relevantAuthorization(facts);
  if (auth !== undefined && isIntegratedScheme(auth.scheme)) {
    // The browser tried and the server restarted the handshake: the ticket or hash was refused.
    out.push(
      candidate(
        'integrated-auth-unavailable',
        WEIGHT.hint,
        'circumstantial',
        msg('ev_integrated_refused', { code: auth.scheme }),
        { kind: 'header', name },
      ),
    );
  }
  return out;
};
