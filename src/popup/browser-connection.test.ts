import { afterEach, expect, test, vi } from 'vitest';
import { STORAGE_VERSION, type TabState } from '../shared/storage-schema';
import type { StorageChanges } from './first-read';
import type { PopupData } from './connection';

type Listener = (changes: StorageChanges, area: string) => void;

const listeners = new Set<Listener>();
const session: Record<string, unknown> = {};
/** Holds the storage reads until the test lets them answer. */
let answer: () => void = () => undefined;
let answered = Promise.resolve();
vi.mock('../shared/browser', () => ({
  browser: {
    tabs: { get: async () => ({ url: 'https://shop.test/' }) },
    permissions: { contains: async () => true },
    webRequest: {},
    i18n: { getMessage: () => '' },
    runtime: { getURL: (path: string) => path, sendMessage: async () => undefined },
    storage: {
      local: { get: async () => ({}) },
      session: {
        get: async (key: string) => {
          const value = session[key];
          await answered;
          return { [key]: value };
        },
      },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));
vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback));
vi.stubGlobal('fetch', async () => ({ ok: false }));
const { browserConnection } = await import('./browser-connection');

const state = (total: number): string =>
  JSON.stringify({
    version: STORAGE_VERSION,
    tabId: 4,
    pageUrl: 'https://shop.test/',
    total,
    records: [],
  } satisfies TabState);
const totalShown = (data: PopupData): number | undefined =>
  data.view.kind === 'ready' ? data.view.state?.total : undefined;

afterEach(() => listeners.clear());

test.each<[string, Array<[string, unknown]>, number]>([
  ['no change during the read: what was read', [], 1],
  [
    'the tab changed during the read: its last value',
    [
      ['tab:4', 2],
      ['tab:4', 3],
    ],
    3,
  ],
  ['another tab changed: what was read', [['tab:5', 2]], 1],
])('%s', async (_name, changes, shown) => {
  session['tab:4'] = state(1);
  answered = new Promise((resolve) => (answer = resolve));
  const seen: PopupData[] = [];
  browserConnection('?tab=4').subscribe((data) => seen.push(data));
  // The read is under way (it read `tab:4` as 1); changes arrive before it answers.
  await Promise.resolve();
  for (const [key, total] of changes)
    for (const listener of listeners) listener({ [key]: { newValue: state(total as number) } }, 'session');
  answer();
  await vi.waitFor(() => expect(seen.at(-1)?.view.kind).toBe('ready'));
  expect(totalShown(seen.at(-1) as PopupData)).toBe(shown);
  // Later changes reach the popup too.
  for (const listener of listeners) listener({ 'tab:4': { newValue: state(9) } }, 'session');
  expect(totalShown(seen.at(-1) as PopupData)).toBe(9);
});
