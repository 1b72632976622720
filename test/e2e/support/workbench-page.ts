// A workbench page (static dist/web or the extension's page) in either browser: evaluate in it, give
// its file input a file, catch a file it saves, and list every request it made. Chromium through
// Playwright; Firefox over WebDriver BiDi (`input.setFiles` sets a file input,
// `network.beforeRequestSent` reports requests).
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import type { BidiClient } from './bidi-client';
import type { ExtensionDriver } from './driver';

export interface WorkbenchPage {
  eval<T>(expression: string): Promise<T>;
  /** Picks `path` in the page's file input, as a user choosing it in the file dialog. */
  pickFile(path: string): Promise<void>;
  /** Every URL the page (and its worker) requested, in order. */
  requests(): string[];
  /**
   * Clicks `selector`, which saves a file from the page (a Blob URL on an `<a download>`), and returns
   * the name the page gave it and its text. Chromium: the browser's own download. Firefox: the Blob the
   * link points at, caught in the page (see the Firefox page below).
   */
  download(selector: string): Promise<{ name: string; text: string }>;
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

const INPUT = 'input[data-har-input]';

/** Opens `url` in a new tab of the driver's browser, `width` × `height` CSS pixels. */
export async function openWorkbench(
  driver: ExtensionDriver,
  url: string,
  viewport = { width: 900, height: 700 },
): Promise<WorkbenchPage> {
  const context = (driver as Partial<{ context: BrowserContext }>).context;
  if (context) return chromiumPage(context, url, viewport);
  const bidi = (driver as Partial<{ bidi: BidiClient }>).bidi;
  if (bidi) return firefoxPage(bidi, url, viewport);
  throw new Error(`no page access for ${driver.name}`);
}

async function chromiumPage(
  context: BrowserContext,
  url: string,
  viewport: { width: number; height: number },
): Promise<WorkbenchPage> {
  const page = await context.newPage();
  const requests: string[] = [];
  // Page and dedicated-worker requests both surface on the page in Playwright.
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize(viewport);
  await page.goto(url);
  await page.waitForSelector(INPUT, { state: 'attached' });
  return {
    eval: <T>(expression: string) => page.evaluate(`(async () => (${expression}))()`) as Promise<T>,
    pickFile: (path) => page.setInputFiles(INPUT, path),
    requests: () => [...requests],
    async download(selector) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
    },
    screenshot: () => page.screenshot({ fullPage: true }),
    close: () => page.close(),
  };
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text: string };
}

async function firefoxPage(
  bidi: BidiClient,
  url: string,
  viewport: { width: number; height: number },
): Promise<WorkbenchPage> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  // A background tab paints about once a second in Firefox (docs: BROWSER-TESTING): bring it forward.
  await bidi.send('browsingContext.activate', { context });
  await bidi.send('browsingContext.setViewport', { context, viewport });
  const requests: string[] = [];
  bidi.on('network.beforeRequestSent', (params) => {
    const event = params as { context?: string | null; request: { url: string } };
    if (event.context === context || event.context === null) requests.push(event.request.url);
  });
  const { subscription } = await bidi.send<{ subscription: string }>('session.subscribe', {
    events: ['network.beforeRequestSent'],
  });
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  const evaluate = async (expression: string, ownership: 'none' | 'root' = 'none'): Promise<EvaluateResult> => {
    const response = await bidi.send<EvaluateResult>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
      resultOwnership: ownership,
    });
    if (response.type === 'exception') throw new Error(`evaluate failed: ${response.exceptionDetails?.text}`);
    return response;
  };
  return {
    async eval<T>(expression: string) {
      const response = await evaluate(`(async () => JSON.stringify(await (${expression})))()`);
      const text = response.result?.value;
      return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
    },
    async pickFile(path) {
      const input = await evaluate(`document.querySelector(${JSON.stringify(INPUT)})`, 'root');
      const sharedId = input.result?.sharedId;
      if (!sharedId) throw new Error('no file input on the page');
      await bidi.send('input.setFiles', { context, element: { sharedId }, files: [path] });
    },
    requests: () => [...requests],
    async download(selector) {
      // Firefox saves it for real: `browser.setDownloadBehavior` sends it to a scratch folder (not the
      // profile's Downloads), and `browsingContext.downloadWillBegin` / `downloadEnd` say its name and path.
      const folder = mkdtempSync(join(tmpdir(), 'why401-download-'));
      await bidi.send('browser.setDownloadBehavior', {
        downloadBehavior: { type: 'allowed', destinationFolder: folder },
      });
      const named = new Promise<string>((resolve) =>
        bidi.on('browsingContext.downloadWillBegin', (params) => {
          const event = params as { context: string; suggestedFilename: string };
          if (event.context === context) resolve(event.suggestedFilename);
        }),
      );
      const ended = new Promise<{ status: string; filepath?: string | null }>((resolve) =>
        bidi.on('browsingContext.downloadEnd', (params) => {
          const event = params as { context: string; status: string; filepath?: string | null };
          if (event.context === context) resolve(event);
        }),
      );
      const { subscription: watching } = await bidi.send<{ subscription: string }>('session.subscribe', {
        events: ['browsingContext.downloadWillBegin', 'browsingContext.downloadEnd'],
        contexts: [context],
      });
      try {
        await evaluate(`document.querySelector(${JSON.stringify(selector)}).click()`);
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`${selector} saved nothing in 20 s`)), 20_000),
        );
        const [name, end] = await Promise.race([Promise.all([named, ended]), timeout]);
        if (end.status !== 'complete' || !end.filepath) throw new Error(`download ${end.status}`);
        return { name, text: await readFile(end.filepath, 'utf8') };
      } finally {
        await bidi.send('session.unsubscribe', { subscriptions: [watching] }).catch(() => undefined);
        await bidi.send('browser.setDownloadBehavior', { downloadBehavior: null }).catch(() => undefined);
        rmSync(folder, { recursive: true, force: true });
      }
    },
    async screenshot() {
      const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
        context,
        origin: 'document',
      });
      return Buffer.from(shot.data, 'base64');
    },
    async close() {
      await bidi.send('session.unsubscribe', { subscriptions: [subscription] }).catch(() => undefined);
      await bidi.send('browsingContext.close', { context });
    },
  };
}
