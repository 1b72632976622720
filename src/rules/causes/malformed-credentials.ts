// malformed-credentials: something was sent, but not in a form the server can read.
import type { CredentialProblem, Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { isProxyAuth, relevantAuthorization, relevantChallenges, schemeList, schemesOf } from '../facts/facts-queries';
import { authorizationExample } from './scheme-advice';
import type { Snake } from '../message-key';
import { isStandardScheme } from '../knowledge/schemes';

/** Shapes some servers tolerate (quotes, stray whitespace, odd bytes): likely the cause, not proof. */
const TOLERATED: ReadonlySet<CredentialProblem> = new Set([
  'quoted',
  'whitespace-inside',
  'invalid-characters',
  'jwt-undecodable',
]);

/** `literal-undefined` -> `literal_undefined`: message keys allow letters, digits and `_` only. */
/** `jwt-wrong-part-count` -> `jwt_wrong_part_count`, in the type too, so message keys built from it are checked. */
export function problemKey<P extends CredentialProblem>(problem: P): Snake<P> {
  return problem.replace(/-/g, '_') as Snake<P>;
}

/** Schemes that stand in for one another: Negotiate may carry NTLM; DPoP-bound tokens also accept Bearer challenges. */
const EQUIVALENT: Record<string, readonly string[]> = {
  ntlm: ['negotiate'],
  negotiate: ['ntlm', 'kerberos'],
  kerberos: ['negotiate'],
};

export const malformedCredentialsRules: Rule = (facts) => {
  const out: CauseCandidate[] = [];
  const proxy = isProxyAuth(facts);
  const headerName = proxy ? 'Proxy-Authorization' : 'Authorization';
  const auth = relevantAuthorization(facts);
  for (const p of auth?.problems ?? []) {
    // A bare JWT without a scheme is how AWS AppSync and Cognito authorizers want it: only a hint.
    if (p === 'no-scheme' && auth?.token?.jwt !== undefined) {
      out.push(
        candidate(
          'malformed-credentials',
          WEIGHT.hint,
          'circumstantial',
          msg('ev_problem_no_scheme', { code: headerName }),
          { kind: 'header', name: headerName.toLowerCase() },
        ),
      );
    } else {
      out.push(problemCandidate(p, headerName));
    }
  }
  if (!proxy) {
    for (const key of facts.credentials.apiKeys) for (const p of key.problems) out.push(problemCandidate(p, key.name));
  }
  out.push(...schemeNotOffered(facts));
  const be = facts.signals.bearerError;
  if (!proxy && be?.error === 'invalid_request') {
    // RFC 6750 §3.1: missing or duplicated parameter, unsupported parameter, or malformed request.
    const message = be.errorDescription
      ? msg('ev_bearer_error_described', { code: be.error }, { code: be.errorDescription })
      : msg('ev_bearer_error', { code: be.error });
    out.push(
      candidate('malformed-credentials', WEIGHT.decisive, 'direct', message, {
        kind: 'header',
        name: 'www-authenticate',
      }),
    );
  }
  return out;
};

const READ_CAUSES = new Set([
  'credentials-rejected',
  'credentials-expired',
  'credentials-revoked',
  'insufficient-permissions',
]);

function serverReadCredential(facts: Facts): boolean {
  const error = facts.signals.bearerError?.error;
  return error === 'insufficient_scope' || facts.signals.known.some((k) => READ_CAUSES.has(k.cause));
}

function problemCandidate(problem: CredentialProblem, where: string): CauseCandidate {
  const key = problemKey(problem);
  return candidate(
    'malformed-credentials',
    TOLERATED.has(problem) ? WEIGHT.strong : WEIGHT.decisive,
    'direct',
    msg(`ev_problem_${key}`, { code: where }),
    { kind: 'header', name: where.toLowerCase() },
    {
      developer: [msg(`adv_developer_problem_${key}`)],
    },
  );
}

/** Sent Basic, server asks Bearer: the server cannot even read the credential (RFC 9110 §11.6.1). */
function schemeNotOffered(facts: Facts): CauseCandidate[] {
  const auth = relevantAuthorization(facts);
  const challenges = relevantChallenges(facts);
  if (auth === undefined || auth.scheme === '' || challenges.length === 0) return [];
  const sent = auth.scheme.toLowerCase();
  // Only a registered scheme (IANA HTTP Authentication Scheme Registry, plus NTLM and Kerberos) can be the
  // wrong one: an unregistered challenge name is a vendor's signal (npm's `OTP`, `IPAddress`), known to the
  // knowledge tables, not a statement that the credential's scheme is unreadable.
  const offered = schemesOf(challenges).filter(isStandardScheme);
  if (!isStandardScheme(sent) || offered.length === 0) return [];
  const alternatives = [sent, ...(EQUIVALENT[sent] ?? [])];
  // A DPoP-bound token answered with a Bearer challenge still fits (RFC 9449 §7.1 allows both).
  if (sent === 'dpop' && offered.includes('bearer')) return [];
  if (alternatives.some((s) => offered.includes(s))) return [];
  const wanted = schemeList(challenges);
  // Challenges often list one scheme while others are accepted (Stripe asks Basic, takes Bearer).
  // When the server plainly read the credential (it calls it invalid, expired...), the scheme was fine.
  const understood = serverReadCredential(facts);
  return [
    candidate(
      'malformed-credentials',
      understood ? WEIGHT.hint : WEIGHT.strong,
      understood ? 'circumstantial' : 'direct',
      msg('ev_scheme_not_offered', { code: auth.scheme }, { code: wanted }),
      { kind: 'header', name: isProxyAuth(facts) ? 'proxy-authenticate' : 'www-authenticate' },
      {
        developer: [
          msg('adv_developer_use_scheme', { code: auth.scheme }, { code: wanted }),
          msg('adv_developer_send_header', { code: authorizationExample(challenges, isProxyAuth(facts)) }),
        ],
      },
    ),
  ];
}
