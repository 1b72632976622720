// stale-nonce: the credential was fine but its one-time value was not; a retry with the new nonce fixes it.
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';

export const staleNonceRules: Rule = (facts) => {
  const out: CauseCandidate[] = [];
  if (facts.signals.digestStale) {
    // RFC 7616 §3.3: stale=true means the digest was valid, only the nonce was not.
    out.push(
      candidate('stale-nonce', WEIGHT.decisive + 2, 'direct', msg('ev_digest_stale'), {
        kind: 'header',
        name: facts.response.status === 407 ? 'proxy-authenticate' : 'www-authenticate',
      }),
    );
  }
  if (!facts.signals.digestStale && facts.signals.digestNonceReplaced === true) {
    // RFC 7616 §3.4: nc > 1 means the nonce had been accepted; the server retired it without stale=true.
    out.push(
      candidate('stale-nonce', WEIGHT.moderate, 'circumstantial', msg('ev_digest_nonce_replaced'), {
        kind: 'header',
        name: facts.response.status === 407 ? 'proxy-authenticate' : 'www-authenticate',
      }),
    );
  }
  if (facts.signals.dpopNonceRequired) {
    // RFC 9449 §8/§9: retry with the DPoP-Nonce value in a new proof.
    out.push(
      candidate('stale-nonce', WEIGHT.decisive + 2, 'direct', msg('ev_dpop_nonce'), {
        kind: 'header',
        name: 'dpop-nonce',
      }),
    );
  } else if (facts.signals.bearerError?.error === 'use_dpop_nonce') {
    out.push(
      candidate('stale-nonce', WEIGHT.strong, 'direct', msg('ev_bearer_error', { code: 'use_dpop_nonce' }), {
        kind: 'header',
        name: 'www-authenticate',
      }),
    );
  }
  return out;
};
