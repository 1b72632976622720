// Matches from the knowledge tables (src/rules/knowledge): a known product's own words are direct
// evidence, but rows match loosely (`{"message":"Unauthorized"}`), so they weigh less than a decisive
// fact about the request itself (an expired `exp`, `Bearer undefined`).
import type { EvidenceSource, Facts, KnownSignal } from '../types';
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
  if (k.cause === 'unknown') return candidate('unknown', 0, 'circumstantial', knownMessage(k), knownSource(k), advice);
  // "Not provided" while an Authorization header or API key was sent: the server did not see or use
  // it (cookies do not count: a login page is the usual answer to a cookie-only request).
  // Conversely "invalid", "expired", "revoked" with nothing sent is a product's catch-all wording.
  const c = facts.credentials;
  const contradicted =
    (k.cause === 'missing-credentials' && (relevantAuthorization(facts) !== undefined || c.apiKeys.length > 0)) ||
    (SENT_CAUSES.has(k.cause) && !sentAnyCredential(facts));
  return candidate(k.cause, contradicted ? WEIGHT.weak : WEIGHT.moderate + 1, contradicted ? 'circumstantial' : 'direct', knownMessage(k), knownSource(k), advice);
}

function knownMessage(k: KnownSignal) {
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
