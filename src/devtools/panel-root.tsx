import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Audience } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import type { RunAction } from '../ui/actions';
import { PanelApp } from './panel-app';
import type { CollectorState, RefusalCollector } from './refusal-collector';
import { runPanelAction } from './run-panel-action';

interface Props {
  collector: RefusalCollector;
  /** The report's messages; loaded after the first paint. */
  loadCatalog: () => Promise<MessageCatalog | undefined>;
  copyText: (text: string) => Promise<void>;
  now?: () => number;
}

/**
 * Wires the collector to the pure PanelApp. The audience starts at developer (who opens DevTools) and is
 * kept in memory only: the panel writes nothing to storage.
 */
export function PanelRoot({ collector, loadCatalog, copyText, now = Date.now }: Props) {
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
      void runPanelAction(action, { audience, catalog, copyText }).then(setStatus);
    },
    [audience, catalog, copyText],
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
    />
  );
}
