// The Why401 panel in DevTools, in real browsers.
// - Chromium: DevTools really open on the tab (headed, on Xvfb), the panel shown through DevTools' own
//   front end, real refusals from a loopback server (express-jwt's expired JWT, a CORS preflight answered
//   401, a Basic prompt cancelled as a person clicks Cancel), the panel's DOM read in its own frame.
// - Firefox: DevTools cannot be driven over BiDi, so the panel's page is opened as an extension tab with
//   a `browser.devtools` shim injected only here, fed the network stream recorded from Firefox's real
//   DevTools (test/fixtures/devtools/firefox.json).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnoseHar } from '../../src/har/diagnose-har';
import { parseHar } from '../../src/har/parse-har';
import { handleLoginPrompts } from '../real-servers/login-prompts';
import { startExchangesServer, START_PAGE, type ExchangesServer } from '../fixtures/devtools/exchanges-server';
import { PAGE_REQUESTS, pageRequestsInput } from '../fixtures/devtools/page-requests';
import { loadRecorded } from '../fixtures/devtools/recorded';
import { launchChromiumWithDevtools, type DevtoolsBrowser, type TargetEval } from './support/chromium-devtools';
import type { BidiClient } from './support/bidi-client';
import { expect, test } from './support/fixtures';

const PANEL_PATH = 'src/devtools/panel.html';
const CAUSES = `[...document.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'))`;

let server: ExchangesServer;
test.beforeAll(async () => {
  server = await startExchangesServer();
});
test.afterAll(async () => {
  await server.close();
});

