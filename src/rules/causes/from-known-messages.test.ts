// A server's words against what the request shows: the request is read first, the words weigh less
// where they disagree, and a stock text for several failures decides only what the request leaves open.
import { describe, expect, it } from 'vitest';
import type { CauseId, KnownSignal } from '../types';
import { knownSignalRules } from './from-known-messages';
import { type FactsOverrides, T0, makeFacts } from '../testing/test-facts';

const HOUR = 3_600_000;
const jwt = (j: object) => ({
  scheme: 'Bearer',
  length: 500,
  problems: [],
  token: { kind: 'jwt' as const, jwt: { parts: 3, encrypted: false, claims: {}, ...j } },
});
const validJwt = jwt({ claims: { exp: (T0 + HOUR) / 1000, iat: (T0 - HOUR) / 1000 }, expiresInMs: HOUR });
const opaque = { scheme: 'Bearer', length: 40, problems: [], token: { kind: 'opaque' as const } };
const unseen = {
  side: 'sanitized' as const,
  authorization: 'unknown' as const,
  proxyAuthorization: 'unknown' as const,
  cookies: 'unknown' as const,
  time: 'known' as const,
};

function signal(rule: string, cause: CauseId, alsoMeans?: CauseId[]): KnownSignal {
  return { rule, cause, product: 'P', where: 'body', excerpt: 'x', ...(alsoMeans ? { alsoMeans } : {}) };
}

const unauthorized = signal('aws-apigateway-unauthorized', 'credentials-rejected', [
  'credentials-expired',
  'missing-credentials',
]);
const unauthenticated = signal('laravel-unauthenticated', 'missing-credentials', [
  'credentials-rejected',
  'credentials-expired',
  'credentials-not-sent',
]);
const notProvided = signal('drf-not-authenticated', 'missing-credentials', ['malformed-credentials']);
const invalidToken = signal('generic-invalid-token', 'credentials-rejected', [
  'credentials-expired',
  'credentials-revoked',
]);
const pgrst303 = signal('postgrest-pgrst303', 'credentials-expired', ['clock-skew', 'credentials-rejected']);
const badKey = signal('stripe-invalid-api-key', 'credentials-rejected');
const otp: KnownSignal = { ...signal('npm-otp-required', 'missing-credentials'), secondFactor: true };

describe('known messages against the request', () => {
  it.each<[string, KnownSignal, FactsOverrides, Array<[CauseId, 'direct' | 'circumstantial']>]>([
    [
      '"Unauthorized" with a JWT valid at the request time: not expired, not missing -> rejected',
      unauthorized,
      { credentials: { authorization: validJwt } },
      [['credentials-rejected', 'direct']],
    ],
    [
      '"Unauthorized" with an opaque token: rejected or expired',
      unauthorized,
      { credentials: { authorization: opaque } },
      [
        ['credentials-rejected', 'circumstantial'],
        ['credentials-expired', 'circumstantial'],
      ],
    ],
    ['"Unauthorized" with nothing sent: missing', unauthorized, {}, [['missing-credentials', 'direct']]],
    [
      '"Unauthenticated." with nothing sent: missing or withheld cookies',
      unauthenticated,
      {},
      [
        ['missing-credentials', 'circumstantial'],
        ['credentials-not-sent', 'circumstantial'],
      ],
    ],
    [
      '"Unauthenticated." with a session cookie: rejected or expired',
      unauthenticated,
      { credentials: { cookieNames: ['laravel_session'] } },
      [
        ['missing-credentials', 'circumstantial'],
        ['credentials-rejected', 'circumstantial'],
        ['credentials-expired', 'circumstantial'],
      ],
    ],
    [
      '"not provided" beside a token of another scheme: the scheme was not read',
      notProvided,
      { credentials: { authorization: opaque } },
      [['malformed-credentials', 'direct']],
    ],
    ['"not provided" with nothing sent: missing', notProvided, {}, [['missing-credentials', 'direct']]],
    [
      '"not provided" with the request unseen: missing or the scheme, undecided',
      notProvided,
      { request: { seen: unseen } },
      [
        ['missing-credentials', 'circumstantial'],
        ['malformed-credentials', 'circumstantial'],
      ],
    ],
    [
      '"invalid token" with an opaque token: three readings',
      invalidToken,
      { credentials: { authorization: opaque } },
      [
        ['credentials-rejected', 'circumstantial'],
        ['credentials-expired', 'circumstantial'],
        ['credentials-revoked', 'circumstantial'],
      ],
    ],
    [
      'PGRST303 with a JWT fine on every time claim: rejected',
      pgrst303,
      { credentials: { authorization: validJwt } },
      [['credentials-rejected', 'direct']],
    ],
    [
      'a single meaning with nothing sent: the catch-all wording, weak',
      badKey,
      {},
      [['credentials-rejected', 'circumstantial']],
    ],
    [
      "a single meaning with the request unseen: the server's word stands",
      badKey,
      { request: { seen: unseen } },
      [['credentials-rejected', 'direct']],
    ],
    [
      'a second factor asked for beside the token sent: the one-time code is missing',
      otp,
      { credentials: { authorization: opaque } },
      [['missing-credentials', 'direct']],
    ],
  ])('%s', (_name, known, facts, expected) => {
    const f = makeFacts({ ...facts, signals: { known: [known] } });
    expect(knownSignalRules(f, {}).map((c) => [c.cause, c.strength])).toEqual(expected);
  });
});
