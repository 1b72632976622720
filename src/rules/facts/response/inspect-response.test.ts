import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Challenge, Exchange, Header } from '../../types';
import { inspectResponse } from './inspect-response';

const T0 = Date.parse('2024-05-01T10:00:00Z');

function ex(responseHeaders: Header[] = [], responseBody?: string, extra: Partial<Exchange> = {}): Exchange {
  return {
    url: 'https://api.example/x',
    method: 'GET',
    status: 401,
    requestHeaders: [],
    responseHeaders,
    responseBody,
    startedAt: T0,
    ...extra,
  };
}

const ch = (scheme: string, params: Array<[string, string]> = [], token68: string | null = null): Challenge => ({
  scheme,
  params,
  token68,
});

describe('inspectResponse: bearerError (RFC 6750 §3)', () => {
  it.each([
    ['no challenge', [], undefined],
    ['Basic only', [ch('Basic', [['realm', 'x']])], undefined],
    ['Bearer without params', [ch('Bearer')], undefined],
    [
      'invalid_token with description',
      [
        ch('Bearer', [
          ['realm', 'example'],
          ['error', 'invalid_token'],
          ['error_description', 'The access token expired'],
        ]),
      ],
      { scheme: 'Bearer', realm: 'example', error: 'invalid_token', errorDescription: 'The access token expired' },
    ],
    [
      'insufficient_scope with scope list',
      [
        ch('Bearer', [
          ['error', 'insufficient_scope'],
          ['scope', 'repo  read:org\tadmin'],
        ]),
      ],
      { scheme: 'Bearer', error: 'insufficient_scope', scope: ['repo', 'read:org', 'admin'] },
    ],
    [
      'first Bearer/DPoP with params wins',
      [
        ch('Basic', [['realm', 'b']]),
        ch('Bearer'),
        ch('DPoP', [
          ['error', 'use_dpop_nonce'],
          ['algs', 'ES256'],
        ]),
        ch('Bearer', [['error', 'x']]),
      ],
      { scheme: 'DPoP', error: 'use_dpop_nonce' },
    ],
    [
      'error_uri kept, secrets in it masked',
      [
        ch('bearer', [
          ['error', 'invalid_request'],
          ['error_uri', 'https://docs.example/errors?access_token=CANARYabcdef0123456789'],
        ]),
      ],
      { scheme: 'bearer', error: 'invalid_request', errorUri: 'https://docs.example/errors?access_token=[redacted]' },
    ],
  ])('%s', (_name, challenges, expected) => {
    expect(inspectResponse(ex(), challenges, []).bearerError).toEqual(expected);
  });

  it('falls back to Proxy-Authenticate and tags the signal with that header', () => {
    const s = inspectResponse(
      ex(),
      [],
      [
        ch('Bearer', [
          ['error', 'invalid_token'],
          ['error_description', 'Token has expired'],
        ]),
      ],
    );
    expect(s.bearerError?.error).toBe('invalid_token');
    expect(s.known).toContainEqual(
      expect.objectContaining({ rule: 'generic-token-expired', header: 'Proxy-Authenticate' }),
    );
  });

  it('matches error_description against the knowledge tables', () => {
    const s = inspectResponse(
      ex(),
      [
        ch('Bearer', [
          ['error', 'invalid_token'],
          ['error_description', 'Jwt expired at 2024-05-01T09:00:00Z'],
        ]),
      ],
      [],
    );
    expect(s.known.map((k) => k.rule)).toEqual(['spring-jwt-expired-at']);
  });
});

