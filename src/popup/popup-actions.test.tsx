// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { PopupData } from './connection';
import { renderPopup } from './testing/render-popup';
import { scenarioState } from './testing/scenario-state';

afterEach(cleanup);

function ready(ids: string[], audience: PopupData['audience'] = 'visitor'): Partial<PopupData> {
  return { view: { kind: 'ready', tabId: 7, state: scenarioState(ids) }, audience };
}

async function statusSays(text: string | RegExp): Promise<void> {
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(text));
}

describe('actions say what they did in the live region', () => {
  test('clear cookies: exactly those sent to the refused URL, the label says whose, the status how many', async () => {
    const { connection, container } = renderPopup(ready(['devise-session-lapsed']));
    const button = container.querySelector<HTMLButtonElement>('[data-action="clear-site-data"]');
    expect(button?.textContent).toBe('Clear the cookies sent to 127.0.0.1:8080 and reload');
    fireEvent.click(
      screen.getByRole('checkbox', {
        name: 'Also clear the stored data of 127.0.0.1:8080 (local storage and databases) and reload without the cache',
      }),
    );
    fireEvent.click(button as HTMLButtonElement);
    await statusSays('3 cookies sent to 127.0.0.1:8080 removed');
    const url = scenarioState(['devise-session-lapsed']).records[0]?.url;
    expect(connection.calls).toContainEqual({ action: 'clearSiteData', tabId: 7, urls: [url], cacheAndStorage: true });
  });

  test('clear cookies when none is sent says so instead of "0 cookies removed"', async () => {
    const { connection, container } = renderPopup(ready(['devise-session-lapsed']));
    connection.clearResult = { ok: true, cookiesRemoved: 0 };
    fireEvent.click(container.querySelector('[data-action="clear-site-data"]') as HTMLButtonElement);
    await statusSays('The browser sends no cookie to 127.0.0.1:8080: nothing to remove');
  });

  test.each([
    ['devise-session-lapsed', 'an expired session', true],
    ['doorkeeper-revoked', 'a revoked token', true],
    ['sanctum-cross-site-no-cookies', 'cookies held but not sent', true],
    ['ntlm-handshake-step', 'a normal NTLM handshake step (nothing failed)', false],
    ['google-missing-credential', 'credentials never sent (nothing to clear)', false],
    ['no-challenge-fetch', 'a server without a challenge', false],
    ['basic-wrong-password', 'a wrong password typed into a dialog (no cookie involved)', false],
  ])('%s: %s -> clear button %s', (id, _what, shown) => {
    const { container } = renderPopup(ready([id]));
    expect(container.querySelector('[data-action="clear-site-data"]') !== null).toBe(shown);
  });

  test('a failed command says so', async () => {
    const { connection, container } = renderPopup(ready(['devise-session-lapsed']));
    connection.clearResult = { ok: false, error: 'No tab with id: 7' };
    fireEvent.click(container.querySelector('[data-action="clear-site-data"]') as HTMLButtonElement);
    await statusSays('That did not work: No tab with id: 7');
  });

  test('copy report: Markdown of the page, no secret from the request', async () => {
    const { connection } = renderPopup(ready(['aspnet-jwt-expired']));
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await statusSays('Report copied');
    const copied = connection.calls.find((call) => call.action === 'copyText');
    expect(copied?.action === 'copyText' && copied.text).toMatch(/^## /);
    expect(JSON.stringify(copied)).not.toContain('CANARY');
  });

  test('copy curl (developers): placeholders, no secret', async () => {
    const { connection } = renderPopup(ready(['aspnet-jwt-expired'], 'developer'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy curl command' }));
    await statusSays('curl command copied');
    const copied = connection.calls.find((call) => call.action === 'copyText');
    expect(copied?.action === 'copyText' && copied.text).toContain("'Authorization: Bearer <token>'");
    expect(JSON.stringify(copied)).not.toContain('CANARY');
  });

  test('the report waits for its catalog', async () => {
    renderPopup({ ...ready(['aspnet-jwt-expired']), reportCatalog: undefined });
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await statusSays(/not ready yet/);
  });

  test.each([['basic-wrong-password', 'private-window hint is a sentence, not a button']])('%s: %s', (id) => {
    const { container } = renderPopup(ready([id]));
    const top = container.querySelector('[data-cause]');
    const actions = JSON.stringify(scenarioState([id]).records[0]?.diagnosis.causes[0]?.actions);
    if (actions.includes('private-window-hint'))
      expect(top?.querySelector('.hint')?.textContent).toMatch(/private window/);
  });

  test.each([
    ['with refusals', ready(['cdn-cached-401'])],
    ['on an empty page', { view: { kind: 'ready', tabId: 7, state: undefined } } as Partial<PopupData>],
  ])('"Open a HAR file…" opens the workbench %s', async (_name, data) => {
    const { connection, container } = renderPopup(data);
    fireEvent.click(container.querySelector('[data-action="open-workbench"]') as HTMLButtonElement);
    await statusSays('The HAR workbench is open in a new tab.');
    expect(connection.calls).toContainEqual({ action: 'openWorkbench' });
  });

  test('reload goes to the tab', async () => {
    const { connection, container } = renderPopup(ready(['cdn-cached-401']));
    fireEvent.click(container.querySelector('[data-action="reload"]') as HTMLButtonElement);
    await statusSays('Reloading the page without cache');
    expect(connection.calls).toContainEqual({ action: 'reload', tabId: 7, bypassCache: true });
  });
});

describe('"open the sign-in page" only with a real candidate, saying what it opens', () => {
  /** A missing-credentials refusal from another origin than the page, as on a shop calling its API. */
  function crossOrigin(pageUrl: string): Partial<PopupData> {
    const state = scenarioState(['google-missing-credential']);
    const records = state.records.map((record) => ({
      ...record,
      url: 'https://api.shop.test/v1/me',
      diagnosis: { ...record.diagnosis, loginUrl: undefined },
    }));
    return { view: { kind: 'ready', tabId: 7, state: { ...state, pageUrl, records } } };
  }

  test("the top-level page's site, named on the button and in the status", async () => {
    const { connection, container } = renderPopup(crossOrigin('https://www.shop.test/cart'));
    const button = container.querySelector<HTMLButtonElement>('[data-action="open-login"]');
    expect(button?.textContent).toBe('Open www.shop.test/ to sign in again');
    fireEvent.click(button as HTMLButtonElement);
    await statusSays('Opened www.shop.test/ in a new tab');
    expect(connection.calls).toContainEqual({ action: 'openLogin', tabId: 7, url: 'https://www.shop.test/' });
  });

  test("no candidate: no button (never the API's own home page)", () => {
    const { container } = renderPopup(crossOrigin('https://api.shop.test/docs'));
    expect(container.querySelector('[data-action="open-login"]')).toBeNull();
  });

  test('a login URL from the challenge: the sign-in page, with its address', () => {
    const data = crossOrigin('https://www.shop.test/cart');
    const state = data.view?.kind === 'ready' ? data.view.state : undefined;
    const records = (state?.records ?? []).map((record) => ({
      ...record,
      diagnosis: { ...record.diagnosis, loginUrl: 'https://id.shop.test/authorize' },
    }));
    const { container } = renderPopup({ view: { kind: 'ready', tabId: 7, state: state && { ...state, records } } });
    expect(container.querySelector('[data-action="open-login"]')?.textContent).toBe(
      'Open the sign-in page: id.shop.test/authorize',
    );
  });
});
