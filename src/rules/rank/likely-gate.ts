// Which causes may be called `likely` at all, given what was seen of the request (docs/design.md, Facts: an
// unknown fact is never evidence). "Nothing was sent" needs the request side seen: a sanitized HAR, a
// missed onSendHeaders or a login prompt's unrecorded retry leave it open, however the server words it.
import type { CauseId, Facts } from '../types';
import { cookiesSent, credentialsSent } from '../facts/facts-queries';

export function mayBeLikely(id: CauseId, facts: Facts): boolean {
  // A second factor (npm's `OTP` challenge) is missing beside the credential that was sent.
  if (id === 'missing-credentials')
    return credentialsSent(facts) === 'absent' || facts.signals.known.some((k) => k.secondFactor === true);
  // The browser withheld its cookies: only known when the request is seen to carry none.
  if (id === 'credentials-not-sent') return cookiesSent(facts) === 'absent';
  return id !== 'unknown';
}
