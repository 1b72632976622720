// Measures in real Chromium, side by side in one run: page load with and without the extension
// (and with a probe extension that asks for `extraHeaders`, to show what that choice would cost),
// the popup's time to first diagnosis, and a 10,000-response storm on one tab.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { diagnose } from '../../src/rules';
import { scenarioExchange } from '../../src/rules/testing/scenario-exchange';
import { MAX_RECORDS_PER_TAB } from '../../src/shared/tab-state';
import { STORAGE_VERSION, type ObservationRecord, type TabState } from '../../src/shared/storage-schema';
import { tabItem } from '../../src/shared/storage-items';
import { CHROME_DIST, launchChromium } from '../../test/e2e/support/chromium-driver';
import { parsedTab } from '../../test/e2e/support/extension-state';
import { findBrowser } from '../../test/e2e/support/find-browsers';
import { startFixtureServer } from '../../test/e2e/support/fixture-server';
import { loadScenarios } from '../../test/fixtures/load-scenarios';
import { median, sideBySideMedians } from './side-by-side';

/**
 * `BENCH_BASE=/path/to/another/dist/chrome npm run bench`: the refused-fetch, Chromium page-load and popup
 * rows also measure that build, as one more side of the same rounds, so a change is judged against the
 * build it replaces in one run (these machines are too noisy to compare two runs).
 */
export const BASE_DIST = process.env.BENCH_BASE || undefined;

/** `BENCH_ROUNDS=5 npm run bench`: fewer rounds while iterating (the defaults are what the README reports). */
export function rounds(defaultRounds: number): number {
  const asked = Number.parseInt(process.env.BENCH_ROUNDS ?? '', 10);
  return Number.isInteger(asked) && asked > 0 ? asked : defaultRounds;
}

/**
 * Loopback pages with 300 sub-requests. `typical`: the mix of an average web page (HTTP Archive, Web
 * Almanac 2024: about a third scripts, a third images, then API calls and stylesheets); `api`: 300
 * fetches, the worst case for a tool that must see every API call.
 */
export type PageKind = 'typical' | 'api';

function pageHtml(kind: PageKind, run: string): string {
  const q = `run=${run}`;
  const fetches = (count: number) =>
    `<script>window.__done = Promise.all(Array.from({ length: ${count} }, (_, i) => fetch('/api/' + i + '?${q}').then((r) => r.text())))
      .then(() => performance.now());</script>`;
  if (kind === 'api') return `<!doctype html><title>api</title>${fetches(300)}`;
  const scripts = Array.from({ length: 100 }, (_, i) => `<script async src="/js/${i}.js?${q}"></script>`);
  const styles = Array.from({ length: 30 }, (_, i) => `<link rel="stylesheet" href="/css/${i}.css?${q}">`);
  const images = Array.from({ length: 110 }, (_, i) => `<img src="/img/${i}.gif?${q}" width="1" height="1" alt="">`);
  return `<!doctype html><title>typical</title>${styles.join('')}${scripts.join('')}${images.join('')}${fetches(60)}`;
}

export async function startLoadServer(): Promise<{ url: (kind: PageKind, run: number) => string; close: () => void }> {
  const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  const types: Record<string, [string, string | Buffer]> = {
    js: ['text/javascript', '/* ok */'],
    css: ['text/css', 'body{}'],
    gif: ['image/gif', pixel],
    html: ['text/html', '<!doctype html><title>blank</title>'],
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/page/')) {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' });
      res.end(pageHtml(url.pathname === '/page/api' ? 'api' : 'typical', url.searchParams.get('run') ?? '0'));
      return;
    }
    if (url.pathname.startsWith('/refuse/')) {
      // What body capture is for: the reason only in the body.
      res.writeHead(401, {
        'Content-Type': 'application/json',
        'WWW-Authenticate': 'Bearer realm="api"',
        'Cache-Control': 'no-store',
      });
      res.end('{"message":"jwt expired"}');
      return;
    }
    const [type, body] = types[url.pathname.split('.').pop() ?? ''] ?? ['application/json', '{"ok":true}'];
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: (kind, run) => `http://127.0.0.1:${port}/page/${kind}?run=${run}`, close: () => server.close() };
}

