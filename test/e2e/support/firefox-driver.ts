// Real Firefox ESR with the built extension, driven over its built-in WebDriver BiDi (no geckodriver
// or Playwright Firefox build exists on these machines). See test/e2e/README.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BidiClient } from './bidi-client';
import { landingPattern, newestTabId } from './tab-lookup';
import type { ExtensionDriver, PopupHandle, TabHandle } from './driver';
import { findBrowser } from './find-browsers';
import { TEST_HOSTS } from './chromium-driver';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');
export const GECKO_ID = 'why401@why401.dev';
const POPUP_PATH = 'src/popup/index.html';

export interface FirefoxOptions {
  extensionDir?: string;
  /** false: the user withheld host access (MV3 host permissions not granted at install). */
  grantHostAccess?: boolean;
}

function writeProfile(dir: string, uuid: string, grantHostAccess: boolean): void {
  const prefs: Record<string, unknown> = {
    // A stable moz-extension://<uuid>/ so tests can open the popup by URL.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'extensions.originControls.grantByDefault': grantHostAccess,
    'browser.shell.checkDefaultBrowser': false,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.update.enabled': false,
    'signon.rememberSignons': false,
    // The test host names resolve to loopback, as Chromium's --host-resolver-rules makes them.
    'network.dns.localDomains': TEST_HOSTS.join(','),
  };
  const lines = Object.entries(prefs).map(
    ([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`,
  );
  writeFileSync(join(dir, 'user.js'), `${lines.join('\n')}\n`);
}

/**
 * Firefox on `profile` with WebDriver BiDi on a free port, opening `startUrl`; resolves to the BiDi
 * session's websocket once Firefox prints it. Headed only where a test needs DevTools' toolbox.
 */
export async function startFirefoxBidi(
  profile: string,
  startUrl: string,
  { headless = true } = {},
): Promise<{ child: ChildProcess; bidi: BidiClient }> {
  const child = spawn(
    findBrowser('firefox'),
    [
      ...(headless ? ['--headless'] : []),
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port',
      '0',
      '--remote-allow-system-access',
      startUrl,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const bidi = await BidiClient.connect(`${await waitForBidiUrl(child)}/session`);
  await bidi.send('session.new', { capabilities: {} });
  return { child, bidi };
}

function waitForBidiUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start WebDriver BiDi in 30 s:\n${seen.slice(-2000)}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${seen.slice(-2000)}`)),
    );
  });
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionDriver & { bidi: BidiClient }> {
  const profile = mkdtempSync(join(tmpdir(), 'why401-firefox-'));
  const uuid = randomUUID();
  writeProfile(profile, uuid, options.grantHostAccess ?? true);
  const { child, bidi } = await startFirefoxBidi(profile, 'about:blank');
  await bidi.send('webExtension.install', {
    extensionData: { type: 'path', path: options.extensionDir ?? FIREFOX_DIST },
  });
  const extensionBase = `moz-extension://${uuid}/`;

  async function createContext(url: string, wait: 'complete' | 'interactive' = 'complete'): Promise<string> {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await navigateContext(context, url, wait);
    return context;
  }
  async function navigateContext(
    context: string,
    url: string,
    wait: 'complete' | 'interactive' = 'complete',
  ): Promise<void> {
    // A page answered 401 with Basic opens an auth prompt; don't let it stall the test.
    await Promise.race([
      bidi.send('browsingContext.navigate', { context, url, wait }).catch(() => undefined),
      new Promise((r) => setTimeout(r, 5_000)),
    ]);
  }
  async function evaluate<T>(context: string, expression: string): Promise<T> {
    const response = await bidi.send<EvaluateResult>('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (response.type === 'exception') throw new Error(`evaluate failed: ${response.exceptionDetails?.text}`);
    const text = response.result?.value;
    return (typeof text === 'string' ? JSON.parse(text) : undefined) as T;
  }

  const control = await createContext(`${extensionBase}${POPUP_PATH}?tab=-1`);
  const contexts = new Map<number, string>();
  const driver = {
    name: 'firefox' as const,
    extensionBase,
    bidi,
    async openTab(url: string): Promise<TabHandle> {
      const context = await createContext(url);
      const tabId = await newestTabId(driver.evalInExtension, url, landingPattern(url));
      contexts.set(tabId, context);
      return { tabId };
    },
    async navigate(tab: TabHandle, url: string) {
      const context = contexts.get(tab.tabId);
      if (context) await navigateContext(context, url);
    },
    evalInExtension: <T>(expression: string) => evaluate<T>(control, expression),
    async openPopup(tab: TabHandle): Promise<PopupHandle> {
      const context = await createContext(`${extensionBase}${POPUP_PATH}?tab=${tab.tabId}`);
      return {
        eval: <T>(expression: string) => evaluate<T>(context, expression),
        close: async () => void (await bidi.send('browsingContext.close', { context })),
      };
    },
    async closeTab(tab: TabHandle) {
      const context = contexts.get(tab.tabId);
      if (context) await bidi.send('browsingContext.close', { context });
      contexts.delete(tab.tabId);
    },
    async close() {
      await bidi.send('session.end').catch(() => undefined);
      bidi.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r).once('error', r));
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
