import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CredentialProblem } from '../../types';
import { describeAuthorization } from './describe-authorization';
import { makeTestJwt } from '../../testing/make-test-jwt';

const T = Date.UTC(2024, 5, 1, 12, 0, 0);
const S = T / 1000;
const validJwt = makeTestJwt({ exp: S + 3600, sub: 'CANARY-SUB' });
const expiredJwt = makeTestJwt({ exp: S - 60 });

describe('describeAuthorization: problems', () => {
  it.each<[string, string, string, CredentialProblem[]]>([
    ['a well-formed Bearer token has no problems', 'Bearer CANARYabc123def456', 'Bearer', []],
    ['`Bearer undefined` is a stringified missing variable', 'Bearer undefined', 'Bearer', ['literal-undefined']],
    ['`Bearer null` is a stringified null', 'Bearer null', 'Bearer', ['literal-null']],
    ['`Bearer ` with nothing after is empty', 'Bearer ', 'Bearer', ['empty']],
    ['an empty header value is empty, not also scheme-less', '   ', '', ['empty']],
    ['`Bearer [object Object]` is a stringified object', 'Bearer [object Object]', 'Bearer', ['object-object']],
    ['a quoted token', 'Bearer "CANARYabc123"', 'Bearer', ['quoted']],
    ['a whole value in quotes', '"Bearer CANARYabc123"', 'Bearer', ['quoted']],
    [
      'a line break inside the token is whitespace and an invalid header character',
      'Bearer CANARYabc\n123',
      'Bearer',
      ['invalid-characters', 'whitespace-inside'],
    ],
    ['a space inside the token', 'Bearer CANARY abc', 'Bearer', ['whitespace-inside']],
    ['`Bearer Bearer x` repeats the scheme', 'Bearer Bearer CANARYabc123', 'Bearer', ['double-scheme']],
    ['a bare token without a scheme', 'CANARYabc123def', '', ['no-scheme']],
    ['a bare JWT without a scheme is still read as a JWT', validJwt, '', ['no-scheme']],
    ['bare `undefined`', 'undefined', '', ['no-scheme', 'literal-undefined']],
    ['non-ASCII characters in the value', 'Bearer CANARY\u00e9abc', 'Bearer', ['invalid-characters']],
    ['control characters in the value', 'Bearer CANARY\u0000abc', 'Bearer', ['invalid-characters']],
    ['eyJ token with two parts', 'Bearer eyJhbGciOiJub25lIn0.e30', 'Bearer', ['jwt-wrong-part-count']],
    ['eyJ token whose header is not JSON', 'Bearer eyJub3QganNvbg.e30.CANARY', 'Bearer', ['jwt-undecodable']],
    ['Basic with a user:password payload', `Basic ${btoa('CANARY-user:CANARY-pass')}`, 'Basic', []],
    ['Basic without padding is accepted', `Basic ${btoa('u:pw').replace(/=+$/, '')}`, 'Basic', []],
    ['Basic with an unencoded user:password', 'Basic CANARY-user:CANARY-pass', 'Basic', ['basic-not-base64']],
    ['Basic without a colon', `Basic ${btoa('CANARYuseronly')}`, 'Basic', ['basic-no-colon']],
    [
      'Basic with a space inside the base64 still decodes',
      `Basic ${btoa('CANARY-user:' + 'p'.repeat(60)).replace(/(.{40})/, '$1 ')}`,
      'Basic',
      ['whitespace-inside'],
    ],
    ['lower-case scheme is kept as sent', 'bearer CANARYabc123', 'bearer', []],
    [
      'Digest auth-params are not whitespace mistakes',
      'Digest username="CANARY", realm="x", response="CANARYabc"',
      'Digest',
      [],
    ],
    ['Rails `Token token="..."` auth-params', 'Token token="CANARYabc123"', 'Token', []],
    ['Negotiate blob', 'Negotiate YIIGhgYGKwYBBQUCoIIGejCCBnag', 'Negotiate', []],
  ])('%s', (_name, value, scheme, problems) => {
    const shape = describeAuthorization(value, T);
    expect(shape.scheme).toBe(scheme);
    expect(shape.problems).toEqual(problems);
    expect(JSON.stringify(shape)).not.toContain('CANARY');
  });
});

