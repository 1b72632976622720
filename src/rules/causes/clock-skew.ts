// clock-skew: a time-bound credential judged against a clock that disagrees with the issuer's.
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import type { Message } from '../types';
import { jwtOf, relevantAuthorization } from '../facts/facts-queries';
import { ageSeconds } from './stale-dns-or-cache';

/** Beyond this, a client clock is wrong rather than drifting (Kerberos' default tolerance is 5 min). */
export const SKEW_LIMIT_MS = 5 * 60 * 1000;

export const clockSkewRules: Rule = (facts) => {
  const out: CauseCandidate[] = [];
  const jwt = jwtOf(relevantAuthorization(facts));
  // RFC 7519 §4.1.5: not to be accepted before `nbf`; an `iat` after the request says the same, less surely.
  const nbf = jwt?.notYetValidForMs ?? 0;
  if (nbf > 0) out.push(claimSaysEarly('nbf', WEIGHT.decisive, msg('ev_jwt_not_yet_valid', { duration: nbf })));
  const iat = jwt?.issuedInFutureByMs ?? 0;
  if (iat > 0) out.push(claimSaysEarly('iat', WEIGHT.strong, msg('ev_jwt_issued_in_future', { duration: iat })));
  // A cached answer keeps its original Date: add its Age (RFC 9111 §5.1) before judging the clock.
  const age = ageSeconds(facts) ?? 0;
  const skew = facts.signals.dateSkewMs === undefined ? undefined : facts.signals.dateSkewMs + age * 1000;
  if (skew !== undefined && Math.abs(skew) > SKEW_LIMIT_MS) {
    // Only a time-bound credential makes a skewed clock a cause; otherwise it is a side note.
    const timeBound = jwt !== undefined || facts.credentials.authorization?.scheme.toLowerCase() === 'digest';
    out.push(
      candidate(
        'clock-skew',
        timeBound ? WEIGHT.moderate : WEIGHT.hint,
        timeBound ? 'direct' : 'circumstantial',
        msg(skew > 0 ? 'ev_date_skew_ahead' : 'ev_date_skew_behind', { duration: Math.abs(skew) }),
        {
          kind: 'header',
          name: 'date',
        },
      ),
    );
  }
  return out;
};

/** A JWT time claim shows the request came before the token's time: the client's clock is behind. */
function claimSaysEarly(claim: 'nbf' | 'iat', weight: number, message: Message): CauseCandidate {
  return candidate('clock-skew', weight, 'direct', message, { kind: 'claim', name: claim });
}
