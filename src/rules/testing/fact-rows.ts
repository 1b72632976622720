// Test helper: hand-built Facts, one per rule path, with the cause that must rank first.
import type { BearerError, CauseId, DiagnoseContext, Likelihood } from '../types';
import { type FactsOverrides, T0, ch } from './test-facts';

const HOUR = 3600_000;
const bearer = (jwt?: object) => ({
  scheme: 'Bearer',
  length: 800,
  problems: [],
  token: jwt
    ? { kind: 'jwt' as const, jwt: { parts: 3, encrypted: false, claims: {}, ...jwt } }
    : { kind: 'opaque' as const },
});
/** A Bearer token refused with an RFC 6750 error (`bearerError` without its scheme), as the rules see it. */
export const refusedBearer = (bearerError: Omit<BearerError, 'scheme'>, token = bearer()): FactsOverrides => ({
  credentials: { authorization: token },
  challenges: [ch('Bearer')],
  signals: { bearerError: { scheme: 'Bearer', ...bearerError } },
});

/** Well-formed Basic credentials, by shape. */
export const basic = {
  scheme: 'Basic',
  length: 20,
  problems: [],
  basic: { base64: true, hasColon: true, userPresent: true, passwordPresent: true },
};

/** The site answered 200 a minute ago, from nginx at 203.0.113.10. */
const nginxSuccessAt203 = {
  url: 'https://api.example.com/',
  status: 200,
  at: T0 - 60_000,
  serverIp: '203.0.113.10',
  server: 'nginx',
};

export interface Row {
  name: string;
  facts: FactsOverrides;
  context?: DiagnoseContext;
  /** The cause that must rank first and its likelihood, e.g. `'clock-skew likely'`. */
  ranks: `${CauseId} ${Likelihood}`;
  evidence?: string;
}