export interface RefusedFetchResult {
  withoutMillis: number;
  withMillis: number;
  /** Milliseconds Why401 adds to one refused fetch the page awaits to the end of its body. */
  addedMillis: number;
  /** The same for the `BENCH_BASE` build, when one is given. */
  baseAddedMillis?: number;
  runs: number;
}

/**
 * Time added to a 401 fetch: the page awaits `fetch()` and the body text of 50 refused requests in a
 * row, with and without Why401 (the worker diagnoses each one, the wrapper clones and reads its body),
 * alternating; the median of the per-fetch means.
 */
export async function refusedFetchCost(runs = rounds(15)): Promise<RefusedFetchResult> {
  const server = await startLoadServer();
  const without = await plainContext();
  const withExtension = await launchChromium();
  const base = BASE_DIST ? await launchChromium(BASE_DIST) : undefined;
  try {
    const pages = {
      without: await without.context.newPage(),
      with: await withExtension.context.newPage(),
      ...(base ? { base: await base.context.newPage() } : {}),
    };
    for (const page of Object.values(pages)) await page.goto(server.url('api', -1).replace('/page/api', '/blank.html'));
    const perFetch = (name: keyof typeof pages, run: number) =>
      (pages[name] ?? pages.with).evaluate(async (tag) => {
        const count = 50;
        const start = performance.now();
        for (let i = 0; i < count; i++) await (await fetch(`/refuse/${i}?run=${tag}`)).text();
        return (performance.now() - start) / count;
      }, run);
    const sides = base ? (['without', 'with', 'base'] as const) : (['without', 'with'] as const);
    const medians: Partial<Record<'without' | 'with' | 'base', number>> = await sideBySideMedians(
      sides,
      runs,
      perFetch,
    );
    const withoutMillis = medians.without ?? NaN;
    const withMillis = medians.with ?? NaN;
    return {
      withoutMillis,
      withMillis,
      addedMillis: withMillis - withoutMillis,
      ...(medians.base === undefined ? {} : { baseAddedMillis: medians.base - withoutMillis }),
      runs,
    };
  } finally {
    await withExtension.close();
    await base?.close();
    await without.context.close();
    rmSync(without.dir, { recursive: true, force: true });
    server.close();
  }
}

/** A throwaway MV3 extension holding the `webRequest` permission, whose worker is `workerSource`. */
function writeProbeExtension(name: string, workerSource: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'why401-probe-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name,
      version: '1.0',
      permissions: ['webRequest'],
      host_permissions: ['<all_urls>'],
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(dir, 'worker.js'), workerSource);
  return dir;
}

/**
 * The floor: an extension that holds `webRequest` and listens to nothing. Chromium routes every request
 * of the profile through its webRequest proxy as soon as any extension holds that permission
 * (`WebRequestAPI::MayHaveProxies()` counts extensions with the permission, not listeners), so no
 * extension built on webRequest can load a page faster than this.
 */
const FLOOR_WORKER = '// holds the webRequest permission, registers no listener';

/** The same listeners as Why401's worker, plus `extraHeaders`: what seeing Cookie in Chrome would cost. */
const EXTRA_HEADERS_WORKER = `const pending = new Map();
chrome.webRequest.onSendHeaders.addListener((d) => { pending.set(d.requestId, d.requestHeaders); }, { urls: ['<all_urls>'] }, ['requestHeaders', 'extraHeaders']);
chrome.webRequest.onHeadersReceived.addListener((d) => { pending.delete(d.requestId); }, { urls: ['<all_urls>'] }, ['responseHeaders', 'extraHeaders']);`;

async function plainContext(extensionDir?: string): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'why401-bench-profile-'));
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: findBrowser('chromium'),
    args: ['--disable-gpu', '--disable-quic', ...extension],
  });
  return { context, dir };
}

