// Reads the extension's own state (storage, badge) through its pages, as a test would inspect it.
import type { ExtensionDriver, TabHandle } from './driver';
import type { TabState } from '../../../src/shared/storage-schema';

/** JS text: the tab state held in the stored value `expression`; the worker stores its JSON text (src/shared/storage-items.ts). */
export function parsedTab(expression: string): string {
  return `((stored) => (typeof stored === 'string' ? JSON.parse(stored) : (stored ?? null)))(${expression})`;
}

export function tabState(driver: ExtensionDriver, tab: TabHandle): Promise<TabState | null> {
  return driver.evalInExtension<TabState | null>(
    `browser.storage.session.get('tab:${tab.tabId}').then((all) => ${parsedTab(`all['tab:${tab.tabId}']`)})`,
  );
}

export function badgeText(driver: ExtensionDriver, tab: TabHandle): Promise<string> {
  return driver.evalInExtension<string>(`browser.action.getBadgeText({ tabId: ${tab.tabId} })`);
}

/** Everything the extension stored anywhere, as one JSON string, for privacy assertions. */
export function allStoredText(driver: ExtensionDriver): Promise<string> {
  return driver.evalInExtension<string>(
    `Promise.all([browser.storage.session.get(null), browser.storage.local.get(null)]).then((all) => JSON.stringify(all))`,
  );
}
