import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJwt, inspectJwt } from './decode-jwt';
import { base64UrlOf, makeTestJwt } from '../../testing/make-test-jwt';

const T = Date.UTC(2024, 5, 1, 12, 0, 0); // request time, epoch ms
const S = T / 1000; // the same, in JWT seconds

describe('decodeJwt', () => {
  it.each([
    ['expired 1 h before the request', { exp: S - 3600 }, { expiredForMs: 3_600_000 }],
    [
      'expiring exactly at the request time counts as expired (RFC 7519 §4.1.4 "on or after")',
      { exp: S },
      { expiredForMs: 0 },
    ],
    ['still valid for 5 min', { exp: S + 300 }, { expiresInMs: 300_000 }],
    [
      'nbf 2 min in the future is not yet valid',
      { nbf: S + 120, exp: S + 3600 },
      { notYetValidForMs: 120_000, expiresInMs: 3_600_000 },
    ],
    ['iat 10 min in the future is clock skew', { iat: S + 600 }, { issuedInFutureByMs: 600_000 }],
    ['iat 30 s in the future is normal drift, not reported', { iat: S + 30 }, {}],
  ])('%s', (_name, payload, expected) => {
    const facts = decodeJwt(makeTestJwt(payload), T);
    expect(facts).toBeDefined();
    const times = {
      expiredForMs: facts?.expiredForMs,
      expiresInMs: facts?.expiresInMs,
      notYetValidForMs: facts?.notYetValidForMs,
      issuedInFutureByMs: facts?.issuedInFutureByMs,
    };
    expect(Object.fromEntries(Object.entries(times).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it.each([
    [
      'reads alg and typ from the header',
      makeTestJwt({}, { alg: 'ES256', typ: 'at+jwt' }),
      { alg: 'ES256', typ: 'at+jwt' },
    ],
    [
      'reads iss, azp, aud as a one-item list from a string',
      makeTestJwt({ iss: 'https://idp.example', azp: 'client-1', aud: 'api' }),
      { claims: { iss: 'https://idp.example', azp: 'client-1', aud: ['api'], subPresent: false } },
    ],
    [
      'reads aud arrays, dropping non-strings',
      makeTestJwt({ aud: ['a', 1, 'b'] }),
      { claims: { aud: ['a', 'b'], subPresent: false } },
    ],
    [
      'splits a space-separated scope',
      makeTestJwt({ scope: 'read:user  repo' }),
      { claims: { scope: ['read:user', 'repo'], subPresent: false } },
    ],
    [
      'reads scp arrays (Azure AD, Okta)',
      makeTestJwt({ scp: ['User.Read', 'Mail.Send'] }),
      { claims: { scope: ['User.Read', 'Mail.Send'], subPresent: false } },
    ],
    [
      'keeps only whether sub is present, never its value',
      makeTestJwt({ sub: 'CANARY-SUBJECT' }),
      { claims: { subPresent: true } },
    ],
    [
      'ignores non-numeric and non-finite time claims',
      `${base64UrlOf('{"alg":"none"}')}.${base64UrlOf('{"exp":"1700000000","nbf":null,"iat":1e400}')}.sig`,
      { claims: { subPresent: false } },
    ],
    [
      'reads a JWE (5 parts) as encrypted, without claims',
      `${base64UrlOf('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.CANARYkey.iv.CANARYcipher.tag`,
      { parts: 5, encrypted: true, alg: 'RSA-OAEP', claims: {} },
    ],
  ])('%s', (_name, token, expected) => {
    expect(decodeJwt(token, T)).toMatchObject(expected);
  });

  it('caps string claims at 200 characters and lists at 50 items', () => {
    const facts = decodeJwt(
      makeTestJwt({
        iss: 'x'.repeat(500),
        aud: Array.from({ length: 80 }, (_, i) => `a${i}`),
        scope: Array.from({ length: 80 }, (_, i) => `s${i}`).join(' '),
      }),
      T,
    );
    expect(facts?.claims.iss).toHaveLength(200);
    expect(facts?.claims.aud).toHaveLength(50);
    expect(facts?.claims.scope).toHaveLength(50);
  });

  it.each([
    ['an opaque token', 'abc123def456', 'not-jwt'],
    ['eyJ with two parts', `${base64UrlOf('{"alg":"none"}')}.${base64UrlOf('{}')}`, 'wrong-part-count'],
    ['eyJ with four parts', 'eyJhbGciOiJub25lIn0.e30.x.y', 'wrong-part-count'],
    ['eyJ with a header that is not JSON', 'eyJub3QganNvbg.e30.sig', 'undecodable'],
    ['a payload that is not base64url', `${base64UrlOf('{"alg":"none"}')}.***.sig`, 'undecodable'],
    ['a payload that is JSON but not an object', makeTestJwt([1, 2]), 'undecodable'],
    [
      'invalid UTF-8 in the payload',
      `${base64UrlOf('{"alg":"none"}')}.${btoa('\xff\xfe{}').replace(/=+$/, '')}.sig`,
      'undecodable',
    ],
    ['a dotted token that does not start with ey (SendGrid-like)', 'SG.abcdefghijk.lmnopqrstuv', 'not-jwt'],
  ])('classifies %s as %s', (_name, token, kind) => {
    expect(inspectJwt(token, T).kind).toBe(kind);
    expect(decodeJwt(token, T)).toBeUndefined();
  });

  it('refuses to decode parts over 64 KB but still says it is a JWT', () => {
    const token = makeTestJwt({ exp: S, pad: 'x'.repeat(70_000) });
    expect(decodeJwt(token, T)).toEqual({ parts: 3, encrypted: false, claims: {} });
  });

  it('never throws and never returns the signature, on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 50 }), (junk, payloadText) => {
        expect(() => decodeJwt(junk, T)).not.toThrow();
        const token = `${base64UrlOf('{"alg":"HS256"}')}.${base64UrlOf(payloadText)}.CANARY-SIG-zzz`;
        const out = JSON.stringify(decodeJwt(token, T) ?? null);
        expect(out).not.toContain('CANARY-SIG');
      }),
    );
  });
});
