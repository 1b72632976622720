// stale-dns-or-cache: the answer came from a cache, or from another machine than the earlier successes.
import type { Facts } from '../types';
import { type CauseCandidate, type Rule, WEIGHT, candidate, msg } from './candidate';
import { responseHeader } from '../facts/facts-queries';

/** Seconds a shared cache held the response (RFC 9111 §5.1); undefined when absent or zero. */
export function ageSeconds(facts: Facts): number | undefined {
  const raw = responseHeader(facts, 'age');
  const n = raw === undefined ? NaN : Number.parseInt(raw.trim(), 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export const staleCacheRules: Rule = (facts, context) => {
  const out: CauseCandidate[] = [];
  const bypass = { visitor: [msg('adv_visitor_clear_cache')], owner: [msg('adv_owner_no_store')] };
  if (facts.response.fromCache) {
    // RFC 9111 §3: a 401 is stored only when explicitly allowed; a cached one is stale by nature.
    out.push(
      candidate('stale-dns-or-cache', WEIGHT.strong + 1, 'direct', msg('ev_from_cache'), { kind: 'status' }, bypass),
    );
  }
  const age = ageSeconds(facts);
  if (age !== undefined) {
    // RFC 9111 §5.1: `Age` is set only by a cache; the 401 was made `age` seconds before it was served.
    out.push(
      candidate(
        'stale-dns-or-cache',
        WEIGHT.strong + 1,
        'direct',
        msg('ev_age_header', { duration: age * 1000 }),
        { kind: 'header', name: 'age' },
        bypass,
      ),
    );
  }
  const xCache = responseHeader(facts, 'x-cache');
  if (xCache !== undefined && /\bhit\b/i.test(xCache)) {
    out.push(
      candidate(
        'stale-dns-or-cache',
        WEIGHT.hint,
        'circumstantial',
        msg('ev_cache_hit_header', { code: `x-cache: ${xCache}` }),
        { kind: 'header', name: 'x-cache' },
      ),
    );
  }
  const cc = responseHeader(facts, 'cache-control');
  if (
    cc !== undefined &&
    (age !== undefined || facts.response.fromCache) &&
    /\b(?:public|s-maxage|max-age=[1-9])/i.test(cc)
  ) {
    out.push(
      candidate('stale-dns-or-cache', WEIGHT.hint, 'circumstantial', msg('ev_cacheable_401', { code: cc }), {
        kind: 'header',
        name: 'cache-control',
      }),
    );
  }
  out.push(...otherMachine(facts, context.lastSuccess));
  return out;
};

function otherMachine(
  facts: Facts,
  ok: { url: string; at: number; status: number; serverIp?: string; server?: string } | undefined,
): CauseCandidate[] {
  if (ok === undefined || ok.status < 200 || ok.status >= 300) return [];
  const out: CauseCandidate[] = [];
  const source = { kind: 'history', url: ok.url, at: ok.at } as const;
  const ip = facts.response.serverIp;
  const server = facts.signals.server;
  const ipChanged = ok.serverIp !== undefined && ip !== undefined && ok.serverIp !== ip;
  const serverChanged = ok.server !== undefined && server !== undefined && ok.server !== server;
  // Load balancers spread one name over many IPs, so a different IP alone is only a hint; a
  // different IP *and* different server software means another machine answers for the name.
  const both = ipChanged && serverChanged;
  if (ipChanged)
    out.push(
      candidate(
        'stale-dns-or-cache',
        WEIGHT.weak,
        'circumstantial',
        msg('ev_ip_changed', { code: ok.serverIp ?? '' }, { code: ip ?? '' }),
        source,
      ),
    );
  if (serverChanged) {
    out.push(
      candidate(
        'stale-dns-or-cache',
        both ? WEIGHT.strong : WEIGHT.weak,
        both ? 'direct' : 'circumstantial',
        msg('ev_server_changed', { code: ok.server ?? '' }, { code: server ?? '' }),
        source,
        {
          visitor: [msg('adv_visitor_flush_dns')],
        },
      ),
    );
  }
  return out;
}