/** From navigation start to the load event and the page's own fetches all answered. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(async () => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const fetchesDone = await (window as { __done?: Promise<number> }).__done;
    return Math.max(navigation ? navigation.loadEventEnd - navigation.startTime : NaN, fetchesDone ?? 0);
  });
}

export interface PageLoadResult {
  withoutMillis: number;
  withMillis: number;
  ratio: number;
  /** An extension holding `webRequest` and doing nothing, over no extension: Chromium's floor. */
  floorRatio: number;
  /** Why401 over that floor: what Why401's own listeners and content scripts add. */
  aboveFloorRatio: number;
  extraHeadersRatio: number;
  /** Why401 after a "Look closer" ran and ended on the measured tab, over the floor: its cost must be gone. */
  afterLookOverFloorRatio: number;
  /** The `BENCH_BASE` build over the floor, when one is given. */
  baseAboveFloorRatio?: number;
  runs: number;
}

/**
 * Runs "Look closer" on a tab of `driver` showing `url` and waits until it has ended (the page settled):
 * the listeners it added must be gone. Returns the page of that tab.
 */
async function afterLookCloser(driver: Awaited<ReturnType<typeof launchChromium>>, url: string): Promise<Page> {
  const tab = await driver.openTab(url);
  const started = await driver.evalInExtension<{ ok: boolean }>(
    `browser.runtime.sendMessage({ type: 'look-closer', tabId: ${tab.tabId} })`,
  );
  if (!started.ok) throw new Error('Look closer did not start');
  const ended = () =>
    driver.evalInExtension<boolean>(
      `browser.storage.session.get('lookCloser').then((all) => all.lookCloser?.[${tab.tabId}]?.endedAt !== undefined)`,
    );
  const until = Date.now() + 60_000;
  while (!(await ended())) {
    if (Date.now() > until) throw new Error('Look closer did not end within a minute');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const page = driver.context.pages().find((candidate) => candidate.url() === url);
  if (!page) throw new Error('the looked-at tab is gone');
  return page;
}

export async function pageLoadRatio(kind: PageKind, runs = rounds(25)): Promise<PageLoadResult> {
  const server = await startLoadServer();
  const floorDir = writeProbeExtension('webRequest floor', FLOOR_WORKER);
  const probeDir = writeProbeExtension('extraHeaders probe', EXTRA_HEADERS_WORKER);
  const without = await plainContext();
  const withExtension = await launchChromium();
  const floor = await plainContext(floorDir);
  const probe = await plainContext(probeDir);
  const looked = await launchChromium();
  const base = BASE_DIST ? await launchChromium(BASE_DIST) : undefined;
  try {
    const pages = {
      without: await without.context.newPage(),
      with: await withExtension.context.newPage(),
      floor: await floor.context.newPage(),
      probe: await probe.context.newPage(),
      afterLook: await afterLookCloser(looked, server.url(kind, -2)),
      ...(base ? { base: await base.context.newPage() } : {}),
    };
    const sides = ['without', 'with', 'floor', 'probe', 'afterLook', ...(base ? (['base'] as const) : [])] as const;
    const medians: Partial<Record<(typeof sides)[number] | 'base', number>> = await sideBySideMedians(
      sides,
      runs,
      (name, run) => loadTime(pages[name] ?? pages.with, server.url(kind, run)),
    );
    const { without: withoutMillis = NaN, with: withMillis = NaN, floor: floorMillis = NaN } = medians;
    return {
      withoutMillis,
      withMillis,
      ratio: withMillis / withoutMillis,
      floorRatio: floorMillis / withoutMillis,
      aboveFloorRatio: withMillis / floorMillis,
      extraHeadersRatio: (medians.probe ?? NaN) / withoutMillis,
      afterLookOverFloorRatio: (medians.afterLook ?? NaN) / floorMillis,
      ...(medians.base === undefined ? {} : { baseAboveFloorRatio: medians.base / floorMillis }),
      runs,
    };
  } finally {
    await withExtension.close();
    await looked.close();
    await base?.close();
    for (const context of [without, floor, probe]) {
      await context.context.close();
      rmSync(context.dir, { recursive: true, force: true });
    }
    for (const dir of [floorDir, probeDir]) rmSync(dir, { recursive: true, force: true });
    server.close();
  }
}

/** 200 distinct problems, built by the real rule module from the scenario fixtures. */
function storedRecords(count: number, now: number): ObservationRecord[] {
  const scenarios = loadScenarios();
  return Array.from({ length: count }, (_, i) => {
    const scenario = scenarios[i % scenarios.length];
    if (!scenario) throw new Error('no scenarios');
    const exchange = {
      ...scenarioExchange(scenario),
      url: `https://api${i}.example.com${scenario.request.path}?n=${i}`,
      startedAt: now - i * 1000,
    };
    const diagnosis = diagnose(exchange, scenario.context ?? {});
    return {
      key: `GET ${exchange.url}`,
      url: diagnosis.facts.request.url,
      method: diagnosis.facts.request.method,
      status: diagnosis.facts.response.status,
      resourceType: diagnosis.facts.request.resourceType,
      count: 1 + (i % 5),
      firstAt: exchange.startedAt,
      lastAt: exchange.startedAt,
      diagnosis,
    };
  });
}

const FIRST_CAUSE_PROBE = `new MutationObserver((_, observer) => {
  if (document.querySelector('[data-cause]')) { window.__firstCause = performance.now(); observer.disconnect(); }
}).observe(document, { subtree: true, childList: true });`;

/** One open of an extension page in a new tab: navigation start to the first `[data-cause]`, and from `domInteractive` (its module scripts start right after). */
async function openOnce(context: BrowserContext, url: string): Promise<{ open: number; own: number }> {
  const page = await context.newPage();
  await page.addInitScript(FIRST_CAUSE_PROBE);
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as { __firstCause?: number }).__firstCause === 'number', undefined, {
    timeout: 10_000,
  });
  const times = await page.evaluate(() => {
    const first = (window as { __firstCause?: number }).__firstCause ?? NaN;
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return { open: first, own: first - (navigation?.domInteractive ?? NaN) };
  });
  await page.close();
  return times;
}

