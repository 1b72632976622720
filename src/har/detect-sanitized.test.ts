import { describe, expect, it } from 'vitest';
import { type HarVisibility, detectVisibility, requestSideOf } from './detect-sanitized';
import type { HarDocument, HarEntry } from './har-types';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

function e(
  status: number,
  request: Array<{ name: string; value: string }> = [],
  response: Array<{ name: string; value: string }> = [],
  cookies: unknown[] = [],
): HarEntry {
  return {
    request: { url: 'https://api.example.com/', headers: request, cookies },
    response: { status, headers: response, cookies: [] },
  };
}

const ua = (value: string) => ({ name: 'User-Agent', value });
const devtools = (entries: HarEntry[]): HarDocument => ({
  entries,
  pages: [],
  creator: { name: 'WebInspector', version: '537.36' },
});

describe('detectVisibility', () => {
  it.each<[string, HarDocument, HarVisibility]>([
    [
      'Chrome DevTools export without any credential header: sanitized',
      devtools([e(200), e(401)]),
      { chromium: true, headersRemoved: true },
    ],
    [
      'Chrome export with an Authorization header: not sanitized',
      devtools([e(401, [{ name: 'authorization', value: 'Bearer x' }])]),
      { chromium: true, headersRemoved: false },
    ],
    [
      'a Set-Cookie anywhere: not sanitized',
      devtools([e(200, [], [{ name: 'Set-Cookie', value: 'sid=1' }]), e(401)]),
      { chromium: true, headersRemoved: false },
    ],
    [
      'a cookie list anywhere: not sanitized',
      devtools([e(401, [], [], [{ name: 'sid', value: '1' }])]),
      { chromium: true, headersRemoved: false },
    ],
    [
      'Chromium under Playwright: its recorder never sanitizes',
      { entries: [e(401)], pages: [], creator: { name: 'Playwright' }, browser: { name: 'chromium' } },
      { chromium: true, headersRemoved: false },
    ],
    [
      'another tool driving Chromium (log.browser)',
      { entries: [e(401)], pages: [], creator: { name: 'har-export' }, browser: { name: 'Chrome' } },
      { chromium: true, headersRemoved: true },
    ],
    [
      'no creator, Chrome User-Agent',
      { entries: [e(401, [ua(CHROME_UA)])], pages: [] },
      { chromium: true, headersRemoved: true },
    ],
    [
      'Firefox does not sanitize: nothing sent is nothing sent',
      { entries: [e(401, [ua(FIREFOX_UA)])], pages: [], creator: { name: 'Firefox' } },
      { chromium: false, headersRemoved: false },
    ],
    ['one exchange typed by hand', { entries: [e(401)], pages: [] }, { chromium: false, headersRemoved: false }],
    ['an empty Chrome HAR', devtools([]), { chromium: true, headersRemoved: false }],
  ])('%s', (_name, har, expected) => {
    expect(detectVisibility(har)).toEqual(expected);
  });
});

describe('requestSideOf', () => {
  const chrome: HarVisibility = { chromium: true, headersRemoved: false };
  const basic = [{ name: 'WWW-Authenticate', value: 'Basic realm="x"' }];
  it.each<[string, HarEntry, HarVisibility, string | undefined]>([
    ['sanitized file: every entry', e(401), { chromium: true, headersRemoved: true }, 'sanitized'],
    [
      'Chrome, Basic challenge, no Authorization: the prompt retry is not in the file',
      e(401, [], basic),
      chrome,
      'prompt-retry',
    ],
    [
      'Chrome, Digest among others',
      e(401, [], [{ name: 'www-authenticate', value: 'Bearer, Digest realm="x", nonce="n"' }]),
      chrome,
      'prompt-retry',
    ],
    [
      'Chrome, Basic challenge after Basic credentials: all seen',
      e(401, [{ name: 'Authorization', value: 'Basic dTpw' }], basic),
      chrome,
      undefined,
    ],
    [
      'Chrome, Bearer challenge: no prompt',
      e(401, [], [{ name: 'WWW-Authenticate', value: 'Bearer' }]),
      chrome,
      undefined,
    ],
    [
      'Chrome, 407 without Proxy-Authorization',
      e(407, [], [{ name: 'Proxy-Authenticate', value: 'Basic realm="p"' }]),
      chrome,
      'prompt-retry',
    ],
    ['Firefox keeps every attempt', e(401, [], basic), { chromium: false, headersRemoved: false }, undefined],
  ])('%s', (_name, entry, visibility, expected) => {
    expect(requestSideOf(entry, visibility)).toBe(expected);
  });
});
