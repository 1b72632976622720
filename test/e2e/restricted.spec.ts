// Browser pages hide their URL from an extension without the `tabs` permission (Why401 does not ask
// for it): the popup must still say that no extension may look at them, not "nothing was refused".
import { expect, test } from './support/fixtures';

const PAGES = {
  chromium: ['chrome://version/', 'about:blank'],
  firefox: ['about:blank', 'about:robots'],
} as const;

test.describe('restricted pages', () => {
  for (const browser of ['chromium', 'firefox'] as const) {
    for (const url of PAGES[browser]) {
      test(`${browser} ${url}: the restricted-page message, not the empty state`, async ({ driver }) => {
        test.skip(driver.name !== browser, `a ${browser} page`);
        const tab = await driver.openTab(url);
        const popup = await driver.openPopup(tab);
        await expect
          .poll(() =>
            popup.eval<string | null>(
              `document.querySelector('[data-state], [data-empty]')?.getAttribute('data-state') ?? (document.querySelector('[data-empty]') ? 'empty' : null)`,
            ),
          )
          .toBe('restricted');
        expect(await popup.eval<string>(`document.querySelector('h1').textContent`)).toBe(
          'Browsers let no extension look at this page',
        );
        await popup.close();
        await driver.closeTab(tab);
      });
    }
  }
});
