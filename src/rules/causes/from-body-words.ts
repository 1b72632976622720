// Plain words in an API's error body, for products the knowledge tables do not know.
// Skipped for HTML pages (their navigation and footer text would misfire) and when a known row matched.
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { bodyIsHtml } from '../facts/facts-queries';
import { PHRASES } from '../knowledge/phrases';

export const bodyTextRules: Rule = (facts) => {
  const body = facts.response.bodyExcerpt;
  if (body === undefined || body === '' || bodyIsHtml(facts)) return [];
  if (facts.signals.known.some((k) => k.where === 'body')) return [];
  const out: CauseCandidate[] = [];
  for (const { cause, re } of PHRASES) {
    const m = re.exec(body);
    if (m === null) continue;
    out.push(
      candidate(cause, WEIGHT.moderate, 'direct', msg('ev_body_says', { code: around(body, m.index, m[0].length) }), {
        kind: 'body',
      }),
    );
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
