import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecrets, redactUrl } from './mask-secrets';

const b64url = (s: string): string => btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwt = `${b64url('{"alg":"HS256"}')}.${b64url('{"sub":"CANARY"}')}.CANARYsig0123`;

describe('maskSecrets', () => {
  it.each([
    ['a JWT anywhere', `token is ${jwt}.`, 'token is [redacted JWT].'],
    [
      'an Authorization header line keeps its scheme',
      `Authorization: Bearer ${jwt}`,
      'Authorization: Bearer [redacted JWT]',
    ],
    ['a Bearer opaque token', 'sent Bearer CANARYabc123', 'sent Bearer [redacted]'],
    ['a Basic payload', `Basic ${btoa('CANARY:pw')}`, 'Basic [redacted]'],
    ['a Token scheme value', 'Token CANARY_0123', 'Token [redacted]'],
    ['a number long enough to be a secret is still masked', 'Token 12345678', 'Token [redacted]'],
    ['a letters-only mixed-case token is still masked', 'Bearer AbCdEfGhIjKl', 'Bearer [redacted]'],
    ['an upper-case token is still masked', 'Token ABCDEFGHIJKL', 'Token [redacted]'],
    ['a capitalised word with digits is still masked', 'Basic Dm9yZXQ6cGFzcw', 'Basic [redacted]'],
    ['a long capitalised word is still masked', `Bearer A${'b'.repeat(20)}`, 'Bearer [redacted]'],
    [
      'a JSON secret-named value',
      '{"access_token":"CANARY1","token_type":"Bearer","expires_in":3600}',
      '{"access_token":"[redacted]","token_type":"Bearer","expires_in":3600}',
    ],
    [
      'a JSON key with spaces around the colon',
      '{ "client_secret" : "CANARY 2" }',
      '{ "client_secret" : "[redacted]" }',
    ],
    ['camelCase secret names', "{refreshToken: 'CANARY3'}", "{refreshToken: '[redacted]'}"],
    ['form values', 'user=bob&password=CANARY4&x=1', 'user=bob&password=[redacted]&x=1'],
    ['key: value lines, case-insensitive', 'API_KEY: CANARY5', 'API_KEY: [redacted]'],
    ['a Cookie header line, all of it', 'Cookie: sid=CANARY6; theme=dark', 'Cookie: [redacted]'],
    ['a Set-Cookie header line', 'set-cookie: sid=CANARY7; Path=/', 'set-cookie: [redacted]'],
    ['session ids', 'JSESSIONID=CANARY8', 'JSESSIONID=[redacted]'],
    ['Stripe keys', 'key sk_live_CANARYabcdefghijkl0123', 'key [redacted]'],
    ['GitHub tokens', 'ghp_CANARYabcdefghijklmnopqrstuvwx012345 is bad', '[redacted] is bad'],
    ['Slack tokens', 'xoxb-1234567890-CANARYabcdef', '[redacted]'],
    ['AWS access key ids', 'AKIAIOSFODNN7EXAMPLE', '[redacted]'],
    ['Google API keys', 'AIzaSyCANARY0123456789abcdefghijklmnop', '[redacted]'],
    ['GitLab tokens', 'glpat-CANARYabcdefghij0123', '[redacted]'],
    ['long opaque mixed tokens', 'id a8Fj3kQz9Lm2Xp7Rt5Wv1Yb4CANARY', 'id [redacted]'],
    ['hex digests', 'etag e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'etag [redacted]'],
    [
      'opaque path segments but not the path words',
      '/hooks/T00000000/a8Fj3kQz9Lm2Xp7Rt5Wv1Yb4 ok',
      '/hooks/T00000000/[redacted] ok',
    ],
  ])('masks %s', (_name, input, expected) => {
    expect(maskSecrets(input)).toBe(expected);
  });

  // Prose, error codes, challenge params and telltale placeholders are evidence, not secrets.
  it.each([
    ['prose after a scheme stays', 'Missing Bearer token'],
    ['challenge auth-params stay', 'Basic realm="api", Bearer error="invalid_token"'],
    ['telltale placeholders stay: they are evidence', 'Bearer undefined'],
    ['a capitalised word after a scheme is prose', 'Token Expired'],
    ['a reason phrase naming a scheme stays', 'Basic Authentication Required'],
    ['a custom reason phrase stays', '401 Unauthorized: Token Expired'],
    ['lower-case prose after a scheme stays', 'Bearer invalid, Token expired, Basic realm'],
    ['a capitalised auth-param name stays', 'Bearer Realm'],
    ['a version number after a scheme name is prose', 'Expected OAuth 2 access token'],
    ['a dotted version number after a scheme name is prose', 'Use OAuth 2.0 or Basic 1.1'],
    ['booleans and nulls under secret names stay', '{"session_expired":true,"token":null}'],
    ['error codes made of words stay', 'error: invalid_client_credentials_for_app2'],
    ['plain prose stays', 'The access token provided is expired, revoked or malformed.'],
    ['ISO dates stay', 'at 2024-06-01T12:00:00Z'],
  ])('keeps %s', (_name, text) => {
    expect(maskSecrets(text)).toBe(text);
  });

  it.each([
    ['cuts to maxLength with an ellipsis', 'abcdefghij', 5, 'abcd…'],
    ['keeps text within the limit', 'abc', 5, 'abc'],
    ['does not split a surrogate pair', 'ab😀cd', 4, 'ab…'],
    ['uses 2000 by default', 'x '.repeat(2000), undefined, `${'x '.repeat(999)}x…`],
  ])('%s', (_name, input, max, expected) => {
    expect(maskSecrets(input, max)).toBe(expected);
  });

  it('masks before cutting, so a cut never leaves half a secret', () => {
    expect(maskSecrets(`Bearer ${'a1'.repeat(40)} tail`, 30)).toBe('Bearer [redacted] tail');
  });

  it('never throws and never leaks a planted secret in any context', () => {
    const canary = fc.stringMatching(/^[A-Za-z0-9]{16,40}$/).map((s) => `CANARY${s}9x`);
    const wrap = fc.constantFrom(
      (s: string) => `Bearer ${s}`,
      (s: string) => `Basic ${btoa(`u:${s}`)}`,
      (s: string) => `{"password":"${s}"}`,
      (s: string) => `token=${s}&a=1`,
      (s: string) => `Cookie: a=${s}`,
      (s: string) => `x-api-key: ${s}`,
      (s: string) => `${b64url('{"alg":"none"}')}.${b64url(`{"x":"${s}"}`)}.${s}`,
      (s: string) => s,
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        canary,
        wrap,
        fc.string({ maxLength: 100 }),
        (before, secret, w, after) => {
          const out = maskSecrets(`${before} ${w(secret)} ${after}`, 100_000);
          expect(out).not.toContain(secret);
          expect(out).not.toContain(btoa(secret).slice(0, 20));
        },
      ),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: -5, max: 3000 }), (s, n) => {
        expect(typeof maskSecrets(s, n)).toBe('string');
      }),
    );
  });

  it.each([
    ['letters', (n: number) => 'a'.repeat(n)],
    ['repeated eyJ', (n: number) => 'eyJ'.repeat(n / 3)],
    ['JWT-like headers without enough dots', (n: number) => 'eyJaaaaaaaaaa.'.repeat(n / 14)],
    ['unclosed quotes after keys', (n: number) => 'a:"'.repeat(n / 3)],
    ['an unclosed secret value', (n: number) => `token:"${'x'.repeat(n)}`],
    ['base64 with slashes', (n: number) => 'aB3/'.repeat(n / 4)],
    ['repeated schemes', (n: number) => 'Bearer '.repeat(n / 7)],
    ['prose with numbers', (n: number) => 'the quick brown fox 123 '.repeat(n / 24)],
    ['key prefixes', (n: number) => 'ghp_'.repeat(n / 4)],
  ])('runs in linear time on %s (1 MB vs 128 KB)', (_name, make) => {
    // Interleaved, best of seven: the fastest run of each size is the least disturbed by JIT
    // warm-up, GC and other test files running in parallel. 8x the input: linear work takes about
    // 8x the time, quadratic 64x; the bound of 24 leaves room for a noisy, shared machine.
    const smallInput = make(128 * 1024);
    const bigInput = make(1024 * 1024);
    const timeOnce = (input: string): number => {
      const start = performance.now();
      maskSecrets(input);
      return performance.now() - start;
    };
    let small = Infinity;
    let big = Infinity;
    for (let run = 0; run < 7; run += 1) {
      small = Math.min(small, timeOnce(smallInput));
      big = Math.min(big, timeOnce(bigInput));
    }
    // Both floored at 5 ms (as the parser's linear test does): a scheduler hiccup on a busy machine
    // cannot fake a ratio, and anything quadratic over 128 KB of these shapes takes far longer.
    expect(Math.max(big, 5) / Math.max(small, 5)).toBeLessThan(24);
  });
});

