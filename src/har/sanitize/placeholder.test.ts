import { describe, expect, it } from 'vitest';
import { formatPlaceholder, mapOutsidePlaceholders, replacePlaceholders } from './placeholder';
import type { HarEntry } from '../har-types';
import { restoreEntry, restoreText } from './restore-entry';

const kindOf = (text: string) => replacePlaceholders(text, (p) => `<${p.kind}:${JSON.stringify(p.fields)}>`);

describe('placeholder syntax', () => {
  it.each([
    ['a plain length', 'secret', { len: 40 }, '[why401:v1:secret:len=40]'],
    ['a URL claim, percent-encoded', 'jwt', { iss: 'https://a.b/' }, '[why401:v1:jwt:iss=https%3A%2F%2Fa%2Eb%2F]'],
    [
      'a list, items joined by .',
      'jwt',
      { scope: ['orders.read', 'a b'] },
      '[why401:v1:jwt:scope=orders%2Eread.a%20b]',
    ],
    ['brackets, colons and quotes encoded', 'jwt', { aud: ['x]:"y'] }, '[why401:v1:jwt:aud=x%5D%3A%22y]'],
    ['non-ASCII as UTF-8', 'jwt', { iss: 'é' }, '[why401:v1:jwt:iss=%C3%A9]'],
  ] as const)('%s', (_name, kind, fields, text) => {
    expect(formatPlaceholder(kind, fields)).toBe(text);
    const read = replacePlaceholders(`x ${text} y`, (p) => JSON.stringify(p.fields));
    const expected = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Array.isArray(v) ? v : String(v)]));
    expect(read).toBe(`x ${JSON.stringify(expected)} y`);
  });

  it.each([
    ['another version', '[why401:v2:secret:len=4]'],
    ['an unknown kind', '[why401:v1:password:len=4]'],
    ['no closing bracket', '[why401:v1:secret:len=4'],
    ['a character outside the syntax', '[why401:v1:secret:len=4 ]'],
  ])('%s stays as text', (_name, text) => {
    expect(kindOf(text)).toBe(text);
    expect(restoreText(text)).toBe(text);
  });

  it('finds every placeholder in text, next to each other and next to other text', () => {
    const a = formatPlaceholder('secret', { len: 3 });
    const b = formatPlaceholder('cookie', { len: 2 });
    expect(restoreText(`${a}${b}.${a}]`)).toBe('A1bA1.A1b]');
  });

  it('mapOutsidePlaceholders changes only the text between placeholders', () => {
    const a = formatPlaceholder('secret', { len: 3 });
    expect(mapOutsidePlaceholders(`ab${a}cd`, (s) => s.toUpperCase())).toBe(`AB${a}CD`);
  });

  it('is linear on hostile text: 100,000 unfinished placeholders in a few milliseconds', () => {
    const text = '[why401:v1:secret:len=1'.repeat(100_000);
    const started = performance.now();
    expect(restoreText(text)).toBe(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('stand-ins', () => {
  it.each([
    ['secret: the length, letters and digits', '[why401:v1:secret:len=10]', 'A1b2C3d4E5'],
    ['secret in hex', '[why401:v1:secret:len=6:hex=1]', 'a1b2c3'],
    ['secret with characters a header may not hold', '[why401:v1:secret:len=3:inv=1]', 'A1é'],
    ['Basic user:password', '[why401:v1:basic:len=8:b64=1:colon=1:user=1:pass=1:pad=0]', btoa('u:pppp').slice(0, 8)],
    ['Basic, padded', '[why401:v1:basic:len=8:b64=1:colon=1:user=1:pass=1:pad=1]', btoa('u:ppp')],
    ['Basic not base64', '[why401:v1:basic:len=5:b64=0]', '!A1b2'],
    ['a broken JWT of 2 parts', '[why401:v1:jwt:len=14:parts=2:bad=1]', 'eyJhhhhhhhhh.h'],
  ])('%s', (_name, placeholder, standIn) => {
    expect(restoreText(placeholder)).toBe(standIn);
  });

  it('a JWT: unsigned, the kept claims, the original length', () => {
    const token = restoreText('[why401:v1:jwt:len=120:parts=3:alg=RS256:exp=1700000000:aud=api:scope=a.b:sub=1]');
    expect(token).toHaveLength(120);
    const [head = '', body = ''] = token.split('.');
    expect(JSON.parse(atob(head.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ alg: 'RS256' });
    expect(JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({
      exp: 1700000000,
      aud: 'api',
      scope: 'a b',
      sub: 'x',
    });
  });
});

describe('a crafted sanitized file', () => {
  // Placeholders claiming a gigabyte each: the stand-ins stay bounded, per value and per entry.
  it.each([
    ['secret', '[why401:v1:secret:len=999999999]'],
    ['basic', '[why401:v1:basic:len=999999999:b64=1:colon=1:user=1:pass=1:ws=999999999]'],
    ['jwt', '[why401:v1:jwt:len=999999999:parts=3:alg=none]'],
    ['broken jwt', '[why401:v1:jwt:len=999999999:parts=4:bad=1]'],
  ])('%s: one value is cut, an entry of many stays within its budget', (_name, placeholder) => {
    expect(restoreText(placeholder).length).toBeLessThanOrEqual(2_300_000);
    const headers = Array.from({ length: 200 }, (_, i) => ({ name: `X-${i}`, value: placeholder }));
    const entry = restoreEntry({
      startedDateTime: '2026-11-30T00:00:00Z',
      request: { method: 'GET', url: 'https://x.example/', headers },
      response: { status: 401, headers: [] },
    } as unknown as HarEntry);
    const total = (entry.request.headers as Array<{ value: string }>).reduce((sum, h) => sum + h.value.length, 0);
    expect(total).toBeLessThanOrEqual(8 * 1024 * 1024 + 2_300_000 + 200 * 200);
  });
});
