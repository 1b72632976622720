// stale-dns-or-cache: the answer came from a cache, or from another machine than the earlier successes.
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';

export const staleCacheRules: Rule = (facts, context) => {
  const out: CauseCandidate[] = [];
  if (facts.response.fromCache) {
    // RFC 9111 §3: a 401 is stored only when explicitly allowed; a cached one is stale by nature.
    out.push(candidate('stale-dns-or-cache', WEIGHT.strong + 1, 'direct', msg('ev_from_cache'), { kind: 'status' }));
  }
  const ok = context.lastSuccess;
  if (ok === undefined || ok.status < 200 || ok.status >= 300) return out;
  const source = { kind: 'history', url: ok.url, at: ok.at } as const;
  const ip = facts.response.serverIp;
  // Load balancers spread one name over many IPs, so a different IP alone is only a hint.
  if (ok.serverIp !== undefined && ip !== undefined && ok.serverIp !== ip) {
    out.push(candidate('stale-dns-or-cache', WEIGHT.weak, 'circumstantial', msg('ev_ip_changed', { code: ok.serverIp }, { code: ip }), source));
  }
  const server = facts.signals.server;
  if (ok.server !== undefined && server !== undefined && ok.server !== server) {
    out.push(candidate('stale-dns-or-cache', WEIGHT.weak, 'circumstantial', msg('ev_server_changed', { code: ok.server }, { code: server }), source));
  }
  return out;
};
