// The real PopupConnection: data from storage (followed live through storage.onChanged), commands
// through runtime messages to the background worker (src/shared/messages.ts).
import { browser } from '../shared/browser';
import { type DevtoolsOpenQuery, isDevtoolsOpenAnswer } from '../shared/messages';
import { AUDIENCE_ITEM, LOOK_CLOSER_ITEM, READ_BODIES_ITEM, tabItem, writeItem } from '../shared/storage-items';
import { workerCommands } from '../shared/worker-commands';
import { INITIAL_DATA, type PopupConnection, type PopupData } from './connection';
import { loadReportCatalog } from '../shared/i18n/load-report-catalog';
import { readView } from './resolve-view';
import { type StorageChanges, takeFirstRead } from './first-read';

/** The workbench page, where vite.config.ts's `additionalInputs` puts it in the extension. */
const WORKBENCH_PATH = 'src/workbench/index.html';

/**
 * Asks the extension's DevTools pages whether one inspects this tab; only that one answers (the worker
 * ignores the question). No answer, or no listener at all, means no.
 */
async function devtoolsOpenFor(tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  const query: DevtoolsOpenQuery = { kind: 'devtools-open?', tabId };
  try {
    return isDevtoolsOpenAnswer(await browser.runtime.sendMessage(query));
  } catch {
    return false;
  }
}

/** After the next frame is painted; a page that paints nothing (hidden) goes on after 100 ms all the same. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const next = () => setTimeout(resolve);
    requestAnimationFrame(next);
    setTimeout(next, 100);
  });
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

  const onChanged = (changes: StorageChanges, area: string): void => {
    const audience = changes[AUDIENCE_ITEM.key];
    const readBodies = changes[READ_BODIES_ITEM.key];
    if (area === 'local' && audience) update({ audience: AUDIENCE_ITEM.parse(audience.newValue) });
    if (area === 'local' && readBodies) update({ readBodies: READ_BODIES_ITEM.parse(readBodies.newValue) });
    if (area !== 'session' || tabId === undefined || data.view.kind !== 'ready') return;
    const looks = changes[LOOK_CLOSER_ITEM.key];
    if (looks) update({ lookCloser: LOOK_CLOSER_ITEM.parse(looks.newValue)[tabId] });
    const tab = tabItem(tabId);
    const change = changes[tab.key];
    if (change) update({ view: { kind: 'ready', tabId, state: tab.parse(change.newValue) } });
  };

  const start = async (): Promise<void> => {
    const read = takeFirstRead(search);
    const { tabId: readTabId, ...first } = await read.first;
    tabId = readTabId;
    update(first);
    // In one task, so no change falls between: what changed during the read, then every later change.
    read.stop();
    browser.storage.onChanged.addListener(onChanged);
    for (const [area, changes] of read.changes) onChanged(changes, area);
    // After the first paint: the report is only needed on a click, the DevTools hint is a footnote, and
    // asking for them (a fetch, a message) took the main thread for up to a few ms before the cards.
    await afterPaint();
    const [reportCatalog, devtoolsOpen] = await Promise.all([loadReportCatalog(), devtoolsOpenFor(tabId)]);
    update({ reportCatalog, devtoolsOpen });
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
        await writeItem(browser.storage.local, READ_BODIES_ITEM, readBodies);
      },
      async setAudience(audience) {
        update({ audience });
        await writeItem(browser.storage.local, AUDIENCE_ITEM, audience);
      },
      ...workerCommands,
      copyText: (text) => navigator.clipboard.writeText(text),
      // A new tab needs no permission (the `tabs` permission only reveals other tabs' URLs).
      openWorkbench: async () => void (await browser.tabs.create({ url: browser.runtime.getURL(WORKBENCH_PATH) })),
      async requestHostAccess() {
        const granted = await browser.permissions.request({ origins: ['<all_urls>'] });
        if (granted) await refreshView();
        return granted;
      },
    },
  };
}
