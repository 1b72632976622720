import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Header } from '../types';
import { EXCERPT_LIMIT, MAX_SIGNALS, matchChallengeText, matchKnown } from './match-known';
import { BODY_EXCERPT_LIMIT } from '../limits';

const json = (body: string, headers: Header[] = [], statusText = 'Unauthorized') => ({
  statusText,
  responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, ...headers],
  responseBody: body,
});

describe('matchKnown: real responses', () => {
  it.each([
    [
      'GitHub',
      json('{"message":"Bad credentials","documentation_url":"https://docs.github.com/rest","status":"401"}'),
      ['github-bad-credentials'],
    ],
    [
      'Stripe (specific row, no generic twin)',
      json(
        '{"error":{"message":"Invalid API Key provided: sk_test_CANARY4eC39HqLyjWDarjtT1zdp7dc","type":"invalid_request_error"}}',
      ),
      ['stripe-invalid-api-key'],
    ],
    ['Flask-JWT-Extended revoked (generic only)', json('{"msg":"Token has been revoked"}'), ['generic-revoked']],
    [
      'Squid 407 by header and body',
      json(
        '<title>ERROR: Cache Access Denied</title>',
        [
          { name: 'X-Squid-Error', value: 'ERR_CACHE_ACCESS_DENIED 0' },
          { name: 'Server', value: 'squid/5.7' },
        ],
        'Proxy Authentication Required',
      ),
      [
        'status-proxy-authentication-required',
        'squid-error-header',
        'squid-server-header',
        'squid-cache-access-denied',
      ],
    ],
    ['non-standard reason phrase', json('', [], 'Unauthorized: Token Expired'), ['status-token-expired']],
    ['nothing known', json('{"error":"nope"}'), []],
  ])('%s', (_name, input, rules) => {
    expect(matchKnown(input).map((s) => s.rule)).toEqual(rules);
  });

  it('says where a header signal came from, with the header name as sent', () => {
    const [s] = matchKnown(
      json('', [{ name: 'x-amzn-ErrorType', value: 'ExpiredTokenException:http://internal.amazon.com/coral/' }]),
    );
    expect(s).toMatchObject({
      rule: 'aws-errortype-expired',
      where: 'header',
      header: 'x-amzn-ErrorType',
      cause: 'credentials-expired',
    });
  });

  it('matches error_description text from a challenge', () => {
    expect(matchChallengeText('The access token expired', 'WWW-Authenticate')).toEqual([
      expect.objectContaining({ rule: 'generic-token-expired', where: 'header', header: 'WWW-Authenticate' }),
    ]);
  });
});

describe('matchKnown: privacy', () => {
  it('masks secrets in excerpts', () => {
    const out = matchKnown(
      json('{"error":{"message":"Invalid API Key provided: sk_test_CANARY4eC39HqLyjWDarjtT1zdp7dc"}}'),
    );
    expect(out[0]?.excerpt).toContain('Invalid API Key provided');
    expect(JSON.stringify(out)).not.toContain('CANARY');
  });

  it('shows only a cookie name from Set-Cookie, never its value', () => {
    const out = matchKnown(
      json('', [{ name: 'Set-Cookie', value: 'CF_Authorization=CANARYsecretvalue123; Path=/; Max-Age=0' }]),
    );
    expect(out[0]).toMatchObject({ rule: 'cloudflare-access-cookie', excerpt: 'CF_Authorization=' });
    expect(JSON.stringify(out)).not.toContain('CANARY');
  });
});

describe('matchKnown: bounds', () => {
  it('reads only the first 8 KB of the body', () => {
    const late = `${' '.repeat(BODY_EXCERPT_LIMIT)}Bad credentials`;
    expect(matchKnown(json(late))).toEqual([]);
    const early = `${' '.repeat(BODY_EXCERPT_LIMIT - 20)}Bad credentials`;
    expect(matchKnown(json(early)).map((s) => s.rule)).toEqual(['github-bad-credentials']);
  });

  it('returns at most MAX_SIGNALS, excerpts at most 200 characters', () => {
    const body = [
      'Bad credentials',
      'jwt expired',
      'invalid signature',
      'jwt malformed',
      'PGRST301',
      'PGRST302',
      'INVALID_ID_TOKEN',
      'USER_DISABLED',
      'ACCESS_TOKEN_EXPIRED',
      'API key not valid',
      'IDX10223',
      'IDX10222',
      'E0000011',
      'E0000004',
      'zscaler',
      'Blue Coat',
      'FortiGuard',
      'Sophos',
      'Netskope',
      `Requires authentication${'x'.repeat(500)}`,
    ].join('\n');
    const out = matchKnown(json(body));
    expect(out.length).toBe(MAX_SIGNALS);
    for (const s of out) expect(s.excerpt.length).toBeLessThanOrEqual(EXCERPT_LIMIT);
  });

  it('stays fast on hostile input (linear patterns)', () => {
    const hostile = [
      '"message"'.padEnd(40, ' ').repeat(300),
      '{"kind":"Status"'.repeat(600),
      'token token token '.repeat(600),
      '"code": '.repeat(1200),
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'.repeat(200),
    ];
    for (const body of hostile) {
      const headers = [
        { name: 'X-MS-Diagnostics', value: `reason="${'a'.repeat(5000)}` },
        { name: 'Via', value: ' '.repeat(5000) },
      ];
      const t0 = performance.now();
      for (let i = 0; i < 5; i++) matchKnown(json(body, headers, 'x'.repeat(5000)));
      // Not a budget (that is the benchmark's job): catastrophic backtracking on an 8 KB body takes
      // seconds, so a bound this loose catches it without failing on a busy machine.
      expect((performance.now() - t0) / 5).toBeLessThan(500);
    }
  });

  it('never throws and stays bounded on arbitrary input', () => {
    const header = fc.record({ name: fc.string({ maxLength: 30 }), value: fc.string({ maxLength: 300 }) });
    fc.assert(
      fc.property(
        fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
        fc.array(header, { maxLength: 8 }),
        fc.option(fc.string({ maxLength: 2000 }), { nil: undefined }),
        (statusText, responseHeaders, responseBody) => {
          const out = matchKnown({ statusText, responseHeaders, responseBody });
          expect(out.length).toBeLessThanOrEqual(MAX_SIGNALS);
          for (const s of out) expect(s.excerpt.length).toBeLessThanOrEqual(EXCERPT_LIMIT);
        },
      ),
      { numRuns: 300 },
    );
  });
});
