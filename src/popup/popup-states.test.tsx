// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { AUDIENCES } from '../rules/types';
import { STORAGE_VERSION, type TabState } from '../shared/storage-schema';
import { NOW, renderPopup } from './testing/render-popup';
import { expectedCause, scenarioIds, scenarioRecord, scenarioState } from './testing/scenario-state';
import { LISTED_URLS } from '../ui/components/url-list';

afterEach(cleanup);

function causes(container: Element): Array<string | null> {
  return [...container.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'));
}

describe('popup states', () => {
  test('loading: busy, no cards', () => {
    const { container } = renderPopup();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(causes(container)).toEqual([]);
  });

  test('empty: says what Why401 watches and that 403/404 are not 401s', () => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 3, state: undefined } });
    expect(container.querySelector('[data-empty]')).not.toBeNull();
    expect(container.textContent).toContain('401 Unauthorized');
    expect(container.textContent).toContain('403 Forbidden');
  });

  test('a tab state with no records is empty too', () => {
    const state: TabState = { version: STORAGE_VERSION, tabId: 3, pageUrl: 'https://a.test/', total: 0, records: [] };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 3, state } });
    expect(container.querySelector('[data-empty]')).not.toBeNull();
  });

  test('restricted page: explains, names the page as text', () => {
    const { container } = renderPopup({ view: { kind: 'restricted', pageUrl: 'chrome://settings/' } });
    expect(container.querySelector('[data-state="restricted"]')).not.toBeNull();
    expect(container.querySelector('code')?.textContent).toBe('settings/');
  });

  test('no host access: the button asks for <all_urls> from the click', async () => {
    const { container, connection } = renderPopup({ view: { kind: 'no-access' } });
    expect(container.querySelector('[data-state="no-access"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Allow access to websites' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Access granted: reload the page to check it'),
    );
    expect(connection.calls).toEqual([{ action: 'requestHostAccess' }]);
  });
});

describe('each scenario shows its expected cause first', () => {
  test.each(scenarioIds())('%s', (id) => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: scenarioState([id]) } });
    expect(causes(container)[0]).toBe(expectedCause(id));
  });
});

describe('what the worker did not see', () => {
  test.each([
    ['headers missed: the card says so', 'not-seen', true],
    ['headers seen: no note', 'complete', false],
  ] as const)('%s', (_name, side, shown) => {
    const record = scenarioRecord('github-bad-credentials');
    const seen = {
      side,
      authorization: 'unknown',
      proxyAuthorization: 'unknown',
      cookies: 'unknown',
      time: 'known',
    } as const;
    const state = {
      ...scenarioState([]),
      records: [
        {
          ...record,
          diagnosis: {
            ...record.diagnosis,
            facts: { ...record.diagnosis.facts, request: { ...record.diagnosis.facts.request, seen } },
          },
        },
      ],
    };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    expect(container.textContent?.includes("Why401 did not see this request's headers")).toBe(shown);
  });
});