test.describe('Chromium: the panel in real DevTools', () => {
  // One DevTools session for the whole story: each test goes on from where the one before left it.
  test.describe.configure({ mode: 'serial' });
  const isChromium = () => test.info().project.name === 'chromium';
  test.skip(() => !isChromium(), 'DevTools is driven through CDP');
  let browser: DevtoolsBrowser;
  let panel: TargetEval;

  test.beforeAll(async () => {
    if (!isChromium()) return;
    browser = await launchChromiumWithDevtools();
    await browser.page.goto(server.origin + START_PAGE);
    panel = await browser.showPanel('Why401');
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  const causes = () => panel.evaluate<string[]>(CAUSES);
  const heading = () => panel.evaluate<string>(`document.querySelector('h1')?.textContent ?? ''`);

  test('lists the refusals DevTools sees, with the popup’s cards in ranked order', async () => {
    expect(await panel.evaluate<string>('document.documentElement.dataset.theme')).toBe('light');
    expect(await heading()).toBe('No refused requests yet');
    const prompts = await handleLoginPrompts(browser.page);
    await browser.page.evaluate(`(${PAGE_REQUESTS})(${JSON.stringify(pageRequestsInput(server, true))})`);
    // The preflight refused with 401 is only visible to DevTools (webRequest without extraHeaders misses it).
    await expect
      .poll(causes, { timeout: 20_000 })
      .toEqual(['credentials-expired', 'server-misconfigured', 'missing-credentials']);
    expect(prompts.shown).toBe(1);
    await prompts.detach();
    expect(await heading()).toBe('4 refused requests in this tab');
    expect(await panel.evaluate<string | null>(`document.querySelector('input[name="audience"]:checked')?.value`)).toBe(
      'developer',
    );
    // Shapes, never values: the cookie's name is there, its value and the token nowhere.
    const text = await panel.evaluate<string>('document.body.innerText');
    expect(text).not.toContain('CANARY-session-value');
    expect(text).not.toContain(server.expiredToken);
  });

  // DevTools' front end may or may not delegate clipboard-write to an extension panel's frame (Chrome 156
  // does); both ways must put the curl command on the system clipboard, read back here.
  const COPY_PATHS: Array<[string, string]> = [
    ['navigator.clipboard', ''],
    [
      'the execCommand fallback (clipboard API refused)',
      `navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'))`,
    ],
  ];
  for (const [name, refuse] of COPY_PATHS)
    test(`copies a card’s curl command from inside DevTools through ${name}`, async () => {
      await browser.clipboard(server.origin + START_PAGE, 'nothing copied yet');
      if (refuse) await panel.evaluate(`void (${refuse})`);
      await panel.evaluate(`void (globalThis.__copyEvents = 0, globalThis.__counting ||
        document.addEventListener('copy', () => globalThis.__copyEvents++), globalThis.__counting = true)`);
      await panel.evaluate(`void document.querySelector('[data-cause] [data-action="copy-curl"]').click()`);
      await expect
        .poll(() => panel.evaluate<string>(`document.querySelector('[role="status"]').textContent`))
        .toMatch(/copied/i);
      const copied = await browser.clipboard(server.origin + START_PAGE);
      expect(copied).toMatch(/^curl /);
      expect(copied).not.toContain(server.expiredToken);
      expect(await panel.evaluate<number>('globalThis.__copyEvents')).toBe(refuse ? 1 : 0);
    });

  test('table mode: one row per refusal, a row leads to its card', async () => {
    await panel.evaluate(`void document.querySelector('input[name="view"][value="table"]').click()`);
    await expect.poll(() => panel.evaluate<number>(`document.querySelectorAll('tbody tr').length`)).toBe(4);
    await panel.evaluate(
      `void [...document.querySelectorAll('tbody tr')].find((row) => row.textContent.includes('/basic')).querySelector('button').click()`,
    );
    await expect
      .poll(() => panel.evaluate<string | null>(`document.activeElement?.getAttribute('data-cause') ?? null`))
      .toBe('missing-credentials');
  });

  test('"Export these refusals" downloads a sanitized HAR of what is listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'why401-export-'));
    try {
      const downloads = await browser.catchDownloads(dir);
      expect(await panel.evaluate<string>(`document.querySelector('[data-action="export-har"]').title`)).toMatch(
        /^Download the listed refused requests \(4\)/,
      );
      await panel.evaluate(`void document.querySelector('[data-action="export-har"]').click()`);
      await expect.poll(downloads.finished, { timeout: 15_000 }).toHaveLength(1);
      const [name] = downloads.finished();
      expect(name).toMatch(/^why401-refusals-127\.0\.0\.1-\d{8}-\d{4}\.har$/);
      const text = readFileSync(join(dir, name as string), 'utf8');
      for (const secret of [server.expiredToken, 'CANARY-session-value']) expect(text).not.toContain(secret);
      const har = JSON.parse(text) as { log: { entries: Array<{ response: { status: number } }> } };
      expect(har.log.entries.map((entry) => entry.response.status)).toEqual([401, 401, 401, 401]);
      const entries = diagnoseHar(parseHar(text));
      expect([...new Set(entries.map((entry) => entry.diagnosis.causes[0]?.id))].sort()).toEqual([
        'credentials-expired',
        'missing-credentials',
        'server-misconfigured',
      ]);
      const status = await panel.evaluate<string>(`document.querySelector('[role="status"]').textContent`);
      expect(status).toMatch(
        new RegExp(`^Saved ${name?.replace(/\./g, '\\.')} \\(refused requests: 4\\); secrets replaced`),
      );
      expect(status).not.toContain(server.expiredToken);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the popup points at the panel while DevTools is open for its tab', async () => {
    const tabId = await panel.evaluate<number>('chrome.devtools.inspectedWindow.tabId');
    const hint = async (tab: number) => {
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab}`);
      const found = await popup
        .waitForSelector('[data-hint="devtools"]', { timeout: 5_000 })
        .then((element) => element.textContent())
        .catch(() => null);
      await popup.close();
      return found;
    };
    expect(await hint(tabId)).toBe('More detail in DevTools → Why401');
    expect(await hint(tabId + 100_000)).toBeNull();
  });

  test('clears on navigation unless "Preserve log" is on', async () => {
    await browser.page.goto(server.origin + START_PAGE);
    await expect.poll(heading).toBe('No refused requests yet');
    await panel.evaluate(`void document.querySelector('input[name="preserve-log"]').click()`);
    await browser.page.evaluate(
      `fetch('/api/me', { headers: { Authorization: 'Bearer ' + ${JSON.stringify(server.expiredToken)} } })`,
    );
    await expect.poll(causes).toEqual(['credentials-expired']);
    await browser.page.goto(server.origin + START_PAGE);
    await browser.page.waitForTimeout(500);
    expect(await causes()).toEqual(['credentials-expired']);
  });

  test('the popup’s page actions run in the worker for the inspected tab', async () => {
    const status = () => panel.evaluate<string>(`document.querySelector('.status')?.textContent ?? ''`);
    const click = (action: string) =>
      panel.evaluate(`void document.querySelector('.page-actions [data-action="${action}"]').click()`);
    // The expired JWT's card offers both; the worker clears the cookies sent there, then reloads the tab.
    let loaded = browser.page.waitForEvent('load', { timeout: 15_000 });
    await click('clear-site-data');
    await loaded;
    await expect.poll(status).toMatch(/cookie/i);
    loaded = browser.page.waitForEvent('load', { timeout: 15_000 });
    await click('reload');
    await loaded;
    await expect.poll(status).toBe('Reloading the page without cache');
  });

  test('the devtools page, the panel and the popup logged no runtime error', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions/');
    const errors = await page.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: { getExtensionsInfo(): Promise<Array<{ id: string; runtimeErrors: unknown[] }>> };
            };
          }
        ).chrome.developerPrivate
          .getExtensionsInfo()
          .then((infos) => infos.find((info) => info.id === id)?.runtimeErrors),
      browser.extensionId,
    );
    await page.close();
    expect(errors).toEqual([]);
  });
});

/**
 * Opens the panel page in a Firefox tab and starts it over a `browser.devtools` shim that replays
 * `recorded`. BiDi preload scripts do not run in moz-extension pages, so the page loads first (without
 * `browser.devtools` the panel renders nothing), then the shim is installed and the panel's module is
 * loaded again under another URL, which runs it afresh. Only this test's tab gets the shim.
 */
async function openShimmedPanel(
  bidi: BidiClient,
  base: string,
  theme: string,
): Promise<(expression: string) => Promise<unknown>> {
  const recorded = loadRecorded('firefox');
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await bidi.send('browsingContext.activate', { context });
  await bidi.send('browsingContext.navigate', { context, url: `${base}${PANEL_PATH}`, wait: 'complete' });
  const evaluate = async (expression: string): Promise<unknown> => {
    const reply = await bidi.send<{ type: string; result?: { value?: string } }>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (reply.type !== 'success') throw new Error(`evaluate failed: ${JSON.stringify(reply)}`);
    return reply.result?.value === undefined ? undefined : JSON.parse(reply.result.value);
  };
  const script = await evaluate(`document.querySelector('script[type="module"]').getAttribute('src')`);
  await evaluate(`(async () => {
    const recorded = ${JSON.stringify(recorded)};
    const finished = [];
    const navigated = [];
    browser.devtools = {
      inspectedWindow: { tabId: 1 },
      panels: { themeName: ${JSON.stringify(theme)}, create() {} },
      network: {
        onRequestFinished: { addListener: (listener) => finished.push(listener) },
        onNavigated: { addListener: (listener) => navigated.push(listener) },
        getHAR: () => Promise.resolve({ entries: [], pages: [] }),
      },
    };
    // As Firefox hands entries over: a HAR entry whose getContent() resolves [content, mimeType].
    globalThis.__replay = () => {
      for (const item of recorded)
        for (const listener of finished)
          listener({ ...structuredClone(item.entry), getContent: () => Promise.resolve([item.content ?? '', item.mimeType ?? '']) });
    };
    globalThis.__navigate = (url) => navigated.forEach((listener) => listener(url));
    await import(${JSON.stringify(script)} + '?replay');
  })()`);
  return evaluate;
}

test.describe('Firefox: the panel page over a recorded devtools.network stream', () => {
  test.skip(() => test.info().project.name !== 'firefox', 'the Firefox replay');

  test('diagnoses Firefox’s entries: text and base64 bodies, the preflight, in ranked order', async ({ driver }) => {
    const bidi = (driver as typeof driver & { bidi: BidiClient }).bidi;
    const evaluate = await openShimmedPanel(bidi, driver.extensionBase, 'dark');
    expect(await evaluate('document.documentElement.dataset.theme')).toBe('dark');
    await evaluate('globalThis.__replay()');
    await expect.poll(() => evaluate(CAUSES)).toEqual(['credentials-expired', 'server-misconfigured']);
    expect(await evaluate(`document.querySelector('h1').textContent`)).toBe('3 refused requests in this tab');
    await evaluate(`document.querySelector('input[name="view"][value="table"]').click()`);
    await expect.poll(() => evaluate(`document.querySelectorAll('tbody tr').length`)).toBe(3);
    // "Export these refusals": the Blob handed to the <a download> is read as it is made.
    await evaluate(`(() => {
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => ((globalThis.__exported = blob.text()), create.call(URL, blob));
      document.querySelector('[data-action="export-har"]').click();
    })()`);
    await expect
      .poll(() => evaluate(`document.querySelector('[role="status"]').textContent`))
      .toMatch(/^Saved why401-refusals-127\.0\.0\.1-\d{8}-\d{4}\.har \(refused requests: 3\); secrets replaced/);
    const text = (await evaluate('globalThis.__exported')) as string;
    const recordedText = JSON.stringify(loadRecorded('firefox'));
    for (const secret of recordedText.match(/eyJ[\w-]+\.[\w-]+\.[\w-]+|CANARY-[\w-]+/g) ?? [])
      expect(text).not.toContain(secret);
    const exported = diagnoseHar(parseHar(text)).map((entry) => entry.diagnosis.causes[0]?.id);
    expect(exported).toHaveLength(3);
    expect([...new Set(exported)].sort()).toEqual(['credentials-expired', 'server-misconfigured']);
    await evaluate(`globalThis.__navigate('http://127.0.0.1:1/next')`);
    await expect.poll(() => evaluate(`document.querySelector('h1').textContent`)).toBe('No refused requests yet');
  });
});

test.describe('Firefox: the popup points at the panel while DevTools is open for its tab', () => {
  test.skip(() => test.info().project.name !== 'firefox', 'Firefox only');

  test('a real toolbox on the tab: its devtools page answers the popup', async ({ driver }) => {
    const bidi = (driver as typeof driver & { bidi: BidiClient }).bidi;
    const tab = await driver.openTab(server.origin + START_PAGE);
    const hint = async () => {
      const popup = await driver.openPopup(tab);
      try {
        let text: string | null = null;
        await expect
          .poll(
            async () =>
              (text = await popup.eval<string | null>(
                `document.querySelector('[data-hint="devtools"]')?.textContent ?? null`,
              )),
            { timeout: 3_000 },
          )
          .not.toBeNull()
          .catch(() => undefined);
        return text;
      } finally {
        await popup.close();
      }
    };
    expect(await hint()).toBeNull();
    // Open the toolbox (F12) for that tab from the browser window: BiDi with system access.
    const { contexts } = await bidi.send<{ contexts: Array<{ context: string; url: string }> }>(
      'browsingContext.getTree',
      {},
    );
    const page = contexts.find((context) => context.url.includes(START_PAGE));
    if (!page) throw new Error('the tab is not open');
    await bidi.send('browsingContext.activate', { context: page.context });
    const { contexts: windows } = await bidi.send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
    });
    const [window] = windows;
    if (!window) throw new Error('no browser window');
    await bidi.send('script.evaluate', {
      expression: `(async () => {
        const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
        const { gDevTools } = require('devtools/client/framework/devtools');
        await gDevTools.showToolboxForTab(gBrowser.selectedTab, { toolId: 'netmonitor' });
      })()`,
      target: { context: window.context },
      awaitPromise: true,
    });
    await expect.poll(hint, { timeout: 15_000 }).toBe('More detail in DevTools → Why401');
    await driver.closeTab(tab);
  });
});
