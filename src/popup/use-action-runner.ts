import { useCallback, useState } from 'preact/hooks';
import type { RunAction } from '../ui/actions';
import type { PopupActions, PopupData } from './connection';
import { runAction } from './run-action';

/** Runs actions one at a time and keeps the sentence about the last one for the live region. */
export function useActionRunner(data: PopupData, actions: PopupActions): { status: string; run: RunAction } {
  const [status, setStatus] = useState('');
  const run = useCallback<RunAction>(
    (action) => {
      setStatus('');
      void runAction(action, data, actions).then(setStatus);
    },
    [data, actions],
  );
  return { status, run };
}
