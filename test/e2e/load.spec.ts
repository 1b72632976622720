// Load hardening in real browsers: a page that refuses forever, a tab that navigates itself hundreds
// of times, 200 tabs at once. What is asserted is what must hold however slow the machine is: sizes
// stay bounded, counts are right, nothing leaks, and the browser still does what it is asked (within
// expect timeouts). No wall-clock duration is asserted: these machines are shared and noisy.
import type { ExtensionDriver, TabHandle } from './support/driver';
import { parsedTab, tabState } from './support/extension-state';
import { expect, shownCauses, test } from './support/fixtures';
import type { FixtureServer } from './support/fixture-server';
import type { Scenario } from '../fixtures/scenario';
import type { TabState } from '../../src/shared/storage-schema';
import { MAX_EARLIER_PAGES } from '../../src/background/page-history';

/** A fetch 401 without a challenge the browser would prompt for: loops and chains can await it. */
const QUIET_SCENARIO = 'no-challenge-fetch';
/** Another one, for the tab that checks the browser still works mid-storm. */
const OTHER_SCENARIO = 'bearer-invalid-token-fetch';

function scenarioById(server: FixtureServer, id: string): Scenario {
  const scenario = server.scenarios.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** How many requests for `path` (query ignored) the server answered since `from` (an index in its log). */
function servedSince(server: FixtureServer, path: string, from = 0): number {
  const line = `GET ${path}`;
  return server.log.slice(from).filter((entry) => entry === line).length;
}

interface StormSample {
  /** JSON length of everything in storage.session. */
  bytes: number;
  total: number;
  records: number;
}

function sampleStorm(driver: ExtensionDriver, tab: TabHandle): Promise<StormSample> {
  const key = JSON.stringify(`tab:${tab.tabId}`);
  return driver.evalInExtension<StormSample>(`browser.storage.session.get(null).then((all) => ({
    bytes: JSON.stringify(all).length, total: ${parsedTab(`all[${key}]`)}?.total ?? 0, records: ${parsedTab(`all[${key}]`)}?.records.length ?? 0 }))`);
}

/** Ids in the `tab:<id>` keys of storage.session. */
function storedTabIds(driver: ExtensionDriver): Promise<number[]> {
  return driver.evalInExtension<number[]>(`browser.storage.session.get(null).then((all) => Object.keys(all)
    .filter((key) => key.startsWith('tab:')).map((key) => Number(key.slice(4))))`);
}

function openTabIds(driver: ExtensionDriver): Promise<number[]> {
  return driver.evalInExtension<number[]>(`browser.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id))`);
}

/** Stored per-tab state for ids whose tab is gone: must always be empty. */
async function leakedTabIds(driver: ExtensionDriver): Promise<number[]> {
  const [stored, open] = await Promise.all([storedTabIds(driver), openTabIds(driver)]);
  return stored.filter((id) => !open.includes(id));
}

interface StorageSizes {
  session: Record<string, number>;
  local: Record<string, number>;
}

/** JSON length of every key the extension stores, in both areas (tab:<id> and `sites` in session; settings in local). */
function storageSizes(driver: ExtensionDriver): Promise<StorageSizes> {
  const sizes = (area: string) =>
    `browser.storage.${area}.get(null).then((all) => Object.fromEntries(Object.entries(all).map(([key, value]) => [key, JSON.stringify(value).length])))`;
  return driver.evalInExtension<StorageSizes>(
    `Promise.all([${sizes('session')}, ${sizes('local')}]).then(([session, local]) => ({ session, local }))`,
  );
}

test.describe('under load', () => {
  // The storm is sampled for this long: long enough for thousands of refusals and several batches of writes.
  const STORM_MS = 15_000;
  // The storming tab's record changes only in its counters (total, count, lastAt) and in which of the
  // header-only or body-refined diagnosis is the latest (seen: +-40 bytes). Less than one more record
  // (~2.4 KB), and anything growing with the refusal count would pass it within a few hundred refusals.
  const STORM_SLACK_BYTES = 512;

  test('a page that refuses forever: storage stays bounded, the browser and the popup stay usable, closing cleans up', async ({
    driver,
    server,
  }) => {
    test.setTimeout(120_000);
    const scenario = scenarioById(server, QUIET_SCENARIO);
    const other = scenarioById(server, OTHER_SCENARIO);
    const logStart = server.log.length;
    const storm = await driver.openTab(`${server.origin}/storm-forever/${scenario.id}?lanes=4`);
    // Warm-up: a new page's first writes (reset, first record, the body-refined diagnosis, the site
    // history flush) are behind us once the count is well past one.
    await expect
      .poll(async () => (await tabState(driver, storm))?.total ?? 0, { timeout: 30_000 })
      .toBeGreaterThan(200);
    const started = Date.now();
    const samples: StormSample[] = [await sampleStorm(driver, storm)];

    // Another tab, mid-storm, loads and gets its own refusal recorded.
    const bystander = await driver.openTab(server.pageUrl(other.id));
    await expect
      .poll(async () => (await tabState(driver, bystander))?.records.map((record) => new URL(record.url).pathname))
      .toEqual([other.request.path]);
    expect((await tabState(driver, bystander))?.total).toBe(1);
    await driver.closeTab(bystander);
    await expect.poll(() => tabState(driver, bystander)).toBeNull();
    samples.push(await sampleStorm(driver, storm));

    // The popup for the storming tab opens and explains it, while the storage it follows keeps changing.
    const popup = await driver.openPopup(storm);
    await expect.poll(async () => (await shownCauses(popup))[0]).toBe(scenario.expect.cause);
    await popup.close();
    samples.push(await sampleStorm(driver, storm));

    while (Date.now() - started < STORM_MS || samples.length < 6) {
      await sleep(2_000);
      samples.push(await sampleStorm(driver, storm));
    }
    test.info().annotations.push({
      type: 'storm samples',
      description: JSON.stringify({ samples, served: servedSince(server, scenario.request.path, logStart) }),
    });

    const first = samples[0];
    expect(first).toBeDefined();
    for (const [index, sample] of samples.entries()) {
      expect(sample.records, `sample ${index}: one URL, one cause, one record`).toBe(1);
      expect(sample.bytes, `sample ${index}: storage.session bytes`).toBeLessThanOrEqual(
        (first?.bytes ?? 0) + STORM_SLACK_BYTES,
      );
      // The storm never stops, and every refusal is still counted: the total only grows.
      if (index > 0)
        expect(sample.total, `sample ${index}: total grows`).toBeGreaterThan(samples[index - 1]?.total ?? 0);
    }
    // Counted refusals are real ones: never more than the server answered.
    expect(samples.at(-1)?.total).toBeLessThanOrEqual(servedSince(server, scenario.request.path, logStart));

    await driver.closeTab(storm);
    await expect.poll(() => tabState(driver, storm)).toBeNull();
    // Refusals still in flight when the tab closed must not bring its key back.
    await sleep(2_000);
    expect(await tabState(driver, storm)).toBeNull();
    expect(await leakedTabIds(driver)).toEqual([]);
  });

  // 1,000 hops were measured first, on this 2-core shared machine with one worker (CI=1): 119-141 s in
  // Chromium, 78-82 s in Firefox (Chromium alone, outside the runner: ~70 ms a hop without the
  // extension, ~90 ms with it). 500 is the largest round count that keeps the test near a minute (50 s
  // in Chromium, 40 s in Firefox, measured). `WHY401_HOPS=1000 npx playwright test load` runs the full
  // thousand (it passes; see the closing note of the hardening issue).
  const HOPS = Number(process.env.WHY401_HOPS ?? 500);

  test(`a tab that navigates itself ${HOPS} times keeps its last page and the ${MAX_EARLIER_PAGES} before it, and storage does not grow`, async ({
    driver,
    server,
  }) => {
    test.setTimeout(180_000);
    const hops = HOPS;
    const scenario = scenarioById(server, QUIET_SCENARIO);
    const hopPath = `/hop/${scenario.id}`;
    const chain = (left: number): string => `${server.origin}${hopPath}?left=${left}`;
    const refusalOf = (left: number): string => `${server.origin}${scenario.request.path}?left=${left}`;

    /** Starts a chain of `left` self-navigations and waits until its last page is requested and recorded. */
    const runChain = async (tab: TabHandle, left: number): Promise<TabState | null> => {
      const logStart = server.log.length;
      await driver.navigate(tab, chain(left));
      // Every hop page and every hop refusal reached the server: the tab really navigated `left` times.
      await expect
        .poll(() => servedSince(server, hopPath, logStart), { timeout: 150_000, intervals: [500] })
        .toBe(left + 1);
      await expect.poll(() => servedSince(server, scenario.request.path, logStart)).toBe(left + 1);
      await expect
        .poll(async () => (await tabState(driver, tab))?.records.map((record) => record.url))
        .toContain(refusalOf(0));
      // A moment for any write still queued (a late refusal of an earlier hop) to land before judging.
      await sleep(1_000);
      return tabState(driver, tab);
    };

    const tab = await driver.openTab(`${server.origin}/`);
    // Baseline: a chain just long enough to fill the earlier pages a tab keeps (the refusals that led to
    // this page, and the pages before it), so the stored values have the shape they must have after all
    // the hops.
    const lastPages = (state: TabState | null) => ({
      current: state?.records.map((record) => record.url),
      earlier: state?.previous?.map((page) => page.records.map((record) => record.url)),
    });
    const kept = {
      current: [refusalOf(0)],
      earlier: Array.from({ length: MAX_EARLIER_PAGES }, (_, k) => [refusalOf(k + 1)]),
    };
    const baseline = await runChain(tab, MAX_EARLIER_PAGES);
    expect(lastPages(baseline)).toEqual(kept);
    const before = await storageSizes(driver);

    const chainStart = Date.now();
    const state = await runChain(tab, hops);
    test.info().annotations.push({ type: 'hops', description: `${hops} hops in ${Date.now() - chainStart} ms` });
    expect(state?.pageUrl).toBe(chain(0));
    // Only the last page's own refusal, and each kept earlier page only its own: none that was still being
    // diagnosed when its page left was filed under the next one, and older pages were dropped.
    expect(lastPages(state)).toEqual(kept);
    expect(state?.total).toBe(1);

    const after = await storageSizes(driver);
    test.info().annotations.push({ type: 'storage sizes', description: JSON.stringify({ before, after }) });
    expect(Object.keys(after.session).sort()).toEqual(Object.keys(before.session).sort());
    expect(Object.keys(after.local).sort()).toEqual(Object.keys(before.local).sort());
    // Same keys, same sizes give or take a digit in a timestamp: nothing grew with the hop count.
    for (const [key, size] of Object.entries(before.session))
      expect(after.session[key], `session ${key}`).toBeLessThanOrEqual(size + 64);
    for (const [key, size] of Object.entries(before.local))
      expect(after.local[key], `local ${key}`).toBeLessThanOrEqual(size + 64);
    expect(await leakedTabIds(driver)).toEqual([]);
    await driver.closeTab(tab);
    await expect.poll(() => tabState(driver, tab)).toBeNull();
  });

  test('200 tabs at once: each keeps its own record, and closing them leaves no per-tab state behind', async ({
    driver,
    server,
  }) => {
    test.setTimeout(150_000);
    const count = 200;
    // Opened in batches, each recorded before the next: a real user's tabs accumulate, and 200 page
    // loads started at once on 2 cores would mostly test the browser, not Why401.
    const batch = 25;
    const scenario = scenarioById(server, QUIET_SCENARIO);
    // One refusal per tab, each with its own URL, so a refusal filed under the wrong tab shows.
    const pageFor = (index: number): string => `${server.origin}/hop/${scenario.id}?left=0&tab=${index}`;
    const refusalFor = (index: number): string => `${server.origin}${scenario.request.path}?left=0&tab=${index}`;

    interface Opened {
      index: number;
      tabId: number;
    }
    interface Summary {
      tabId: number;
      total: number | null;
      urls: string[];
    }
    const summaries = (tabs: Opened[]): Promise<Summary[]> =>
      driver.evalInExtension<
        Summary[]
      >(`browser.storage.session.get(${JSON.stringify(tabs.map((tab) => `tab:${tab.tabId}`))}).then((all) =>
        ${JSON.stringify(tabs.map((tab) => tab.tabId))}.map((tabId) => ({ tabId, total: ${parsedTab(`all['tab:' + tabId]`)}?.total ?? null, urls: (${parsedTab(`all['tab:' + tabId]`)}?.records ?? []).map((record) => record.url) })))`);
    /** Tabs whose state is not exactly their own one refusal, with what they hold instead. */
    const wrong = async (tabs: Opened[]): Promise<Summary[]> => {
      const byId = new Map(tabs.map((tab) => [tab.tabId, tab.index]));
      return (await summaries(tabs)).filter(
        (summary) =>
          summary.total !== 1 ||
          summary.urls.length !== 1 ||
          summary.urls[0] !== refusalFor(byId.get(summary.tabId) ?? -1),
      );
    };

    const opened: Opened[] = [];
    for (let start = 0; start < count; start += batch) {
      const indexes = Array.from({ length: Math.min(batch, count - start) }, (_, offset) => start + offset);
      // tabs.create answers with the extension's own tab ids: no lookup by URL needed.
      const ids = await driver.evalInExtension<number[]>(
        `Promise.all(${JSON.stringify(indexes.map(pageFor))}.map((url) => browser.tabs.create({ url, active: false }).then((tab) => tab.id)))`,
      );
      const created = indexes.map((index, position) => ({ index, tabId: ids[position] ?? -1 }));
      opened.push(...created);
      await expect.poll(() => wrong(created), { timeout: 30_000 }).toEqual([]);
    }
    expect(new Set(opened.map((tab) => tab.tabId)).size).toBe(count);
    // All 200 open at once, and none lost its record to the others.
    const open = await openTabIds(driver);
    expect(opened.filter((tab) => !open.includes(tab.tabId))).toEqual([]);
    expect(await wrong(opened)).toEqual([]);

    await driver.evalInExtension<null>(
      `browser.tabs.remove(${JSON.stringify(opened.map((tab) => tab.tabId))}).then(() => null)`,
    );
    const ids = new Set(opened.map((tab) => tab.tabId));
    await expect
      .poll(async () => (await storedTabIds(driver)).filter((id) => ids.has(id)), { timeout: 30_000 })
      .toEqual([]);
    expect(await leakedTabIds(driver)).toEqual([]);
  });
});
