import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Rules from '../rules';
import { tabItem } from '../shared/storage-items';
import { createFakeBrowser, type FakeBrowser } from './testing/fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const diagnoseCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../rules', async (importOriginal) => {
  const rules = await importOriginal<typeof Rules>();
  return {
    ...rules,
    // The worker diagnoses through either entry (page-request-side.ts takes the facts apart first).
    diagnose: (...args: Parameters<typeof rules.diagnose>) => {
      diagnoseCalls.count++;
      return rules.diagnose(...args);
    },
    diagnoseFacts: (...args: Parameters<typeof rules.diagnoseFacts>) => {
      diagnoseCalls.count++;
      return rules.diagnoseFacts(...args);
    },
  };
});
const { onBeforeNavigation, onHeadersReceived, onSendHeaders } = await import('./observe-requests');
const { onBodyMessage } = await import('./body-attach');
const { forgetReadBodies } = await import('./read-bodies');

const T0 = Date.parse('2026-11-26T14:00:00Z');
const stored = (tabId: number) => tabItem(tabId).parse(fake.session.get(`tab:${tabId}`));

function navigate(tabId: number, url: string, timeStamp = T0 + 1_000, requestId = `nav-${tabId}-${url}`): void {
  onBeforeNavigation({ requestId, tabId, type: 'main_frame', url, timeStamp });
}

function refuse(tabId: number, url: string, timeStamp = T0): void {
  onHeadersReceived({
    requestId: `401-${tabId}-${url}`,
    tabId,
    type: 'xmlhttprequest',
    url,
    method: 'GET',
    statusCode: 401,
    responseHeaders: [],
    timeStamp,
  });
}

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('observing refusals', () => {
  it('files a refusal under the page it arrived on, even when the page moves on while it is diagnosed: with the page left, as what led here', async () => {
    // The cookie jar answers only when the test says so: the next navigation starts in between.
    const answers: Array<() => void> = [];
    fake.cookies.getAll = () => new Promise((resolve) => answers.push(() => resolve([])));

    navigate(1, 'https://app.example.com/a');
    refuse(1, 'https://api.example.com/me');
    navigate(1, 'https://app.example.com/login'); // "401, then off to the login page"
    navigate(2, 'https://app.example.com/b'); // control: a tab that stays
    refuse(2, 'https://api.example.com/me');
    for (const answer of answers) answer();

    await vi.waitFor(() => expect(stored(2)?.records).toHaveLength(1));
    await vi.waitFor(() => expect(stored(1)?.pageUrl).toBe('https://app.example.com/login'));
    expect(stored(1)?.records).toEqual([]);
    expect(stored(1)?.total).toBe(0);
    await vi.waitFor(() => expect(stored(1)?.previous).toHaveLength(1));
    expect(stored(1)?.previous?.[0]).toMatchObject({ pageUrl: 'https://app.example.com/a', total: 1, ledHere: true });
    expect(stored(1)?.previous?.[0]?.records.map((record) => record.url)).toEqual(['https://api.example.com/me']);
    expect(fake.badges.get(1)).toBe('1');
  });

  it('a 401, then a navigation answered 302 to the login page: the login page knows what sent the visitor there', async () => {
    navigate(4, 'https://app.example.com/cart', T0 - 5_000);
    refuse(4, 'https://api.example.com/me');
    await vi.waitFor(() => expect(stored(4)?.records).toHaveLength(1));
    navigate(4, 'https://app.example.com/account', T0 + 2_000, 'nav-4-chain');
    navigate(4, 'https://app.example.com/login', T0 + 2_050, 'nav-4-chain'); // the 302 hop: same request id
    await vi.waitFor(() => expect(stored(4)?.pageUrl).toBe('https://app.example.com/login'));
    expect(stored(4)?.previous?.map((page) => [page.pageUrl, page.ledHere])).toEqual([
      ['https://app.example.com/cart', true],
    ]);
    expect(fake.badges.get(4)).toBe('1');
  });

  it('a navigation long after the last refusal: the page is history, not what led here, and the badge clears', async () => {
    navigate(5, 'https://app.example.com/cart', T0 - 5_000);
    refuse(5, 'https://api.example.com/me');
    await vi.waitFor(() => expect(stored(5)?.records).toHaveLength(1));
    navigate(5, 'https://app.example.com/home', T0 + 60_000);
    await vi.waitFor(() => expect(stored(5)?.pageUrl).toBe('https://app.example.com/home'));
    expect(stored(5)?.previous?.map((page) => [page.pageUrl, page.ledHere])).toEqual([
      ['https://app.example.com/cart', false],
    ]);
    expect(fake.badges.get(5)).toBe('');
  });

  it('a refusal still waiting for its batch write when the tab navigates is kept with its page', async () => {
    navigate(6, 'https://app.example.com/cart', T0 - 5_000);
    refuse(6, 'https://api.example.com/me');
    // Diagnosed and queued, not yet written (batches wait 50 ms): the navigation comes now.
    await new Promise((resolve) => setTimeout(resolve, 20));
    navigate(6, 'https://app.example.com/login', T0 + 1_000);
    await vi.waitFor(() => expect(stored(6)?.pageUrl).toBe('https://app.example.com/login'));
    expect(stored(6)?.records).toEqual([]);
    expect(stored(6)?.previous?.[0]).toMatchObject({
      pageUrl: 'https://app.example.com/cart',
      total: 1,
      ledHere: true,
    });
  });

  it('records a refusal on the page that is still shown', async () => {
    navigate(3, 'https://app.example.com/a');
    refuse(3, 'https://api.example.com/me');
    await vi.waitFor(() =>
      expect(stored(3)?.records.map((record) => record.url)).toEqual(['https://api.example.com/me']),
    );
    expect(stored(3)?.pageUrl).toBe('https://app.example.com/a');
  });
});

