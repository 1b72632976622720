// The real PopupConnection: data from storage (followed live through storage.onChanged), commands
// through runtime messages to the background worker (src/shared/messages.ts).
import { AUDIENCES, type Audience } from '../rules/types';
import { browser } from '../shared/browser';
import type { Command, ResultOf } from '../shared/messages';
import { SETTING_KEYS, parseSettings } from '../shared/settings';
import { isTabState, tabKey } from '../shared/storage-schema';
import { INITIAL_DATA, type PopupConnection, type PopupData } from './connection';
import { loadReportCatalog } from './load-report-catalog';
import { readView, resolveTabId } from './resolve-view';

const AUDIENCE_KEY = 'audience';

function send<C extends Command>(command: C): Promise<ResultOf<C>> {
  return browser.runtime.sendMessage(command) as Promise<ResultOf<C>>;
}

function asAudience(value: unknown): Audience {
  return AUDIENCES.find((audience) => audience === value) ?? 'visitor';
}

export function browserConnection(search: string): PopupConnection {
  let data: PopupData = INITIAL_DATA;
  let tabId: number | undefined;
  const listeners = new Set<(data: PopupData) => void>();
  const update = (patch: Partial<PopupData>): void => {
    data = { ...data, ...patch };
    for (const listener of listeners) listener(data);
  };
  const refreshView = async (): Promise<void> => update({ view: await readView(tabId) });

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'local' && changes[AUDIENCE_KEY]) update({ audience: asAudience(changes[AUDIENCE_KEY].newValue) });
    if (area === 'local' && changes.readBodies) update({ readBodies: parseSettings({ readBodies: changes.readBodies.newValue }).readBodies });
    if (area !== 'session' || tabId === undefined || data.view.kind !== 'ready') return;
    const change = changes[tabKey(tabId)];
    if (change) update({ view: { kind: 'ready', tabId, state: isTabState(change.newValue) ? change.newValue : undefined } });
  };

  const start = async (): Promise<void> => {
    browser.storage.onChanged.addListener(onChanged);
    const stored = browser.storage.local.get([AUDIENCE_KEY, ...SETTING_KEYS]);
    tabId = await resolveTabId(search);
    const [view, audience] = await Promise.all([readView(tabId), stored]);
    update({ view, audience: asAudience(audience[AUDIENCE_KEY]), readBodies: parseSettings(audience).readBodies });
    // After the first paint: the report is only needed on a click.
    update({ reportCatalog: await loadReportCatalog() });
  };
  void start();

  return {
    subscribe(listener) {
      listeners.add(listener);
      listener(data);
      return () => listeners.delete(listener);
    },
    actions: {
      async setReadBodies(readBodies) {
        update({ readBodies });
        await browser.storage.local.set({ readBodies });
      },
      async setAudience(audience) {
        update({ audience });
        await browser.storage.local.set({ [AUDIENCE_KEY]: audience });
      },
      clearSiteData: (tab, urls, cacheAndStorage) => send({ type: 'clear-site-data', tabId: tab, urls, cacheAndStorage, reload: true }),
      reload: (tab, bypassCache) => send({ type: 'reload', tabId: tab, bypassCache }),
      openLogin: (tab, url) => send({ type: 'open-login', tabId: tab, url }),
      copyText: (text) => navigator.clipboard.writeText(text),
      async requestHostAccess() {
        const granted = await browser.permissions.request({ origins: ['<all_urls>'] });
        if (granted) await refreshView();
        return granted;
      },
    },
  };
}
