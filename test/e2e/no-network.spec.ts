// The extension itself makes no network request, ever. We record every request the browser makes while
// the extension works through every scenario (worker, popup, actions) and find none from the extension
// that leaves the extension's own package.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1'; // let Playwright report the worker's requests

import type { Request } from '@playwright/test';
import { launchChromium } from './support/chromium-driver';
import { expect, test, waitForCauses } from './support/fixtures';

test('no request leaves the extension while it diagnoses every scenario', async ({ server }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'chromium',
    "recording an extension worker's own requests needs Chromium's DevTools protocol",
  );
  test.setTimeout(180_000);
  const driver = await launchChromium();
  const fromExtension: string[] = [];
  const record = (request: Request) => {
    const worker = request.serviceWorker();
    const frameUrl = worker ? worker.url() : safeFrameUrl(request);
    if (frameUrl.startsWith(driver.extensionBase) && !request.url().startsWith(driver.extensionBase))
      fromExtension.push(`${request.method()} ${request.url()}`);
  };
  driver.context.on('request', record);
  try {
    for (const scenario of server.scenarios) {
      const tab = await driver.openTab(server.pageUrl(scenario.id));
      const popup = await driver.openPopup(tab);
      await waitForCauses(popup).catch(() => []); // a few scenarios show nothing in Chromium (see scenarios.spec.ts)
      await popup.close();
      await driver.closeTab(tab);
    }
    expect(fromExtension).toEqual([]);
  } finally {
    await driver.close();
  }
});

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return ''; // a request without a frame (the worker's, when not reported as such)
  }
}
