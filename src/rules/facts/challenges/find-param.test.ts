import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../types';
import { challengeParam, hasScheme } from './find-param';
import { ch } from '../../testing/challenge-helpers';

describe('challengeParam', () => {
  const bearer = ch('Bearer', [
    ['realm', 'api'],
    ['error', 'invalid_token'],
    ['error', 'second'],
  ]);
  const rows: Array<[name: string, c: Challenge, param: string, expected: string | undefined]> = [
    ['finds a param by its lower-case name', bearer, 'realm', 'api'],
    ['matches the name case-insensitively', bearer, 'REALM', 'api'],
    ['returns the first of duplicates', bearer, 'error', 'invalid_token'],
    ['returns undefined when absent', bearer, 'scope', undefined],
    ['returns an empty value as the empty string', ch('Basic', [['realm', '']]), 'realm', ''],
    ['matches hand-built challenges with upper-case names', ch('Basic', [['Realm', 'x']]), 'realm', 'x'],
    ['does not look at the token68', ch('Negotiate', [], 'realm'), 'realm', undefined],
  ];
  it.each(rows)('%s', (_name, c, param, expected) => {
    expect(challengeParam(c, param)).toBe(expected);
  });
});

describe('hasScheme', () => {
  const list = [ch('Negotiate'), ch('bearer', [['realm', 'x']])];
  const rows: Array<[name: string, challenges: Challenge[], scheme: string, expected: boolean]> = [
    ['finds a scheme with the same case', list, 'Negotiate', true],
    ['finds a scheme case-insensitively', list, 'BEARER', true],
    ['is false for a scheme not offered', list, 'Basic', false],
    ['is false for no challenges', [], 'Basic', false],
    ['does not match a param named like the scheme', [ch('Newauth', [['basic', 'foo']])], 'Basic', false],
  ];
  it.each(rows)('%s', (_name, challenges, scheme, expected) => {
    expect(hasScheme(challenges, scheme)).toBe(expected);
  });
});
