import { describe, expect, it } from 'vitest';
import type { MessageParam } from '../../rules/types';
import { codeSpan, formatParam } from './format-param';
import { formatDuration } from './format-duration';
import { sanitizeText } from './sanitize-text';

const en = { locale: 'en', timeZone: 'UTC' };

describe('formatParam', () => {
  it.each<[string, MessageParam, string]>([
    ['string as is', 'Bearer', 'Bearer'],
    ['number localised', 12345, '12,345'],
    ['code in backticks', { code: 'invalid_token' }, '`invalid_token`'],
    ['code holding a backtick', { code: 'a`b' }, '``a`b``'],
    ['time in UTC', { time: Date.UTC(2024, 4, 1, 14, 2, 0) }, 'May 1, 2024, 2:02:00 PM UTC'],
    ['invalid time', { time: Number.NaN }, '?'],
    ['duration', { duration: 45_000 }, '45 sec'],
  ])('%s', (_name, param, expected) => {
    expect(formatParam(param, en)).toBe(expected);
  });

  it('truncates long server text to 300 characters', () => {
    const out = formatParam('x'.repeat(5000), en);
    expect(out).toHaveLength(300);
    expect(out.endsWith('…')).toBe(true);
  });

  it('formats in another locale', () => {
    expect(formatParam({ duration: 2 * 86_400_000 + 4 * 3_600_000 }, { locale: 'fr' })).toBe('2\u202Fj 4\u202Fh');
  });
});

describe('formatDuration', () => {
  it.each<[number, string]>([
    [0, '0 ms'],
    [250, '250 ms'],
    [45_000, '45 sec'],
    [-45_000, '45 sec'],
    [3 * 3_600_000 + 12 * 60_000 + 59_000, '3 hr 12 min'],
    [2 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000, '2 days 4 hr'],
    [2 * 86_400_000 + 5 * 60_000, '2 days'],
    [60_000, '1 min'],
    [Number.POSITIVE_INFINITY, '0 ms'],
  ])('%d ms -> %s', (ms, expected) => {
    expect(formatDuration(ms, 'en')).toBe(expected);
  });
});

describe('sanitizeText', () => {
  it.each<[string, string, string]>([
    ['bidi embeddings and isolates', 'a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j', 'abcdefghij'],
    ['C0 and C1 controls', 'a\u0000b\u0007c\u009bd\u007fe', 'abcde'],
    ['zero-width and BOM', 'a\u200Bb\uFEFFc\u200Fd', 'abcd'],
    ['line breaks to spaces', 'one\ntwo\r\nthree\u2028four', 'one two three four'],
    ['tabs to spaces', 'a\t\tb', 'a b'],
    ['ordinary unicode kept', 'Zugriff verweigert – ошибка 認証', 'Zugriff verweigert – ошибка 認証'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('never splits a surrogate pair', () => {
    expect(sanitizeText('ab😀cd', 3)).toBe('ab…');
  });
});

describe('codeSpan', () => {
  it.each<[string, string]>([
    ['plain', '`plain`'],
    ['`start', '`` `start ``'],
    ['a``b', '```a``b```'],
  ])('%s', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });
});
