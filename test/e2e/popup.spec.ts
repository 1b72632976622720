// The popup in real Chromium and Firefox: ranked cards, the audience switch, the actions, accessibility.
import { expect, test } from './support/fixtures';
import { PopupPage } from './support/popup-page';

// Scenarios a page can reproduce the same in both browsers (a 407 from a non-proxy and a CORS preflight are
// reported differently by each browser's webRequest; the unit tests cover them from Facts).
const RANKED = ['aspnet-jwt-expired', 'basic-wrong-password', 'express-bearer-undefined'];

test.describe('popup', () => {
  for (const id of RANKED) {
    test(`${id}: the expected cause comes first`, async ({ driver, server }) => {
      const expected = server.scenarios.find((s) => s.id === id)?.expect.cause;
      const tab = await driver.openTab(server.pageUrl(id));
      const popup = new PopupPage(await driver.openPopup(tab));
      const causes = await popup.waitForCards();
      expect(causes[0]).toBe(expected);
      await popup.handle.close();
      await driver.closeTab(tab);
    });
  }

  test('the audience switch is remembered when the popup opens again', async ({ driver, server }) => {
    const tab = await driver.openTab(server.pageUrl('aspnet-jwt-expired'));
    let popup = new PopupPage(await driver.openPopup(tab));
    await popup.waitForCards();
    await popup.chooseAudience('developer');
    await expect
      .poll(() =>
        driver.evalInExtension<unknown>(
          `(globalThis.browser ?? chrome).storage.local.get('audience').then((r) => r.audience)`,
        ),
      )
      .toBe('developer');
    await popup.handle.close();
    popup = new PopupPage(await driver.openPopup(tab));
    await popup.waitForCards();
    expect(await popup.checkedAudience()).toBe('developer');
    expect(await popup.handle.eval<string>(`document.querySelector('[data-cause] h2').textContent`)).toBe(
      'Credentials expired',
    );
    await popup.chooseAudience('visitor');
    await popup.handle.close();
    await driver.closeTab(tab);
  });

  test("clear cookies removes the site's cookies", async ({ driver, server }) => {
    const cookies = (): Promise<number> =>
      driver.evalInExtension<number>(
        `(globalThis.browser ?? chrome).cookies.getAll({ url: ${JSON.stringify(server.origin)} }).then((c) => c.length)`,
      );
    const tab = await driver.openTab(server.pageUrl('devise-session-lapsed'));
    await expect.poll(cookies).toBeGreaterThan(0);
    const popup = new PopupPage(await driver.openPopup(tab));
    expect(await popup.waitForCards()).toContain('credentials-expired');
    // The refused response changes the jar too (it deletes the session cookie): count once it has settled.
    let before = -1;
    await expect
      .poll(async () => {
        const [first, second] = [await cookies(), await new Promise((r) => setTimeout(r, 250)).then(cookies)];
        before = second;
        return first === second;
      })
      .toBe(true);
    expect(await popup.clickAction('clear-site-data')).toBe(true);
    const status = await popup.waitForStatus(/cookies? sent to .* removed/);
    expect(status).toContain(`${before} cookie`);
    // The tab reloads and its page sets the cookies again: check the count dropped to zero at some point
    // by reading the status (counted by the worker before the reload) and the jar right after.
    await popup.handle.close();
    await driver.closeTab(tab);
  });

  test('copy report and copy curl hold no CANARY value', async ({ driver, server }) => {
    const tab = await driver.openTab(server.pageUrl('aspnet-jwt-expired'));
    const popup = new PopupPage(await driver.openPopup(tab));
    await popup.waitForCards();
    await popup.chooseAudience('developer');
    await popup.stubClipboard();
    // The report's catalog loads after the first paint.
    await expect
      .poll(async () => {
        await popup.clickAction('copy-report');
        return popup.status();
      })
      .toBe('Report copied');
    expect(await popup.clickAction('copy-curl')).toBe(true);
    await popup.waitForStatus(/curl command copied/);
    const copied = await popup.copied();
    expect(copied.length).toBeGreaterThanOrEqual(2);
    expect(copied.some((text) => text.startsWith('## '))).toBe(true);
    expect(copied.some((text) => text.startsWith('curl '))).toBe(true);
    for (const text of copied) expect(text).not.toContain('CANARY');
    await popup.chooseAudience('visitor');
    await popup.handle.close();
    await driver.closeTab(tab);
  });

  test('no axe-core violations, light and dark, cards and empty state', async ({ driver, server }) => {
    const tab = await driver.openTab(server.pageUrl('aspnet-jwt-expired'));
    const popup = new PopupPage(await driver.openPopup(tab));
    await popup.waitForCards();
    await popup.expandAll();
    for (const theme of ['light', 'dark'] as const) {
      await popup.setTheme(theme);
      expect(await popup.axe(), `axe in ${theme}`).toEqual([]);
    }
    await popup.handle.close();
    const empty = await driver.openTab(`${server.origin}/`);
    const emptyPopup = new PopupPage(await driver.openPopup(empty));
    await expect
      .poll(() => emptyPopup.handle.eval<boolean>(`document.querySelector('[data-empty]') !== null`))
      .toBe(true);
    for (const theme of ['light', 'dark'] as const) {
      await emptyPopup.setTheme(theme);
      expect(await emptyPopup.axe(), `axe empty in ${theme}`).toEqual([]);
    }
    await emptyPopup.handle.close();
    await driver.closeTab(empty);
    await driver.closeTab(tab);
  });
});
