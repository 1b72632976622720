// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { AUDIENCES } from '../rules/types';
import { STORAGE_VERSION, type TabState } from '../shared/storage-schema';
import { renderPopup } from './testing/render-popup';
import { expectedCause, scenarioIds, scenarioRecord, scenarioState } from './testing/scenario-state';
import { FIRST_PAGE } from './components/problem-list';

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
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Access granted: reload the page to check it'));
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
    const seen = { side, authorization: 'unknown', proxyAuthorization: 'unknown', cookies: 'unknown', time: 'known' } as const;
    const state = { ...scenarioState([]), records: [{ ...record, diagnosis: { ...record.diagnosis, facts: { ...record.diagnosis.facts, request: { ...record.diagnosis.facts.request, seen } } } }] };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    expect(container.textContent?.includes("Why401 did not see this request's headers")).toBe(shown);
  });
});

describe('ranking and summary', () => {
  test('likely causes before possible ones, then by score; summary names the host and the top cause', async () => {
    const state = scenarioState(['no-challenge-fetch', 'aspnet-jwt-expired', 'github-bad-credentials']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    // The first paint holds the top cards; the rest follow a frame later.
    await waitFor(() => expect(causes(container)).toHaveLength(3));
    const shown = causes(container);
    const tops = state.records.map((r) => r.diagnosis.causes[0]);
    const rank = (c: (typeof tops)[number]) => [c?.likelihood === 'likely' ? 1 : 0, c?.score ?? 0] as const;
    const sorted = [...tops].sort((a, b) => rank(b)[0] - rank(a)[0] || rank(b)[1] - rank(a)[1]).map((c) => c?.id);
    expect(shown).toEqual(sorted);
    expect(container.querySelector('h1')?.textContent).toMatch(/^3 requests to 127\.0\.0\.1:8080 were refused: /);
  });

  test('the count of a deduplicated record shows', () => {
    const record = scenarioRecord('aspnet-jwt-expired', 5);
    const state: TabState = { version: STORAGE_VERSION, tabId: 7, pageUrl: 'http://127.0.0.1:8080/', total: 5, records: [record] };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience: 'developer' });
    expect(container.querySelector('.meta')?.textContent).toContain('5×');
    expect(container.querySelector('h1')?.textContent).toBe('5 requests to 127.0.0.1:8080 were refused: Credentials expired');
  });

  test(`200 records: the first ${FIRST_PAGE} cards, then "show more"`, async () => {
    const records = Array.from({ length: 200 }, (_, i) => ({ ...scenarioRecord('aspnet-jwt-expired'), key: `k${i}`, lastAt: i }));
    const state: TabState = { version: STORAGE_VERSION, tabId: 7, pageUrl: 'http://127.0.0.1:8080/', total: 200, records };
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    await waitFor(() => expect(causes(container)).toHaveLength(FIRST_PAGE));
    fireEvent.click(screen.getByRole('button', { name: `Show ${200 - FIRST_PAGE} more` }));
    expect(causes(container)).toHaveLength(FIRST_PAGE * 3);
  });
});

describe('audiences', () => {
  test.each(AUDIENCES)('%s: title, advice and actions for the audience', (audience) => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience });
    const card = container.querySelector('[data-cause="credentials-expired"]');
    expect(card?.querySelector('h2')?.textContent).toBe(audience === 'visitor' ? 'Your session expired' : 'Credentials expired');
    // Visitors see no jargon unless they open "Details".
    const details = card?.querySelector('details.details');
    expect(details !== null && details !== undefined).toBe(audience === 'visitor');
    expect(card?.querySelector('[data-action="copy-curl"]') !== null).toBe(audience !== 'visitor');
    expect(card?.querySelector('[data-action="copy-report"]')).not.toBeNull();
    expect(card?.querySelectorAll('ol.advice li').length).toBeGreaterThan(0);
  });

  test('evidence is shown with its source, code as <code>', () => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience: 'developer' });
    const items = [...container.querySelectorAll('.evidence li')].map((li) => li.textContent ?? '');
    expect(items.join('\n')).toMatch(/WWW-Authenticate/);
    expect(container.querySelector('.evidence code')).not.toBeNull();
  });

  test('choosing an audience goes through the connection', async () => {
    const state = scenarioState(['aspnet-jwt-expired']);
    const { connection } = renderPopup({ view: { kind: 'ready', tabId: 7, state } });
    fireEvent.click(screen.getByRole('radio', { name: 'I run this site' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'I run this site' })).toHaveProperty('checked', true));
    expect(connection.calls).toContainEqual({ action: 'setAudience', audience: 'owner' });
  });
});
