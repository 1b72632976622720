// Screenshots of the popup's main states for the README and reviews, in Chromium and Firefox, light
// and dark, from the built extensions (`npm run build` first). Run with `npx tsx scripts/screenshots.ts`.
// Chromium's files keep their historical names (`<state>-<audience>-<theme>.png`); Firefox's end in
// `-firefox.png`.
//
// Scenario states come from the fixture server's real 401s. The many-refusals and sent-here states are
// stored for a real tab the way the worker stores them (real diagnoses of the scenario fixtures), so
// each picture shows the same refusals every time; test/e2e/sent-here.spec.ts proves the live flow.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium-driver';
import type { ExtensionDriver, TabHandle } from '../test/e2e/support/driver';
import { launchFirefox } from '../test/e2e/support/firefox-driver';
import { startFixtureServer, type FixtureServer } from '../test/e2e/support/fixture-server';
import { scenarioRecord } from '../src/popup/testing/scenario-state';
import { STORAGE_VERSION, type TabState } from '../src/shared/storage-schema';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const POPUP_PATH = 'src/popup/index.html';
type Audience = 'visitor' | 'developer' | 'owner';

interface Shot {
  name: string;
  audience: Audience;
  /** Opens the tab the popup is about (and stores its state when the shot needs one). */
  tab: (driver: ExtensionDriver, server: FixtureServer) => Promise<TabHandle>;
  /** What the popup shows once ready. */
  ready: string;
}

async function storeState(
  driver: ExtensionDriver,
  tab: TabHandle,
  state: Omit<TabState, 'tabId' | 'version'>,
): Promise<void> {
  const full: TabState = { ...state, version: STORAGE_VERSION, tabId: tab.tabId };
  await driver.evalInExtension(`browser.storage.session.set({ 'tab:${tab.tabId}': ${JSON.stringify(full)} })`);
}

/** Twelve refusals on a shop page: eight expired sessions on its API, four answers without a challenge from a feed. */
function twelveRefusals(origin: string): Omit<TabState, 'tabId' | 'version'> {
  const now = Date.now();
  const expired = Array.from({ length: 8 }, (_, i) => ({
    ...scenarioRecord('aspnet-jwt-expired'),
    key: `e${i}`,
    url: `${origin}/api/orders/${1000 + i}`,
    count: i === 0 ? 3 : 1,
    lastAt: now - i * 1_000,
  }));
  const feed = Array.from({ length: 4 }, (_, i) => ({
    ...scenarioRecord('no-challenge-fetch'),
    key: `f${i}`,
    url: `${origin}/feed/items?page=${i + 1}`,
    lastAt: now - 20_000 - i,
  }));
  const records = [...feed, ...expired];
  return { pageUrl: `${origin}/shop/cart`, total: records.reduce((sum, record) => sum + record.count, 0), records };
}

/** The login page an app sent the visitor to, seconds after its API answered 401. */
function sentHere(origin: string): Omit<TabState, 'tabId' | 'version'> {
  const now = Date.now();
  const record = { ...scenarioRecord('devise-session-lapsed'), url: `${origin}/api/account`, lastAt: now - 6_000 };
  const older = {
    ...scenarioRecord('google-missing-credential'),
    url: `${origin}/api/wishlist`,
    lastAt: now - 900_000,
  };
  return {
    pageUrl: `${origin}/users/sign_in`,
    total: 0,
    records: [],
    previous: [
      { pageUrl: `${origin}/account/orders`, total: 1, records: [record], leftAt: now - 5_000, ledHere: true },
      {
        pageUrl: `${origin}/wishlist`,
        total: 2,
        records: [{ ...older, count: 2 }],
        leftAt: now - 840_000,
        ledHere: false,
      },
    ],
  };
}

const SHOTS: Shot[] = [
  {
    name: 'aspnet-jwt-expired',
    audience: 'visitor',
    tab: (d, s) => d.openTab(s.pageUrl('aspnet-jwt-expired')),
    ready: '[data-cause]',
  },
  {
    name: 'basic-wrong-password',
    audience: 'developer',
    tab: (d, s) => d.openTab(s.pageUrl('basic-wrong-password')),
    ready: '[data-cause]',
  },
  {
    name: 'no-challenge-fetch',
    audience: 'owner',
    tab: (d, s) => d.openTab(s.pageUrl('no-challenge-fetch')),
    ready: '[data-cause]',
  },
  {
    name: 'many-refusals',
    audience: 'visitor',
    tab: async (d, s) => {
      const tab = await d.openTab(`${s.origin}/`);
      await storeState(d, tab, twelveRefusals(s.origin));
      return tab;
    },
    ready: '[data-cause]',
  },
  {
    name: 'sent-here',
    audience: 'visitor',
    tab: async (d, s) => {
      const tab = await d.openTab(`${s.origin}/`);
      await storeState(d, tab, sentHere(s.origin));
      return tab;
    },
    ready: '[data-section="led-here"] [data-cause]',
  },
  { name: 'restricted', audience: 'visitor', tab: (d) => d.openTab('about:blank'), ready: '[data-state="restricted"]' },
];

type Capture = (url: string, ready: string, file: string) => Promise<void>;

async function chromiumCapture(): Promise<{ driver: ExtensionDriver; capture: Capture }> {
  const driver = await launchChromium();
  const capture: Capture = async (url, ready, file) => {
    const page = await driver.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(url);
    await page.waitForSelector(ready);
    await page.waitForTimeout(100); // the cards after the first two follow a frame later
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
  };
  return { driver, capture };
}

async function firefoxCapture(): Promise<{ driver: ExtensionDriver; capture: Capture }> {
  const driver = await launchFirefox();
  const { bidi } = driver;
  const capture: Capture = async (url, ready, file) => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    // A background tab paints about once a second in Firefox: bring it to the front first.
    await bidi.send('browsingContext.activate', { context });
    await bidi.send('browsingContext.setViewport', { context, viewport: { width: 400, height: 600 } });
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    for (let attempt = 0; attempt < 100; attempt++) {
      const found = await bidi.send<{ result?: { value?: boolean } }>('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(ready)}) !== null`,
        target: { context },
        awaitPromise: false,
      });
      if (found.result?.value) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 200));
    const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
      context,
      origin: 'document',
    });
    writeFileSync(file, Buffer.from(shot.data, 'base64'));
    await bidi.send('browsingContext.close', { context });
  };
  return { driver, capture };
}

async function shoot(browser: 'chromium' | 'firefox', server: FixtureServer): Promise<void> {
  const { driver, capture } = browser === 'chromium' ? await chromiumCapture() : await firefoxCapture();
  const suffix = browser === 'chromium' ? '' : '-firefox';
  try {
    for (const shot of SHOTS) {
      await driver.evalInExtension(`browser.storage.local.set({ audience: ${JSON.stringify(shot.audience)} })`);
      const tab = await shot.tab(driver, server);
      for (const theme of ['light', 'dark'] as const) {
        const file = resolve(OUT, `${shot.name}-${shot.audience}-${theme}${suffix}.png`);
        await capture(`${driver.extensionBase}${POPUP_PATH}?tab=${tab.tabId}&theme=${theme}`, shot.ready, file);
        console.log(file);
      }
      await driver.closeTab(tab);
    }
  } finally {
    await driver.evalInExtension(`browser.storage.local.set({ audience: 'visitor' })`).catch(() => undefined);
    await driver.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  try {
    for (const browser of ['chromium', 'firefox'] as const) await shoot(browser, server);
  } finally {
    await server.close();
  }
}

await main();
