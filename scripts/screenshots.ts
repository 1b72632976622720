// Screenshots of the popup for the README: three scenarios, light and dark, from the built Chrome
// extension (`npm run build:chrome` first). Run with `npx tsx scripts/screenshots.ts`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium-driver';
import { startFixtureServer } from '../test/e2e/support/fixture-server';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const SHOTS: Array<{ scenario: string; audience: 'visitor' | 'developer' | 'owner' }> = [
  { scenario: 'aspnet-jwt-expired', audience: 'visitor' },
  { scenario: 'basic-wrong-password', audience: 'developer' },
  { scenario: 'no-challenge-fetch', audience: 'owner' },
];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const driver = await launchChromium();
  try {
    for (const { scenario, audience } of SHOTS) {
      const tab = await driver.openTab(server.pageUrl(scenario));
      await driver.evalInExtension(`chrome.storage.local.set({ audience: ${JSON.stringify(audience)} })`);
      for (const theme of ['light', 'dark'] as const) {
        const page = await driver.context.newPage();
        await page.setViewportSize({ width: 400, height: 600 });
        await page.goto(`${driver.extensionBase}src/popup/index.html?tab=${tab.tabId}&theme=${theme}`);
        await page.waitForSelector('[data-cause]');
        const file = resolve(OUT, `${scenario}-${audience}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await page.close();
      }
      await driver.closeTab(tab);
    }
  } finally {
    await driver.evalInExtension(`chrome.storage.local.set({ audience: 'visitor' })`).catch(() => undefined);
    await driver.close();
    await server.close();
  }
}

await main();
