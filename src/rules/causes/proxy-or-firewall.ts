// proxy-or-firewall: something between the browser and the site answered.
// A `Via` or CDN header alone is not proof (many origins sit behind a CDN), so neither is used here.
import type { Facts } from '../types';
import type { Rule } from './candidate';
import { type CauseCandidate, type Strength, WEIGHT, candidate, msg } from './candidate';
import type { RuleMessageKey } from '../message-key';
import { bodyIsHtml, isNavigation, responseHeader, schemeList } from '../facts/facts-queries';

/** Headers only proxies and gateways send. */
const PROXY_HEADERS = ['x-squid-error', 'x-bluecoat-via', 'x-zscaler-error', 'x-forefront-tmg-error'];

export const proxyRules: Rule = (facts) => {
  const out: CauseCandidate[] = [];
  if (facts.response.status === 407) {
    // RFC 9110 §15.5.8: 407 is the proxy's own refusal, with Proxy-Authenticate (§11.7.1).
    out.push(candidate('proxy-or-firewall', WEIGHT.decisive + 5, 'direct', msg('ev_status_407'), { kind: 'status' }));
    if (facts.proxyChallenges.length > 0) {
      out.push(proxyChallenge(facts, WEIGHT.hint, 'direct', 'ev_proxy_challenge_wants'));
    } else {
      out.push(
        candidate('proxy-or-firewall', 0, 'circumstantial', msg('ev_407_no_challenge'), {
          kind: 'header',
          name: 'proxy-authenticate',
        }),
      );
    }
  } else if (facts.signals.known.some((k) => k.cause === 'proxy-or-firewall' && k.product !== 'generic')) {
    // A proxy that answers a wrong proxy password with 401 and its own signature (Server, realm, error
    // page): the refusal is the proxy's, whatever credentials the site would take. Outweighs the
    // repeated challenge that would otherwise read as the site refusing a password.
    out.push(
      candidate('proxy-or-firewall', WEIGHT.strong + 1, 'direct', msg('ev_proxy_signed_401'), { kind: 'status' }),
      ...proxyChallengeOn401(facts),
    );
  } else {
    out.push(...proxyChallengeOn401(facts));
  }
  const knownHeaders = new Set(
    facts.signals.known.filter((k) => k.where === 'header').map((k) => k.header?.toLowerCase()),
  );
  for (const name of PROXY_HEADERS) {
    if (knownHeaders.has(name)) continue; // already reported by the knowledge tables
    const value = responseHeader(facts, name);
    if (value !== undefined)
      out.push(
        candidate('proxy-or-firewall', WEIGHT.strong, 'direct', msg('ev_proxy_header', { code: `${name}: ${value}` }), {
          kind: 'header',
          name,
        }),
      );
  }
  if (facts.signals.loginForm && !isNavigation(facts) && bodyIsHtml(facts)) {
    out.push(
      candidate(
        'proxy-or-firewall',
        WEIGHT.moderate,
        'circumstantial',
        msg('ev_login_form_intercept', { code: facts.request.resourceType }),
        { kind: 'body' },
      ),
    );
  }
  return out;
};

/** A 401 that also carries Proxy-Authenticate: a proxy on the way asks too. */
function proxyChallengeOn401(facts: Facts): CauseCandidate[] {
  if (facts.proxyChallenges.length === 0) return [];
  return [proxyChallenge(facts, WEIGHT.moderate, 'circumstantial', 'ev_proxy_challenge_on_401')];
}

/** Evidence quoting the schemes of Proxy-Authenticate. */
function proxyChallenge(facts: Facts, weight: number, strength: Strength, key: RuleMessageKey): CauseCandidate {
  return candidate('proxy-or-firewall', weight, strength, msg(key, { code: schemeList(facts.proxyChallenges) }), {
    kind: 'header',
    name: 'proxy-authenticate',
  });
}
