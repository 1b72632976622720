// Renders the panel over recorded refusals with the merged English catalog, as a developer sees it.
import { render } from '@testing-library/preact';
import { englishCatalog } from '../../shared/i18n/english-catalog';
import { setCatalog } from '../../ui/i18n/t';
import { PanelRoot } from '../panel-root';
import type { CollectorState, RefusalCollector } from '../refusal-collector';

export interface FakeCollector extends RefusalCollector {
  set(state: Partial<CollectorState>): void;
  calls: string[];
}

export function fakeCollector(initial: Partial<CollectorState> = {}): FakeCollector {
  let state: CollectorState = { refusals: [], preserveLog: false, ...initial };
  const listeners = new Set<(state: CollectorState) => void>();
  const calls: string[] = [];
  const set = (patch: Partial<CollectorState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  };
  return {
    calls,
    set,
    subscribe(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    setPreserveLog(preserveLog) {
      calls.push(`preserve ${preserveLog}`);
      set({ preserveLog });
    },
    clear() {
      calls.push('clear');
      set({ refusals: [] });
    },
  };
}

/** The tab the rendered panel inspects. */
export const INSPECTED_TAB = 7;

export interface SavedFile {
  text: string;
  fileName: string;
}

/** `saveFile` replaces the recording one, e.g. with the real save-file.ts or one that throws. */
export function renderPanel(
  initial: Partial<CollectorState> = {},
  options: { saveFile?: (text: string, fileName: string) => void; now?: () => number } = {},
) {
  // The worker's side of the page actions, answered as it answers them; each call is recorded.
  const commands: string[] = [];
  const pageActions = {
    clearSiteData: async (tabId: number, urls: string[], cacheAndStorage: boolean) => {
      commands.push(`clear-site-data ${tabId} ${urls.join(' ')} ${cacheAndStorage}`);
      return { ok: true as const, cookiesRemoved: 2 };
    },
    reload: async (tabId: number, bypassCache: boolean) => {
      commands.push(`reload ${tabId} ${bypassCache}`);
      return { ok: true as const };
    },
    openLogin: async (tabId: number, url: string) => {
      commands.push(`open-login ${tabId} ${url}`);
      return { ok: true as const };
    },
    lookCloser: async (tabId: number) => {
      commands.push(`look-closer ${tabId}`);
      return { ok: true as const, deadline: 0 };
    },
  };
  setCatalog(englishCatalog, 'en');
  const collector = fakeCollector(initial);
  const copied: string[] = [];
  const saved: SavedFile[] = [];
  const result = render(
    <PanelRoot
      collector={collector}
      loadCatalog={() => Promise.resolve(englishCatalog)}
      copyText={async (text) => void copied.push(text)}
      pageActions={pageActions}
      tabId={INSPECTED_TAB}
      saveFile={options.saveFile ?? ((text, fileName) => void saved.push({ text, fileName }))}
      version="0.1.0"
      now={options.now}
    />,
  );
  return { ...result, collector, copied, saved, commands };
}
