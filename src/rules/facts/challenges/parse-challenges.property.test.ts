import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Challenge } from '../../types';
import { formatChallenge } from './format-challenge';
import { MAX_CHALLENGES, MAX_NAME_LENGTH, MAX_PARAMS, MAX_VALUE_LENGTH, parseChallenges } from './parse-challenges';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Strings built from the characters that matter to the scanner, so the odd paths are hit often. */
const nasty = fc.string({
  unit: fc.constantFrom(
    ' ',
    '\t',
    '\r',
    '\n',
    ',',
    '=',
    '"',
    '\\',
    '/',
    ':',
    'a',
    'B',
    'realm',
    'Basic',
    'Negotiate',
    'ä',
    '😀',
    '\u0000',
  ),
  maxLength: 80,
});
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }), nasty);
const lines = fc.array(anyText, { maxLength: 6 });

function checkShape(out: Challenge[]): void {
  expect(out.length).toBeLessThanOrEqual(MAX_CHALLENGES);
  for (const c of out) {
    expect(c.scheme).toMatch(TOKEN);
    expect(c.scheme.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(c.params.length).toBeLessThanOrEqual(MAX_PARAMS);
    if (c.token68 !== null) {
      expect(c.token68.length).toBeGreaterThan(0);
      expect(c.token68.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    }
    for (const [name, value] of c.params) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      expect(name).not.toMatch(/[A-Z]/);
      expect(value.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
    }
  }
}

// Well-formed challenges, for the round trip through formatChallenge.
const tchar = fc.constantFrom(..."!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
const token = fc.string({ unit: tchar, minLength: 1, maxLength: 12 });
const paramName = token.map((t) => t.toLowerCase());
const printable = fc.string({
  unit: fc.constantFrom(' ', '"', '\\', ',', '=', 'a', 'Z', '/', 'ä', '€', '😀'),
  maxLength: 30,
});
const token68 = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...'AZaz09-._~+/'), minLength: 1, maxLength: 40 }),
    fc.constantFrom('', '==', '==='),
  )
  .map(([body, pad]) => body + pad);
const wellFormed: fc.Arbitrary<Challenge> = fc.oneof(
  fc.record({
    scheme: token,
    params: fc.array(fc.tuple(paramName, printable), { maxLength: 5 }),
    token68: fc.constant(null),
  }),
  fc.record({ scheme: token, params: fc.constant<Array<[string, string]>>([]), token68 }),
);

describe('parseChallenges properties', () => {
  const properties: Array<[name: string, run: () => void]> = [
    [
      'never throws on any string, and the output keeps its shape and bounds',
      () =>
        fc.assert(
          fc.property(anyText, (s) => {
            checkShape(parseChallenges([s]));
          }),
          { numRuns: 2000 },
        ),
    ],
    [
      'never throws on any array of strings, and the output keeps its shape and bounds',
      () =>
        fc.assert(
          fc.property(lines, (ls) => {
            checkShape(parseChallenges(ls));
          }),
          { numRuns: 1000 },
        ),
    ],
    [
      'several field lines parse like each line on its own, concatenated (RFC 9110 §11.6.1)',
      () =>
        fc.assert(
          fc.property(lines, (ls) => {
            expect(parseChallenges(ls)).toEqual(ls.flatMap((l) => parseChallenges([l])));
          }),
          { numRuns: 500 },
        ),
    ],
    [
      'is deterministic',
      () =>
        fc.assert(
          fc.property(anyText, (s) => {
            expect(parseChallenges([s])).toEqual(parseChallenges([s]));
          }),
          { numRuns: 300 },
        ),
    ],
    [
      'parsing the formatted form of well-formed challenges gives them back',
      () =>
        fc.assert(
          fc.property(fc.array(wellFormed, { minLength: 1, maxLength: 4 }), (cs) => {
            expect(parseChallenges([cs.map(formatChallenge).join(', ')])).toEqual(cs);
          }),
          { numRuns: 1000 },
        ),
    ],
  ];
  it.each(properties)('%s', (_name, run) => run());
});
