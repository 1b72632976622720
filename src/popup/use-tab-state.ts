// The popup reads the tab's records from storage.session and follows storage.onChanged, so it
// updates live while open. Messages are for commands only.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../shared/browser';
import { isTabState, tabKey, type TabState } from '../shared/storage-schema';

/** `?tab=<id>` names the tab (tests, a popup opened in a full tab); else the active tab. */
export async function resolveTabId(search: string): Promise<number | undefined> {
  const named = Number.parseInt(new URLSearchParams(search).get('tab') ?? '', 10);
  if (Number.isInteger(named)) return named;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id;
}

export type Loaded = { status: 'loading' } | { status: 'ready'; tabId: number | undefined; state: TabState | undefined };

export function useTabState(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    let tabId: number | undefined;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area !== 'session' || tabId === undefined) return;
      const change = changes[tabKey(tabId)];
      if (!change) return;
      setLoaded({ status: 'ready', tabId, state: isTabState(change.newValue) ? change.newValue : undefined });
    };
    browser.storage.onChanged.addListener(onChanged);
    void (async () => {
      tabId = await resolveTabId(location.search);
      if (tabId === undefined) return setLoaded({ status: 'ready', tabId, state: undefined });
      const key = tabKey(tabId);
      const stored = await browser.storage.session.get(key);
      const value: unknown = stored[key];
      setLoaded({ status: 'ready', tabId, state: isTabState(value) ? value : undefined });
    })();
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return loaded;
}
