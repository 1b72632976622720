import { describe, expect, it } from 'vitest';
import type { CauseId } from '../types';
import { type CauseCandidate, candidate, msg } from '../causes/candidate';
import { rankCauses } from './rank-causes';
import { makeFacts } from '../testing/test-facts';

/** One candidate; `tag` tells its evidence apart from another's (same message, another parameter). */
const c = (
  cause: CauseId,
  weight: number,
  strength: 'direct' | 'circumstantial' = 'circumstantial',
  tag = `ev_${weight}`,
): CauseCandidate => candidate(cause, weight, strength, msg('ev_body_says', { code: tag }), { kind: 'request' });

describe('rankCauses', () => {
  it.each<[string, CauseCandidate[], CauseId[]]>([
    [
      'higher score first',
      [c('credentials-expired', 3), c('clock-skew', 5)],
      ['clock-skew', 'credentials-expired', 'unknown'],
    ],
    [
      'weights add up per cause',
      [c('clock-skew', 5), c('credentials-expired', 3), c('credentials-expired', 3, 'circumstantial', 'ev_other')],
      ['credentials-expired', 'clock-skew', 'unknown'],
    ],
    [
      'ties keep CAUSE_IDS order',
      [c('stale-dns-or-cache', 4), c('missing-credentials', 4), c('clock-skew', 4)],
      ['missing-credentials', 'clock-skew', 'stale-dns-or-cache', 'unknown'],
    ],
    ['no candidate: unknown alone', [], ['unknown']],
    ['a likely cause: no unknown appended', [c('stale-nonce', 10, 'direct')], ['stale-nonce']],
  ])('%s', (_name, candidates, ids) => {
    expect(rankCauses(candidates, makeFacts()).map((x) => x.id)).toEqual(ids);
  });

  it.each<[string, CauseCandidate[], string]>([
    ['direct and heavy -> likely', [c('stale-nonce', 10, 'direct')], 'likely'],
    ['direct but light -> possible', [c('stale-nonce', 2, 'direct')], 'possible'],
    [
      'circumstantial, however heavy -> possible',
      [
        c('stale-nonce', 3),
        c('stale-nonce', 3, 'circumstantial', 'ev_b'),
        c('stale-nonce', 3, 'circumstantial', 'ev_c'),
      ],
      'possible',
    ],
  ])('%s', (_name, candidates, likelihood) => {
    expect(rankCauses(candidates, makeFacts())[0]?.likelihood).toBe(likelihood);
  });

  it.each<[string, CauseCandidate[], string]>([
    [
      'two readings with direct evidence: the more specific one is likely, the other possible',
      [
        c('credentials-revoked', 9, 'direct'),
        c('credentials-rejected', 7, 'direct'),
        c('credentials-rejected', 3, 'circumstantial', 'ev_b'),
      ],
      'credentials-revoked:likely credentials-rejected:possible',
    ],
    [
      'equal specificity: the higher total decides',
      [
        c('credentials-expired', 6, 'direct'),
        c('credentials-rejected', 6, 'direct'),
        c('credentials-rejected', 2, 'circumstantial', 'ev_b'),
      ],
      'credentials-rejected:likely credentials-expired:possible',
    ],
    [
      'the likely cause leads even when a pile of circumstance outscores it',
      [
        c('clock-skew', 6, 'direct'),
        c('credentials-rejected', 3),
        c('credentials-rejected', 3, 'circumstantial', 'ev_b'),
        c('credentials-rejected', 3, 'circumstantial', 'ev_c'),
      ],
      'clock-skew:likely credentials-rejected:possible',
    ],
  ])('%s', (_name, candidates, expected) => {
    const ranked = rankCauses(candidates, makeFacts()).map((x) => `${x.id}:${x.likelihood}`);
    expect(ranked.join(' ')).toBe(expected);
  });

  it.each<[string, Parameters<typeof makeFacts>[0], CauseId, string]>([
    ['missing: nothing seen, all visible -> may be likely', {}, 'missing-credentials', 'likely'],
    [
      'missing: credentials unknown (sanitized HAR) -> possible at most',
      {
        request: {
          seen: {
            side: 'sanitized',
            authorization: 'unknown',
            proxyAuthorization: 'unknown',
            cookies: 'unknown',
            time: 'known',
          },
        },
      },
      'missing-credentials',
      'possible',
    ],
    [
      'not-sent: cookies unknown -> possible at most',
      {
        request: {
          seen: {
            side: 'not-seen',
            authorization: 'unknown',
            proxyAuthorization: 'unknown',
            cookies: 'unknown',
            time: 'known',
          },
        },
      },
      'credentials-not-sent',
      'possible',
    ],
    [
      'missing: a credential seen -> possible at most',
      { credentials: { cookieNames: ['sid'] } },
      'missing-credentials',
      'possible',
    ],
  ])('gate: %s', (_name, facts, cause, likelihood) => {
    expect(rankCauses([c(cause, 10, 'direct')], makeFacts(facts))[0]?.likelihood).toBe(likelihood);
  });

  it('drops duplicate evidence and advice', () => {
    const dup = candidate(
      'clock-skew',
      5,
      'direct',
      msg('ev_body_says', { code: 'x' }),
      { kind: 'request' },
      { owner: [msg('adv_owner_ntp')] },
    );
    const [cause] = rankCauses([dup, dup], makeFacts());
    expect(cause?.evidence).toHaveLength(1);
    expect(cause?.advice.owner.filter((m) => m.key === 'adv_owner_ntp')).toHaveLength(1);
    expect(cause?.score).toBe(10);
  });
});
