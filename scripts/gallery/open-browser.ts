// Opens a real, headed browser with the built extension on the gallery. Each opener returns how to
// close what it started, and calls `onExit` when the browser ends by itself: closed by the user (no
// argument) or crashed (why, in the browser's own words). A browser that cannot start throws its own
// error (exit code and the end of its output), never a guess such as "no display".
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import webExt from 'web-ext';
import { findBrowser } from '../../test/e2e/support/find-browsers';
import { chromiumArgs, isRunningAsRoot } from './chromium-args';
import { keepTail } from './output-tail';

export interface OpenedBrowser {
  close(): Promise<void>;
}

export type OnBrowserExit = (failure?: string) => void;

/** A browser that fails (missing libraries, no X server, root without --no-sandbox) does so at once. */
const SETTLE_MS = 2_000;
/** Chromium saves its profile on SIGTERM; one that hangs is killed so `npm start` always ends. */
const KILL_AFTER_MS = 5_000;
const TAIL_LINES = 8;

export async function openChromium(extensionDir: string, url: string, onExit: OnBrowserExit): Promise<OpenedBrowser> {
  const executable = findBrowser('chromium');
  const profileDir = mkdtempSync(join(tmpdir(), 'why401-start-chromium-'));
  // Spawned by hand, not through Playwright: Playwright adds --no-sandbox (and automation switches)
  // to every launch, and a plain child process is what a fake browser can stand in for in tests.
  const child = spawn(executable, chromiumArgs({ extensionDir, profileDir, url, runningAsRoot: isRunningAsRoot() }), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = keepTail(child.stdout, child.stderr);
  const exited = new Promise<string | undefined>((done) => {
    child.once('error', (error) => done(`could not be run (${error.message})`));
    child.once('exit', (code, signal) => done(code === 0 ? undefined : `exited with ${signal ?? `code ${code}`}`));
  }).then((failure) => {
    // Chromium's crash reporter may still write into the profile for a moment after the browser exits.
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    return failure;
  });
  const explain = (failure: string) =>
    `${executable} ${failure}.${output.text().trim() ? ` Its last output:\n${output.lines(TAIL_LINES)}` : ''}`;

  const early = await Promise.race([
    exited.then((failure) => failure ?? 'exited at once (code 0)'),
    delay(SETTLE_MS, undefined),
  ]);
  if (early !== undefined) throw new Error(explain(early));

  let closing = false;
  void exited.then((failure) => {
    if (!closing) onExit(failure === undefined ? undefined : explain(failure));
  });
  return {
    async close() {
      closing = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

export function openFirefox(extensionDir: string, url: string, onExit: OnBrowserExit): Promise<OpenedBrowser> {
  return runWebExt('firefox', extensionDir, url, onExit, false);
}

/**
 * `npm run dev`: the browser through web-ext run, which watches the extension's folder and reloads the
 * extension in the browser whenever a rebuild lands there (Chromium as well as Firefox).
 */
export function openWithReload(
  target: 'chrome' | 'firefox',
  extensionDir: string,
  url: string,
  onExit: OnBrowserExit,
): Promise<OpenedBrowser> {
  return runWebExt(target, extensionDir, url, onExit, true);
}

async function runWebExt(
  target: 'chrome' | 'firefox',
  extensionDir: string,
  url: string,
  onExit: OnBrowserExit,
  reload: boolean,
): Promise<OpenedBrowser> {
  let closing = false;
  const chromium = target === 'chrome';
  // web-ext makes its own throw-away profile and removes it when the browser exits.
  const runner = await webExt.cmd.run(
    {
      sourceDir: extensionDir,
      target: chromium ? ['chromium'] : ['firefox-desktop'],
      ...(chromium
        ? { chromiumBinary: findBrowser('chromium'), args: isRunningAsRoot() ? ['--no-sandbox'] : [] }
        : { firefox: findBrowser('firefox') }),
      startUrl: [url],
      // We own stdin and Ctrl-C; web-ext's keypress handling would fight over them.
      noInput: true,
      noReload: !reload,
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
