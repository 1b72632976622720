// Property test (issue 16): whatever credentials a refused request carried, in whatever shape (well-formed
// or broken JWTs, Basic with or without a password, quoted, doubled, API keys, cookies), its HAR
// diagnoses the same after `sanitizeHar` as before: same causes, likelihoods, scores, evidence, advice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../diagnose-har';
import { parseHar } from '../parse-har';
import { sanitizeHar } from './sanitize-har';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');
const T0 = Date.parse('2024-05-01T14:00:00.000Z') / 1000;

const token = fc.stringMatching(/^[A-Za-z0-9_-]{1,48}$/);
const claims = fc.record(
  {
    exp: fc.integer({ min: T0 - 90_000, max: T0 + 90_000 }),
    nbf: fc.integer({ min: T0 - 9_000, max: T0 + 9_000 }),
    iat: fc.integer({ min: T0 - 9_000, max: T0 + 9_000 }),
    iss: fc.constantFrom('https://login.example.com/', 'issuer'),
    aud: fc.oneof(fc.constant('api'), fc.constant(['api', 'web'])),
    scope: fc.constantFrom('read', 'read write', 'orders:read'),
    sub: fc.constantFrom('user-1', ''),
    email: fc.constant('a@example.com'),
  },
  { requiredKeys: [] },
);
const jwt = fc
  .tuple(fc.constantFrom('{"alg":"RS256","typ":"JWT","kid":"k1"}', '{"alg":"HS256"}'), claims, token)
  .map(([head, body, sig]) => `${b64url(head)}.${b64url(JSON.stringify(body))}.${sig}`);
const credential = fc.oneof(
  token,
  jwt,
  jwt.map((t) => t.split('.').slice(0, 2).join('.')),
  fc.tuple(fc.constantFrom('', 'alice'), fc.constantFrom('', ':', ':pw', ':p:w')).map(([u, p]) => b64(u + p)),
  fc.constantFrom('undefined', 'null', '', '[object Object]', '[REDACTED]', 'xxx', 'not base64!', 'ab12'.repeat(16)),
  fc.tuple(token, token).map(([a, b]) => `${a} ${b}`),
  token.map((t) => `tök${t}`),
  fc.constantFrom(
    'username="alice", realm="r", nonce="n1", uri="/", response="0a1b", nc=00000002',
    'username="alice", realm="r", nonce="n2", uri="/", response="0a1b", nc=00000001',
  ),
);
const authorization = fc
  .tuple(
    fc.constantFrom('Bearer ', 'Basic ', 'Token ', 'bearer ', 'Bearer Bearer ', 'DPoP ', 'Digest ', 'Negotiate ', ''),
    credential,
    fc.constantFrom('', '"'),
  )
  .map(([scheme, value, quote]) => `${scheme}${quote}${value}${quote}`);
const challenge = fc.constantFrom(
  'Bearer realm="api"',
  'Bearer error="invalid_token", error_description="The token expired"',
  'Bearer error="insufficient_scope", scope="orders:write"',
  'Basic realm="admin"',
  'Digest realm="r", nonce="n2", qop="auth"',
  'Negotiate',
);
const refusal = fc.record(
  {
    authorization,
    apiKey: credential,
    cookie: fc.array(fc.tuple(fc.constantFrom('sid', 'session', 'theme'), token), { maxLength: 3 }),
    setCookie: fc.constantFrom('sid=; Max-Age=0; Path=/', 'sid=abc123; Path=/; HttpOnly', 'theme=dark'),
    challenge,
    body: fc.constantFrom(
      '{"message":"Bad credentials"}',
      '{"error":"invalid_token","access_token":"abc123def456ghi789jkl012"}',
      'Token expired',
      '<html><form><input type="password" name="password"></form></html>',
      '{"error":"expired","token":"eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2ln"}',
    ),
    query: fc.constantFrom('', '?api_key=k123', '?access_token=undefined', '?page=2'),
  },
  { requiredKeys: ['challenge'] },
);

function harOf(r: {
  authorization?: string;
  apiKey?: string;
  cookie?: Array<[string, string]>;
  setCookie?: string;
  challenge: string;
  body?: string;
  query?: string;
}): string {
  const headers = [
    ...(r.authorization === undefined ? [] : [{ name: 'Authorization', value: r.authorization }]),
    ...(r.apiKey === undefined ? [] : [{ name: 'X-API-Key', value: r.apiKey }]),
    ...(r.cookie === undefined || r.cookie.length === 0
      ? []
      : [{ name: 'Cookie', value: r.cookie.map(([n, v]) => `${n}=${v}`).join('; ') }]),
  ];
  const url = `https://api.example.com/v1/me${r.query ?? ''}`;
  const entry = (status: number, at: number, response: Array<{ name: string; value: string }>, body?: string) => ({
    startedDateTime: new Date((T0 + at) * 1000).toISOString(),
    request: { method: 'GET', url, headers, cookies: [] },
    response: {
      status,
      statusText: '',
      headers: response,
      cookies: [],
      content: body === undefined ? {} : { text: body, mimeType: 'application/json' },
    },
  });
  const setCookie = r.setCookie === undefined ? [] : [{ name: 'Set-Cookie', value: r.setCookie }];
  return JSON.stringify({
    log: {
      version: '1.2',
      entries: [
        entry(200, -60, setCookie),
        entry(401, 0, [{ name: 'WWW-Authenticate', value: r.challenge }, ...setCookie], r.body),
      ],
    },
  });
}

function answers(text: string) {
  return diagnoseHar(parseHar(text)).map(({ diagnosis }) => ({
    url: diagnosis.facts.request.url,
    causes: diagnosis.causes,
  }));
}

describe('diagnosis kept by sanitizing', () => {
  it('any credentials, any shape: the same diagnosis before and after', () => {
    fc.assert(
      fc.property(refusal, (r) => {
        // A bare value of several words whose first word has digits or `_` (`hunter2 x`): the rules would show
        // that word as the scheme; the sanitizer replaces it (it may be a password), so the scheme differs.
        fc.pre(!/^[^\s]*[0-9_][^\s]*\s/.test(r.authorization ?? ''));
        const text = harOf(r);
        expect(answers(JSON.stringify(sanitizeHar(JSON.parse(text)).har))).toEqual(answers(text));
      }),
      { numRuns: 400 },
    );
  });
});
