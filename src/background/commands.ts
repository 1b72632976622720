// Handles the popup's commands (src/shared/messages.ts). Anything that is not a valid command from one
// of this extension's own pages is dropped: a page or another extension cannot trigger an action.
import { browser, type Runtime } from '../shared/browser';
import { isFirefox } from './platform';
import { parseCommand, type ClearSiteDataCommand, type Command, type CommandResults } from '../shared/messages';

async function countCookies(origins: string[]): Promise<number> {
  let count = 0;
  for (const origin of origins) count += (await browser.cookies.getAll({ url: origin }).catch(() => [])).length;
  return count;
}

async function removeCookiesOneByOne(origins: string[]): Promise<void> {
  for (const origin of origins) {
    for (const cookie of await browser.cookies.getAll({ url: origin })) {
      const host = cookie.domain.replace(/^\./, '');
      const scheme = cookie.secure ? 'https' : 'http';
      await browser.cookies.remove({ url: `${scheme}://${host}${cookie.path}`, name: cookie.name, storeId: cookie.storeId });
    }
  }
}

export async function clearSiteData(command: ClearSiteDataCommand): Promise<CommandResults['clear-site-data']> {
  const origins = command.origins.filter((origin) => /^https?:\/\/[^/]+$/i.test(origin));
  if (origins.length === 0) return { ok: false, error: 'no http(s) origin to clear' };
  const before = await countCookies(origins);
  const dataTypes = { cookies: true, ...(command.cacheAndStorage ? { localStorage: true, cacheStorage: true, indexedDB: true } : {}) };
  // Chrome filters by origin; Firefox takes host names instead.
  const filter = isFirefox() ? { hostnames: origins.map((origin) => new URL(origin).hostname) } : { origins };
  try {
    await browser.browsingData.remove(filter, dataTypes);
  } catch {
    await removeCookiesOneByOne(origins);
  }
  if ((await countCookies(origins)) > 0) await removeCookiesOneByOne(origins);
  const after = await countCookies(origins);
  if (command.reload) await browser.tabs.reload(command.tabId, { bypassCache: command.cacheAndStorage });
  return { ok: true, cookiesRemoved: Math.max(0, before - after), origins };
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
  }
}

function fromOwnPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}

export function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const command = parseCommand(message);
  if (!command || !fromOwnPage(sender)) return undefined;
  return run(command).catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
}
