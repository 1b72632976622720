import type { AuthorizationShape, CredentialFacts, CredentialProblem } from '../../rules/types';
import { sanitizeText } from '../i18n/sanitize-text';

// Credentials are shown by shape only (docs/design.md, privacy rules): scheme, length, token kind and
// the problems found, e.g. `Authorization: Bearer (JWT, 812 chars)`. These are technical terms, the
// same in every language, so they are not in the message catalog.

/** How a credential problem is named: its id (`literal-undefined`) unless a phrase is given. */
export type ProblemText = (problem: CredentialProblem) => string;

const problemId: ProblemText = (problem) => problem;

/** The catalogue key that phrases a credential problem (`cli_problem_literal_undefined`); every report area uses it. */
export function problemPhraseKey(problem: CredentialProblem): string {
  return `cli_problem_${problem.replaceAll('-', '_')}`;
}

/**
 * One entry per credential carrier; empty when nothing was sent. Names are sanitised, not escaped.
 * Problems show as their ids unless `problemText` phrases them; the reports people read phrase them
 * (ids are for the CLI's JSON).
 */
export function describeCredentials(credentials: CredentialFacts, problemText: ProblemText = problemId): string[] {
  const out: string[] = [];
  if (credentials.authorization)
    out.push(`Authorization: ${describeAuthorization(credentials.authorization, problemText)}`);
  if (credentials.proxyAuthorization)
    out.push(`Proxy-Authorization: ${describeAuthorization(credentials.proxyAuthorization, problemText)}`);
  for (const key of credentials.apiKeys) {
    out.push(`API key ${clean(key.name)} (${key.carrier}, ${key.length} chars${problems(key.problems, problemText)})`);
  }
  if (credentials.cookieNames.length > 0) out.push(`Cookie: ${credentials.cookieNames.map(clean).join(', ')}`);
  if (credentials.dpopProof) out.push('DPoP proof');
  if (credentials.bodyFields !== undefined && credentials.bodyFields.length > 0)
    out.push(`Body fields: ${credentials.bodyFields.map(clean).join(', ')}`);
  return out;
}

export function describeAuthorization(auth: AuthorizationShape, problemText: ProblemText = problemId): string {
  const scheme = auth.scheme === '' ? '(no scheme)' : clean(auth.scheme);
  // A sanitizer's placeholder: nothing to describe but that it was there.
  if (auth.redacted === true) return `${auth.scheme === '' ? '' : `${scheme} `}(placeholder, shape unknown)`;
  const details: string[] = [];
  if (auth.token?.kind === 'jwt') details.push(auth.token.jwt?.encrypted ? 'JWE' : 'JWT');
  details.push(`${auth.length} chars`);
  return `${scheme} (${details.join(', ')}${problems(auth.problems, problemText)})`;
}

function problems(list: readonly CredentialProblem[], problemText: ProblemText): string {
  return list.length > 0 ? `; ${list.map(problemText).join(', ')}` : '';
}

function clean(text: string): string {
  return sanitizeText(text, 100);
}
