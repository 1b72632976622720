// The everyday 401 in real browsers: an app gets a 401 and sends the visitor to its login page, by
// script (`location.href = '/login'`) or by a 302. The popup on the login page must show the refusal
// under "Before you were sent here", with the page it happened on, and the badge must count it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadScenarios } from '../fixtures/load-scenarios';
import { badgeText, tabState } from './support/extension-state';
import { expect, test } from './support/fixtures';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { PopupPage } from './support/popup-page';

const HTML = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };

/** An app page whose API call is refused, after which it moves on to `next`. */
function appPage(next: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title></head><body><script>
    fetch('/sent/api/me', { headers: { Authorization: 'Bearer not-a-real-token' } }).then(() => { location.href = ${JSON.stringify(next)}; });
  </script></body></html>`;
}

function routes(req: IncomingMessage, res: ServerResponse): boolean {
  const path = (req.url ?? '/').split('?')[0];
  switch (path) {
    case '/sent/app':
      res.writeHead(200, HTML).end(appPage('/sent/login'));
      return true;
    case '/sent/app-302':
      res.writeHead(200, HTML).end(appPage('/sent/account'));
      return true;
    case '/sent/account':
      res.writeHead(302, { Location: '/sent/login', 'Cache-Control': 'no-store' }).end();
      return true;
    case '/sent/api/me':
      res
        .writeHead(401, {
          'WWW-Authenticate':
            'Bearer realm="shop", error="invalid_token", error_description="The access token expired"',
          'Content-Type': 'application/json',
        })
        .end('{"error":"token expired"}');
      return true;
    case '/sent/login':
      res
        .writeHead(200, HTML)
        .end(
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body><h1>Sign in</h1></body></html>',
        );
      return true;
    default:
      return false;
  }
}

let app: FixtureServer;
test.beforeAll(async () => {
  app = await startFixtureServer(loadScenarios(), { routes });
});
test.afterAll(async () => {
  await app.close();
});

for (const [name, start] of [
  ['a script sends the visitor to /login', '/sent/app'],
  ['a 302 sends the visitor to /login', '/sent/app-302'],
] as const) {
  test(`${name}: the login page's popup shows the refusal that led there`, async ({ driver }) => {
    const opened = await driver.openTab(`${app.origin}${start}`);
    // The page moves on at once, so the driver may not find it by its first URL: look for the login page.
    const login = JSON.stringify(`${app.origin}/sent/login`);
    let tab = opened;
    await expect
      .poll(
        async () =>
          (tab = {
            tabId: await driver.evalInExtension<number>(
              `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${login})?.id ?? -1)`,
            ),
          }).tabId,
      )
      .toBeGreaterThanOrEqual(0);
    await expect
      .poll(async () => (await tabState(driver, tab))?.pageUrl, { timeout: 15_000 })
      .toBe(`${app.origin}/sent/login`);
    await expect.poll(async () => (await tabState(driver, tab))?.previous?.[0]?.ledHere).toBe(true);
    const popup = new PopupPage(await driver.openPopup(tab));
    await expect.poll(() => popup.ledHereCauses()).toEqual(['credentials-expired']);
    expect(await popup.handle.eval<boolean>(`document.querySelector('[data-empty]') === null`)).toBe(true);
    expect(await popup.handle.eval<string>(`document.querySelector('[data-section="led-here"] h2').textContent`)).toBe(
      'Before you were sent here',
    );
    expect(
      await popup.handle.eval<string>(`document.querySelector('[data-section="led-here"] code').textContent`),
    ).toBe(`${new URL(app.origin).host}${start}`);
    expect(await popup.handle.eval<string>(`document.querySelector('h1').textContent`)).toBe(
      'Just before you were sent here, 1 request was refused',
    );
    await expect.poll(() => badgeText(driver, tab)).toBe('1');
    await popup.expandAll();
    for (const theme of ['light', 'dark'] as const) {
      await popup.setTheme(theme);
      expect(await popup.axe(), `axe in ${theme}`).toEqual([]);
    }
    await popup.handle.close();
    await driver.closeTab(opened);
  });
}
