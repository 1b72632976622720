// The built extension loads without manifest errors or warnings: Chromium's extensions page lists them
// (chrome.developerPrivate); Firefox's are covered by `web-ext lint` in npm test.
import { launchChromium } from './support/chromium-driver';
import { expect, test } from './support/fixtures';

interface ExtensionInfo {
  id: string;
  name: string;
  manifestErrors: unknown[];
  runtimeErrors: unknown[];
  installWarnings: unknown[];
}

// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
test('dist/chrome loads with no manifest error, runtime error or install warning', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'Firefox: web-ext lint checks the same (npm run lint:ext)');
  const driver = await launchChromium();
  try {
    const page = await driver.context.newPage();
    await page.goto('chrome://extensions/');
    const infos = await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(): Promise<ExtensionInfo[]> } } }
      ).chrome.developerPrivate.getExtensionsInfo(),
    );
    const ours = infos.find((info) => driver.extensionBase.includes(info.id));
    expect(ours, 'Why401 is installed').toBeDefined();
    expect(ours?.manifestErrors).toEqual([]);
    expect(ours?.installWarnings).toEqual([]);
    expect(ours?.runtimeErrors).toEqual([]);
  } finally {
    await driver.close();
  }
});
