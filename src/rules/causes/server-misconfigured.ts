// server-misconfigured: the 401 says more about the server's setup than about the caller.
import type { Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { schemeList, schemesOf, sentAnyCredential } from '../facts/facts-queries';
import { isBrowserAnsweredScheme } from '../knowledge/schemes';
import { hasHeader } from '../facts/header-list';

const STATIC_TYPES = new Set(['script', 'stylesheet', 'image', 'font', 'media']);

export const serverMisconfiguredRules: Rule = (facts, context) => {
  if (facts.response.status !== 401) return [];
  const out: CauseCandidate[] = [];
  const req = facts.request;
  if (req.isPreflight) {
    // Fetch standard, CORS-preflight fetch: preflights never carry credentials, so must not need them.
    out.push(
      candidate(
        'server-misconfigured',
        WEIGHT.decisive + 2,
        'direct',
        msg('ev_preflight_401'),
        { kind: 'request' },
        {
          developer: [msg('adv_developer_preflight')],
          owner: [msg('adv_owner_preflight')],
        },
      ),
    );
  }
  if (STATIC_TYPES.has(req.resourceType) && context.pageLoaded === true) {
    out.push(
      candidate(
        'server-misconfigured',
        WEIGHT.strong,
        'direct',
        msg('ev_static_asset_401', { code: req.resourceType }),
        { kind: 'context' },
        { owner: [msg('adv_owner_static_public')] },
      ),
    );
  }
  out.push(...challengeProblems(facts));
  return out;
};

function challengeProblems(facts: Facts): CauseCandidate[] {
  const challengeHeaderSent = hasHeader(facts.response.headers, 'www-authenticate');
  if (facts.challenges.length === 0) {
    // RFC 9110 §15.5.2: a 401 MUST carry WWW-Authenticate. When credentials were sent, their refusal
    // is the likelier story (many APIs omit the header); when nothing was sent, the missing challenge
    // is what leaves the client unable to know what to send, so it ranks above missing-credentials.
    const key = challengeHeaderSent ? 'ev_challenge_unparseable' : 'ev_no_challenge';
    const weight = sentAnyCredential(facts) ? WEIGHT.hint : WEIGHT.weak + 1;
    return [
      candidate(
        'server-misconfigured',
        weight,
        'circumstantial',
        msg(key),
        { kind: 'header', name: 'www-authenticate' },
        { owner: [msg('adv_owner_add_challenge')] },
      ),
    ];
  }
  const schemes = schemesOf(facts.challenges);
  if (facts.request.resourceType === 'main_frame' && !schemes.some(isBrowserAnsweredScheme)) {
    // A page visit can only answer Basic/Digest (prompt) or integrated schemes: a Bearer-only page is a dead end.
    return [
      candidate(
        'server-misconfigured',
        WEIGHT.strong + 1,
        'direct',
        msg('ev_unanswerable_challenge', { code: schemeList(facts.challenges) }),
        { kind: 'header', name: 'www-authenticate' },
        { owner: [msg('adv_owner_redirect_login')] },
      ),
    ];
  }
  return [];
}
