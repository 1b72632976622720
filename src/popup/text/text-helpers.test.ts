import { describe, expect, test } from 'vitest';
import { codeSpan } from '../../shared/i18n/format-param';
import { splitCodeSpans } from '../../ui/text/code-spans';
import { isRestrictedUrl } from './is-restricted-url';
import { relativeTime } from '../../ui/text/relative-time';
import { shortenUrl } from '../../ui/text/shorten-url';

describe('isRestrictedUrl', () => {
  test.each([
    ['chrome://settings/', true],
    ['about:debugging', true],
    ['moz-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/scenario/x', false],
    ['not a url', false],
  ])('%s -> %s', (url, restricted) => expect(isRestrictedUrl(url)).toBe(restricted));
});

describe('shortenUrl', () => {
  test.each([
    ['https://api.example.com/v1/me', 'api.example.com/v1/me'],
    ['https://api.example.com/v1/me?access_token=[redacted]', 'api.example.com/v1/me?…'],
    ['https://x.test/\u202eevil\npath', 'x.test/%E2%80%AEevilpath'], // the URL parser drops the line break, the bidi override stays escaped,
  ])('%s -> %s', (url, short) => expect(shortenUrl(url)).toBe(short));

  test('long paths keep the host and the end', () => {
    const short = shortenUrl(`https://api.example.com/${'a'.repeat(100)}/avatar.png`, 40);
    expect(short).toHaveLength(40);
    expect(short.startsWith('api.example.com/')).toBe(true);
    expect(short.endsWith('avatar.png')).toBe(true);
  });
});

describe('splitCodeSpans reads back what codeSpan wrote', () => {
  test.each(['plain', 'a`b', '`edge`', 'Bearer error="invalid_token"'])('%s', (code) => {
    expect(splitCodeSpans(`before ${codeSpan(code)} after`)).toEqual([
      { code: false, text: 'before ' },
      { code: true, text: code },
      { code: false, text: ' after' },
    ]);
  });
});

test.each([
  [0, 'now'],
  [-120_000, '2 minutes ago'],
  [-3 * 3_600_000, '3 hours ago'],
  [-86_400_000 * 2, '2 days ago'],
])('relativeTime %d -> %s', (delta, text) =>
  expect(relativeTime(1_000_000_000 + delta, 1_000_000_000, 'en')).toBe(text),
);
