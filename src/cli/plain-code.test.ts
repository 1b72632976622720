import { describe, expect, it } from 'vitest';
import { codeSpan } from '../shared/i18n/format-param';
import { unwrapCodeSpans } from './plain-code';

describe('unwrapCodeSpans', () => {
  it.each<[string, string]>([
    ['The server says `invalid_token`: `The token expired`', 'The server says invalid_token: The token expired'],
    ['[header `www-authenticate`]', '[header www-authenticate]'],
    ['add `Bearer ` only once', 'add Bearer  only once'],
    ['no code here', 'no code here'],
    ['a stray ` backtick', 'a stray ` backtick'],
    ['``a`b``', 'a`b'],
    ['`` `x` ``', '`x`'],
    ['`a` and ``b`` and `c`', 'a and b and c'],
    ['unclosed ``run` here', 'unclosed ``run` here'],
  ])('%s', (text, plain) => {
    expect(unwrapCodeSpans(text)).toBe(plain);
  });

  it.each(['plain', 'a`b', '`start', 'end`', '``double``'])('round-trips codeSpan(%j)', (code) => {
    expect(unwrapCodeSpans(`x ${codeSpan(code)} y`)).toBe(`x ${code} y`);
  });

  it('styles the code', () => {
    expect(unwrapCodeSpans('send `Bearer <token>`', (code) => `[${code}]`)).toBe('send [Bearer <token>]');
  });
});
