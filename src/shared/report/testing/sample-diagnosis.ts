// A hand-made Diagnosis for report and CLI tests, independent of the rule module's ranking.
import type { Diagnosis, Facts } from '../../../rules/types';
import { noSignals } from '../../../rules/facts/response/inspect-response';

export function sampleFacts(overrides: Partial<Facts['request']> = {}): Facts {
  return {
    request: {
      url: 'https://api.example.com/v1/me?access_token=[redacted]',
      origin: 'https://api.example.com',
      host: 'api.example.com',
      method: 'GET',
      resourceType: 'fetch',
      startedAt: Date.UTC(2024, 4, 1, 14, 2, 0),
      isPreflight: false,
      headerNames: ['authorization', 'cookie', 'x-api-key'],
      ...overrides,
    },
    response: {
      status: 401,
      statusText: '',
      fromCache: false,
      headers: [{ name: 'WWW-Authenticate', value: 'Bearer realm="api", error="invalid_token"' }],
      serverIp: '203.0.113.7',
    },
    challenges: [
      {
        scheme: 'Bearer',
        params: [
          ['realm', 'api'],
          ['error', 'invalid_token'],
        ],
        token68: null,
      },
    ],
    proxyChallenges: [],
    credentials: {
      authorization: {
        scheme: 'Bearer',
        length: 812,
        problems: [],
        token: { kind: 'jwt', jwt: { parts: 3, encrypted: false, claims: { exp: 1714568400 } } },
      },
      apiKeys: [{ carrier: 'header', name: 'X-API-Key', length: 32, problems: [] }],
      cookieNames: ['sid', 'csrftoken'],
      dpopProof: false,
    },
    signals: noSignals(),
  };
}

export function sampleDiagnosis(facts: Facts = sampleFacts()): Diagnosis {
  return {
    facts,
    causes: [
      {
        id: 'credentials-expired',
        likelihood: 'likely',
        score: 17,
        evidence: [
          {
            message: { key: 'test_ev_expired', params: [{ duration: 3 * 3_600_000 + 12 * 60_000 }] },
            source: { kind: 'claim', name: 'exp' },
          },
          {
            message: { key: 'test_ev_server_said', params: ['[click](https://evil.example) *now*'] },
            source: { kind: 'header', name: 'WWW-Authenticate' },
          },
        ],
        advice: {
          visitor: [{ key: 'test_adv_visitor' }],
          developer: [{ key: 'test_adv_developer', params: [{ code: 'Authorization: Bearer <token>' }] }],
          owner: [{ key: 'test_adv_owner' }],
        },
        actions: ['open-login'],
      },
      {
        id: 'clock-skew',
        likelihood: 'possible',
        score: 3,
        evidence: [
          {
            message: { key: 'test_ev_history' },
            source: { kind: 'history', url: 'https://api.example.com/v1/ping', at: Date.UTC(2024, 4, 1, 13, 0, 0) },
          },
        ],
        advice: { visitor: [], developer: [], owner: [] },
        actions: [],
      },
    ],
    loginUrl: 'https://login.example.com/',
  };
}

export const sampleMessages = {
  test_ev_expired: { message: 'The token expired $1 ago.', description: 'test' },
  test_ev_server_said: { message: 'The server said: $1', description: 'test' },
  test_ev_history: { message: 'It worked an hour earlier.', description: 'test' },
  test_adv_visitor: { message: 'Sign in again.', description: 'test' },
  test_adv_developer: { message: 'Send $1 with a fresh token.', description: 'test' },
  test_adv_owner: { message: 'Nothing to do.', description: 'test' },
};
