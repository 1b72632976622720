// credentials-not-sent: the browser holds cookies for the site, yet the request carried none (a
// cross-site request with third-party cookies blocked, SameSite, or fetch without `credentials`).
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { credentialsSent, isProxyAuth } from '../facts/facts-queries';

export const credentialsNotSentRules: Rule = (facts, context) => {
  // A CORS preflight never carries credentials (Fetch standard): nothing was withheld there.
  // Withheld cookies are only seen as such when the request is seen to carry none.
  if (facts.request.isPreflight || isProxyAuth(facts) || credentialsSent(facts) !== 'absent') return [];
  if (context.browserHasCookies !== true) return [];
  const out: CauseCandidate[] = [
    candidate(
      'credentials-not-sent',
      WEIGHT.strong,
      'direct',
      msg('ev_cookies_held_not_sent'),
      { kind: 'context' },
      { developer: [msg('adv_developer_include_credentials')] },
    ),
  ];
  if (facts.request.crossSite === true) {
    out.push(
      candidate(
        'credentials-not-sent',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_cross_site', facts.request.initiator ?? facts.request.pageUrl ?? ''),
        { kind: 'request' },
      ),
    );
  }
  return out;
};
