// Real Chromium with the built extension, through Playwright and the system browser
// (never `playwright install`: it downloads a browser, which this network forbids).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { ExtensionDriver, PopupHandle, TabHandle } from './driver';
import { findBrowser } from './find-browsers';
import { landingPattern, newestTabId } from './tab-lookup';

export const CHROME_DIST = resolve(import.meta.dirname, '../../../dist/chrome');
const POPUP_PATH = 'src/popup/index.html';
/** Test host names served by the fixture server on loopback (cookies per subdomain: clear-cookies.spec.ts). */
export const TEST_HOSTS = ['api.shop.test', 'www.shop.test', 'mail.shop.test'];

/** The extension's service worker; it may register before or after we start listening for it. */
async function extensionWorker(context: BrowserContext): Promise<Worker> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const worker = context.serviceWorkers()[0];
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 500 }).catch(() => undefined);
  }
  throw new Error('the extension service worker did not start in 30 s: is dist/chrome built (npm run build)?');
}

/** `extraArgs`: more Chromium switches, e.g. `--proxy-server=…` for the real-server 407 cases. */
export async function launchChromium(
  extensionDir = CHROME_DIST,
  extraArgs: readonly string[] = [],
): Promise<ExtensionDriver & { context: BrowserContext }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'why401-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: findBrowser('chromium'),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      `--host-resolver-rules=${TEST_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`,
      ...extraArgs,
    ],
  });
  const worker = await extensionWorker(context);
  const extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
  const control = await context.newPage();
  await control.goto(`${extensionBase}${POPUP_PATH}?tab=-1`);
  const pages = new Map<number, Page>();

  const driver = {
    name: 'chromium' as const,
    extensionBase,
    context,
    async openTab(url: string): Promise<TabHandle> {
      const page = await context.newPage();
      // A page answered 401 with Basic makes goto throw ERR_INVALID_AUTH_CREDENTIALS in headless mode;
      // the webRequest events have fired all the same.
      await page.goto(url).catch(() => undefined);
      const tabId = await newestTabId(driver.evalInExtension, url, landingPattern(url));
      pages.set(tabId, page);
      return { tabId };
    },
    async navigate(tab: TabHandle, url: string) {
      await pages
        .get(tab.tabId)
        ?.goto(url)
        .catch(() => undefined);
    },
    async evalInExtension<T>(expression: string): Promise<T> {
      return control.evaluate(`(async () => (${expression}))()`) as Promise<T>;
    },
    async openPopup(tab: TabHandle): Promise<PopupHandle> {
      const page = await context.newPage();
      await page.goto(`${extensionBase}${POPUP_PATH}?tab=${tab.tabId}`);
      return {
        eval: <T>(expression: string) => page.evaluate(`(async () => (${expression}))()`) as Promise<T>,
        close: () => page.close(),
      };
    },
    async closeTab(tab: TabHandle) {
      await pages.get(tab.tabId)?.close();
      pages.delete(tab.tabId);
    },
    async stopWorker() {
      // The next event restarts the worker with fresh globals: what survives is what was persisted.
      const session = await context.newCDPSession(control);
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
      await session.detach();
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return driver;
}
