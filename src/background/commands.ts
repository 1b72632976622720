// Handles the popup's commands (src/shared/messages.ts). Anything that is not a valid command from one
// of this extension's own pages is dropped: a page or another extension cannot trigger an action.
import { browser, type Runtime } from '../shared/browser';
import { clearCookiesSentTo } from './clear-cookies';
import { startLookCloser } from './look-closer';
import { isFirefox } from './platform';
import { parseCommand, type ClearSiteDataCommand, type Command, type CommandResults } from '../shared/messages';

/** Only http(s) URLs; anything else is not a site whose cookies a refusal could involve. */
const HTTP_URL = /^https?:\/\/[^/?#]+/i;

/**
 * The stored data of the refused origins, on request: local storage and IndexedDB (both browsers take
 * these per origin or host name; the popup's label names exactly these). Cookies are never cleared here.
 */
async function clearStoredData(urls: readonly string[]): Promise<void> {
  const origins = [...new Set(urls.map((url) => new URL(url).origin))];
  // Chrome filters by origin; Firefox takes host names instead.
  const filter = isFirefox() ? { hostnames: origins.map((origin) => new URL(origin).hostname) } : { origins };
  await browser.browsingData.remove(filter, { localStorage: true, indexedDB: true });
}

export async function clearSiteData(command: ClearSiteDataCommand): Promise<CommandResults['clear-site-data']> {
  const urls = command.urls.filter((url) => HTTP_URL.test(url));
  if (urls.length === 0) return { ok: false, error: 'no http(s) URL to clear' };
  const pageUrl = await browser.tabs.get(command.tabId).then(
    (tab) => tab.url,
    () => undefined,
  );
  const cookiesRemoved = await clearCookiesSentTo(urls, pageUrl);
  if (command.cacheAndStorage) await clearStoredData(urls);
  if (command.reload) await browser.tabs.reload(command.tabId, { bypassCache: command.cacheAndStorage });
  return { ok: true, cookiesRemoved };
}

async function run(command: Command): Promise<CommandResults[Command['type']]> {
  switch (command.type) {
    case 'clear-site-data':
      return clearSiteData(command);
    case 'reload':
      await browser.tabs.reload(command.tabId, { bypassCache: command.bypassCache });
      return { ok: true };
    case 'open-login':
      await browser.tabs.create({ url: command.url, openerTabId: command.tabId });
      return { ok: true };
    case 'look-closer':
      return startLookCloser(command.tabId);
  }
}

function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL(''))
  );
}

export function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const command = parseCommand(message);
  if (!command || !fromOwnPage(sender)) return undefined;
  return run(command).catch((error: unknown) => ({
    ok: false,
    error: error instanceof Error ? error.message : String(error),
  }));
}