describe('inspectResponse: digestStale (RFC 7616 §3.3) and dpopNonceRequired (RFC 9449 §9)', () => {
  it.each([
    [
      [
        ch('Digest', [
          ['realm', 'r'],
          ['nonce', 'n'],
          ['stale', 'true'],
        ]),
      ],
      [],
      true,
    ],
    [[ch('Digest', [['stale', 'TRUE']])], [], true],
    [[ch('digest', [['stale', ' True ']])], [], true],
    [[ch('Digest', [['stale', 'false']])], [], false],
    [[ch('Digest', [['realm', 'r']])], [], false],
    [[ch('Basic', [['stale', 'true']])], [], false],
    [[], [ch('Digest', [['stale', 'true']])], true],
  ])('%j / proxy %j -> %s', (challenges, proxy, expected) => {
    expect(inspectResponse(ex(), challenges, proxy).digestStale).toBe(expected);
  });

  it.each([
    [
      'challenge + header',
      [ch('DPoP', [['error', 'use_dpop_nonce']])],
      [{ name: 'DPoP-Nonce', value: 'eyJ7S_zG.eyJH0-Z.HX4w-7v' }],
      true,
    ],
    ['challenge without header', [ch('DPoP', [['error', 'use_dpop_nonce']])], [], false],
    ['empty header', [ch('DPoP', [['error', 'use_dpop_nonce']])], [{ name: 'dpop-nonce', value: '  ' }], false],
    [
      'header without challenge',
      [ch('DPoP', [['error', 'invalid_token']])],
      [{ name: 'DPoP-Nonce', value: 'abc' }],
      false,
    ],
    [
      'Bearer scheme does not count',
      [ch('Bearer', [['error', 'use_dpop_nonce']])],
      [{ name: 'DPoP-Nonce', value: 'abc' }],
      false,
    ],
  ])('%s', (_name, challenges, headers, expected) => {
    expect(inspectResponse(ex(headers), challenges, []).dpopNonceRequired).toBe(expected);
  });
});

describe('inspectResponse: dateSkewMs', () => {
  it.each([
    ['same second', 'Wed, 01 May 2024 10:00:00 GMT', 0],
    ['server 10 min ahead', 'Wed, 01 May 2024 10:10:00 GMT', 600_000],
    ['server 1 h behind', 'Wed, 01 May 2024 09:00:00 GMT', -3_600_000],
    ['obsolete RFC 850 form', 'Wednesday, 01-May-24 10:00:05 GMT', 5_000],
    ['garbage', 'not a date', undefined],
    ['absent', undefined, undefined],
  ])('%s', (_name, date, expected) => {
    const headers = date === undefined ? [] : [{ name: 'Date', value: date }];
    expect(inspectResponse(ex(headers), [], []).dateSkewMs).toBe(expected);
  });
});

describe('inspectResponse: Set-Cookie names', () => {
  const date = { name: 'date', value: 'Wed, 01 May 2024 10:00:00 GMT' };
  it.each([
    ['one set', ['sid=CANARYabc; Path=/; HttpOnly'], ['sid'], []],
    ['Max-Age=0 deletes', ['sid=; Max-Age=0; Path=/'], [], ['sid']],
    ['negative Max-Age deletes', ['sid=x; Max-Age=-1'], [], ['sid']],
    ['Expires in the past deletes', ['sid=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; path=/'], [], ['sid']],
    ['Expires in the future sets', ['sid=x; Expires=Thu, 01 May 2025 00:00:00 GMT'], ['sid'], []],
    ['Max-Age wins over Expires', ['sid=x; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=3600'], ['sid'], []],
    ['Chrome joins values with \\n', ['a=1; Path=/\nb=; Max-Age=0\nc=3'], ['a', 'c'], ['b']],
    ['several headers', ['a=1', 'b=; Max-Age=0'], ['a'], ['b']],
    ['no = is ignored', ['justvalue; Path=/'], [], []],
    ['last state wins', ['sid=x\nsid=; Max-Age=0'], [], ['sid']],
  ])('%s', (_name, values, set, deleted) => {
    const headers = [date, ...values.map((value) => ({ name: 'Set-Cookie', value }))];
    const s = inspectResponse(ex(headers), [], []);
    expect(s.setCookieNames).toEqual(set);
    expect(s.deletedCookieNames).toEqual(deleted);
    expect(JSON.stringify(s)).not.toContain('CANARY');
  });
});