describe('ranking and summary', () => {
  test('likely causes before possible ones, then by score; the summary pins them on no single cause', async () => {
    const state = scenarioState(['no-challenge-fetch', 'aspnet-jwt-expired', 'github-bad-credentials']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    // The first paint holds the top cards; the rest follow a frame later.
    await waitFor(() => expect(causes(container)).toHaveLength(3));
    const shown = causes(container);
    const tops = state.records.map((r) => r.diagnosis.causes[0]);
    const rank = (c: (typeof tops)[number]) => [c?.likelihood === 'likely' ? 1 : 0, c?.score ?? 0] as const;
    const sorted = [...tops].sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1]).map((c) => c?.id);
    expect(shown).toEqual(sorted);
    expect(container.querySelector('h1')?.textContent).toBe(
      '3 requests on this page were refused, for 3 different reasons',
    );
  });

  test('the count of a deduplicated record shows', () => {
    const record = scenarioRecord('aspnet-jwt-expired', 5);
    const state: TabState = {
      version: STORAGE_VERSION,
      tabId: 7,
      pageUrl: 'http://127.0.0.1:8080/',
      total: 5,
      records: [record],
    };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience: 'developer' });
    expect(container.querySelector('.meta')?.textContent).toContain('5×');
    expect(container.querySelector('h1')?.textContent).toBe('5 requests to 127.0.0.1:8080 were refused');
  });

  test('200 records of one cause are one card: "200 requests", a few URLs listed, the rest counted', async () => {
    const records = Array.from({ length: 200 }, (_, i) => ({
      ...scenarioRecord('aspnet-jwt-expired'),
      key: `k${i}`,
      url: `http://127.0.0.1:8080/api/orders/${i}`,
      lastAt: i,
    }));
    const state: TabState = {
      version: STORAGE_VERSION,
      tabId: 7,
      pageUrl: 'http://127.0.0.1:8080/',
      total: 200,
      records,
    };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    expect(causes(container)).toEqual(['credentials-expired']);
    const card = container.querySelector('[data-cause]');
    expect(card?.querySelector('.group-count')?.textContent).toBe('200 requests to 127.0.0.1:8080');
    expect(card?.querySelectorAll('.urls li')).toHaveLength(LISTED_URLS);
    expect(card?.querySelector('.urls li')?.textContent).toBe('GET /api/orders/199');
    expect(card?.textContent).toContain(`and ${200 - LISTED_URLS} more`);
  });
});

describe('many refusals (issue #13)', () => {
  /** 12 refusals: 8 expired sessions on api, 4 without a challenge on another host. */
  function twelve(): TabState {
    const expired = Array.from({ length: 8 }, (_, i) => ({
      ...scenarioRecord('aspnet-jwt-expired'),
      key: `e${i}`,
      url: `http://127.0.0.1:8080/api/items/${i}`,
      lastAt: 100 + i,
    }));
    const plain = Array.from({ length: 4 }, (_, i) => ({
      ...scenarioRecord('no-challenge-fetch'),
      key: `n${i}`,
      url: `http://localhost:8080/feed/items?page=${i}`,
      lastAt: i,
    }));
    return {
      version: STORAGE_VERSION,
      tabId: 7,
      pageUrl: 'http://127.0.0.1:8080/',
      total: 12,
      records: [...plain, ...expired],
    };
  }

  test('one card per cause, the heading names no single cause, each card its count', async () => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: twelve() } });
    await waitFor(() => expect(causes(container)).toHaveLength(2));
    expect(causes(container)[0]).toBe('credentials-expired');
    expect(container.querySelector('h1')?.textContent).toBe(
      '12 requests on this page were refused, for 2 different reasons',
    );
    expect([...container.querySelectorAll('[data-cause]')].map((card) => card.getAttribute('data-count'))).toEqual([
      '8',
      '4',
    ]);
    // URLs that differ only in their query stay apart.
    const feed = [...container.querySelectorAll('[data-cause="server-misconfigured"] .urls li')].map(
      (li) => li.textContent,
    );
    expect(new Set(feed).size).toBe(4);
  });

  test('the summary, the audience switch and one action bar come before the cards; no card repeats the page actions', () => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: twelve() } });
    const order = [...container.querySelectorAll('h1, fieldset.audience, .page-actions, [data-cause]')].map((el) =>
      el.tagName === 'ARTICLE' ? 'card' : el.className || el.tagName,
    );
    expect(order.slice(0, 3)).toEqual(['H1', 'audience', 'page-actions']);
    expect(container.querySelectorAll('[data-action="copy-report"]')).toHaveLength(1);
    expect(
      container.querySelectorAll(
        '[data-cause] [data-action="clear-site-data"], [data-cause] [data-action="reload"], [data-cause] [data-action="open-login"]',
      ),
    ).toHaveLength(0);
  });
});

