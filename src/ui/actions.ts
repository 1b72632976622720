import type { Audience } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import type { CommandResults } from '../shared/messages';
import type { ObservationRecord } from '../shared/storage-schema';

/** What a click on a card or a page action asks for; run-action.ts carries it out and reports back. */
export type PopupAction =
  | { kind: 'clear-site-data'; urls: string[]; cacheAndStorage: boolean }
  | { kind: 'reload'; bypassCache: boolean }
  | { kind: 'open-login'; url: string }
  | { kind: 'copy-report'; records: ObservationRecord[] }
  | { kind: 'copy-curl'; record: ObservationRecord }
  | { kind: 'grant-host-access' }
  | { kind: 'look-closer' }
  | { kind: 'open-workbench' };

export type RunAction = (action: PopupAction) => void;

/** What an action needs to know of the page it runs for. */
export interface ActionContext {
  /** The tab the refusals came from (the popup's tab, the tab DevTools inspects). */
  tabId: number | undefined;
  audience: Audience;
  /** Every message of the UI language, for the Markdown report; undefined until loaded. */
  reportCatalog: MessageCatalog | undefined;
}

/**
 * How a host carries actions out. The page actions go to the worker (src/shared/worker-commands.ts) from
 * every host alike; a host without a workbench link or a host-access prompt leaves those two out.
 */
export interface ActionPorts {
  clearSiteData(tabId: number, urls: string[], cacheAndStorage: boolean): Promise<CommandResults['clear-site-data']>;
  reload(tabId: number, bypassCache: boolean): Promise<CommandResults['reload']>;
  openLogin(tabId: number, url: string): Promise<CommandResults['open-login']>;
  lookCloser(tabId: number): Promise<CommandResults['look-closer']>;
  /** Must be called from a click: the clipboard needs a user gesture. */
  copyText(text: string): Promise<void>;
  /** Must be called from a click: the permission prompt needs a user gesture. */
  requestHostAccess?(): Promise<boolean>;
  /** Opens the HAR workbench (src/workbench) in a new tab. */
  openWorkbench?(): Promise<void>;
}