describe('what the worker saw of the request', () => {
  it.each([
    ['headers seen, nothing sent: known absent', true, 'complete', 'absent'],
    ['onSendHeaders missed: unknown, not absent', false, 'not-seen', 'unknown'],
  ])('%s', async (_name, sentHeaders, side, authorization) => {
    const url = `https://api.example.com/${side}`;
    navigate(5, 'https://app.example.com/');
    if (sentHeaders)
      onSendHeaders({
        requestId: `401-5-${url}`,
        tabId: 5,
        type: 'xmlhttprequest',
        url,
        requestHeaders: [{ name: 'Accept', value: '*/*' }],
      });
    refuse(5, url);
    await vi.waitFor(() => expect(stored(5)?.records).toHaveLength(1));
    expect(stored(5)?.records[0]?.diagnosis.facts.request.seen).toMatchObject({ side, authorization });
  });
});

describe('history of earlier successes', () => {
  it.each([
    ['query', 'https://api.example.com/v1/feed?access_token=CANARYq7f3a9c1e2b4'],
    ['path segment', 'https://api.example.com/v1/s/0123456789abcdef0123456789abcdefCANARY/feed'],
    ['fragment', 'https://api.example.com/v1/feed#access_token=CANARYfragment22b8'],
  ])('a secret in an earlier success URL (%s) never reaches storage', async (_where, url) => {
    navigate(4, 'https://app.example.com/');
    onHeadersReceived({
      requestId: `ok-${url}`,
      tabId: 4,
      type: 'xmlhttprequest',
      url,
      method: 'GET',
      statusCode: 200,
      responseHeaders: [{ name: 'Server', value: 'nginx' }],
      timeStamp: T0 - 60_000,
    });
    refuse(4, 'https://api.example.com/v1/feed?page=2');
    await vi.waitFor(() => expect(stored(4)?.records).toHaveLength(1));
    // The history is persisted in batches (about a second later): wait for it, then look everywhere.
    await vi.waitFor(() => expect(fake.session.get('sites')).toBeDefined(), { timeout: 3_000 });
    const everything = JSON.stringify([...fake.session.entries()]);
    expect(everything).toContain('api.example.com/v1/');
    expect(everything).not.toMatch(/CANARY/);
  });
});

