import { describe, expect, it } from 'vitest';
import { isPlaceholderWord, isSanitizerPlaceholder } from './sanitizer-placeholders';

const SHA256 = 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c';

describe('sanitizer placeholders', () => {
  it.each<[string, string, boolean, boolean]>([
    // name, value, with hashes, expected
    ['Chrome-style word in brackets', '[REDACTED]', false, true],
    ['lower case', '[redacted]', false, true],
    ['sanitizhar', '[sanitized]', false, true],
    ['Rails parameter filter', '[FILTERED]', false, true],
    ['a labelled word (Google HAR sanitizer)', '[authorization redacted]', false, true],
    ['a bare word', 'redacted', false, true],
    ['angle brackets', '<removed>', false, true],
    ['xxx', 'xxx', false, true],
    ['a row of asterisks', '********', false, true],
    ['a SHA-256 in hex, where hashes count', SHA256, true, true],
    ['a SHA-256 where they do not (API keys, cookies)', SHA256, false, false],
    ['a labelled hash', 'sha256:0123456789abcdef0123', false, false],
    ['a labelled hash where hashes count', 'sha256:0123456789abcdef0123', true, true],
    ['40 hex digits: a DRF or classic GitHub token, not a hash', 'a'.repeat(20) + '0'.repeat(20), true, false],
    ['a real opaque token', 'CANARYabc123def456ghi', true, false],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.e30.sig', true, false],
    ['a word that merely contains one', 'unredacted-token-123', false, false],
    ['two x are not a row', 'xx', false, false],
    ['empty', '', true, false],
  ])('%s', (_name, value, hashes, expected) => {
    expect(isSanitizerPlaceholder(value, { hashes })).toBe(expected);
  });

  it('words and rows are placeholders on their own; hashes never are', () => {
    expect([isPlaceholderWord('[REDACTED]'), isPlaceholderWord('xxxx'), isPlaceholderWord(SHA256)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
