import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-error';

describe('findJsonSyntaxError', () => {
  it.each<[string, number, string]>([
    ['{"a":1', 6, 'unexpected end of JSON'],
    ['{"a":"unterminated', 18, 'unexpected end of JSON'],
    ['[1,2', 4, 'unexpected end of JSON'],
    ['{"a":}', 5, "unexpected character '}'"],
    ['{"a" 1}', 5, "unexpected character '1'"],
    ['[1,]', 3, "unexpected character ']'"],
    ['{"a":1,}', 7, "unexpected character '}'"],
    ['{} x', 3, 'unexpected data after the end of JSON'],
    ['xyz', 0, "unexpected character 'x'"],
    ['{"a":tru', 8, 'unexpected end of JSON'],
    ['{"a":"\\q"}', 6, 'bad escape in a string'],
    ['{"a":"\u0001"}', 6, 'control character inside a string'],
    ['[-', 2, 'unexpected end of JSON'],
    ['[01]', 2, "unexpected character '1'"],
    ['\u00e9', 0, 'unexpected character U+00E9'],
  ])('%j', (text, offset, problem) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, problem });
    expect(() => JSON.parse(text)).toThrow();
  });

  it.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]} ', '"s"', '0'])('accepts %j', (text) => {
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it('handles deep nesting without recursion', () => {
    expect(findJsonSyntaxError('['.repeat(100_000))).toEqual({ offset: 100_000, problem: 'unexpected end of JSON' });
  });
});
