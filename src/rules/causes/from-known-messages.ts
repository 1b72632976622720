// Matches from the knowledge tables (src/rules/knowledge): a known product's own words are direct
// evidence, but rows match loosely (`{"message":"Unauthorized"}`), so they weigh less than a decisive
// fact about the request itself (an expired `exp`, `Bearer undefined`).
import type { EvidenceSource, Facts, KnownSignal, Message } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { relevantAuthorization, sentAnyCredential } from '../facts/facts-queries';

/** Causes that presuppose a credential was sent. */
const SENT_CAUSES: ReadonlySet<string> = new Set(['credentials-rejected', 'credentials-expired', 'credentials-revoked', 'malformed-credentials', 'insufficient-permissions']);

export const knownSignalRules: Rule = (facts) => facts.signals.known.map((k) => fromKnown(k, facts));

/** The knowledge tables' catch-all rows (any "token expired") name no product. */
const GENERIC_PRODUCT = 'generic';

function fromKnown(k: KnownSignal, facts: Facts): CauseCandidate {
  const advice =
    k.product === GENERIC_PRODUCT
      ? {}
      : {
          // "Search further with the framework's name" (seed article): the product is the search term.
          developer: [msg('adv_developer_search_product', k.product)],
          owner: [msg('adv_owner_search_product', k.product)],
        };
  // A server's default 401 page names the product, not the reason: it only feeds the checklist.
  if (k.cause === 'unknown') return candidate('unknown', 0, 'circumstantial', knownMessage(k, facts), knownSource(k), advice);
  // "Not provided" while an Authorization header or API key was sent: the server did not see or use
  // it (cookies do not count: a login page is the usual answer to a cookie-only request).
  // Conversely "invalid", "expired", "revoked" with nothing sent is a product's catch-all wording.
  const c = facts.credentials;
  const contradicted =
    (k.cause === 'missing-credentials' && (relevantAuthorization(facts) !== undefined || c.apiKeys.length > 0)) ||
    (SENT_CAUSES.has(k.cause) && !sentAnyCredential(facts));
  return candidate(k.cause, contradicted ? WEIGHT.weak : WEIGHT.moderate + 1, contradicted ? 'circumstantial' : 'direct', knownMessage(k, facts), knownSource(k), advice);
}

/**
 * The evidence line. A match that another line already quotes gets that line's exact message, so the
 * ranking merges them into one (its weight still counts): the challenge's `error_description` is
 * quoted whole by the Bearer rules (bearer-description.ts), and a catch-all row that matched inside
 * a product's own words ("Proxy Authentication Required ( Forefront TMG requires ... )") is shown
 * as that product's line.
 */
function knownMessage(k: KnownSignal, facts: Facts): Message {
  const be = facts.signals.bearerError;
  if (fromChallenge(k) && be?.errorDescription !== undefined) {
    return msg('ev_bearer_error_described', { code: be.error ?? be.scheme }, { code: be.errorDescription });
  }
  const twin = k.product === GENERIC_PRODUCT ? facts.signals.known.find((o) => o.product !== GENERIC_PRODUCT && samePlace(o, k) && overlaps(o.excerpt, k.excerpt)) : undefined;
  return ownMessage(twin ?? k);
}

/** Matches in a challenge come only from its `error_description` (match-known.ts, matchChallengeText). */
function fromChallenge(k: KnownSignal): boolean {
  return k.where === 'header' && /^(?:www|proxy)-authenticate$/i.test(k.header ?? '');
}

function samePlace(a: KnownSignal, b: KnownSignal): boolean {
  return a.where === b.where && (a.header ?? '').toLowerCase() === (b.header ?? '').toLowerCase();
}

/** One excerpt inside the other, ignoring case, runs of blanks and a cut's ellipsis. */
function overlaps(a: string, b: string): boolean {
  const fold = (s: string): string => s.replace(/…$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  const x = fold(a);
  const y = fold(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

function ownMessage(k: KnownSignal): Message {
  if (k.product === GENERIC_PRODUCT) {
    if (k.where === 'header') return msg('ev_server_header', { code: `${k.header ?? ''}: ${k.excerpt}` });
    if (k.where === 'status-text') return msg('ev_server_status_text', { code: k.excerpt });
    return msg('ev_server_body', { code: k.excerpt });
  }
  if (k.where === 'header') return msg('ev_known_header', k.product, { code: `${k.header ?? ''}: ${k.excerpt}` });
  if (k.where === 'status-text') return msg('ev_known_status_text', k.product, { code: k.excerpt });
  return msg('ev_known_body', k.product, { code: k.excerpt });
}

function knownSource(k: KnownSignal): EvidenceSource {
  if (k.where === 'header') return { kind: 'header', name: (k.header ?? '').toLowerCase() };
  if (k.where === 'status-text') return { kind: 'status' };
  return { kind: 'body' };
}
