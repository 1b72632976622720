// Opens a real, headed browser with the built extension on the gallery. Each opener returns how to
// close what it started, and calls `onExit` when the user closes the browser by themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import webExt from 'web-ext';
import { findBrowser } from '../../test/e2e/support/find-browsers';

export interface OpenedBrowser {
  close(): Promise<void>;
}

export async function openChromium(extensionDir: string, url: string, onExit: () => void): Promise<OpenedBrowser> {
  // A throw-away profile: the newcomer's own Chrome profile is never touched.
  const profile = mkdtempSync(join(tmpdir(), 'why401-start-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: false,
    executablePath: findBrowser('chromium'),
    viewport: null,
    // Without this, Chrome shows "controlled by automated test software" over every page.
    ignoreDefaultArgs: ['--enable-automation'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-quic', '--no-first-run'],
  });
  let closing = false;
  context.on('close', () => {
    rmSync(profile, { recursive: true, force: true });
    if (!closing) onExit();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    async close() {
      closing = true;
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function openFirefox(extensionDir: string, url: string, onExit: () => void): Promise<OpenedBrowser> {
  let closing = false;
  const runner = await webExt.cmd.run(
    {
      sourceDir: extensionDir,
      firefox: findBrowser('firefox'),
      startUrl: [url],
      // We own stdin and Ctrl-C; web-ext's keypress handling would fight over them.
      noInput: true,
      noReload: true,
      pref: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
    },
    { shouldExitProgram: false },
  );
  runner.registerCleanup(() => {
    if (!closing) onExit();
  });
  return {
    async close() {
      closing = true;
      await runner.exit().catch(() => undefined);
    },
  };
}
