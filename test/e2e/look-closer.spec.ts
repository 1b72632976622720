// What Chrome hides from webRequest, made visible on demand. Without `extraHeaders` a CORS preflight
// refused with 401 is invisible: the page's request only fails (`net::ERR_FAILED`), and Why401 records
// that failure as "blocked by CORS" (server-misconfigured, possible). "Look closer" listens with
// extraHeaders for one reload: the preflight itself is then recorded, with what it saw; afterwards the
// listener is gone (the next reload sees the failure only, as before).
import { expect, test } from './support/fixtures';
import type { ExtensionDriver, TabHandle } from './support/driver';
import { tabState } from './support/extension-state';
import { PopupPage } from './support/popup-page';
import type { LookCloserSession } from '../../src/shared/look-closer';

const SCENARIO = 'cors-preflight-401';

function lookCloser(driver: ExtensionDriver, tab: TabHandle): Promise<LookCloserSession | null> {
  return driver.evalInExtension<LookCloserSession | null>(
    `browser.storage.session.get('lookCloser').then((all) => all.lookCloser?.[${tab.tabId}] ?? null)`,
  );
}

/** The current page's records as `METHOD status cause likelihood`. */
async function recordLines(driver: ExtensionDriver, tab: TabHandle): Promise<string[]> {
  const state = await tabState(driver, tab);
  return (state?.records ?? [])
    .map(
      (record) =>
        `${record.method} ${record.status} ${record.diagnosis.causes[0]?.id} ${record.diagnosis.causes[0]?.likelihood}`,
    )
    .sort();
}

test('a CORS preflight refused with 401: blocked without, seen with "Look closer", and the listener gone afterwards', async ({
  driver,
  server,
}) => {
  test.skip(
    driver.name !== 'chromium',
    'Firefox shows preflights to webRequest without extraHeaders: no "Look closer" there',
  );
  const tab = await driver.openTab(server.pageUrl(SCENARIO));

  // 1. Without: the request failed CORS, and that is all Chrome shows.
  await expect.poll(() => recordLines(driver, tab)).toEqual(['POST 0 server-misconfigured possible']);
  let popup = new PopupPage(await driver.openPopup(tab));
  expect(await popup.waitForCards()).toEqual(['server-misconfigured']);
  expect(
    await popup.handle.eval<string>(`document.querySelector('[data-cause] .request .meta').textContent`),
  ).toContain('blocked (CORS)');

  // 2. With: the popup's button reloads the page with the extraHeaders listener on this tab.
  expect(await popup.clickAction('look-closer')).toBe(true);
  await expect
    .poll(() => recordLines(driver, tab), { timeout: 15_000 })
    .toEqual(['OPTIONS 401 server-misconfigured likely']);
  const preflight = (await tabState(driver, tab))?.records[0];
  expect(preflight?.diagnosis.facts.request.isPreflight).toBe(true);
  await expect.poll(async () => (await lookCloser(driver, tab))?.endReason, { timeout: 20_000 }).toBe('settled');
  const session = await lookCloser(driver, tab);
  expect(
    session?.sightings.filter((sighting) => sighting.preflight).map((sighting) => [sighting.method, sighting.status]),
  ).toEqual([['OPTIONS', 401]]);
  await expect
    .poll(() =>
      popup.handle.eval<number>(
        `document.querySelectorAll('[data-section="look-closer"] [data-sighting="preflight"]').length`,
      ),
    )
    .toBe(1);
  await popup.handle.close();

  // 3. Afterwards: the listener is gone. The same reload shows only the failure again.
  await driver.evalInExtension(`browser.tabs.reload(${tab.tabId})`);
  await expect.poll(async () => (await tabState(driver, tab))?.previous?.[0]?.records.length).toBe(1);
  await expect.poll(() => recordLines(driver, tab)).toEqual(['POST 0 server-misconfigured possible']);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // room for a late preflight record
  expect(await recordLines(driver, tab)).toEqual(['POST 0 server-misconfigured possible']);
  expect((await lookCloser(driver, tab))?.sightings).toHaveLength(session?.sightings.length ?? -1);
  popup = new PopupPage(await driver.openPopup(tab));
  expect(await popup.waitForCards()).toEqual(['server-misconfigured']);
  await popup.handle.close();
  await driver.closeTab(tab);
});

test('Firefox shows the refused preflight itself, and no "Look closer" button', async ({ driver, server }) => {
  test.skip(driver.name !== 'firefox', 'Chromium: see the test above');
  const tab = await driver.openTab(server.pageUrl(SCENARIO));
  await expect.poll(() => recordLines(driver, tab)).toContain('OPTIONS 401 server-misconfigured likely');
  const popup = new PopupPage(await driver.openPopup(tab));
  await popup.waitForCards();
  expect(await popup.handle.eval<number>(`document.querySelectorAll('[data-action="look-closer"]').length`)).toBe(0);
  await popup.handle.close();
  await driver.closeTab(tab);
});
