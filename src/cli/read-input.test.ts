import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { decodeText } from './read-input';

describe('decodeText', () => {
  it.each<[string, number[], string]>([
    ['UTF-8', [0x7b, 0x7d], '{}'],
    ['UTF-8 BOM dropped', [0xef, 0xbb, 0xbf, 0x7b, 0x7d], '{}'],
    ['UTF-16LE with BOM', [0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00], '{}'],
    ['UTF-16BE with BOM', [0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d], '{}'],
    ['multi-byte', [0x22, 0xc3, 0xa9, 0x22], '"é"'],
  ])('decodes %s', (_name, bytes, expected) => {
    expect(decodeText(Uint8Array.from(bytes))).toBe(expected);
  });

  it.each<[string, number[], string]>([
    ['empty', [], 'file is empty'],
    ['whitespace', [0x20, 0x0a], 'file is empty'],
    ['NUL byte', [0x7b, 0x00, 0x7d], 'binary data, not a text file'],
    ['invalid UTF-8', [0x7b, 0xff, 0x7d], 'not UTF-8 text (binary data?)'],
  ])('refuses %s', (_name, bytes, message) => {
    expect(() => decodeText(Uint8Array.from(bytes))).toThrow(new CliError(message));
  });
});
