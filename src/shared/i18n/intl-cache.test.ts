import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat, relativeTimeFormat } from './intl-cache';

describe('Intl formatter cache', () => {
  it.each([
    ['number', () => numberFormat('de'), () => numberFormat('de'), () => numberFormat('en')],
    [
      'number unit',
      () => numberFormat('en', { style: 'unit', unit: 'hour' }),
      () => numberFormat('en', { style: 'unit', unit: 'hour' }),
      () => numberFormat('en', { style: 'unit', unit: 'minute' }),
    ],
    [
      'date',
      () => dateTimeFormat('en', { timeZone: 'UTC' }),
      () => dateTimeFormat('en', { timeZone: 'UTC' }),
      () => dateTimeFormat('en', {}),
    ],
    [
      'relative',
      () => relativeTimeFormat('en', { numeric: 'auto' }),
      () => relativeTimeFormat('en', { numeric: 'auto' }),
      () => relativeTimeFormat('fr', { numeric: 'auto' }),
    ],
    [
      'list',
      () => listFormat('en', { type: 'unit' }),
      () => listFormat('en', { type: 'unit' }),
      () => listFormat('en', { type: 'conjunction' }),
    ],
  ])('%s: one formatter per locale and options', (_kind, first, again, other) => {
    expect(again()).toBe(first());
    expect(other()).not.toBe(first());
  });

  it('formats as a new formatter would', () => {
    expect(numberFormat('de').format(1234.5)).toBe(new Intl.NumberFormat('de').format(1234.5));
    expect(dateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(0)).toBe('Jan 1, 1970');
  });
});
