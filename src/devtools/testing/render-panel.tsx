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

export interface SavedFile {
  text: string;
  fileName: string;
}

/** `saveFile` replaces the recording one, e.g. with the real save-file.ts or one that throws. */
export function renderPanel(
  initial: Partial<CollectorState> = {},
  options: { saveFile?: (text: string, fileName: string) => void; now?: () => number } = {},
) {
  setCatalog(englishCatalog, 'en');
  const collector = fakeCollector(initial);
  const copied: string[] = [];
  const saved: SavedFile[] = [];
  const result = render(
    <PanelRoot
      collector={collector}
      loadCatalog={() => Promise.resolve(englishCatalog)}
      copyText={async (text) => void copied.push(text)}
      saveFile={options.saveFile ?? ((text, fileName) => void saved.push({ text, fileName }))}
      version="0.1.0"
      now={options.now}
    />,
  );
  return { ...result, collector, copied, saved };
}
