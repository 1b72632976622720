// Each rule family alone: which causes it contributes for a given set of Facts (and what it must not say).
import { describe, expect, it } from 'vitest';
import type { CauseId, DiagnoseContext } from '../types';
import type { Rule } from './candidate';
import { bodyTextRules } from './from-body-words';
import { staleCacheRules } from './stale-dns-or-cache';
import { clockSkewRules } from './clock-skew';
import { expiredCredentialsRules } from './credentials-expired';
import { integratedAuthRules } from './integrated-auth-unavailable';
import { knownSignalRules } from './from-known-messages';
import { malformedCredentialsRules } from './malformed-credentials';
import { missingCredentialsRules } from './missing-credentials';
import { credentialsNotSentRules } from './credentials-not-sent';
import { staleNonceRules } from './stale-nonce';
import { insufficientPermissionsRules } from './insufficient-permissions';
import { proxyRules } from './proxy-or-firewall';
import { rejectedCredentialsRules } from './credentials-rejected';
import { revokedCredentialsRules } from './credentials-revoked';
import { serverMisconfiguredRules } from './server-misconfigured';
import { type FactsOverrides, T0, ch, makeFacts } from '../testing/test-facts';

const basic = { scheme: 'Basic', length: 20, problems: [] };
const jwt = (j: object) => ({
  scheme: 'Bearer',
  length: 500,
  problems: [],
  token: { kind: 'jwt' as const, jwt: { parts: 3, encrypted: false, claims: {}, ...j } },
});
const invalidToken = { bearerError: { scheme: 'Bearer', error: 'invalid_token' } };

