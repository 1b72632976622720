// Why401's MAIN-world wrapper must not change how pages work. The same battery of fetch and
// XMLHttpRequest uses (support/compat-page.ts) runs with the extension installed and in a browser
// without it; everything the page can observe must be identical. The extension run must also have
// read the 401s' bodies, or the comparison would prove nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { TabState } from '../../src/shared/storage-schema';
import { findBrowser } from './support/find-browsers';
import { GECKO_ID, launchFirefox } from './support/firefox-driver';
import type { FixtureServer } from './support/fixture-server';
import { expect, test } from './support/fixtures';
import { parsedTab } from './support/extension-state';

async function resultOf(server: FixtureServer, run: string): Promise<Record<string, unknown>> {
  await expect
    .poll(() => server.compatResult(run) !== undefined, {
      message: `battery ${run} posted its results`,
      timeout: 45_000,
    })
    .toBe(true);
  return server.compatResult(run) as Record<string, unknown>;
}

/** Chromium with no extension at all. */
async function plainChromium(server: FixtureServer, run: string): Promise<Record<string, unknown>> {
  const browser = await chromium.launch({
    headless: true,
    executablePath: findBrowser('chromium'),
    args: ['--disable-gpu', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/compat/page?run=${run}`);
    return await resultOf(server, run);
  } finally {
    await browser.close();
  }
}

/**
 * Firefox with an extension that does nothing: the BiDi driver needs an extension page to find tabs
 * from, so it gets one (same id, a blank page and `tabs`), and no content script, worker or listener.
 */
async function plainFirefox(server: FixtureServer, run: string): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'why401-blank-ext-'));
  mkdirSync(join(dir, 'src/popup'), { recursive: true });
  writeFileSync(join(dir, 'src/popup/index.html'), '<!doctype html><title>blank</title>');
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'blank',
      version: '1.0',
      permissions: ['tabs'],
      browser_specific_settings: { gecko: { id: GECKO_ID } },
    }),
  );
  const firefox = await launchFirefox({ extensionDir: dir });
  try {
    await firefox.openTab(`${server.origin}/compat/page?run=${run}`);
    return await resultOf(server, run);
  } finally {
    await firefox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('fetch and XMLHttpRequest behave exactly as in a browser without Why401', async ({ driver, server }) => {
  test.setTimeout(150_000);
  const run = `with-why401-${driver.name}`;
  const tab = await driver.openTab(`${server.origin}/compat/page?run=${run}`);
  const withExtension = await resultOf(server, run);
  const plainRun = `plain-${driver.name}`;
  const plain =
    driver.name === 'chromium' ? await plainChromium(server, plainRun) : await plainFirefox(server, plainRun);

  expect(plain['battery failed'], 'the battery itself must run through').toBeUndefined();
  expect(Object.keys(plain).length).toBeGreaterThan(40);
  expect(withExtension).toEqual(plain);

  // The extension did its job on the same page: the stored 401 carries the body's words.
  const key = `tab:${tab.tabId}`;
  await expect
    .poll(
      async () => {
        const state = await driver.evalInExtension<TabState | null>(
          `browser.storage.session.get(${JSON.stringify(key)}).then((s) => ${parsedTab(`s[${JSON.stringify(key)}]`)})`,
        );
        return (state?.records ?? []).some((record) =>
          record.diagnosis.facts.response.bodyExcerpt?.includes('jwt expired'),
        );
      },
      { message: 'a 401 of the battery was diagnosed with its body' },
    )
    .toBe(true);
  await driver.closeTab(tab);
});