describe('describeAuthorization: shapes', () => {
  it('reports the credential length', () => {
    expect(describeAuthorization('Bearer abcdef', T).length).toBe(6);
  });

  it.each([
    ['user and password', 'alice:secret', { base64: true, hasColon: true, userPresent: true, passwordPresent: true }],
    ['empty password', 'alice:', { base64: true, hasColon: true, userPresent: true, passwordPresent: false }],
    ['empty user', ':secret', { base64: true, hasColon: true, userPresent: false, passwordPresent: true }],
    ['no colon', 'alice', { base64: true, hasColon: false, userPresent: true, passwordPresent: false }],
  ])('Basic with %s records presence only', (_name, payload, basic) => {
    expect(describeAuthorization(`Basic ${btoa(payload)}`, T).basic).toEqual(basic);
  });

  it.each([
    ['a valid JWT', `Bearer ${validJwt}`, 'jwt', { expiresInMs: 3_600_000 }],
    ['an expired JWT', `Bearer ${expiredJwt}`, 'jwt', { expiredForMs: 60_000 }],
    ['a DPoP-bound JWT', `DPoP ${validJwt}`, 'jwt', { expiresInMs: 3_600_000 }],
    ['a JWE', 'Bearer eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.k.iv.c.t', 'jwt', { encrypted: true, parts: 5 }],
  ])('%s is a jwt token with decoded facts', (_name, value, kind, jwt) => {
    const shape = describeAuthorization(value, T);
    expect(shape.token?.kind).toBe(kind);
    expect(shape.token?.jwt).toMatchObject(jwt);
  });

  it.each([
    ['GitHub token', 'token ghp_CANARYabcdefghijklmnopqrstuvwxyz0123'],
    ['opaque Bearer', 'Bearer CANARY-0123456789abcdef'],
  ])('%s is opaque', (_name, value) => {
    expect(describeAuthorization(value, T).token).toEqual({ kind: 'opaque' });
  });
});

describe('describeAuthorization: robustness and privacy', () => {
  it('never throws and never echoes a planted secret', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/).map((s) => `CANARY${s}`);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        secret,
        fc.constantFrom('Bearer ', 'Basic ', 'DPoP ', 'Token ', '', 'Bearer Bearer '),
        (junk, canary, prefix) => {
          expect(() => describeAuthorization(junk, T)).not.toThrow();
          for (const value of [
            `${prefix}${canary}`,
            `${prefix}${btoa(`${canary}:${canary}`)}`,
            `${prefix}"${canary}"`,
          ]) {
            const out = JSON.stringify(describeAuthorization(value, T));
            expect(out).not.toContain(canary);
            expect(out).not.toContain(btoa(canary).replace(/=+$/, ''));
          }
        },
      ),
    );
  });
});

describe('describeAuthorization: sanitizer placeholders', () => {
  const SHA256 = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';
  it.each<[string, string, string]>([
    ['`Bearer [REDACTED]`', 'Bearer [REDACTED]', 'Bearer'],
    ['a whole value replaced', '[sanitized]', ''],
    ['`Basic xxx` is not a Basic payload without a colon', 'Basic xxx', 'Basic'],
    ['a SHA-256 behind the scheme (har-sanitizer)', `Bearer ${SHA256}`, 'Bearer'],
    ['a whole value hashed, scheme and all', SHA256, ''],
    ['Google-style label', '[authorization redacted]', ''],
  ])('%s: a credential of unknown shape, no problem', (_name, value, scheme) => {
    expect(describeAuthorization(value, T)).toEqual({
      scheme,
      length: expect.any(Number),
      problems: [],
      redacted: true,
    });
  });

  it('`Bearer undefined` is still a mistake, not a placeholder', () => {
    expect(describeAuthorization('Bearer undefined', T)).not.toHaveProperty('redacted');
  });
});