const rows: Array<[string, Rule, FactsOverrides, DiagnoseContext, CauseId[]]> = [
  [
    'missing: nothing sent, challenge',
    missingCredentialsRules,
    { challenges: [ch('Basic')] },
    {},
    ['missing-credentials', 'missing-credentials'],
  ],
  [
    'missing: preflight says nothing',
    missingCredentialsRules,
    { request: { isPreflight: true, method: 'OPTIONS' } },
    {},
    [],
  ],
  ['missing: cookies held -> silent (not-sent speaks)', missingCredentialsRules, {}, { browserHasCookies: true }, []],
  [
    'not-sent: cookies held, none sent',
    credentialsNotSentRules,
    {},
    { browserHasCookies: true },
    ['credentials-not-sent'],
  ],
  [
    'not-sent: cookies held and sent -> silent',
    credentialsNotSentRules,
    { credentials: { cookieNames: ['sid'] } },
    { browserHasCookies: true },
    [],
  ],
  ['not-sent: cookie jar unknown -> silent', credentialsNotSentRules, {}, {}, []],
  [
    'missing: Negotiate-only leaves it to integrated',
    missingCredentialsRules,
    { challenges: [ch('Negotiate')] },
    {},
    ['missing-credentials'],
  ],
  [
    'missing: 407 without Proxy-Authorization',
    missingCredentialsRules,
    { response: { status: 407 }, proxyChallenges: [ch('Basic')] },
    {},
    ['missing-credentials'],
  ],
  [
    'missing: Authorization sent -> silent',
    missingCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: jwt({}) } },
    {},
    [],
  ],
  [
    'rejected: Basic repeated',
    rejectedCredentialsRules,
    { challenges: [ch('Basic')], credentials: { authorization: basic } },
    {},
    ['credentials-rejected'],
  ],
  [
    'rejected: invalid_token',
    rejectedCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: jwt({}) }, signals: invalidToken },
    {},
    ['credentials-rejected', 'credentials-rejected'],
  ],
  [
    'expired: invalid_token without a reason -> a weak reading',
    expiredCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: jwt({}) }, signals: invalidToken },
    {},
    ['credentials-expired'],
  ],
  [
    'rejected: invalid_token explained by exp -> silent on it',
    rejectedCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: jwt({ expiredForMs: 1000 }) }, signals: invalidToken },
    {},
    ['credentials-rejected'],
  ],
  [
    'rejected: Digest stale is not a rejection',
    rejectedCredentialsRules,
    {
      challenges: [ch('Digest')],
      credentials: { authorization: { scheme: 'Digest', length: 100, problems: [] } },
      signals: { digestStale: true },
    },
    {},
    [],
  ],
  [
    'expired: exp before request',
    expiredCredentialsRules,
    { credentials: { authorization: jwt({ claims: { exp: T0 / 1000 - 60 }, expiredForMs: 60_000 }) } },
    {},
    ['credentials-expired'],
  ],
  [
    'expired: still valid JWT -> silent',
    expiredCredentialsRules,
    { credentials: { authorization: jwt({ expiresInMs: 60_000 }) } },
    {},
    [],
  ],
  [
    'expired: 2xx earlier then 401 with cookies',
    expiredCredentialsRules,
    { credentials: { cookieNames: ['sid'] } },
    { lastSuccess: { url: 'https://api.example.com/', status: 200, at: T0 - 1000 } },
    ['credentials-expired'],
  ],
  [
    'expired: earlier 2xx but nothing sent -> silent',
    expiredCredentialsRules,
    {},
    { lastSuccess: { url: 'https://api.example.com/', status: 200, at: T0 - 1000 } },
    [],
  ],
  [
    'revoked: description',
    revokedCredentialsRules,
    { signals: { bearerError: { scheme: 'Bearer', error: 'invalid_token', errorDescription: 'token revoked' } } },
    {},
    ['credentials-revoked'],
  ],
  [
    'malformed: Bearer null',
    malformedCredentialsRules,
    { credentials: { authorization: { scheme: 'Bearer', length: 4, problems: ['literal-null'] } } },
    {},
    ['malformed-credentials'],
  ],
  [
    'malformed: Basic sent, Bearer asked',
    malformedCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: basic } },
    {},
    ['malformed-credentials'],
  ],
  [
    'malformed: a vendor challenge (npm OTP) is no scheme mismatch',
    malformedCredentialsRules,
    { challenges: [ch('OTP')], credentials: { authorization: { scheme: 'Bearer', length: 40, problems: [] } } },
    {},
    [],
  ],
  [
    'malformed: an unregistered scheme sent is no mismatch either',
    malformedCredentialsRules,
    { challenges: [ch('Bearer')], credentials: { authorization: { scheme: 'Token', length: 40, problems: [] } } },
    {},
    [],
  ],
  [
    'malformed: registered against registered, beside a vendor challenge',
    malformedCredentialsRules,
    { challenges: [ch('Bearer'), ch('OTP')], credentials: { authorization: basic } },
    {},
    ['malformed-credentials'],
  ],
  [
    'malformed: NTLM answering Negotiate is fine',
    malformedCredentialsRules,
    { challenges: [ch('Negotiate')], credentials: { authorization: { scheme: 'NTLM', length: 100, problems: [] } } },
    {},
    [],
  ],
  [
    'malformed: DPoP token with Bearer challenge is fine',
    malformedCredentialsRules,
    {
      challenges: [ch('Bearer'), ch('DPoP')],
      credentials: { authorization: { scheme: 'DPoP', length: 100, problems: [] } },
    },
    {},
    [],
  ],
  [
    'permissions: insufficient_scope',
    insufficientPermissionsRules,
    {
      signals: { bearerError: { scheme: 'Bearer', error: 'insufficient_scope', scope: ['write'] } },
      credentials: { authorization: jwt({ claims: { scope: ['read'] } }) },
    },
    {},
    ['insufficient-permissions', 'insufficient-permissions', 'insufficient-permissions'],
  ],
  [
    'integrated: Negotiate + NTLM',
    integratedAuthRules,
    { challenges: [ch('Negotiate'), ch('NTLM')] },
    {},
    ['integrated-auth-unavailable'],
  ],
  [
    'integrated: Negotiate among Basic -> silent',
    integratedAuthRules,
    { challenges: [ch('Negotiate'), ch('Basic')] },
    {},
    [],
  ],
  ['nonce: Digest stale', staleNonceRules, { signals: { digestStale: true } }, {}, ['stale-nonce']],
  [
    'clock: nbf and iat in the future',
    clockSkewRules,
    { credentials: { authorization: jwt({ notYetValidForMs: 300_000, issuedInFutureByMs: 300_000 }) } },
    {},
    ['clock-skew', 'clock-skew'],
  ],
  ['clock: Date 4 min off -> silent', clockSkewRules, { signals: { dateSkewMs: 240_000 } }, {}, []],
  ['clock: Date 10 min off', clockSkewRules, { signals: { dateSkewMs: -600_000 } }, {}, ['clock-skew']],
  [
    'proxy: 407',
    proxyRules,
    { response: { status: 407 }, proxyChallenges: [ch('Basic')] },
    {},
    ['proxy-or-firewall', 'proxy-or-firewall'],
  ],
  [
    "proxy: a 401 signed by a known proxy is the proxy's refusal",
    proxyRules,
    {
      challenges: [ch('Basic', [['realm', 'Squid proxy-caching web server']])],
      signals: {
        known: [
          {
            rule: 'squid-proxy-realm',
            cause: 'proxy-or-firewall',
            product: 'Squid',
            where: 'header',
            header: 'www-authenticate',
            excerpt: 'x',
          },
        ],
      },
    },
    {},
    ['proxy-or-firewall'],
  ],
  [
    'proxy: Via and CDN headers alone -> silent',
    proxyRules,
    {
      response: {
        headers: [
          { name: 'via', value: '1.1 varnish' },
          { name: 'cf-ray', value: 'abc' },
        ],
      },
    },
    {},
    [],
  ],
  [
    'proxy: login page on a navigation -> silent',
    proxyRules,
    { request: { resourceType: 'main_frame' }, response: { contentType: 'text/html' }, signals: { loginForm: true } },
    {},
    [],
  ],
  [
    'server: preflight',
    serverMisconfiguredRules,
    { request: { isPreflight: true }, challenges: [ch('Bearer')] },
    {},
    ['server-misconfigured'],
  ],
  ['server: no challenge', serverMisconfiguredRules, {}, {}, ['server-misconfigured']],
  [
    'server: image of a loaded page',
    serverMisconfiguredRules,
    { request: { resourceType: 'image' }, challenges: [ch('Basic')] },
    { pageLoaded: true },
    ['server-misconfigured'],
  ],
  [
    'server: Basic on a navigation is fine',
    serverMisconfiguredRules,
    { request: { resourceType: 'main_frame' }, challenges: [ch('Basic')] },
    {},
    [],
  ],
  ['server: 407 is not the server', serverMisconfiguredRules, { response: { status: 407 } }, {}, []],
  ['cache: from cache', staleCacheRules, { response: { fromCache: true } }, {}, ['stale-dns-or-cache']],
  [
    'cache: other IP than earlier success',
    staleCacheRules,
    { response: { serverIp: '10.0.0.2' } },
    { lastSuccess: { url: 'https://api.example.com/', status: 200, at: T0 - 1, serverIp: '10.0.0.1' } },
    ['stale-dns-or-cache'],
  ],
  [
    'known: one candidate per signal',
    knownSignalRules,
    {
      signals: {
        known: [
          {
            rule: 'r',
            cause: 'credentials-revoked',
            product: 'P',
            where: 'header',
            header: 'x-error',
            excerpt: 'revoked',
          },
        ],
      },
    },
    {},
    ['credentials-revoked'],
  ],
  [
    'body: "Invalid or expired token"',
    bodyTextRules,
    { response: { bodyExcerpt: '{"message":"Invalid token or token expired"}', contentType: 'application/json' } },
    {},
    ['credentials-rejected', 'credentials-expired'],
  ],
  [
    'body: HTML pages are not keyword-matched',
    bodyTextRules,
    { response: { bodyExcerpt: '<html><body>Session expired</body></html>', contentType: 'text/html' } },
    {},
    [],
  ],
  [
    'integrated: NTLM type-2 answer is a handshake step, not a failure',
    integratedAuthRules,
    {
      challenges: [ch('NTLM', [], 'TlRMTVNTUAACAAAA')],
      credentials: { authorization: { scheme: 'NTLM', length: 56, problems: [] } },
    },
    {},
    ['unknown'],
  ],
  [
    'rejected: silent mid-handshake',
    rejectedCredentialsRules,
    {
      challenges: [ch('NTLM', [], 'TlRMTVNTUAACAAAA')],
      credentials: { authorization: { scheme: 'NTLM', length: 56, problems: [] } },
    },
    {},
    [],
  ],
  [
    'cache: Age header',
    staleCacheRules,
    { response: { headers: [{ name: 'age', value: '1800' }] } },
    {},
    ['stale-dns-or-cache'],
  ],
  [
    'clock: Date 30 min old but Age 1800 -> silent',
    clockSkewRules,
    { response: { headers: [{ name: 'age', value: '1800' }] }, signals: { dateSkewMs: -1_800_000 } },
    {},
    [],
  ],
  [
    'malformed: bare JWT (AppSync style) is only a hint',
    malformedCredentialsRules,
    {
      credentials: {
        authorization: {
          scheme: '',
          length: 500,
          problems: ['no-scheme'],
          token: { kind: 'jwt', jwt: { parts: 3, encrypted: false, claims: {} } },
        },
      },
    },
    {},
    ['malformed-credentials'],
  ],
  [
    'known: product-only page feeds unknown',
    knownSignalRules,
    {
      signals: {
        known: [{ rule: 'apache-401-page', cause: 'unknown', product: 'Apache httpd', where: 'body', excerpt: 'x' }],
      },
    },
    {},
    ['unknown'],
  ],
];

describe('rule families', () => {
  it.each(rows)('%s', (_name, rule, facts, context, causes) => {
    expect(rule(makeFacts(facts), context).map((c) => c.cause)).toEqual(causes);
  });

  it.each<[string, FactsOverrides, 'direct' | 'circumstantial']>([
    ['"invalid" with nothing sent is a catch-all', {}, 'circumstantial'],
    [
      '"invalid" with a token sent is direct',
      { credentials: { authorization: { scheme: 'Bearer', length: 40, problems: [] } } },
      'direct',
    ],
  ])('known rejection: %s', (_name, facts, strength) => {
    const f = makeFacts({
      ...facts,
      signals: { known: [{ rule: 'r', cause: 'credentials-rejected', product: 'P', where: 'body', excerpt: 'x' }] },
    });
    expect(knownSignalRules(f, {})[0]?.strength).toBe(strength);
  });
});
