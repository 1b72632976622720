import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../challenges/parse-challenges';
import { digestNonceReplaced } from './digest-nonce';

const sent = (nonce: string, nc: string) =>
  `Digest username="u", realm="r", nonce="${nonce}", uri="/", response="CANARY0123456789abcdef", qop=auth, nc=${nc}, cnonce="c"`;
const challenge = (nonce: string) => parseChallenges([`Digest realm="r", nonce="${nonce}", qop="auth"`]);

describe('digestNonceReplaced', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['a reused nonce (nc 2) answered with a new one: retired', sent('old', '00000002'), 'new', true],
    ['nc is hex: 0000000a is ten', sent('old', '0000000a'), 'new', true],
    ['a first try (nc 1) refused with a new nonce: a wrong password', sent('old', '00000001'), 'new', false],
    ['the same nonce offered again: not retired', sent('old', '00000002'), 'old', false],
    ['no Authorization', undefined, 'new', false],
    ['Basic is no Digest', 'Basic dTpw', 'new', false],
    ['nc missing', 'Digest username="u", nonce="old", response="x"', 'new', false],
  ])('%s', (_name, authorization, offered, expected) => {
    expect(digestNonceReplaced(authorization, challenge(offered))).toBe(expected);
  });

  it('needs a Digest challenge to compare with', () => {
    expect(digestNonceReplaced(sent('old', '00000002'), parseChallenges(['Bearer']))).toBe(false);
  });
});
