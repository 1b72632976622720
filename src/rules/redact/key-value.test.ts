import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachKeyValue, KEY_VALUE } from './key-value';

/** Every match of the RegExp from `from`, as the hand-written matcher reports them. */
function regexMatches(text: string, from: number): string[] {
  const re = new RegExp(KEY_VALUE.source, 'g');
  const out: string[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(JSON.stringify([m.index, m.index + m[0].length, m[1], m[2], m[3], m[4]]));
  }
  return out;
}

function matcherMatches(text: string, from: number): string[] {
  const out: string[] = [];
  const part = (a: number, b: number) => text.slice(a, b);
  forEachKeyValue(text, from, (m) => {
    out.push(
      JSON.stringify([
        m.index,
        m.end,
        part(m.index, m.keyStart),
        part(m.keyStart, m.keyEnd),
        part(m.sepStart, m.valueStart),
        part(m.valueStart, m.end),
      ]),
    );
  });
  return out;
}

const FRAGMENTS = [
  '"',
  "'",
  'key',
  'a',
  '_x',
  '9',
  '.',
  '-',
  ':',
  '=',
  ' ',
  '\t',
  '        ',
  '\\',
  '\\"',
  '\n',
  '\r',
  '\u2028',
  '\u00a0',
  '&',
  ',',
  ';',
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  'é',
  'token',
  'x'.repeat(70),
  '"access_token"',
  'k:',
  'k=',
  '"k":',
  "'k'=",
  'k: "v"',
  "k = 'v'",
  'k:v',
  ' k \t: ',
  '"k" :  "a\\"b"',
  'a=b&c=d',
  'x:"',
  "y:'",
  'k:         v',
  'k         :v',
  '\\\n',
];

describe('forEachKeyValue', () => {
  it.each([
    ['a JSON pair', '{"access_token":"abc","x":1}'],
    ['form pairs', 'user=bob&password=CANARY4&x=1'],
    ['a key with blanks around the colon', '{ "client_secret" : "CANARY 2" }'],
    ['an escaped quote in a value', '"k": "a\\"b" rest'],
    ['an unclosed quoted value', 'token:"abc'],
    ['a key longer than 64 characters', `${'k'.repeat(70)}=v`],
    ['too many blanks', 'k         :v'],
  ])('finds what the RegExp finds: %s', (_name, text) => {
    expect(matcherMatches(text, 0)).toEqual(regexMatches(text, 0));
  });

  it('finds what the RegExp finds on random texts', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 25 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, fc.nat(5), (t, from) => {
        const start = Math.min(from, t.length);
        expect(matcherMatches(t, start)).toEqual(regexMatches(t, start));
      }),
      { numRuns: 3000 },
    );
  });
});
