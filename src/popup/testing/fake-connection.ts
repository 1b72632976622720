// An in-memory PopupConnection for component tests: set data, read back the commands the popup sent.
import type { Audience } from '../../rules/types';
import type { CommandResults } from '../../shared/messages';
import { INITIAL_DATA, type PopupActions, type PopupConnection, type PopupData } from '../connection';

export type FakeCall =
  | { action: 'setAudience'; audience: Audience }
  | { action: 'setReadBodies'; readBodies: boolean }
  | { action: 'clearSiteData'; tabId: number; urls: string[]; cacheAndStorage: boolean }
  | { action: 'reload'; tabId: number; bypassCache: boolean }
  | { action: 'openLogin'; tabId: number; url: string }
  | { action: 'copyText'; text: string }
  | { action: 'requestHostAccess' }
  | { action: 'lookCloser'; tabId: number }
  | { action: 'openWorkbench' };

export interface FakeConnection extends PopupConnection {
  calls: FakeCall[];
  setData(patch: Partial<PopupData>): void;
  /** What the next clear-site-data answers. */
  clearResult: CommandResults['clear-site-data'];
  grantAccess: boolean;
}

export function fakeConnection(initial: Partial<PopupData> = {}): FakeConnection {
  let data: PopupData = { ...INITIAL_DATA, ...initial };
  const listeners = new Set<(data: PopupData) => void>();
  const calls: FakeCall[] = [];
  const setData = (patch: Partial<PopupData>): void => {
    data = { ...data, ...patch };
    for (const listener of listeners) listener(data);
  };
  const fake: FakeConnection = {
    calls,
    setData,
    clearResult: { ok: true, cookiesRemoved: 3 },
    grantAccess: true,
    subscribe(listener) {
      listeners.add(listener);
      listener(data);
      return () => listeners.delete(listener);
    },
    actions: undefined as unknown as PopupActions,
  };
  fake.actions = {
    async setReadBodies(readBodies) {
      calls.push({ action: 'setReadBodies', readBodies });
      setData({ readBodies });
    },
    async setAudience(audience) {
      calls.push({ action: 'setAudience', audience });
      setData({ audience });
    },
    async clearSiteData(tabId, urls, cacheAndStorage) {
      calls.push({ action: 'clearSiteData', tabId, urls, cacheAndStorage });
      return fake.clearResult;
    },
    async lookCloser(tabId) {
      calls.push({ action: 'lookCloser', tabId });
      return { ok: true, deadline: 0 };
    },
    async reload(tabId, bypassCache) {
      calls.push({ action: 'reload', tabId, bypassCache });
      return { ok: true };
    },
    async openLogin(tabId, url) {
      calls.push({ action: 'openLogin', tabId, url });
      return { ok: true };
    },
    async copyText(text) {
      calls.push({ action: 'copyText', text });
    },
    async openWorkbench() {
      calls.push({ action: 'openWorkbench' });
    },
    async requestHostAccess() {
      calls.push({ action: 'requestHostAccess' });
      return fake.grantAccess;
    },
  };
  return fake;
}
