// Firefox lets users withhold an MV3 extension's host access. Then Why401 sees nothing, and the popup
// must say so and offer to ask for access (permissions.request needs the user's click).
import { launchFirefox } from './support/firefox-driver';
import { expect, test } from './support/fixtures';
import { tabState } from './support/extension-state';

test('without host access nothing is observed and the popup offers to grant it', async ({ server }, testInfo) => {
  test.skip(
    testInfo.project.name !== 'firefox',
    'Chromium grants host access at install; only Firefox lets users withhold it',
  );
  const driver = await launchFirefox({ grantHostAccess: false });
  try {
    expect(await driver.evalInExtension<boolean>(`browser.permissions.contains({ origins: ['<all_urls>'] })`)).toBe(
      false,
    );
    const tab = await driver.openTab(server.pageUrl('bearer-invalid-token-fetch'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await tabState(driver, tab))?.records ?? []).toEqual([]);
    const popup = await driver.openPopup(tab);
    await expect
      .poll(() => popup.eval<boolean>(`document.querySelector('[data-state="no-access"] button') !== null`))
      .toBe(true);
    await popup.close();
  } finally {
    await driver.close();
  }
});
