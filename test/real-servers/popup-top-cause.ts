// Runs a case in Chromium with the built extension loaded and reads the popup's top card.
import type { BrowserContext } from '@playwright/test';
import type { ExtensionDriver, PopupHandle, TabHandle } from '../e2e/support/driver';
import { waitForCauses } from '../e2e/support/fixtures';
import type { TopCause } from './diagnose-fixture';
import { driveSteps } from './drive-case';
import { START_PATH, type RealServerCase, type ServerInstance } from './real-server-case';

export type ChromiumExtensionDriver = ExtensionDriver & { context: BrowserContext };

export interface PopupRun {
  tab: TabHandle;
  popup: PopupHandle;
  /** The popup's first card now (it may still change when a body arrives). */
  top(): Promise<TopCause>;
  close(): Promise<void>;
}

export async function runCaseWithPopup<S extends ServerInstance>(
  driver: ChromiumExtensionDriver,
  server: S,
  testCase: RealServerCase<S>,
): Promise<PopupRun> {
  const steps = await testCase.steps(server);
  // A start URL of its own per case, to find this tab's page among the context's pages.
  const startUrl = `${server.origin}${START_PATH}?case=${encodeURIComponent(testCase.name)}`;
  const tab = await driver.openTab(startUrl);
  const page = driver.context.pages().find((candidate) => candidate.url() === startUrl);
  if (!page) throw new Error(`no page shows ${startUrl}`);
  await driveSteps(page, steps);
  const popup = await driver.openPopup(tab);
  await waitForCauses(popup);
  return {
    tab,
    popup,
    top: async () => {
      const [cause, likelihood, ranked] = await popup.eval<
        [TopCause['cause'], TopCause['likelihood'], string]
      >(`(() => {
        const cards = [...document.querySelectorAll('[data-cause]')];
        return [cards[0]?.getAttribute('data-cause'), cards[0]?.getAttribute('data-likelihood'),
          cards.map((c) => c.getAttribute('data-cause') + ' (' + c.getAttribute('data-likelihood') + ')').join(', ')];
      })()`);
      return { cause, likelihood, ranked };
    },
    async close() {
      await popup.close();
      await driver.closeTab(tab);
    },
  };
}