async function popupOpenMillis(context: BrowserContext, popupUrl: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await openOnce(context, popupUrl)).open);
  return median(times);
}

/** Why401 as built, plus `blank.html`: an extension page whose module script paints one `[data-cause]` at once. */
function withBlankPage(dist: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'why401-blank-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><meta charset="utf-8"><title>blank</title><div id="app"></div><script type="module" src="blank.js"></script>',
  );
  writeFileSync(
    join(dir, 'blank.js'),
    "const card = document.createElement('p'); card.dataset.cause = 'blank'; document.getElementById('app').append(card);",
  );
  return dir;
}

export interface PopupResult {
  openMillis: number;
  /** From domInteractive (the popup's script about to start) to the first diagnosis painted. */
  ownMillis: number;
  /** The same open of a blank extension page, side by side. */
  blankMillis: number;
  records: number;
  tabs: number;
  /** The `BENCH_BASE` build's own time and time over its blank page, when one is given. */
  base?: { ownMillis: number; overBlankMillis: number };
}

/**
 * `records` stored problems, spread over tabs as the worker keeps them (at most MAX_RECORDS_PER_TAB per
 * tab's page); the popup opens on one full tab. Every record is a real diagnosis of a scenario fixture.
 */
export async function popupOpen(records = 200, runs = rounds(15)): Promise<PopupResult> {
  const server = await startFixtureServer();
  const builds = [await popupWithRecords(CHROME_DIST, server.origin, records)];
  if (BASE_DIST) builds.push(await popupWithRecords(BASE_DIST, server.origin, records));
  const [shipped, base] = builds;
  if (!shipped) throw new Error('no build to open');
  try {
    const own: Record<string, number[]> = { popup: [], basePopup: [] };
    const pages = {
      popup: { context: shipped.driver.context, url: shipped.popupUrl },
      blank: { context: shipped.driver.context, url: shipped.blankUrl },
      ...(base
        ? {
            basePopup: { context: base.driver.context, url: base.popupUrl },
            baseBlank: { context: base.driver.context, url: base.blankUrl },
          }
        : {}),
    };
    const sides = ['popup', 'blank', ...(base ? (['basePopup', 'baseBlank'] as const) : [])] as const;
    const medians: Partial<Record<(typeof sides)[number], number>> = await sideBySideMedians(
      sides,
      runs,
      async (name) => {
        const opened = pages[name] ?? pages.popup;
        const times = await openOnce(opened.context, opened.url);
        own[name]?.push(times.own);
        return times.open;
      },
    );
    const result: PopupResult = {
      openMillis: medians.popup ?? NaN,
      ownMillis: median(own.popup ?? []),
      blankMillis: medians.blank ?? NaN,
      records,
      tabs: shipped.tabs,
    };
    if (medians.basePopup === undefined || medians.baseBlank === undefined) return result;
    return {
      ...result,
      base: { ownMillis: median(own.basePopup ?? []), overBlankMillis: medians.basePopup - medians.baseBlank },
    };
  } finally {
    for (const build of builds) {
      await build.driver.close();
      rmSync(build.dir, { recursive: true, force: true });
    }
    await server.close();
  }
}