describe('inspectResponse: loginForm, server, known', () => {
  it.each([
    [
      'login form',
      '<html><form action="/login" method="post"><input name="u"><input type="password" name="p"></form></html>',
      true,
    ],
    ['unquoted, upper case', '<FORM><INPUT TYPE=PASSWORD name=p></FORM>', true],
    ['single quotes', "<form><input type = 'password'></form>", true],
    ['password outside any form', '<input type="password"><form><input type="text"></form>', false],
    ['second form', '<form id="search"><input type="search"></form><form><input type="password"></form>', true],
    ['JSON', '{"detail":"Not authenticated"}', false],
    ['none', undefined, false],
  ])('%s', (_name, body, expected) => {
    expect(inspectResponse(ex([], body), [], []).loginForm).toBe(expected);
  });

  it.each([
    ['trimmed', '  nginx/1.24.0  ', 'nginx/1.24.0'],
    ['capped at 100, with an ellipsis', 'x'.repeat(300), `${'x'.repeat(99)}…`],
    ['a token echoed in it is masked', 'debug Bearer CANARYsecretvalue0123456789abcdef', 'debug Bearer [redacted]'],
    ['empty is absent', '   ', undefined],
  ])('server: %s', (_name, value, expected) => {
    expect(inspectResponse(ex([{ name: 'Server', value }]), [], []).server).toBe(expected);
  });

  it('fills known from body, headers and status text', () => {
    const s = inspectResponse(
      ex([{ name: 'X-Squid-Error', value: 'ERR_CACHE_ACCESS_DENIED 0' }], '{"message":"Bad credentials"}', {
        statusText: 'Invalid Token',
      }),
      [],
      [],
    );
    expect(s.known.map((k) => k.rule)).toEqual([
      'status-invalid-token',
      'squid-error-header',
      'github-bad-credentials',
    ]);
  });
});

describe('inspectResponse: robustness', () => {
  const header = fc.record({
    name: fc.oneof(
      fc.constantFrom('Set-Cookie', 'Date', 'Server', 'DPoP-Nonce', 'X-Squid-Error', 'x-ms-error-code'),
      fc.string({ maxLength: 20 }),
    ),
    value: fc.string({ maxLength: 400 }),
  });
  const challenge = fc.record({
    scheme: fc.constantFrom('Bearer', 'DPoP', 'Digest', 'Basic', 'Negotiate', ''),
    params: fc.array(
      fc.tuple(
        fc.constantFrom('error', 'error_description', 'scope', 'realm', 'stale', 'error_uri'),
        fc.string({ maxLength: 200 }),
      ),
      { maxLength: 6 },
    ),
    token68: fc.option(fc.string({ maxLength: 50 }), { nil: null }),
  });

  it('never throws and keeps output bounded', () => {
    fc.assert(
      fc.property(
        fc.array(header, { maxLength: 10 }),
        fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
        fc.array(challenge, { maxLength: 4 }),
        fc.oneof(fc.integer(), fc.constant(Number.NaN)),
        (headers, body, challenges, startedAt) => {
          const s = inspectResponse(ex(headers, body, { startedAt }), challenges, challenges);
          expect(s.known.length).toBeLessThanOrEqual(16);
          expect(s.setCookieNames.length + s.deletedCookieNames.length).toBeLessThanOrEqual(100);
          expect((s.server ?? '').length).toBeLessThanOrEqual(100);
          expect(s.bearerError?.scope?.length ?? 0).toBeLessThanOrEqual(64);
          if (s.dateSkewMs !== undefined) expect(Number.isFinite(s.dateSkewMs)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB body and a 10,000-cookie header with bounded output', () => {
    const body = `<form>${'<input type="text">'.repeat(60_000)}`;
    const cookies = Array.from({ length: 10_000 }, (_, i) => `c${i}=v; Max-Age=${i % 2}`).join('\n');
    // Bounded work is proved by the output caps below and the linear-time tests; no wall-clock
    // assertion here (the machines are shared and noisy).
    const s = inspectResponse(ex([{ name: 'Set-Cookie', value: cookies }], body), [], []);
    expect(s.loginForm).toBe(false);
    expect(s.setCookieNames.length + s.deletedCookieNames.length).toBeLessThanOrEqual(100);
  });
});
