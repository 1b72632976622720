// missing-credentials: nothing (or not the wanted thing) went with the request.
import type { Challenge, Facts, RequestSide } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import {
  credentialsSent,
  isNavigation,
  isProxyAuth,
  relevantChallenges,
  schemeList,
  schemesOf,
} from '../facts/facts-queries';
import { authorizationExample } from './scheme-advice';
import { isBrowserAnsweredScheme, isIntegratedScheme } from '../knowledge/schemes';
import type { RuleMessageKey } from '../message-key';

export const missingCredentialsRules: Rule = (facts, context) => {
  // A CORS preflight never carries credentials (Fetch standard, CORS-preflight fetch): their absence
  // is normal there, and server-misconfigured.ts blames the server instead.
  if (facts.request.isPreflight) return [];
  if (isProxyAuth(facts)) return missingProxyCredentials(facts);
  const out: CauseCandidate[] = [];
  const creds = facts.credentials;
  const challenges = relevantChallenges(facts);
  const wanted = schemeList(challenges);
  const sent = credentialsSent(facts);
  if (sent === 'unknown') return unseen(facts, challenges);
  const noCredentials = sent === 'absent';

  if (noCredentials) {
    // With cookies held for the site the browser withheld them: credentials-not-sent.ts says so.
    if (context.browserHasCookies !== true) {
      // The challenge names what is wanted; with nothing sent that is the whole story (RFC 9110 §15.5.2).
      // Not so when the browser could not have answered it: integrated-only schemes, or a scheme a page
      // visit cannot provide (integrated-auth-unavailable.ts and server-misconfigured.ts explain those).
      const named = challenges.length > 0 && !unanswerable(facts);
      out.push(
        candidate(
          'missing-credentials',
          named ? WEIGHT.moderate : WEIGHT.weak,
          named ? 'direct' : 'circumstantial',
          msg('ev_no_credentials'),
          { kind: 'request' },
        ),
      );
      if (facts.request.crossSite === true && challenges.length === 0) {
        // Cookie-based APIs rarely send a challenge; cross-site, their cookies are often withheld.
        out.push(
          candidate(
            'credentials-not-sent',
            WEIGHT.hint,
            'circumstantial',
            msg('ev_cross_site', facts.request.initiator ?? facts.request.pageUrl ?? ''),
            { kind: 'request' },
          ),
        );
      }
    }
  } else if (creds.authorization === undefined && creds.apiKeys.length === 0 && challenges.length > 0) {
    // Only cookies went, but the server asks for an Authorization scheme: the header was forgotten.
    const s = schemesOf(challenges);
    if (!s.includes('negotiate') && !s.includes('ntlm')) {
      out.push(
        candidate(
          'missing-credentials',
          WEIGHT.weak,
          'circumstantial',
          msg('ev_no_authorization_header', { code: wanted }),
          { kind: 'request' },
          {
            developer: [msg('adv_developer_send_header', { code: authorizationExample(challenges, false) })],
          },
        ),
      );
    }
  }
  if (noCredentials && out[0]?.cause === 'missing-credentials' && challenges.length > 0 && !unanswerable(facts)) {
    out.push(
      candidate(
        'missing-credentials',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_challenge_wants', { code: wanted }),
        { kind: 'header', name: 'www-authenticate' },
        {
          developer: [msg('adv_developer_send_header', { code: authorizationExample(challenges, false) })],
        },
      ),
    );
  }
  return out;
};

function unanswerable(facts: Facts): boolean {
  const schemes = schemesOf(relevantChallenges(facts));
  if (schemes.length > 0 && schemes.every(isIntegratedScheme)) return true;
  return isNavigation(facts) && !schemes.some(isBrowserAnsweredScheme);
}

/** Why the request side is unknown, as evidence text. */
const UNSEEN_KEYS: Record<Exclude<RequestSide, 'complete'>, RuleMessageKey> = {
  sanitized: 'ev_unseen_sanitized',
  'prompt-retry': 'ev_unseen_prompt_retry',
  'not-seen': 'ev_unseen_not_seen',
};

/**
 * Nothing is seen, and nothing could have been: "missing" is one reading among several, never the
 * answer (likely-gate.ts). The challenge still says what a client should send.
 */
function unseen(facts: Facts, challenges: Challenge[]): CauseCandidate[] {
  const side = facts.request.seen?.side ?? 'complete';
  const key = side === 'complete' ? 'ev_unseen_not_seen' : UNSEEN_KEYS[side];
  const proxy = isProxyAuth(facts);
  const developer =
    challenges.length > 0 ? [msg('adv_developer_send_header', { code: authorizationExample(challenges, proxy) })] : [];
  return [
    candidate('missing-credentials', WEIGHT.weak, 'circumstantial', msg(key), { kind: 'request' }, { developer }),
  ];
}

function missingProxyCredentials(facts: Facts): CauseCandidate[] {
  if (facts.credentials.proxyAuthorization !== undefined) return [];
  const challenges = facts.proxyChallenges;
  if (credentialsSent(facts) === 'unknown') return unseen(facts, challenges);
  return [
    candidate(
      'missing-credentials',
      WEIGHT.weak,
      'circumstantial',
      msg('ev_no_proxy_credentials'),
      { kind: 'request' },
      {
        developer:
          challenges.length > 0
            ? [msg('adv_developer_send_header', { code: authorizationExample(challenges, true) })]
            : [],
      },
    ),
  ];
}
