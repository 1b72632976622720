// Plain words in an API's error body, for products the knowledge tables do not know.
// Skipped for HTML pages (their navigation and footer text would misfire) and when a known row matched.
import type { CauseId } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { bodyIsHtml } from '../facts/facts-queries';

interface Pattern {
  cause: CauseId;
  re: RegExp;
}

/** One pattern per cause; a body may match several ("invalid or expired token"). Order = CAUSE_IDS. */
export const BODY_PATTERNS: readonly Pattern[] = [
  { cause: 'missing-credentials', re: /\b(?:not provided|no (?:auth\w*|token|credentials|api[ _-]?key)\b|(?:token|credentials|api[ _-]?key|authentication|authorization|login) (?:is |are )?(?:required|missing))/i },
  { cause: 'credentials-rejected', re: /\b(?:bad credentials|invalid (?:api[ _-]?key|credentials|password|user(?:name)?|token|signature|key)|wrong password|incorrect (?:password|user(?:name)?)|authentication failed|unknown (?:user|client))/i },
  { cause: 'credentials-expired', re: /\b(?:expired|has expired|session (?:timed out|timeout))/i },
  { cause: 'credentials-revoked', re: /\b(?:revoked|blacklisted|blocklisted|logged out|been disabled|deactivated)/i },
  { cause: 'malformed-credentials', re: /\b(?:malformed|could not (?:parse|decode)|invalid (?:authorization )?header|invalid format|not a valid (?:jwt|token))/i },
  { cause: 'insufficient-permissions', re: /\b(?:insufficient (?:scope|permission|privilege)s?|not (?:allowed|permitted|authori[sz]ed to)|missing (?:scope|permission|role)s?|permission denied)/i },
];

export const bodyTextRules: Rule = (facts) => {
  const body = facts.response.bodyExcerpt;
  if (body === undefined || body === '' || bodyIsHtml(facts)) return [];
  if (facts.signals.known.some((k) => k.where === 'body')) return [];
  const out: CauseCandidate[] = [];
  for (const { cause, re } of BODY_PATTERNS) {
    const m = re.exec(body);
    if (m === null) continue;
    out.push(candidate(cause, WEIGHT.moderate, 'direct', msg('ev_body_says', { code: around(body, m.index, m[0].length) }), { kind: 'body' }));
  }
  return out;
};

/** The matched words with a little context, at most ~120 characters, on one line. */
export function around(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  const cut = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}
