// Matches from the knowledge tables (src/rules/knowledge): a known product's own words are direct
// evidence, but rows match loosely (`{"message":"Unauthorized"}`), so they weigh less than a decisive
// fact about the request itself (an expired `exp`, `Bearer undefined`).
import type { CauseId, EvidenceSource, Facts, KnownSignal, Message } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { cookiesSent, credentialsSent, jwtOf, relevantAuthorization, requestTimeKnown } from '../facts/facts-queries';

/** Causes that presuppose a credential was sent. */
const SENT_CAUSES: ReadonlySet<CauseId> = new Set([
  'credentials-rejected',
  'credentials-expired',
  'credentials-revoked',
  'malformed-credentials',
  'insufficient-permissions',
]);

export const knownSignalRules: Rule = (facts) => facts.signals.known.flatMap((k) => fromKnown(k, facts));

/** The knowledge tables' catch-all rows (any "token expired") name no product. */
const GENERIC_PRODUCT = 'generic';

function fromKnown(k: KnownSignal, facts: Facts): CauseCandidate[] {
  const advice =
    k.product === GENERIC_PRODUCT
      ? {}
      : {
          // "Search further with the framework's name" (seed article): the product is the search term.
          developer: [msg('adv_developer_search_product', k.product)],
          owner: [msg('adv_owner_search_product', k.product)],
        };
  const message = knownMessage(k, facts);
  const source = knownSource(k);
  // A server's default 401 page names the product, not the reason: it only feeds the checklist.
  if (k.cause === 'unknown') return [candidate('unknown', 0, 'circumstantial', message, source, advice)];
  // What was sent is read from the request; the server's words are its interpretation and weigh less
  // where the two disagree ("not provided" beside a token of another scheme, "invalid" with nothing
  // sent). A stock text for several failures decides only once the request rules all but one out.
  const readings = [k.cause, ...(k.alsoMeans ?? [])].filter(
    (cause) => (k.secondFactor === true && cause === 'missing-credentials') || !ruledOut(cause, facts),
  );
  if (readings.length === 1 && readings[0] !== undefined)
    return [candidate(readings[0], WEIGHT.moderate + 1, 'direct', message, source, advice)];
  if (readings.length === 0) return [candidate(k.cause, WEIGHT.weak, 'circumstantial', message, source, advice)];
  return readings.map((cause, i) =>
    candidate(cause, i === 0 ? WEIGHT.weak : WEIGHT.hint, 'circumstantial', message, source, advice),
  );
}

/** The request itself excludes this reading of a server's words. */
function ruledOut(cause: CauseId, facts: Facts): boolean {
  const sent = credentialsSent(facts);
  // Cookies do not count against "not provided": a login page is the usual answer to a cookie-only request.
  if (cause === 'missing-credentials')
    return relevantAuthorization(facts) !== undefined || facts.credentials.apiKeys.length > 0;
  if (cause === 'credentials-not-sent') return cookiesSent(facts) === 'present';
  if (SENT_CAUSES.has(cause) && sent === 'absent') return true;
  if (cause === 'credentials-expired') return onlyValidJwtSent(facts);
  if (cause === 'clock-skew') return jwtTimesFine(facts);
  return false;
}

/** The one credential was a JWT still valid at the request time: whatever failed, it had not expired. */
function onlyValidJwtSent(facts: Facts): boolean {
  const jwt = jwtOf(relevantAuthorization(facts));
  return (
    jwt?.expiresInMs !== undefined &&
    jwt.expiresInMs > 0 &&
    cookiesSent(facts) !== 'present' &&
    facts.credentials.apiKeys.length === 0
  );
}

/** The JWT's `nbf`/`iat` lie before the request time: the client's clock did not make it early. */
function jwtTimesFine(facts: Facts): boolean {
  const jwt = jwtOf(relevantAuthorization(facts));
  if (jwt === undefined || !requestTimeKnown(facts)) return false;
  const { nbf, iat } = jwt.claims;
  return (
    (nbf !== undefined || iat !== undefined) &&
    jwt.notYetValidForMs === undefined &&
    jwt.issuedInFutureByMs === undefined
  );
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
  const twin =
    k.product === GENERIC_PRODUCT
      ? facts.signals.known.find(
          (o) => o.product !== GENERIC_PRODUCT && samePlace(o, k) && overlaps(o.excerpt, k.excerpt),
        )
      : undefined;
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