describe('before you were sent here (issue #13)', () => {
  function sentHere(current: string[]): TabState {
    const left = scenarioState(['devise-session-lapsed']);
    const state = scenarioState(current);
    return {
      ...state,
      pageUrl: 'http://127.0.0.1:8080/login',
      previous: [
        { pageUrl: 'http://127.0.0.1:8080/cart', total: 1, records: left.records, leftAt: NOW - 5_000, ledHere: true },
      ],
    };
  }

  test('nothing refused on the login page: the refusal that sent the visitor here, with its page', () => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: sentHere([]) } });
    expect(container.querySelector('[data-empty]')).toBeNull();
    expect(container.querySelector('h1')?.textContent).toBe('Just before you were sent here, 1 request was refused');
    const section = container.querySelector('[data-section="led-here"]');
    expect(section?.querySelector('h2')?.textContent).toBe('Before you were sent here');
    expect(section?.querySelector('code')?.textContent).toBe('127.0.0.1:8080/cart');
    expect(causes(section as Element)).toEqual(['credentials-expired']);
  });

  test("the page's own refusals come first, the ones before it apart and after", async () => {
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: sentHere(['no-challenge-fetch']) } });
    await waitFor(() => expect(causes(container)).toHaveLength(2));
    expect(container.querySelector('h1')?.textContent).toBe('1 request to 127.0.0.1:8080 was refused');
    const section = container.querySelector('[data-section="led-here"]');
    expect(causes(section as Element)).toEqual(['credentials-expired']);
    expect(causes(container)[0]).not.toBe('credentials-expired');
  });

  test('pages left long ago are history, listed on demand under "Earlier pages"', () => {
    const state = sentHere([]);
    const old = {
      ...(state.previous?.[0] as NonNullable<TabState['previous']>[number]),
      ledHere: false,
      leftAt: NOW - 600_000,
    };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: { ...state, previous: [old] } } });
    expect(container.querySelector('[data-empty]')).not.toBeNull();
    const earlier = container.querySelector('details[data-section="earlier"]');
    expect(earlier?.querySelector('summary')?.textContent).toBe('Earlier pages in this tab (1)');
    expect(earlier?.querySelector('li')?.textContent).toBe(
      '127.0.0.1:8080/cart: 1 request refused, left 10 minutes ago Your session expired',
    );
  });
});

describe('audiences', () => {
  test.each(AUDIENCES)('%s: title, advice and actions for the audience', (audience) => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience });
    const card = container.querySelector('[data-cause="credentials-expired"]');
    expect(card?.querySelector('h2')?.textContent).toBe(
      audience === 'visitor' ? 'Your session expired' : 'Credentials expired',
    );
    // Visitors see no jargon unless they open "Details".
    const details = card?.querySelector('details.details');
    expect(details !== null && details !== undefined).toBe(audience === 'visitor');
    expect(card?.querySelector('[data-action="copy-curl"]') !== null).toBe(audience !== 'visitor');
    expect(container.querySelector('.page-actions [data-action="copy-report"]')).not.toBeNull();
    expect(card?.querySelectorAll('ol.advice li').length).toBeGreaterThan(0);
  });

  test('evidence is shown with its source, code as <code>', () => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience: 'developer' });
    const items = [...container.querySelectorAll('.evidence li')].map((li) => li.textContent ?? '');
    expect(items.join('\n')).toMatch(/\(header www-authenticate\)/);
    expect(container.querySelector('.evidence code')).not.toBeNull();
  });

  test('choosing an audience goes through the connection', async () => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { connection } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    fireEvent.click(screen.getByRole('radio', { name: 'I run this site' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'I run this site' })).toHaveProperty('checked', true));
    expect(connection.calls).toContainEqual({ action: 'setAudience', audience: 'owner' });
  });

  test.each([
    ['DevTools open for this tab: the popup says where the Why401 panel is', true, 1],
    ['DevTools closed: no hint', false, 0],
  ])('%s', (_name, devtoolsOpen, hints) => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, devtoolsOpen });
    expect(container.querySelectorAll('[data-hint="devtools"]')).toHaveLength(hints);
    if (devtoolsOpen) expect(container.textContent).toContain('More detail in DevTools → Why401');
  });
});
