// Playwright fixtures: one fixture server and one browser with the built extension per worker; the
// project (`chromium` or `firefox`) picks the browser, so every spec runs in both.
import { test as base, expect } from '@playwright/test';
import { launchChromium } from './chromium-driver';
import type { ExtensionDriver, PopupHandle } from './driver';
import { launchFirefox } from './firefox-driver';
import { startFixtureServer, type FixtureServer } from './fixture-server';

interface WorkerFixtures {
  server: FixtureServer;
  driver: ExtensionDriver;
}

/** One fixture server per worker; specs with fixtures of their own reuse it as their `server`. */
export const serverFixture: [
  (args: object, use: (server: FixtureServer) => Promise<void>) => Promise<void>,
  { scope: 'worker' },
] = [
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  async ({}, use: (server: FixtureServer) => Promise<void>) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];

export const test = base.extend<object, WorkerFixtures>({
  server: serverFixture,
  driver: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use, workerInfo) => {
      const driver = workerInfo.project.name === 'firefox' ? await launchFirefox() : await launchChromium();
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

export { expect };

/** The `data-cause` ids of the popup's cause cards, in the order shown. */
export function shownCauses(popup: PopupHandle): Promise<string[]> {
  return popup.eval<string[]>(
    `[...document.querySelectorAll('[data-cause]')].map((el) => el.getAttribute('data-cause'))`,
  );
}

/** Waits until the popup lists at least `count` cause cards, and returns their ids. */
export async function waitForCauses(popup: PopupHandle, count = 1): Promise<string[]> {
  let causes: string[] = [];
  await expect
    .poll(
      async () => {
        causes = await shownCauses(popup);
        return causes.length;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return causes;
}
