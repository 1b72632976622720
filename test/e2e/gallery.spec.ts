// The 401 gallery (`npm start`), walked as a visitor walks it: open the index, click a cause, (for a
// page-level 401) open the protected page, click the toolbar button. The popup must rank the cause
// the page simulates first, as the scenario specs assert for the same fixture.
import { startGallery, type Gallery } from '../../scripts/gallery/gallery-server';
import { EXHIBITS } from '../../scripts/gallery/exhibits';
import { expect, shownCauses, test, waitForCauses } from './support/fixtures';
import { chromiumLimit, expectedPopupCause } from './support/popup-expectations';

let gallery: Gallery;

test.beforeAll(async () => {
  gallery = await startGallery();
});

test.afterAll(async () => {
  await gallery.close();
});

// Each page starts from an empty cookie jar, like a newcomer's fresh profile.
test.beforeEach(async ({ driver }) => {
  await driver.evalInExtension(`browser.browsingData.removeCookies({})`);
});

for (const exhibit of EXHIBITS) {
  test(`gallery page ${exhibit.cause}: the popup ranks it first`, async ({ driver }) => {
    const scenario = gallery.scenarioFor(exhibit.cause);
    const limit =
      driver.name === 'chromium' ? chromiumLimit(scenario.request.via, scenario.response.status) : undefined;
    test.skip(limit !== undefined, limit);
    const tab = await driver.openTab(gallery.indexUrl);
    await driver.navigate(tab, gallery.pageUrl(exhibit.cause));
    // The page's button links to the protected page; following it is the visitor's click.
    if (scenario.request.via === 'navigation')
      await driver.navigate(tab, gallery.fixtures.origin + scenario.request.path);
    const popup = await driver.openPopup(tab);
    await waitForCauses(popup);
    const { cause, bodyLimit } = expectedPopupCause(scenario, driver.name);
    if (bodyLimit) test.info().annotations.push({ type: 'body out of reach', description: bodyLimit });
    // The body arrives after the headers: the popup may first show what the headers tell.
    await expect
      .poll(async () => (await shownCauses(popup))[0], { message: exhibit.simulates, timeout: 10_000 })
      .toBe(cause);
    await popup.close();
    await driver.closeTab(tab);
  });
}