/** `dist` with a blank page beside the popup, in its own Chromium, with `records` stored across tabs as the worker stores them. */
async function popupWithRecords(dist: string, origin: string, records: number) {
  const dir = withBlankPage(dist);
  const driver = await launchChromium(dir);
  const tabs = [];
  for (let start = 0; start < records; start += MAX_RECORDS_PER_TAB) {
    const tab = await driver.openTab(`${origin}/?tab=${start}`);
    const count = Math.min(MAX_RECORDS_PER_TAB, records - start);
    const state: TabState = {
      version: STORAGE_VERSION,
      tabId: tab.tabId,
      pageUrl: `${origin}/`,
      total: count,
      records: storedRecords(count, Date.now()),
    };
    // Stored as the worker stores it (its JSON text).
    const stored = tabItem(tab.tabId);
    await driver.evalInExtension(
      `browser.storage.session.set(${JSON.stringify({ [stored.key]: stored.serialize?.(state) })})`,
    );
    tabs.push(tab);
  }
  const [first] = tabs;
  if (!first) throw new Error('no records to store');
  return {
    dir,
    driver,
    tabs: tabs.length,
    popupUrl: `${driver.extensionBase}src/popup/index.html?tab=${first.tabId}`,
    blankUrl: `${driver.extensionBase}blank.html`,
  };
}

export interface StormResult {
  responses: number;
  recordedMillis: number;
  recordsKept: number;
  totalCounted: number;
  sessionBytes: number;
  popupMillis: number;
}

/** A page fires 10,000 refused fetches; the worker must keep a bounded, deduped store and the popup stay fast. */
export async function storm(responses = 10_000): Promise<StormResult> {
  const server = await startFixtureServer();
  const driver = await launchChromium();
  try {
    const start = Date.now();
    const tab = await driver.openTab(`${server.origin}/repeat/no-challenge-fetch?n=${responses}`);
    let total = 0;
    while (Date.now() - start < 120_000) {
      total = await driver.evalInExtension<number>(
        `browser.storage.session.get('tab:${tab.tabId}').then((all) => ${parsedTab(`all['tab:${tab.tabId}']`)}?.total ?? 0)`,
      );
      if (total >= responses) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const recordedMillis = Date.now() - start;
    const recordsKept = await driver.evalInExtension<number>(
      `browser.storage.session.get('tab:${tab.tabId}').then((all) => ${parsedTab(`all['tab:${tab.tabId}']`)}?.records.length ?? 0)`,
    );
    const sessionBytes = await driver.evalInExtension<number>(
      `browser.storage.session.get(null).then((all) => JSON.stringify(all).length)`,
    );
    const popupMillis = await popupOpenMillis(
      driver.context,
      `${driver.extensionBase}src/popup/index.html?tab=${tab.tabId}`,
      5,
    );
    return { responses, recordedMillis, recordsKept, totalCounted: total, sessionBytes, popupMillis };
  } finally {
    await driver.close();
    await server.close();
  }
}
