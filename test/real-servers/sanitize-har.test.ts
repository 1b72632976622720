import { describe, expect, it } from 'vitest';
import { carriedCredentials, sanitizeHar, type RecordedHar } from './sanitize-har';

const entry = (
  requestHeaders: Array<[string, string]>,
  responseHeaders: Array<[string, string]>,
  cookies: unknown[] = [],
) => ({
  startedDateTime: '2026-11-30T01:00:00.000Z',
  request: {
    method: 'GET',
    url: 'http://127.0.0.1/',
    headers: requestHeaders.map(([name, value]) => ({ name, value })),
    cookies,
  },
  response: { status: 401, headers: responseHeaders.map(([name, value]) => ({ name, value })), cookies },
});

const har = (entries: RecordedHar['log']['entries']): RecordedHar => ({ log: { version: '1.2', entries } });

describe('sanitizeHar', () => {
  it.each([
    ['Authorization', 'authorization', 'Bearer CANARY'],
    ['Cookie', 'Cookie', 'sid=CANARY'],
    ['lower-case cookie', 'cookie', 'sid=CANARY'],
  ])('drops the request header %s', (_label, name, value) => {
    const out = sanitizeHar(
      har([
        entry(
          [
            [name, value],
            ['Accept', '*/*'],
          ],
          [],
        ),
      ]),
    );
    expect(out.log.entries[0]?.request.headers).toEqual([{ name: 'Accept', value: '*/*' }]);
  });

  it('drops Set-Cookie and keeps the challenge', () => {
    const out = sanitizeHar(
      har([
        entry(
          [],
          [
            ['Set-Cookie', 'sid=CANARY'],
            ['WWW-Authenticate', 'Basic realm="x"'],
          ],
        ),
      ]),
    );
    expect(out.log.entries[0]?.response.headers).toEqual([{ name: 'WWW-Authenticate', value: 'Basic realm="x"' }]);
  });

  it('empties cookie lists and leaves the input untouched', () => {
    const input = har([entry([['Authorization', 'Basic CANARY']], [], [{ name: 'sid', value: 'CANARY' }])]);
    const out = sanitizeHar(input);
    expect(out.log.entries[0]?.request.cookies).toEqual([]);
    expect(out.log.entries[0]?.response.cookies).toEqual([]);
    expect(JSON.stringify(out)).not.toContain('CANARY');
    expect(input.log.entries[0]?.request.headers).toHaveLength(1);
  });
});

describe('carriedCredentials', () => {
  it.each([
    ['an Authorization header', entry([['Authorization', 'Bearer x']], []), true],
    ['a Cookie header', entry([['cookie', 'a=b']], []), true],
    ['a cookie list', entry([], [], [{ name: 'a', value: 'b' }]), true],
    ['nothing', entry([['Accept', '*/*']], []), false],
  ])('%s: %s', (_label, given, expected) => {
    expect(carriedCredentials(given)).toBe(expected);
  });
});
