import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Audience } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import type { ActionPorts, RunAction } from '../ui/actions';
import { runAction } from '../ui/run-action';
import { PanelApp } from './panel-app';
import type { CollectorState, Refusal, RefusalCollector } from './refusal-collector';
import { runExport } from './run-export';

interface Props {
  collector: RefusalCollector;
  /** The report's messages; loaded after the first paint. */
  loadCatalog: () => Promise<MessageCatalog | undefined>;
  copyText: (text: string) => Promise<void>;
  /** The page actions, carried out by the worker for the inspected tab (src/shared/worker-commands.ts). */
  pageActions: Pick<ActionPorts, 'clearSiteData' | 'reload' | 'openLogin' | 'lookCloser'>;
  /** The tab DevTools inspects. */
  tabId: number;
  /** Saves the exported HAR as a download (save-file.ts). */
  saveFile: (text: string, fileName: string) => void;
  /** The extension's version, written as the HAR's creator. */
  version: string;
  now?: () => number;
}

/**
 * Wires the collector to the pure PanelApp. The audience starts at developer (who opens DevTools) and is
 * kept in memory only: the panel writes nothing to storage.
 */
export function PanelRoot({
  collector,
  loadCatalog,
  copyText,
  pageActions,
  tabId,
  saveFile,
  version,
  now = Date.now,
}: Props) {
  const [state, setState] = useState<CollectorState>({ refusals: [], preserveLog: false });
  const [audience, setAudience] = useState<Audience>('developer');
  const [catalog, setCatalog] = useState<MessageCatalog | undefined>(undefined);
  const [status, setStatus] = useState('');
  useEffect(() => collector.subscribe(setState), [collector]);
  useEffect(() => {
    void loadCatalog().then(setCatalog);
  }, [loadCatalog]);
  const run = useCallback<RunAction>(
    (action) => {
      setStatus('');
      const ports: ActionPorts = { ...pageActions, copyText };
      void runAction(action, { tabId, audience, reportCatalog: catalog }, ports).then(setStatus);
    },
    [audience, catalog, copyText, pageActions, tabId],
  );
  const exportListed = useCallback(
    (listed: readonly Refusal[]) => {
      setStatus('');
      void runExport(listed, { version, now, saveFile, copyText }).then(setStatus);
    },
    [version, now, saveFile, copyText],
  );
  return (
    <PanelApp
      state={state}
      audience={audience}
      now={now()}
      status={status}
      run={run}
      onAudience={setAudience}
      onPreserveLog={(preserve) => collector.setPreserveLog(preserve)}
      onClear={() => collector.clear()}
      onExport={exportListed}
    />
  );
}
