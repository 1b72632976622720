import { browser } from '../shared/browser';
import { readItem, tabItem } from '../shared/storage-items';
import type { PopupView } from './connection';
import { isRestrictedUrl } from './text/is-restricted-url';

/** `?tab=<id>` names the tab (tests, a popup opened in a full tab); else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const named = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(named)) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

/** The tab's URL: a string (empty when hidden from us), or undefined when there is no such tab. */
async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url ?? '';
  } catch {
    return undefined; // the tab is gone, or the id names no tab (the e2e control page uses -1)
  }
}

/**
 * What the popup shows for a tab. The three questions (the tab's URL, host access, the stored records)
 * go to the browser at once: each is a round trip to another process, and the popup's first paint
 * waits for all of them.
 */
export async function readView(tabId: number | undefined): Promise<PopupView> {
  if (tabId === undefined) return { kind: 'ready', tabId, state: undefined };
  const tab = tabItem(tabId);
  const [url, access, state] = await Promise.all([
    tabUrl(tabId),
    // Firefox lets users withhold host access from MV3 extensions; without it webRequest sees nothing.
    browser.permissions.contains({ origins: ['<all_urls>'] }),
    readItem(browser.storage.session, tab),
  ]);
  if (url && isRestrictedUrl(url)) return { kind: 'restricted', pageUrl: url };
  if (!access) return { kind: 'no-access' };
  // With host access to every web page, a tab whose URL is hidden is one no extension may see into:
  // browsers show `url` only where the extension has host access (`chrome://`, the web stores, `about:`).
  if (url === '') return { kind: 'restricted', pageUrl: undefined };
  return { kind: 'ready', tabId, state };
}