describe('which credentials an earlier success carried', () => {
  it.each([
    ['Authorization', [{ name: 'Authorization', value: 'Bearer abc' }], { authorization: true, apiKey: false }],
    [
      'an API key header the rule module knows (X-Vault-Token)',
      [{ name: 'X-Vault-Token', value: 'hvs.abc' }],
      { authorization: false, apiKey: true },
    ],
    ['nothing', [{ name: 'Accept', value: '*/*' }], { authorization: false, apiKey: false }],
  ])('%s', async (_name, requestHeaders, credentials) => {
    const tabId = 6;
    const url = `https://api.example.com/${_name.length}`;
    navigate(tabId, 'https://app.example.com/');
    onSendHeaders({ requestId: `ok-${url}`, tabId, type: 'xmlhttprequest', url, requestHeaders });
    onHeadersReceived({
      requestId: `ok-${url}`,
      tabId,
      type: 'xmlhttprequest',
      url,
      method: 'GET',
      statusCode: 200,
      responseHeaders: [],
      timeStamp: T0 - 60_000,
    });
    await vi.waitFor(() => expect(fake.session.get('sites')).toBeDefined(), { timeout: 3_000 });
    const sites = fake.session.get('sites') as Array<[string, { credentials?: object }]>;
    expect(sites.find(([origin]) => origin === 'https://api.example.com')?.[1].credentials).toMatchObject(credentials);
  });
});

const body = '{"message":"Token is blacklisted","code":"token_not_valid"}';
const reportBody = (tabId: number, url: string) =>
  onBodyMessage(
    { type: 'response-body', source: 'fetch', url, method: 'GET', status: 401, excerpt: body },
    { id: 'why401', tab: { id: tabId } as never, url: 'https://app.example.com/' },
  );

describe('one diagnosis per refusal', () => {
  it.each([
    // The page reports the body a few milliseconds after the headers: the batch (50 ms) is still open.
    ['the body comes before the batch is written: diagnosed once, with it', 10, 1],
    // The body comes after the write (the tab was just written: its batch waits 200 ms): that one record
    // is diagnosed again and re-filed, nothing more.
    ['the body comes after the batch is written: diagnosed again, re-filed', 350, 2],
  ])('%s', async (_name, bodyAfterMs, calls) => {
    const url = `https://api.example.com/once/${bodyAfterMs}`;
    navigate(8, 'https://app.example.com/');
    await vi.waitFor(() => expect(stored(8)?.pageUrl).toBe('https://app.example.com/'));
    diagnoseCalls.count = 0;
    refuse(8, url);
    await new Promise((resolve) => setTimeout(resolve, bodyAfterMs));
    reportBody(8, url);
    await vi.waitFor(() => expect(stored(8)?.records[0]?.diagnosis.facts.response.bodyExcerpt).toBe(body));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(diagnoseCalls.count).toBe(calls);
    expect(stored(8)?.total).toBe(1);
    expect(stored(8)?.records.map((record) => record.count)).toEqual([1]);
  });
});

describe('the readBodies setting', () => {
  it('is read once for many bodies, and again once the settings change (turned off: no body is attached)', async () => {
    forgetReadBodies();
    navigate(9, 'https://app.example.com/');
    for (const path of ['/a', '/b']) {
      refuse(9, `https://api.example.com${path}`);
      reportBody(9, `https://api.example.com${path}`);
    }
    await vi.waitFor(() =>
      expect(stored(9)?.records.map((r) => r.diagnosis.facts.response.bodyExcerpt)).toEqual([body, body]),
    );
    expect(fake.localReads).toBe(1);

    fake.local.set('readBodies', false);
    forgetReadBodies(); // what a change of the setting does (read-bodies.ts)
    refuse(9, 'https://api.example.com/c');
    reportBody(9, 'https://api.example.com/c');
    await vi.waitFor(() => expect(stored(9)?.records).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(stored(9)?.records[2]?.diagnosis.facts.response.bodyExcerpt).toBeUndefined();
    expect(fake.localReads).toBe(2);
  });
});
