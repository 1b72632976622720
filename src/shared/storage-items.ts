// Every key Why401 keeps in browser storage, declared once with its area, version, parser and default
// (the way fregante's webext-storage `StorageItem` and WXT's `defineItem` do it). Readers and writers
// go through these declarations; SECURITY.md's table "What it keeps" lists the same keys, one row
// each, and a unit test holds the two together.
import { AUDIENCES, type Audience, type EarlierResponse } from '../rules/types';
import { parseSessions, type LookCloserSessions } from './look-closer';
import { STORAGE_VERSION, isTabState, tabKey, type TabState } from './storage-schema';

export type StorageAreaName = 'session' | 'local';

export interface StorageItem<T> {
  /** The key, or for per-tab items the key of one tab (see `tabItem`). */
  key: string;
  area: StorageAreaName;
  /** Bumped when the stored shape changes incompatibly. */
  version: number;
  /** Whatever storage holds (an older version, a hand edit), typed; never throws. */
  parse(stored: unknown): T;
  defaultValue: T;
  /** What `writeItem` stores for a value; absent: the value itself. */
  serialize?(value: T): unknown;
}

/** The declarations SECURITY.md documents, keyed as its table names them (`tab:<id>` for the per-tab one). */
export interface DocumentedItem {
  documentedKey: string;
  area: StorageAreaName;
}

function item<T>(
  key: string,
  area: StorageAreaName,
  version: number,
  parse: (stored: unknown) => T,
  defaultValue: T,
): StorageItem<T> {
  return { key, area, version, parse, defaultValue };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One tab's refusals (storage.session, deleted with the tab), stored as its JSON text: Chrome hands a
 * stored object to a page by converting it value by value (about 20 ms for a full tab of 50 records,
 * ~170 KB), a string in one piece, and `JSON.parse` rebuilds it in about 1 ms (docs/benchmarks-floor.md).
 * An object (a fixture written by hand) reads the same.
 */
export function tabItem(tabId: number): StorageItem<TabState | undefined> {
  const parse = (stored: unknown): TabState | undefined => {
    const value = typeof stored === 'string' ? parseJson(stored) : stored;
    return isTabState(value) ? value : undefined;
  };
  return {
    ...item(tabKey(tabId), 'session', STORAGE_VERSION, parse, undefined),
    serialize: (state) => (state ? JSON.stringify(state) : undefined),
  };
}

/** Per origin, the last successful response (redacted history; at most 200 origins). */
export const SITES_ITEM = item<Array<[string, EarlierResponse]>>(
  'sites',
  'session',
  1,
  (stored) => (Array.isArray(stored) ? (stored as Array<[string, EarlierResponse]>) : []),
  [],
);

/** The audience the popup shows advice for. */
export const AUDIENCE_ITEM = item<Audience>(
  'audience',
  'local',
  1,
  (stored) => AUDIENCES.find((audience) => audience === stored) ?? 'visitor',
  'visitor',
);

/**
 * Whether the page's content scripts read the body of 401/407 responses (the server's own words). On by
 * default: without it, body-only causes show as what the headers alone tell.
 */
export const READ_BODIES_ITEM = item<boolean>(
  'readBodies',
  'local',
  1,
  (stored) => (typeof stored === 'boolean' ? stored : true),
  true,
);

/** "Look closer" in Chrome, per tab: when it runs until, and what it saw (look-closer.ts). */
export const LOOK_CLOSER_ITEM = item<LookCloserSessions>('lookCloser', 'session', 1, parseSessions, {});

/** A function, not a constant: bundles that never call it (the worker) carry none of it. */
export const documentedItems = (): readonly DocumentedItem[] => [
  { documentedKey: 'tab:<id>', area: 'session' },
  { documentedKey: SITES_ITEM.key, area: SITES_ITEM.area },
  { documentedKey: AUDIENCE_ITEM.key, area: AUDIENCE_ITEM.area },
  { documentedKey: READ_BODIES_ITEM.key, area: READ_BODIES_ITEM.area },
  { documentedKey: LOOK_CLOSER_ITEM.key, area: LOOK_CLOSER_ITEM.area },
];

/** The slice of a storage area reads need, so content scripts can pass `chrome.storage.local` without the polyfill. */
export interface ReadableArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
}

export interface WritableArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Reads one item; a failing area reads as the default. */
export async function readItem<T>(area: ReadableArea, declared: StorageItem<T>): Promise<T> {
  try {
    return declared.parse((await area.get(declared.key))[declared.key]);
  } catch {
    return declared.defaultValue;
  }
}

/** Reads several items of one area in one round trip. */
type Values<T extends readonly StorageItem<unknown>[]> = {
  [K in keyof T]: T[K] extends StorageItem<infer V> ? V : never;
};

export async function readItems<T extends readonly StorageItem<unknown>[]>(
  area: ReadableArea,
  declared: T,
): Promise<Values<T>> {
  let stored: Record<string, unknown> = {};
  try {
    stored = await area.get(declared.map((d) => d.key));
  } catch {
    // A failing area reads as the defaults.
  }
  // Array.map cannot keep a tuple's per-position types; each position is parsed by its own item.
  return declared.map((d) => d.parse(stored[d.key])) as Values<T>;
}

export function writeItem<T>(area: WritableArea, declared: StorageItem<T>, value: T): Promise<void> {
  return area.set({ [declared.key]: declared.serialize ? declared.serialize(value) : value });
}
