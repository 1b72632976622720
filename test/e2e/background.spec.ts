// The background worker in real browsers: dedupe, reset on navigation, cleanup on close, badge, the
// worker being killed, clearing site data, and the privacy promise (no secret stored anywhere).
import { expect, test } from './support/fixtures';
import type { TabHandle } from './support/driver';
import { allStoredText, badgeText, tabState } from './support/extension-state';
import { HISTORY_SECRETS } from './support/fixture-server';

test('the same refusal repeated is one record with a count, and the badge shows the total', async ({
  driver,
  server,
}) => {
  const tab = await driver.openTab(`${server.origin}/repeat/bearer-invalid-token-fetch?n=5`);
  await expect.poll(async () => (await tabState(driver, tab))?.total).toBe(5);
  const state = await tabState(driver, tab);
  expect(state?.records).toHaveLength(1);
  expect(state?.records[0]?.count).toBe(5);
  await expect.poll(() => badgeText(driver, tab)).toBe('5');
  await driver.closeTab(tab);
});

test('a navigation to another page starts empty; the refusals that led there stay countable until the next page', async ({
  driver,
  server,
}) => {
  const tab = await driver.openTab(server.pageUrl('no-challenge-fetch'));
  await expect.poll(async () => (await tabState(driver, tab))?.records.length).toBe(1);
  await driver.navigate(tab, `${server.origin}/`);
  await expect.poll(async () => (await tabState(driver, tab))?.pageUrl).toBe(`${server.origin}/`);
  expect((await tabState(driver, tab))?.records).toEqual([]);
  // Seconds after the 401: "before you were sent here", and the badge counts it.
  await expect
    .poll(async () => (await tabState(driver, tab))?.previous?.map((page) => [page.pageUrl, page.ledHere]))
    .toEqual([[server.pageUrl('no-challenge-fetch'), true]]);
  await expect.poll(() => badgeText(driver, tab)).toBe('1');
  // A page with nothing refused led nowhere: the next navigation clears the badge, the history stays.
  await driver.navigate(tab, `${server.origin}/?again`);
  await expect.poll(async () => (await tabState(driver, tab))?.pageUrl).toBe(`${server.origin}/?again`);
  await expect.poll(() => badgeText(driver, tab)).toBe('');
  expect((await tabState(driver, tab))?.previous?.map((page) => page.ledHere)).toEqual([false]);
  await driver.closeTab(tab);
});

test('a refusal just before the page moves on (401, then off to the next page) stays with its own page', async ({
  driver,
  server,
}) => {
  // The worker is still asking the cookie jar about the 401 when the next navigation starts; before the
  // fix it was filed under the next page in about half of such chains (8/20 Chromium, 14/20 Firefox).
  const tab = await driver.openTab(`${server.origin}/`);
  const path = server.scenarios.find((scenario) => scenario.id === 'no-challenge-fetch')?.request.path;
  for (let run = 0; run < 10; run++) {
    await driver.navigate(tab, `${server.origin}/hop/no-challenge-fetch?left=1&run=${run}`);
    const last = `${server.origin}${path}?left=0&run=${run}`;
    await expect.poll(async () => (await tabState(driver, tab))?.records.map((record) => record.url)).toContain(last);
    await new Promise((resolve) => setTimeout(resolve, 300)); // room for a late write of the first page's 401
    expect((await tabState(driver, tab))?.records.map((record) => record.url)).toEqual([last]);
  }
  await driver.closeTab(tab);
});

test('closing the tab deletes its records', async ({ driver, server }) => {
  const tab = await driver.openTab(server.pageUrl('no-challenge-fetch'));
  await expect.poll(async () => (await tabState(driver, tab))?.records.length).toBe(1);
  await driver.closeTab(tab);
  await expect.poll(() => tabState(driver, tab)).toBeNull();
});

test('a page navigation answered 401 is recorded as the page itself', async ({ driver, server }) => {
  const tab = await driver.openTab(server.pageUrl('basic-navigation'));
  await expect.poll(async () => (await tabState(driver, tab))?.records[0]?.resourceType).toBe('main_frame');
  expect((await tabState(driver, tab))?.pageUrl).toBe(server.pageUrl('basic-navigation'));
  await driver.closeTab(tab);
});

test('nothing secret is stored: canary tokens, API keys and cookie values stay out of storage', async ({
  driver,
  server,
}) => {
  const withSecrets = server.scenarios.filter((scenario) => JSON.stringify(scenario.request).includes('CANARY'));
  expect(withSecrets.length).toBeGreaterThan(3);
  const tabs: TabHandle[] = [];
  for (const scenario of withSecrets) tabs.push(await driver.openTab(server.pageUrl(scenario.id)));
  await expect
    .poll(
      async () =>
        (await Promise.all(tabs.map((tab) => tabState(driver, tab)))).filter((state) => (state?.total ?? 0) > 0).length,
    )
    .toBe(tabs.length);
  const stored = await allStoredText(driver);
  expect(stored).not.toMatch(/CANARY/i);
  for (const scenario of withSecrets) {
    for (const header of scenario.request.headers) {
      const secret = /^(?:Basic|Bearer|Token|DPoP)\s+(.+)$/i.exec(header.value)?.[1];
      if (secret && secret.length > 8) expect(stored).not.toContain(secret);
    }
  }
  for (const tab of tabs) await driver.closeTab(tab);
});

