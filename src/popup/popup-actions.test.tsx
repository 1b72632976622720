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
  test('clear cookies (with cache and storage) for the origins of the records, then reload', async () => {
    const { connection, container } = renderPopup(ready(['devise-session-lapsed']));
    const button = container.querySelector<HTMLButtonElement>('[data-action="clear-site-data"]');
    expect(button).not.toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also clear its cache and stored data' }));
    fireEvent.click(button as HTMLButtonElement);
    await statusSays('3 cookies removed from 127.0.0.1:8080');
    expect(connection.calls).toContainEqual({ action: 'clearSiteData', tabId: 7, origins: ['http://127.0.0.1:8080'], cacheAndStorage: true });
  });

  test('a failed command says so', async () => {
    const { connection, container } = renderPopup(ready(['devise-session-lapsed']));
    connection.clearResult = { ok: false, error: 'No tab with id: 7' };
    fireEvent.click(container.querySelector('[data-action="clear-site-data"]') as HTMLButtonElement);
    await statusSays('That did not work: No tab with id: 7');
  });

  test('copy report: Markdown of the card, no secret from the request', async () => {
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

  test.each([
    ['basic-wrong-password', 'private-window hint is a sentence, not a button'],
  ])('%s: %s', (id) => {
    const { container } = renderPopup(ready([id]));
    const top = container.querySelector('[data-cause]');
    const actions = JSON.stringify(scenarioState([id]).records[0]?.diagnosis.causes[0]?.actions);
    if (actions.includes('private-window-hint')) expect(top?.querySelector('.hint')?.textContent).toMatch(/private window/);
  });

  test('open the login page and reload go to the tab', async () => {
    const state = scenarioState(['basic-navigation', 'cdn-cached-401']);
    const { connection, container } = renderPopup({ view: { kind: 'ready', tabId: 7, state }, audience: 'visitor' });
    const login = container.querySelector<HTMLButtonElement>('[data-action="open-login"]');
    const reload = container.querySelector<HTMLButtonElement>('[data-action="reload"]');
    if (login) {
      fireEvent.click(login);
      await statusSays(/Sign-in page of .* opened/);
      expect(connection.calls.some((call) => call.action === 'openLogin' && /^https?:\/\//.test(call.url))).toBe(true);
    }
    if (reload) {
      fireEvent.click(reload);
      await statusSays('Reloading the page without cache');
      expect(connection.calls).toContainEqual({ action: 'reload', tabId: 7, bypassCache: true });
    }
    expect(login ?? reload).not.toBeNull();
  });
});
