// A refusal that arrives while the worker starts up (MV3: Chrome stops an idle worker after 30 s, and the
// next observed request wakes it) must be recorded as fully as one seen by a running worker: with the
// request headers that led to it, so the record shows the credential's shape.
import { test as base, expect, type Worker } from '@playwright/test';
import { launchChromium } from './support/chromium-driver';
import { tabState } from './support/extension-state';
import type { FixtureServer } from './support/fixture-server';
import { serverFixture } from './support/fixtures';

type Chromium = Awaited<ReturnType<typeof launchChromium>>;

const test = base.extend<object, { projectName: string; server: FixtureServer; chromium: Chromium }>({
  projectName: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use, workerInfo) => use(workerInfo.project.name),
    { scope: 'worker' },
  ],
  server: serverFixture,
  chromium: [
    async ({ projectName }, use) => {
      if (projectName !== 'chromium') return use(undefined as unknown as Chromium);
      const driver = await launchChromium();
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.skip(
  ({ projectName }) => projectName !== 'chromium',
  'stopping the worker on demand needs CDP (Chromium); Firefox keeps its event page alive under BiDi',
);

function workerOf(chromium: Chromium): Worker {
  const worker = chromium.context.serviceWorkers().at(-1);
  if (!worker) throw new Error('no extension service worker');
  return worker;
}

/** The same fake token the fixture sends; a canary, so a leak would show. */
const TOKEN = 'opaque-CANARY-b7f3c1d9e2a44f0e8d6b';

test.describe.configure({ mode: 'serial' });

for (const round of [1, 2, 3]) {
  test(`a refused fetch with Authorization that wakes the stopped worker is recorded with the credential's shape (round ${round})`, async ({
    chromium,
    server,
  }) => {
    const tab = await chromium.openTab(`${server.origin}/?wake=${round}`);
    const page = chromium.context.pages().find((candidate) => candidate.url() === `${server.origin}/?wake=${round}`);
    if (!page) throw new Error('the tab opened for the test is not among the context pages');
    await expect.poll(async () => (await tabState(chromium, tab))?.pageUrl).toBe(`${server.origin}/?wake=${round}`);
    // A mark in the running worker's globals: gone after the stop, or the worker never stopped.
    await workerOf(chromium).evaluate(() => void ((globalThis as { wakeMark?: boolean }).wakeMark = true));
    await chromium.stopWorker?.();
    // The first event after the stop is this fetch's: the worker wakes for its onSendHeaders.
    await page.evaluate(
      ([url, token]) =>
        fetch(url, { headers: { Authorization: `Bearer ${token}` } }).then((response) => response.status),
      ['/api/bearer-invalid-token-fetch', TOKEN] as const,
    );
    await expect.poll(async () => (await tabState(chromium, tab))?.records.length, { timeout: 15_000 }).toBe(1);
    expect(await workerOf(chromium).evaluate(() => (globalThis as { wakeMark?: boolean }).wakeMark ?? false)).toBe(
      false,
    );
    const record = (await tabState(chromium, tab))?.records[0];
    expect(record?.diagnosis.facts.credentials.authorization).toMatchObject({ scheme: 'Bearer', length: TOKEN.length });
    expect(record?.diagnosis.causes[0]?.id).not.toBe('missing-credentials');
    expect(JSON.stringify(record)).not.toContain(TOKEN);
    await chromium.closeTab(tab);
  });
}
