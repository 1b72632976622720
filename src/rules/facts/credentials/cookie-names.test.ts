import { describe, expect, it } from 'vitest';
import { cookieLifetimes, cookieNames, setCookieInfo } from './cookie-names';

const T = Date.UTC(2024, 5, 1, 12, 0, 0);

describe('cookieNames', () => {
  it.each<[string, string[], string[]]>([
    ['names of several pairs', ['sid=CANARY1; theme=dark'], ['sid', 'theme']],
    ['deduplicates across HTTP/2 split headers', ['a=CANARY1', 'a=CANARY2; b=CANARY3'], ['a', 'b']],
    ['skips a nameless pair: its text is a value', ['CANARYnameless; c=1'], ['c']],
    ['skips an empty name', ['=CANARY; d=1'], ['d']],
    ['keeps values with = inside out of the name', ['tok=CANARY==; e=x'], ['tok', 'e']],
    ['trims and caps long names at 100', [` ${'n'.repeat(150)}=CANARY`], ['n'.repeat(100)]],
    ['no headers, no names', [], []],
  ])('%s', (_name, headers, names) => {
    expect(cookieNames(headers)).toEqual(names);
    expect(JSON.stringify(cookieNames(headers))).not.toContain('CANARY');
  });

  it('caps at 100 names', () => {
    const header = Array.from({ length: 300 }, (_, i) => `c${i}=CANARY`).join('; ');
    expect(cookieNames([header])).toHaveLength(100);
  });
});

describe('setCookieInfo', () => {
  it.each<[string, string[], { set: string[]; deleted: string[] }]>([
    ['a plain cookie is set', ['sid=CANARY; Path=/; HttpOnly'], { set: ['sid'], deleted: [] }],
    ['Max-Age=0 deletes', ['sid=; Max-Age=0; Path=/'], { set: [], deleted: ['sid'] }],
    ['negative Max-Age deletes', ['sid=CANARY; Max-Age=-1'], { set: [], deleted: ['sid'] }],
    ['Expires in the past deletes', ['sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT'], { set: [], deleted: ['sid'] }],
    [
      'Expires with dashes (Netscape form) in the past deletes',
      ['sid=; expires=Thu, 01-Jan-1970 00:00:01 GMT'],
      { set: [], deleted: ['sid'] },
    ],
    [
      'Expires in the future sets',
      ['sid=CANARY; Expires=Wed, 01 Jan 2031 00:00:00 GMT'],
      { set: ['sid'], deleted: [] },
    ],
    [
      'Max-Age wins over a past Expires (RFC 6265 §5.3)',
      ['sid=CANARY; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT'],
      { set: ['sid'], deleted: [] },
    ],
    ['an unparseable Max-Age is ignored', ['sid=CANARY; Max-Age=abc'], { set: ['sid'], deleted: [] }],
    [
      'Chrome joins several Set-Cookie lines with \\n',
      ['a=CANARY; Path=/\nb=; Max-Age=0\r\nc=CANARY'],
      { set: ['a', 'c'], deleted: ['b'] },
    ],
    ['the last line for a name wins', ['sid=; Max-Age=0', 'sid=CANARY; Path=/'], { set: ['sid'], deleted: [] }],
    ['a line without = is skipped', ['CANARY; Path=/'], { set: [], deleted: [] }],
  ])('%s', (_name, values, expected) => {
    const info = setCookieInfo(values, T);
    expect(info).toEqual(expected);
    expect(JSON.stringify(info)).not.toContain('CANARY');
  });
});

describe('cookieLifetimes', () => {
  const T = Date.UTC(2026, 0, 1, 12);
  // Shadows the file's T: these rows are written against 2026-01-01 12:00 UTC.
  it.each<[string, string[], Array<{ name: string; expiresAt: number }>]>([
    [
      'Max-Age counts from the response',
      ['sessionid=CANARY1; Max-Age=600; Path=/'],
      [{ name: 'sessionid', expiresAt: T + 600_000 }],
    ],
    ['Expires', ['sid=CANARY2; Expires=Thu, 01 Jan 2026 13:00:00 GMT'], [{ name: 'sid', expiresAt: T + 3_600_000 }]],
    [
      'Max-Age wins over Expires (RFC 6265 §5.3)',
      ['sid=x; Expires=Thu, 01 Jan 2026 13:00:00 GMT; Max-Age=60'],
      [{ name: 'sid', expiresAt: T + 60_000 }],
    ],
    ['a browser-session cookie has no lifetime', ['sid=x; HttpOnly'], []],
    ['a deletion is no lifetime', ['sid=; Max-Age=0'], []],
    ['set, then deleted in the same response', ['sid=x; Max-Age=60', 'sid=; Max-Age=0'], []],
    ['an unknown response time judges nothing', ['sid=x; Max-Age=60'], []],
  ])('%s', (name, values, expected) => {
    expect(cookieLifetimes(values, name.startsWith('an unknown') ? Number.NaN : T)).toEqual(expected);
  });
});
