// The RFC 6750 §3 `error_description` of a Bearer/DPoP challenge, read for one meaning (expired,
// revoked, ...): the server's own words, so direct evidence for that cause.
import type { CauseId, Facts } from '../types';
import { type CauseCandidate, WEIGHT, candidate, msg } from './candidate';

export function bearerDescriptionSays(facts: Facts, meaning: RegExp, cause: CauseId): CauseCandidate[] {
  const be = facts.signals.bearerError;
  const text = be?.errorDescription;
  if (be === undefined || text === undefined || !meaning.test(text)) return [];
  return [
    candidate(
      cause,
      WEIGHT.strong + 2,
      'direct',
      msg('ev_bearer_error_described', { code: be.error ?? be.scheme }, { code: text }),
      {
        kind: 'header',
        name: 'www-authenticate',
      },
    ),
  ];
}
