import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../diagnose-har';
import { HarError } from '../har-error';
import { parseHar } from '../parse-har';
import { sanitizeHar } from './sanitize-har';

const M = 1024 * 1024;

/** 1 MB values built to make a careless parser backtrack or loop: each row must stay linear. */
const HOSTILE: Array<[string, string]> = [
  ['runs and spaces', `Bearer ${'a '.repeat(M / 2)}`],
  ['auth-params', `Digest ${'a=b, '.repeat(M / 5)}`],
  ['quotes', `Bearer ${'"'.repeat(M)}`],
  ['JWT starts', `Bearer ${'eyJ.'.repeat(M / 4)}`],
  ['cookie pairs', 'a=1;'.repeat(M / 4)],
  ['unfinished placeholders', '[why401:v1:secret:len=1 '.repeat(M / 24)],
  ['one long token', `Bearer ${'A1b2'.repeat(M / 4)}`],
];
const HEADERS = ['Authorization', 'Cookie', 'Set-Cookie', 'X-API-Key', 'X-Other', 'Location', ':path'];

describe('sanitizeHar', () => {
  it.each(HOSTILE)(
    'a 1 MB header of %s, in every kind of header and the body: seconds, not minutes',
    (_name, value) => {
      const started = performance.now();
      for (const name of HEADERS)
        sanitizeHar({
          request: { method: 'GET', url: 'https://a.example/', headers: [{ name, value }] },
          response: { status: 401, headers: [], content: { text: value } },
        });
      expect(performance.now() - started).toBeLessThan(15_000);
    },
  );

  it.each([
    ['a list', []],
    ['a string', 'x'],
    ['null', null],
    ['no entries', { log: {} }],
    ['an object without request', { response: {} }],
  ])('%s is no HAR: a HarError', (_name, input) => {
    expect(() => sanitizeHar(input)).toThrow(HarError);
  });

  it('counts what it removed, and marks the file with the same counts', () => {
    const { har, summary } = sanitizeHar({
      log: {
        entries: [
          {
            request: {
              method: 'GET',
              url: 'https://a.example/?access_token=abc123',
              headers: [{ name: 'Authorization', value: 'Bearer abc123' }],
              cookies: [{ name: 'sid', value: 'x1' }],
            },
            response: { status: 401, headers: [] },
          },
        ],
      },
    });
    expect(summary).toEqual({
      version: 1,
      entries: 1,
      removed: {
        headers: 1,
        cookies: 1,
        queryParams: 1,
        fragments: 0,
        urlUserinfo: 0,
        bodyFields: 0,
        responseBodies: 0,
        otherFields: 0,
      },
      jwts: 0,
    });
    expect((har as { log: Record<string, unknown> }).log._why401Sanitized).toEqual({
      version: 1,
      removed: summary.removed,
      jwts: 0,
    });
  });

  it('keeps a body without secrets byte for byte, and ids that tie entries to pages', () => {
    const body = '{\n  "error" :  "invalid_token",\n  "n": 1\n}';
    const input = {
      log: {
        pages: [{ id: 'page@5f3c9a1b2d4e6f708192a3b4c5d6e7f8', title: 'Home' }],
        entries: [
          {
            pageref: 'page@5f3c9a1b2d4e6f708192a3b4c5d6e7f8',
            request: { method: 'GET', url: 'https://a.example/', headers: [] },
            response: { status: 401, headers: [], content: { text: body } },
          },
        ],
      },
    };
    const { har } = sanitizeHar(input);
    expect(har).toMatchObject(input);
  });

  it.each([
    ['a marked file: read back as a stand-in of the same length', { version: 1 }, 40],
    ['an unmarked file: the placeholder is read as text', undefined, '[why401:v1:secret:len=40]'.length],
    ['another version: the placeholder is read as text', { version: 2 }, '[why401:v1:secret:len=40]'.length],
  ])('%s', (_name, mark, length) => {
    const har = {
      log: {
        ...(mark === undefined ? {} : { _why401Sanitized: mark }),
        entries: [
          {
            request: {
              method: 'GET',
              url: 'https://a.example/',
              headers: [{ name: 'Authorization', value: 'Bearer [why401:v1:secret:len=40]' }],
            },
            response: { status: 401, headers: [{ name: 'WWW-Authenticate', value: 'Bearer' }] },
          },
        ],
      },
    };
    const [refused] = diagnoseHar(parseHar(JSON.stringify(har)));
    expect(refused?.diagnosis.facts.credentials.authorization?.length).toBe(length);
  });
});
