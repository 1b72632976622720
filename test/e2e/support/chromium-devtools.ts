// Real Chromium with DevTools open on every tab, and the extension's DevTools targets within reach.
// DevTools needs a headed browser: the run's display, or an Xvfb started here (Debian package `xvfb`).
// How it works:
// - `--auto-open-devtools-for-tabs` opens DevTools for each tab; its front end is a CDP target of type
//   `page` whose URL starts with `devtools://`, the extension's devtools page an `iframe` target, and a
//   panel's page becomes an `iframe` target once the panel is shown.
// - Targets are reached from a page-scoped CDP session with `Target.attachToTarget` (`flatten: false`)
//   and `Target.sendMessageToTarget`; the front end's `InspectorView` shows a panel by its id,
//   `chrome-extension://<id>` followed by the panel's title without spaces.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROME_DIST } from './chromium-driver';
import { findBrowser } from './find-browsers';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** One attached target: evaluate JavaScript there (its JSON value back), or send it any CDP command. */
export interface TargetEval {
  evaluate<T>(expression: string): Promise<T>;
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
}

export interface DevtoolsBrowser {
  context: BrowserContext;
  /** The inspected tab. */
  page: Page;
  extensionId: string;
  /** Shows the extension's panel (by title) and returns its page's target. */
  showPanel(title: string): Promise<TargetEval>;
  /** The DevTools front end of the inspected tab. */
  frontEnd: TargetEval;
  /**
   * The system clipboard's text, read from a page of `url` (a secure context, e.g. loopback); `replace`
   * puts that text there first.
   */
  clipboard(url: string, replace?: string): Promise<string>;
  /**
   * Saves every later download (any frame's, DevTools' panels too) into `dir` under its suggested name;
   * `finished()` lists the names of those completed so far.
   */
  catchDownloads(dir: string): Promise<{ finished(): string[] }>;
  close(): Promise<void>;
}

/**
 * A display for the headed browser: the one the run has (`xvfb-run -a npx playwright test …`), or an
 * Xvfb of its own started here, so `npx playwright test` works without a wrapper too.
 */
async function display(): Promise<{ name: string; server?: ChildProcess }> {
  if (process.env.DISPLAY) return { name: process.env.DISPLAY };
  const name = `:${100 + Math.floor(Math.random() * 800)}`;
  const server = spawn('Xvfb', [name, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    server.once('error', () => reject(new Error('DevTools needs a display: install xvfb (apt-get install -y xvfb)')));
    setTimeout(resolve, 500);
  });
  return { name, server };
}

export interface DevtoolsOptions {
  extensionDir?: string;
  /** DevTools' theme from the start (Settings > Appearance), as a profile's preferences keep it. */
  theme?: 'default' | 'dark';
}

export async function launchChromiumWithDevtools(options: DevtoolsOptions = {}): Promise<DevtoolsBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_DIST;
  const userDataDir = mkdtempSync(join(tmpdir(), 'why401-devtools-'));
  if (options.theme) {
    // DevTools keeps its settings as JSON strings under devtools.preferences in the profile.
    mkdirSync(join(userDataDir, 'Default'));
    const preferences = { devtools: { preferences: { 'ui-theme': JSON.stringify(options.theme) } } };
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const screen = await display();
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: false,
    env: { ...process.env, DISPLAY: screen.name },
    executablePath: findBrowser('chromium'),
    viewport: { width: 1000, height: 700 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-gpu',
      '--disable-quic',
      '--auto-open-devtools-for-tabs',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(page);
  const messages = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  session.on('Target.receivedMessageFromTarget', ({ message }: { message: string }) => {
    const reply = JSON.parse(message) as { id?: number; result?: unknown; error?: { message: string } };
    if (reply.id !== undefined) messages.get(reply.id)?.(reply);
  });
  let nextId = 0;
  const attach = async (target: TargetInfo): Promise<TargetEval> => {
    const { sessionId } = (await session.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    })) as { sessionId: string };
    const send = async (method: string, params: Record<string, unknown> = {}) => {
      const id = ++nextId;
      const reply = await new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
        messages.set(id, resolve);
        void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
      messages.delete(id);
      return reply;
    };
    return {
      async send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
        const reply = await send(method, params);
        if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
        return reply.result as T;
      },
      async evaluate<T>(expression: string): Promise<T> {
        // userGesture: a click evaluated here counts as the user's, as the clipboard requires.
        const params = { expression, awaitPromise: true, returnByValue: true, userGesture: true };
        const reply = await send('Runtime.evaluate', params);
        const result = reply.result as
          { result?: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } } | undefined;
        if (reply.error || result?.exceptionDetails)
          throw new Error(
            reply.error?.message ?? result?.exceptionDetails?.exception?.description ?? 'evaluate failed',
          );
        return result?.result?.value as T;
      },
    };
  };
  const waitForTarget = async (match: (target: TargetInfo) => boolean, what: string): Promise<TargetInfo> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const found = targetInfos.find(match);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no ${what} target in 20 s: is this run headed (xvfb-run -a) with DevTools opening?`);
  };
  const devtoolsPage = await waitForTarget(
    (target) => target.type === 'iframe' && /^chrome-extension:\/\/[a-p]{32}\/.*devtools\.html$/.test(target.url),
    "the extension's devtools page",
  );
  const extensionId = new URL(devtoolsPage.url).host;
  const frontEnd = await attach(
    await waitForTarget((target) => target.type === 'page' && target.url.startsWith('devtools://'), 'DevTools'),
  );
  return {
    context,
    page,
    extensionId,
    frontEnd,
    async showPanel(title) {
      const panelId = `chrome-extension://${extensionId}${title.replace(/\s+/g, '')}`;
      // The panel's tab appears once the devtools page has created it.
      for (let attempt = 0; ; attempt++) {
        const shown = await frontEnd.evaluate<boolean>(`(async () => {
          const { InspectorView } = (await import('./ui/legacy/legacy.js')).InspectorView;
          const view = InspectorView.instance();
          if (!view.tabbedPane.tabIds().includes(${JSON.stringify(panelId)})) return false;
          await view.showPanel(${JSON.stringify(panelId)});
          return true;
        })()`);
        if (shown) break;
        if (attempt > 50) throw new Error(`DevTools has no panel ${panelId}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      return attach(
        await waitForTarget(
          (target) =>
            target.type === 'iframe' &&
            target.url.startsWith(`chrome-extension://${extensionId}/`) &&
            target.url.includes('panel.html'),
          'panel',
        ),
      );
    },
    async clipboard(url, replace) {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      const reader = await context.newPage();
      try {
        await reader.goto(url);
        await reader.bringToFront();
        if (replace !== undefined) await reader.evaluate((text) => navigator.clipboard.writeText(text), replace);
        return await reader.evaluate(() => navigator.clipboard.readText());
      } finally {
        await reader.close();
        // Back to the inspected tab: DevTools (and the panel's animation frames) pause while it is hidden.
        await page.bringToFront();
      }
    },
    async catchDownloads(dir) {
      // `allow` keeps the suggested name. Chrome sends the download events to the browser's own
      // session, not to this page-scoped one, so a finished download is read off the directory: Chrome
      // writes `<name>.crdownload` and renames it to the name when done.
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      return { finished: () => readdirSync(dir).filter((name) => !name.endsWith('.crdownload')) };
    },
    async close() {
      await context.close();
      screen.server?.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
