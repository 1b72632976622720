// A real authenticating forward proxy (npm `proxy`) on loopback, with Chromium sent through it
// (`--proxy-server`, and `--proxy-bypass-list=<-loopback>` so that loopback is proxied too). Chrome's
// webRequest sees the proxy's 407 for a page over http, for an https page whose CONNECT the proxy
// refuses, and for the page's own fetch and XHR: each is recorded as proxy-or-firewall, likely.
import { createServer } from 'node:http';
import { test as base, expect } from '@playwright/test';
import { createProxy } from 'proxy';
import { handleLoginPrompts } from '../real-servers/login-prompts';
import { listen, type Listening } from '../real-servers/listen';
import { CHROME_DIST, launchChromium } from './support/chromium-driver';
import { tabState } from './support/extension-state';
import { PopupPage } from './support/popup-page';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

/** What the proxy lets through without a login: the start page only. Everything else is 407. */
const OPEN_PATH = '/start';

const PAGE = `<!doctype html><title>behind a proxy</title><p>Start page</p><script>
  // Not awaited: a 407 raises a login prompt, which the test cancels.
  window.callApi = (path) => void fetch(path).catch(() => undefined);
  window.callXhr = (path) => { const xhr = new XMLHttpRequest(); xhr.open('GET', path); xhr.send(); };
</script>`;

interface Fixtures {
  projectName: string;
  site: Listening;
  authProxy: Listening;
  chromium: Chromium;
}

const test = base.extend<object, Fixtures>({
  projectName: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use, workerInfo) => use(workerInfo.project.name),
    { scope: 'worker' },
  ],
  site: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const site = await listen((_req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(PAGE),
      );
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  authProxy: [
    async ({ site }, use) => {
      const proxy = createProxy(createServer());
      // Only the site's start page passes without Proxy-Authorization (none is ever sent here).
      proxy.authenticate = (req) => req.url === `${site.origin}${OPEN_PATH}`;
      const listening = await listen(undefined, proxy);
      await use(listening);
      await listening.close();
    },
    { scope: 'worker' },
  ],
  chromium: [
    async ({ projectName, authProxy: proxy }, use) => {
      if (projectName !== 'chromium') return use(undefined as unknown as Chromium);
      const driver = await launchChromium(CHROME_DIST, [
        `--proxy-server=${proxy.origin}`,
        '--proxy-bypass-list=<-loopback>',
      ]);
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.skip(
  ({ projectName }) => projectName !== 'chromium',
  'the Firefox driver takes no proxy switch; its 407s are covered from Facts and the scenario fixtures',
);

const PROXY_CAUSE = ['proxy-or-firewall', 'likely'];

async function openThroughProxy(chromium: Chromium, url: string) {
  const page = await chromium.context.newPage();
  const prompts = await handleLoginPrompts(page);
  await page.goto(url).catch(() => undefined); // a 407 page ends in a cancelled prompt
  // Tab ids grow: the page just opened is the newest tab.
  const tabId = await chromium.evalInExtension<number>(
    `browser.tabs.query({}).then((tabs) => Math.max(...tabs.map((tab) => tab.id)))`,
  );
  return { page, prompts, tab: { tabId } };
}

for (const [name, path] of [
  ['over http', '/members'],
  ['over https, its CONNECT refused', 'https://intranet.why401.test/'],
] as const) {
  test(`a page refused by the proxy (${name}) is recorded as the proxy's 407`, async ({ chromium, site }) => {
    const url = path.startsWith('https:') ? path : `${site.origin}${path}`;
    const { page, prompts, tab } = await openThroughProxy(chromium, url);
    await expect
      .poll(
        async () => (await tabState(chromium, tab))?.records.map((record) => [record.resourceType, record.status]),
        { timeout: 15_000 },
      )
      .toEqual([['main_frame', 407]]);
    const top = (await tabState(chromium, tab))?.records[0]?.diagnosis.causes[0];
    expect([top?.id, top?.likelihood]).toEqual(PROXY_CAUSE);
    await prompts.detach();
    await page.close();
  });
}

for (const call of ['callApi', 'callXhr'] as const) {
  test(`the page's ${call === 'callApi' ? 'fetch' : 'XHR'} refused by the proxy is recorded as the proxy's 407, and the popup says so`, async ({
    chromium,
    site,
  }) => {
    const { page, prompts, tab } = await openThroughProxy(chromium, `${site.origin}${OPEN_PATH}`);
    await expect(page.locator('p')).toHaveText('Start page');
    await page.evaluate(([fn, path]) => (window as unknown as Record<string, (path: string) => void>)[fn]?.(path), [
      call,
      `/api/${call}`,
    ] as const);
    await expect
      .poll(
        async () =>
          (await tabState(chromium, tab))?.records.map((record) => [record.resourceType, record.status, record.url]),
        { timeout: 15_000 },
      )
      .toEqual([['xmlhttprequest', 407, `${site.origin}/api/${call}`]]);
    const top = (await tabState(chromium, tab))?.records[0]?.diagnosis.causes[0];
    expect([top?.id, top?.likelihood]).toEqual(PROXY_CAUSE);
    expect(prompts.shown).toBeGreaterThanOrEqual(1);
    const popup = new PopupPage(await chromium.openPopup(tab));
    expect((await popup.waitForCards())[0]).toBe('proxy-or-firewall');
    await popup.handle.close();
    await prompts.detach();
    await page.close();
  });
}
