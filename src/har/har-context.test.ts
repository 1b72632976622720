import { describe, expect, it } from 'vitest';
import type { DiagnoseContext } from '../rules/types';
import { createHarContextTracker } from './har-context';
import type { HarEntry } from './har-types';

function e(
  url: string,
  status: number,
  extra: Partial<HarEntry> = {},
  headers: Array<{ name: string; value: string }> = [],
): HarEntry {
  return {
    pageref: 'p1',
    startedDateTime: '2024-05-01T14:00:00.000Z',
    request: { url, headers },
    response: { status, headers: [{ name: 'Server', value: 'nginx' }] },
    serverIPAddress: '203.0.113.7',
    ...extra,
  };
}

const target = e('https://api.example.com/v1/me', 401);
const cookie = [{ name: 'Cookie', value: 'sid=secret' }];

function contextAfter(earlier: HarEntry[], pages = [{ id: 'p1', title: 'App' }]): DiagnoseContext {
  const tracker = createHarContextTracker(pages);
  for (const entry of earlier) tracker.observe(entry);
  return tracker.contextFor(target);
}

describe('HAR context', () => {
  it.each<[string, HarEntry[], DiagnoseContext]>([
    ['nothing before', [], {}],
    [
      'last 2xx of the same origin, URL redacted',
      [e('https://api.example.com/a', 200), e('https://api.example.com/b?access_token=abc123def456', 204)],
      {
        lastSuccess: {
          url: 'https://api.example.com/b?access_token=[redacted]',
          status: 204,
          at: Date.UTC(2024, 4, 1, 14),
          serverIp: '203.0.113.7',
          server: 'nginx',
          credentials: { authorization: false, apiKey: true, cookie: false },
        },
      },
    ],
    ['other origin does not count', [e('https://app.example.com/', 200), e('http://api.example.com/', 200)], {}],
    ['errors do not count as success', [e('https://api.example.com/a', 500)], {}],
    [
      'cookies sent earlier to the same host',
      [e('https://api.example.com:8443/a', 403, {}, cookie)],
      { browserHasCookies: true },
    ],
    ['cookies to another host do not count', [e('https://app.example.com/a', 403, {}, cookie)], {}],
    [
      'HAR cookie list counts',
      [
        e('https://api.example.com/a', 403, {
          request: { url: 'https://api.example.com/a', cookies: [{ name: 'sid', value: 'x' }] },
        }),
      ],
      { browserHasCookies: true },
    ],
    [
      'page loaded: 2xx main document',
      [e('https://app.example.com/', 200, { _resourceType: 'document' })],
      { pageLoaded: true },
    ],
    [
      'page loaded: Firefox document by Sec-Fetch-Dest',
      [e('https://app.example.com/', 200, {}, [{ name: 'Sec-Fetch-Dest', value: 'document' }])],
      { pageLoaded: true },
    ],
    [
      'iframe is not the page',
      [
        e('https://app.example.com/', 200, { _resourceType: 'document' }, [
          { name: 'sec-fetch-dest', value: 'iframe' },
        ]),
      ],
      {},
    ],
    [
      'another page does not count',
      [e('https://app.example.com/', 200, { _resourceType: 'document', pageref: 'p2' })],
      {},
    ],
  ])('%s', (_name, earlier, expected) => {
    expect(contextAfter(earlier)).toEqual(expected);
  });

  it('a sanitized HAR does not know which credentials the earlier success carried', () => {
    const tracker = createHarContextTracker([], { credentialsHidden: true });
    tracker.observe(e('https://api.example.com/a', 200));
    expect(tracker.contextFor(target).lastSuccess?.credentials).toEqual({
      authorization: undefined,
      apiKey: false,
      cookie: undefined,
    });
  });

  it('knows the page URL from its main document, or from a URL-like page title', () => {
    const tracker = createHarContextTracker([{ id: 'p2', title: 'https://two.example/' }]);
    tracker.observe(e('https://app.example.com/home', 200, { _resourceType: 'document' }));
    expect(tracker.pageUrlOf(target)).toBe('https://app.example.com/home');
    expect(tracker.pageUrlOf({ ...target, pageref: 'p2' })).toBe('https://two.example/');
    expect(tracker.pageUrlOf({ ...target, pageref: undefined })).toBeUndefined();
  });
});