export const FACT_ROWS: Row[] = [
  {
    name: 'nothing sent + Bearer challenge',
    facts: { challenges: [ch('Bearer', [['realm', 'api']])] },
    ranks: 'missing-credentials likely',
    evidence: 'ev_challenge_wants',
  },
  {
    name: 'nothing sent, browser holds cookies',
    facts: {},
    context: { browserHasCookies: true },
    ranks: 'credentials-not-sent likely',
    evidence: 'ev_cookies_held_not_sent',
  },
  {
    name: 'cross-site, cookies held',
    facts: { request: { crossSite: true, initiator: 'https://app.other.com' } },
    context: { browserHasCookies: true },
    ranks: 'credentials-not-sent likely',
    evidence: 'ev_cross_site',
  },
  {
    name: 'Basic repeated after Basic',
    facts: { credentials: { authorization: basic }, challenges: [ch('Basic', [['realm', 'x']])] },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_challenge_repeated',
  },
  {
    name: 'invalid_token without hint',
    facts: refusedBearer({ error: 'invalid_token' }),
    ranks: 'credentials-rejected likely',
    evidence: 'ev_bearer_error',
  },
  {
    name: 'JWT exp before request',
    facts: refusedBearer(
      { error: 'invalid_token' },
      bearer({ claims: { exp: (T0 - 3 * HOUR) / 1000 }, expiredForMs: 3 * HOUR }),
    ),
    ranks: 'credentials-expired likely',
    evidence: 'ev_jwt_expired_at',
  },
  {
    name: 'description says expired',
    facts: refusedBearer({ error: 'invalid_token', errorDescription: 'The access token expired' }),
    ranks: 'credentials-expired likely',
  },
  {
    name: 'session lapsed after 2xx',
    facts: { credentials: { cookieNames: ['sid'] } },
    context: { lastSuccess: { url: 'https://api.example.com/', status: 200, at: T0 - HOUR } },
    ranks: 'credentials-expired possible',
    evidence: 'ev_session_lapsed',
  },
  {
    name: 'response deletes sent cookie',
    facts: { credentials: { cookieNames: ['sid'] }, signals: { deletedCookieNames: ['sid'] } },
    ranks: 'credentials-expired likely',
    evidence: 'ev_cookie_deleted',
  },
  {
    name: 'description says revoked',
    facts: refusedBearer({ error: 'invalid_token', errorDescription: 'Token has been revoked' }),
    ranks: 'credentials-revoked likely',
  },
  {
    name: 'Bearer undefined',
    facts: {
      credentials: { authorization: { scheme: 'Bearer', length: 9, problems: ['literal-undefined'] } },
      challenges: [ch('Bearer')],
    },
    ranks: 'malformed-credentials likely',
    evidence: 'ev_problem_literal_undefined',
  },
  {
    name: 'sent Basic, asks Bearer',
    facts: { credentials: { authorization: basic }, challenges: [ch('Bearer')] },
    ranks: 'malformed-credentials likely',
    evidence: 'ev_scheme_not_offered',
  },
  {
    name: 'invalid_request',
    facts: refusedBearer({ error: 'invalid_request' }),
    ranks: 'malformed-credentials likely',
  },
  {
    name: 'API key with problem',
    facts: {
      credentials: { apiKeys: [{ carrier: 'header', name: 'X-API-Key', length: 4, problems: ['literal-null'] }] },
    },
    ranks: 'malformed-credentials likely',
  },
  {
    name: 'insufficient_scope with missing scopes',
    facts: refusedBearer(
      { error: 'insufficient_scope', scope: ['read', 'write'] },
      bearer({ claims: { scope: ['read'] } }),
    ),
    ranks: 'insufficient-permissions likely',
    evidence: 'ev_scope_missing',
  },
  {
    name: 'Negotiate only',
    facts: { challenges: [ch('Negotiate'), ch('NTLM')] },
    ranks: 'integrated-auth-unavailable likely',
  },
  {
    name: 'Digest stale',
    facts: {
      credentials: { authorization: { scheme: 'Digest', length: 200, problems: [] } },
      challenges: [ch('Digest', [['stale', 'true']])],
      signals: { digestStale: true },
    },
    ranks: 'stale-nonce likely',
  },
  {
    name: 'DPoP nonce',
    facts: {
      credentials: { authorization: { scheme: 'DPoP', length: 800, problems: [] }, dpopProof: true },
      challenges: [ch('DPoP', [['error', 'use_dpop_nonce']])],
      signals: { dpopNonceRequired: true, bearerError: { scheme: 'DPoP', error: 'use_dpop_nonce' } },
    },
    ranks: 'stale-nonce likely',
  },
  {
    name: 'JWT nbf in the future',
    facts: refusedBearer(
      { error: 'invalid_token' },
      bearer({ claims: { nbf: T0 / 1000 + 600 }, notYetValidForMs: 600_000 }),
    ),
    ranks: 'clock-skew likely',
  },
  {
    name: '407 with Proxy-Authenticate',
    facts: {
      response: { status: 407, statusText: 'Proxy Authentication Required' },
      proxyChallenges: [ch('Basic', [['realm', 'proxy']])],
    },
    ranks: 'proxy-or-firewall likely',
    evidence: 'ev_status_407',
  },
  {
    name: '407 with wrong proxy password',
    facts: { response: { status: 407 }, proxyChallenges: [ch('Basic')], credentials: { proxyAuthorization: basic } },
    ranks: 'proxy-or-firewall likely',
  },
  {
    name: 'X-Squid-Error header',
    facts: { response: { headers: [{ name: 'x-squid-error', value: 'ERR_ACCESS_DENIED 0' }] } },
    ranks: 'proxy-or-firewall likely',
  },
  {
    name: 'login form answering an XHR',
    facts: {
      request: { resourceType: 'xmlhttprequest' },
      response: { contentType: 'text/html' },
      signals: { loginForm: true },
    },
    ranks: 'proxy-or-firewall possible',
  },
  {
    name: 'Via alone proves nothing',
    facts: { response: { headers: [{ name: 'via', value: '1.1 varnish' }] }, challenges: [ch('Bearer')] },
    ranks: 'missing-credentials likely',
  },
  {
    name: 'preflight 401',
    facts: { request: { method: 'OPTIONS', isPreflight: true } },
    ranks: 'server-misconfigured likely',
    evidence: 'ev_preflight_401',
  },
  {
    name: 'static asset of loaded page',
    facts: { request: { resourceType: 'script' }, credentials: { cookieNames: ['sid'] } },
    context: { pageLoaded: true },
    ranks: 'server-misconfigured likely',
  },
  {
    name: 'Bearer-only challenge on a navigation',
    facts: { request: { resourceType: 'main_frame' }, challenges: [ch('Bearer')] },
    ranks: 'server-misconfigured likely',
    evidence: 'ev_unanswerable_challenge',
  },
  {
    name: 'bare 401 with an API key, nothing else',
    facts: { credentials: { apiKeys: [{ carrier: 'header', name: 'X-API-Key', length: 32, problems: [] }] } },
    ranks: 'credentials-rejected possible',
  },
  {
    name: 'from cache',
    facts: { response: { fromCache: true }, credentials: { cookieNames: ['sid'] } },
    ranks: 'stale-dns-or-cache likely',
  },
  {
    name: 'other IP than earlier success: only a hint',
    facts: {
      response: { serverIp: '198.51.100.7' },
      signals: { server: 'nginx' },
      challenges: [ch('Basic')],
      credentials: { authorization: basic },
    },
    context: { lastSuccess: nginxSuccessAt203 },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_challenge_repeated',
  },
  {
    name: 'other IP and other server software than earlier success',
    facts: {
      response: { serverIp: '198.51.100.7' },
      signals: { server: 'Apache' },
      credentials: { cookieNames: ['sid'] },
    },
    context: { lastSuccess: nginxSuccessAt203 },
    ranks: 'stale-dns-or-cache likely',
    evidence: 'ev_server_changed',
  },
  {
    name: 'known body message',
    facts: {
      credentials: { authorization: bearer() },
      signals: {
        known: [
          {
            rule: 'github-bad-credentials',
            cause: 'credentials-rejected',
            product: 'GitHub REST API',
            where: 'body',
            excerpt: 'Bad credentials',
          },
        ],
      },
    },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_known_body',
  },
  {
    name: 'body keyword fallback',
    facts: {
      credentials: { apiKeys: [{ carrier: 'query', name: 'api_key', length: 32, problems: [] }] },
      response: { bodyExcerpt: '{"error":"Invalid API key provided"}', contentType: 'application/json' },
    },
    ranks: 'credentials-rejected likely',
    evidence: 'ev_body_says',
  },
];