test('a secret in the URL of an earlier success never reaches storage (query, path segment, page query and fragment)', async ({
  driver,
  server,
}) => {
  // Found in review: the last success per origin was stored with its raw URL and quoted in later evidence.
  const page = `${server.origin}/history-secrets/no-challenge-fetch?session_token=${HISTORY_SECRETS[3]}#access_token=${HISTORY_SECRETS[2]}`;
  const tab = await driver.openTab(page);
  await expect.poll(async () => (await tabState(driver, tab))?.records.length).toBe(1);
  // Site history is persisted in batches about a second later: wait until it holds the earlier successes.
  await expect.poll(() => allStoredText(driver)).toContain('/ok/');
  const stored = await allStoredText(driver);
  for (const secret of HISTORY_SECRETS) expect(stored).not.toContain(secret);
  expect(stored).not.toMatch(/CANARY/i);
  await driver.closeTab(tab);
});

test('the worker can be stopped at any moment: nothing is lost and the badge stays right', async ({
  driver,
  server,
}) => {
  test.skip(
    !driver.stopWorker,
    'stopping the background on demand needs CDP (Chromium); Firefox keeps its event page alive under BiDi',
  );
  const tab = await driver.openTab(`${server.origin}/repeat/bearer-invalid-token-fetch?n=3`);
  await expect.poll(async () => (await tabState(driver, tab))?.total).toBe(3);
  await driver.stopWorker?.();
  await driver.navigate(tab, `${server.origin}/repeat/bearer-invalid-token-fetch?n=2`);
  await expect.poll(async () => (await tabState(driver, tab))?.total).toBe(2);
  await driver.stopWorker?.();
  const other = await driver.openTab(`${server.origin}/repeat/no-challenge-fetch?n=4`);
  await expect.poll(async () => (await tabState(driver, other))?.total).toBe(4);
  expect((await tabState(driver, tab))?.total).toBe(2);
  // The first page's 3 refusals came seconds before the navigation: they led here and the badge counts them.
  expect((await tabState(driver, tab))?.previous?.[0]).toMatchObject({ total: 3, ledHere: true });
  await expect.poll(() => badgeText(driver, tab)).toBe('5');
  await expect.poll(() => badgeText(driver, other)).toBe('4');
  await driver.closeTab(tab);
  await driver.closeTab(other);
});

test('clear-site-data removes the site cookies for real', async ({ driver, server }) => {
  const scenario = server.scenarios.find((candidate) =>
    candidate.request.headers.some((header) => header.name.toLowerCase() === 'cookie'),
  );
  expect(scenario, 'a scenario that sends cookies').toBeDefined();
  const tab = await driver.openTab(server.pageUrl(scenario?.id ?? ''));
  const count = () =>
    driver.evalInExtension<number>(
      `browser.cookies.getAll({ url: ${JSON.stringify(server.origin)} }).then((all) => all.length)`,
    );
  await expect.poll(count).toBeGreaterThan(0);
  const result = await driver.evalInExtension<{ ok: boolean; cookiesRemoved: number }>(
    `browser.runtime.sendMessage({ type: 'clear-site-data', tabId: ${tab.tabId}, urls: [${JSON.stringify(server.origin + (scenario?.request.path ?? '/'))}], cacheAndStorage: false, reload: false })`,
  );
  expect(result.ok).toBe(true);
  expect(result.cookiesRemoved).toBeGreaterThan(0);
  expect(await count()).toBe(0);
  await driver.closeTab(tab);
});

test('a malformed command is dropped without effect', async ({ driver, server }) => {
  const tab = await driver.openTab(`${server.origin}/`);
  const answer = await driver.evalInExtension<unknown>(
    `browser.runtime.sendMessage({ type: 'clear-site-data', tabId: ${tab.tabId}, origins: 'all' }).then((r) => r ?? null, () => 'rejected')`,
  );
  expect([null, 'rejected']).toContain(answer);
  await driver.closeTab(tab);
});

test('the worker killed twice during a storm: the record survives, counts only grow, nothing is corrupted', async ({
  driver,
  server,
}) => {
  test.skip(!driver.stopWorker, 'stopping the background on demand needs CDP (Chromium)');
  const responses = 2_000;
  const tab = await driver.openTab(`${server.origin}/repeat/no-challenge-fetch?n=${responses}`);
  const totals: number[] = [];
  for (let kill = 0; kill < 2; kill++) {
    await expect.poll(async () => (await tabState(driver, tab))?.total ?? 0).toBeGreaterThan(totals.at(-1) ?? 0);
    totals.push((await tabState(driver, tab))?.total ?? 0);
    await driver.stopWorker?.();
  }
  // The page keeps refusing; the restarted worker keeps counting into the same record.
  await expect
    .poll(async () => (await tabState(driver, tab))?.total ?? 0, { timeout: 60_000 })
    .toBeGreaterThan(totals.at(-1) ?? 0);
  const state = await tabState(driver, tab);
  expect(state?.version).toBe(1);
  expect(state?.records).toHaveLength(1);
  expect(state?.records[0]?.count).toBe(state?.total);
  // Refusals in flight when the worker died may be missing from the count; never more than were sent.
  expect(state?.total).toBeLessThanOrEqual(responses);
  await driver.closeTab(tab);
});