describe('redactUrl', () => {
  // Each URL, and what of it may be stored.
  const urls: Record<string, [url: string, stored: string]> = {
    'drops userinfo and the fragment': [
      'https://CANARYu:CANARYp@example.com/a?b=1#CANARYfrag',
      'https://example.com/a?b=1',
    ],
    'redacts access_token and Google key': [
      'https://api.example/x?access_token=CANARY1&page=2&key=CANARY2',
      'https://api.example/x?access_token=[redacted]&page=2&key=[redacted]',
    ],
    'redacts AWS presigned parts': [
      'https://b.s3.amazonaws.com/k?X-Amz-Credential=CANARY%2F1&X-Amz-Date=20240601T000000Z&X-Amz-Signature=CANARY3',
      'https://b.s3.amazonaws.com/k?X-Amz-Credential=[redacted]&X-Amz-Date=20240601T000000Z&X-Amz-Signature=[redacted]',
    ],
    'redacts Azure SAS sig': [
      'https://a.blob.core.windows.net/c?sv=2022-11-02&sig=CANARY4',
      'https://a.blob.core.windows.net/c?sv=2022-11-02&sig=[redacted]',
    ],
    'redacts an OAuth code': [
      'https://app.example/cb?code=CANARY5&state=xyz',
      'https://app.example/cb?code=[redacted]&state=xyz',
    ],
    'redacts a JWT under any name': [`https://x.example/?q=${jwt}`, 'https://x.example/?q=[redacted]'],
    'redacts a secret in the path': [
      'https://hooks.slack.com/services/T000/B000/a8Fj3kQz9Lm2Xp7Rt5Wv1Yb4',
      'https://hooks.slack.com/services/T000/B000/[redacted]',
    ],
    'keeps empty values and bare keys': ['https://x.example/?token=&flag', 'https://x.example/?token=&flag'],
    'keeps a plain URL': ['https://example.com/login?next=%2Fhome', 'https://example.com/login?next=%2Fhome'],
    'masks an unparseable URL as text': ['not a url token=CANARY6', 'not a url token=[redacted]'],
  };
  it.each(Object.entries(urls))('%s', (_name, [url, stored]) => {
    expect(redactUrl(url)).toBe(stored);
  });

  it('caps very long URLs', () => {
    expect(redactUrl(`https://x.example/${'a/'.repeat(5000)}`).length).toBeLessThanOrEqual(2000);
  });

  it('never throws and never leaks a planted query secret', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.stringMatching(/^[A-Za-z0-9]{8,30}$/), (junk, s) => {
        expect(typeof redactUrl(junk)).toBe('string');
        const out = redactUrl(`https://u:CANARY${s}@h.example/p?api_key=CANARY${s}&x=1#CANARY${s}`);
        expect(out).not.toContain(`CANARY${s}`);
      }),
    );
  });
});
