// The pipe end to end, in real Chromium and real Firefox: a 401 on a tab is observed by the background
// worker, diagnosed, stored in storage.session, and listed by the popup with its cause.
import { expect, test, waitForCauses } from './support/fixtures';
import { parsedTab } from './support/extension-state';

const PIPE_SCENARIOS = ['bearer-invalid-token-fetch', 'no-challenge-fetch', 'basic-navigation'];

test.describe('a 401 seen on a tab reaches the popup', () => {
  for (const id of PIPE_SCENARIOS) {
    test(`${id}: recorded in storage.session and listed with its cause`, async ({ driver, server }) => {
      const scenario = server.scenarios.find((candidate) => candidate.id === id);
      expect(scenario, `fixture ${id} exists`).toBeDefined();
      const tab = await driver.openTab(server.pageUrl(id));
      const popup = await driver.openPopup(tab);
      const causes = await waitForCauses(popup);
      expect(causes[0]).toBe(scenario?.expect.cause);
      const stored = await driver.evalInExtension<{ records: Array<{ url: string; status: number }> } | undefined>(
        `browser.storage.session.get('tab:${tab.tabId}').then((all) => ${parsedTab(`all['tab:${tab.tabId}']`)})`,
      );
      expect(stored?.records.map((record) => new URL(record.url).pathname)).toContain(scenario?.request.path);
      await popup.close();
      await driver.closeTab(tab);
    });
  }

  test('a page without 401s shows the empty state', async ({ driver, server }) => {
    const tab = await driver.openTab(`${server.origin}/`);
    const popup = await driver.openPopup(tab);
    await expect.poll(() => popup.eval<boolean>(`document.querySelector('[data-empty]') !== null`)).toBe(true);
    await popup.close();
    await driver.closeTab(tab);
  });
});
