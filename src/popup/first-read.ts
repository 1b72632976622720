// What the popup's first paint waits for: one round of browser reads (the tab, host access, its stored
// records, the settings). `early.ts` starts it while the page is still being parsed, so the round trips
// run while the popup's module chunks load; the connection then takes the parked read instead of asking
// again (or starts one itself when nothing was parked: unit tests, a page without the early script).
import { browser } from '../shared/browser';
import { AUDIENCE_ITEM, LOOK_CLOSER_ITEM, READ_BODIES_ITEM, readItem, readItems } from '../shared/storage-items';
import type { PopupData } from './connection';
import { readView, resolveTabId } from './resolve-view';

export type FirstRead = Pick<PopupData, 'view' | 'audience' | 'readBodies' | 'canLookCloser' | 'lookCloser'> & {
  tabId: number | undefined;
};

/** What `storage.onChanged` hands a listener: per key, the new value (absent once removed). */
export type StorageChanges = Record<string, { newValue?: unknown }>;

export interface StartedRead {
  /** The `location.search` it read for: `?tab=<id>` names the tab (resolve-view.ts). */
  search: string;
  first: Promise<FirstRead>;
  /**
   * Storage changes since the read began, per area the last one of each key: the read may predate them,
   * so the connection applies them over it before listening itself.
   */
  changes: Map<string, StorageChanges>;
  /** Stops collecting `changes`. */
  stop(): void;
}

/** Chrome's `extraHeaders` (Firefox shows preflights and Cookie headers without it). */
export function canLookCloser(): boolean {
  const options = (browser.webRequest as unknown as { OnSendHeadersOptions?: { EXTRA_HEADERS?: string } } | undefined)
    ?.OnSendHeadersOptions;
  return typeof options?.EXTRA_HEADERS === 'string';
}

async function readFirst(search: string): Promise<FirstRead> {
  const settings = readItems(browser.storage.local, [AUDIENCE_ITEM, READ_BODIES_ITEM] as const);
  const looks = canLookCloser()
    ? readItem(browser.storage.session, LOOK_CLOSER_ITEM)
    : Promise.resolve(LOOK_CLOSER_ITEM.defaultValue);
  const tabId = await resolveTabId(search);
  const [view, [audience, readBodies], sessions] = await Promise.all([readView(tabId), settings, looks]);
  const lookCloser = tabId === undefined ? undefined : sessions[tabId];
  return { tabId, view, audience, readBodies, canLookCloser: canLookCloser(), lookCloser };
}

function startFirstRead(search: string): StartedRead {
  const changes = new Map<string, StorageChanges>();
  const collect = (changed: StorageChanges, area: string): void =>
    void changes.set(area, { ...changes.get(area), ...changed });
  // Listening before reading: a change after the read's answer is never lost.
  browser.storage.onChanged.addListener(collect);
  return {
    search,
    first: readFirst(search),
    changes,
    stop: () => browser.storage.onChanged.removeListener(collect),
  };
}

/** Where `early.ts` leaves its read for the popup's script: two scripts built apart share only the window. */
const PARKED = '__why401FirstRead';
type Parking = { [PARKED]?: StartedRead | 'taken' };

/** For `early.ts`: start the read now and leave it for `takeFirstRead`. */
export function parkFirstRead(search: string): void {
  const parking = globalThis as Parking;
  // The popup's script ran first (the early one is async, so either may) and started its own read.
  if (parking[PARKED] === 'taken') return;
  parking[PARKED] = startFirstRead(search);
}

/** The read `early.ts` parked for this `search`, or a new one. */
export function takeFirstRead(search: string): StartedRead {
  const parking = globalThis as Parking;
  const parked = parking[PARKED];
  parking[PARKED] = 'taken';
  if (typeof parked === 'object' && parked.search === search) return parked;
  if (typeof parked === 'object') parked.stop();
  return startFirstRead(search);
}
