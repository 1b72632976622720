import { useCallback, useState } from 'preact/hooks';
import type { RunAction } from '../ui/actions';
import type { PopupActions, PopupData } from './connection';
import { runAction } from '../ui/run-action';

/** Runs actions one at a time and keeps the sentence about the last one for the live region. */
export function useActionRunner(data: PopupData, actions: PopupActions): { status: string; run: RunAction } {
  const [status, setStatus] = useState('');
  const run = useCallback<RunAction>(
    (action) => {
      setStatus('');
      const tabId = data.view.kind === 'ready' ? data.view.tabId : undefined;
      const context = { tabId, audience: data.audience, reportCatalog: data.reportCatalog };
      void runAction(action, context, actions).then(setStatus);
    },
    [data, actions],
  );
  return { status, run };
}
