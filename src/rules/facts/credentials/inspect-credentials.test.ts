import { describe, expect, it } from 'vitest';
import type { Exchange, Header } from '../../types';
import { inspectCredentials } from './inspect-credentials';
import { makeTestJwt } from '../../testing/make-test-jwt';

const T = Date.UTC(2024, 5, 1, 12, 0, 0);

function exchange(requestHeaders: Header[], url = 'https://api.example/v1/me'): Exchange {
  return { url, method: 'GET', status: 401, requestHeaders, responseHeaders: [], startedAt: T };
}

describe('inspectCredentials', () => {
  it('reads every carrier, case-insensitively, and keeps no secret', () => {
    const jwt = makeTestJwt({ exp: T / 1000 - 10, sub: 'CANARY-SUB' });
    const facts = inspectCredentials(
      exchange(
        [
          { name: 'authorization', value: `DPoP ${jwt}` },
          { name: 'Authorization', value: 'Bearer CANARY-second' },
          { name: 'PROXY-AUTHORIZATION', value: `Basic ${btoa('CANARY-u:CANARY-p')}` },
          { name: 'X-Api-Key', value: 'CANARY-key' },
          { name: 'Cookie', value: 'sid=CANARY-cookie; csrftoken=CANARY-csrf' },
          { name: 'dpop', value: makeTestJwt({ htm: 'GET' }, { typ: 'dpop+jwt', alg: 'ES256' }) },
        ],
        'https://api.example/v1/me?access_token=CANARY-query#CANARY-frag',
      ),
    );
    expect(facts.authorization?.scheme).toBe('DPoP');
    expect(facts.authorization?.token?.jwt?.expiredForMs).toBe(10_000);
    expect(facts.proxyAuthorization?.basic?.passwordPresent).toBe(true);
    expect(facts.apiKeys.map((k) => `${k.carrier}:${k.name}`)).toEqual(['header:X-Api-Key', 'query:access_token']);
    expect(facts.cookieNames).toEqual(['sid', 'csrftoken']);
    expect(facts.dpopProof).toBe(true);
    expect(JSON.stringify(facts)).not.toContain('CANARY');
    expect(JSON.stringify(facts)).not.toContain(jwt.split('.')[1]);
  });

  it.each([
    ['no credentials at all', [], { apiKeys: [], cookieNames: [], dpopProof: false }],
    [
      'an empty DPoP header is not a proof',
      [{ name: 'DPoP', value: ' ' }],
      { apiKeys: [], cookieNames: [], dpopProof: false },
    ],
  ])('%s', (_name, headers, expected) => {
    expect(inspectCredentials(exchange(headers))).toEqual(expected);
  });
});
