// The words servers use for each reason, declared once. Rules read a Bearer `error_description`
// (RFC 6750 §3) and plain API error bodies with these same patterns, so "token disabled" means one
// thing wherever it is found. Products with their own stock messages are rows in body-messages.ts.
import type { CauseId } from '../types';

export interface Phrase {
  cause: CauseId;
  re: RegExp;
}

/** The credential was good once and is not any more. */
export const SAYS_EXPIRED = /\b(?:expir(?:ed|es|y|ation)?|session (?:timed out|timeout))/i;

/** The credential was withdrawn: revocation, a block list, logout, a disabled account or key. */
export const SAYS_REVOKED =
  /\b(?:revok(?:ed|ation)?|black-?list(?:ed)?|block-?list(?:ed)?|logged.?out|deactivated|disabled)\b/i;

/** One pattern per cause; a text may match several ("invalid or expired token"). Order = CAUSE_IDS. */
export const PHRASES: readonly Phrase[] = [
  {
    cause: 'missing-credentials',
    re: /\b(?:not provided|no (?:auth\w*|token|credentials|api[ _-]?key)\b|(?:token|credentials|api[ _-]?key|authentication|authorization|login) (?:is |are )?(?:required|missing))/i,
  },
  {
    cause: 'credentials-rejected',
    re: /\b(?:bad credentials|invalid (?:api[ _-]?key|credentials|password|user(?:name)?|token|signature|key)|wrong password|incorrect (?:password|user(?:name)?)|authentication failed|unknown (?:user|client))/i,
  },
  { cause: 'credentials-expired', re: SAYS_EXPIRED },
  { cause: 'credentials-revoked', re: SAYS_REVOKED },
  {
    cause: 'malformed-credentials',
    re: /\b(?:malformed|could not (?:parse|decode)|invalid (?:authorization )?header|invalid format|not a valid (?:jwt|token))/i,
  },
  {
    cause: 'insufficient-permissions',
    re: /\b(?:insufficient (?:scope|permission|privilege)s?|not (?:allowed|permitted|authori[sz]ed to)|missing (?:scope|permission|role)s?|permission denied)/i,
  },
];

/** A server's text names a reason (expired, revoked) that is more specific than "invalid". */
export function saysWhyInvalid(text: string): boolean {
  return SAYS_EXPIRED.test(text) || SAYS_REVOKED.test(text);
}
