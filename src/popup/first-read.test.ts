import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { StorageChanges } from './first-read';

type Listener = (changes: StorageChanges, area: string) => void;

/** The fake browser: what storage holds, the browser calls made, and the onChanged listeners. */
const stored: Record<string, Record<string, unknown>> = { local: {}, session: {} };
const calls: string[] = [];
const listeners = new Set<Listener>();
const area = (name: string) => ({
  get: async (keys: string | string[]) => {
    calls.push(`storage.${name}.get`);
    const all = stored[name] ?? {};
    return Object.fromEntries([keys].flat().map((key) => [key, all[key]]));
  },
});
vi.mock('../shared/browser', () => ({
  browser: {
    tabs: {
      query: async () => (calls.push('tabs.query'), [{ id: 9 }]),
      get: async () => (calls.push('tabs.get'), { url: 'https://shop.test/cart' }),
    },
    permissions: { contains: async () => (calls.push('permissions.contains'), true) },
    // Chrome's `extraHeaders`: "Look closer" exists.
    webRequest: { OnSendHeadersOptions: { EXTRA_HEADERS: 'extraHeaders' } },
    storage: {
      local: area('local'),
      session: area('session'),
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));
const { parkFirstRead, takeFirstRead } = await import('./first-read');

const change = (changes: StorageChanges, name: string) => {
  for (const listener of listeners) listener(changes, name);
};

beforeEach(() => {
  stored.local = { audience: 'developer', readBodies: false };
  stored.session = {};
  calls.length = 0;
  listeners.clear();
  delete (globalThis as { __why401FirstRead?: unknown }).__why401FirstRead;
});

describe('the first read', () => {
  test.each<[string, string, number | undefined]>([
    ['`?tab=<id>` names the tab', '?tab=4', 4],
    ['else the active tab', '', 9],
  ])('%s', async (_name, search, tabId) => {
    stored.session = { lookCloser: { [tabId ?? -1]: { tabId, startedAt: 1, deadline: 2, sightings: [] } } };
    const first = await takeFirstRead(search).first;
    expect(first).toMatchObject({
      tabId,
      view: { kind: 'ready', tabId },
      audience: 'developer',
      readBodies: false,
      canLookCloser: true,
      lookCloser: { tabId, startedAt: 1 },
    });
    expect(calls.includes('tabs.query')).toBe(search === '');
  });
});

describe('parked by the early script, taken by the popup', () => {
  test.each<[string, () => void, string, number]>([
    ['parked for this page: taken, not read again', () => parkFirstRead('?tab=4'), '?tab=4', 1],
    ['nothing parked: read once', () => undefined, '?tab=4', 1],
    ['parked for another search: that one stops, this one is read', () => parkFirstRead('?tab=5'), '?tab=4', 2],
  ])('%s', async (_name, early, search, reads) => {
    early();
    const read = takeFirstRead(search);
    expect(read.search).toBe(search);
    await read.first;
    expect(calls.filter((call) => call === 'tabs.get')).toHaveLength(reads);
    // The stopped one no longer listens: only the read taken collects changes.
    expect(listeners.size).toBe(1);
  });

  test('an early script that comes after the popup took its read starts none', async () => {
    await takeFirstRead('?tab=4').first;
    parkFirstRead('?tab=4');
    expect(calls.filter((call) => call === 'tabs.get')).toHaveLength(1);
    expect(listeners.size).toBe(1);
  });
});

describe('changes during the read', () => {
  test('the last of each key, per area, until stopped', async () => {
    const read = takeFirstRead('?tab=4');
    change({ 'tab:4': { newValue: 'first' }, lookCloser: { newValue: {} } }, 'session');
    change({ 'tab:4': { newValue: 'second' } }, 'session');
    change({ audience: { newValue: 'owner' } }, 'local');
    await read.first;
    read.stop();
    change({ 'tab:4': { newValue: 'after' } }, 'session');
    expect(Object.fromEntries(read.changes)).toEqual({
      session: { 'tab:4': { newValue: 'second' }, lookCloser: { newValue: {} } },
      local: { audience: { newValue: 'owner' } },
    });
  });
});
