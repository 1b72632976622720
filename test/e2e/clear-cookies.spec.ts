// "Clear the cookies" in real browsers: with cookies on api., www. and mail.shop.test and a 401 from
// api.shop.test, only the cookies sent to api.shop.test go, and the status counts them exactly.
// (browsingData.remove with `origins` took all three sites' cookies and said "1 cookie removed".)
import { expect, test } from './support/fixtures';
import { PopupPage } from './support/popup-page';

const SITES = ['api', 'www', 'mail'] as const;

test('a 401 from api.shop.test clears the cookies sent there and no others', async ({ driver, server }) => {
  const port = new URL(server.origin).port;
  const siteUrl = (site: string) => `http://${site}.shop.test:${port}/`;
  const api = (expression: string) =>
    driver.evalInExtension<unknown>(`(globalThis.browser ?? chrome).cookies.${expression}`);
  const names = async (site: string) =>
    ((await api(`getAll({ url: ${JSON.stringify(siteUrl(site))} })`)) as Array<{ name: string }>)
      .map((cookie) => cookie.name)
      .sort();
  await driver.evalInExtension(`browser.browsingData.removeCookies({})`);
  for (const site of SITES)
    await api(`set({ url: ${JSON.stringify(siteUrl(site))}, name: '${site}_session', value: 'test-${site}' })`);

  const tab = await driver.openTab(`${siteUrl('api')}scenario/devise-session-lapsed`);
  const popup = new PopupPage(await driver.openPopup(tab));
  expect(await popup.waitForCards()).toContain('credentials-expired');
  const sentToApi = await names('api');
  expect(sentToApi).toContain('api_session');
  expect(await popup.actionLabel('clear-site-data')).toBe(`Clear the cookies sent to api.shop.test:${port} and reload`);

  expect(await popup.clickAction('clear-site-data')).toBe(true);
  const status = await popup.waitForStatus(/removed/);
  expect(status).toBe(`${sentToApi.length} cookies sent to api.shop.test:${port} removed`);
  expect(await names('www')).toEqual(['www_session']);
  expect(await names('mail')).toEqual(['mail_session']);
  expect(await names('api')).not.toContain('api_session');
  await popup.handle.close();
  await driver.closeTab(tab);
});

test('the stored-data option is accepted by the browser, and still removes only the cookies sent to the URL', async ({
  driver,
  server,
}) => {
  const port = new URL(server.origin).port;
  const url = (site: string) => `http://${site}.shop.test:${port}/`;
  await driver.evalInExtension(`browser.browsingData.removeCookies({})`);
  for (const site of SITES)
    await driver.evalInExtension(
      `browser.cookies.set({ url: ${JSON.stringify(url(site))}, name: '${site}_session', value: 'x' })`,
    );
  const tab = await driver.openTab(url('api'));
  const result = await driver.evalInExtension<{ ok: boolean; cookiesRemoved?: number; error?: string }>(
    `browser.runtime.sendMessage({ type: 'clear-site-data', tabId: ${tab.tabId}, urls: [${JSON.stringify(`${url('api')}v1/me`)}], cacheAndStorage: true, reload: false })`,
  );
  expect(result).toEqual({ ok: true, cookiesRemoved: 1 });
  const left = await driver.evalInExtension<string[]>(
    `browser.cookies.getAll({}).then((all) => all.map((c) => c.name).sort())`,
  );
  expect(left).toEqual(['mail_session', 'www_session']);
  await driver.closeTab(tab);
});
