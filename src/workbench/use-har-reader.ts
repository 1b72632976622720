import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type HarReading, harReadingOf } from './har-reading';
import type { HarReply, HarRequest } from './worker-protocol';

/**
 * Reads one file at a time in a fresh worker: a second file stops the first one's work (terminate),
 * so a slow 100 MB file never answers after the file the user picked next.
 */
export function useHarReader(startWorker: () => Worker): { reading: HarReading; read: (file: File) => void } {
  const [reading, setReading] = useState<HarReading>({ kind: 'idle' });
  const worker = useRef<Worker | undefined>(undefined);
  useEffect(() => () => worker.current?.terminate(), []);
  const read = useCallback(
    (file: File) => {
      worker.current?.terminate();
      const name = file.name;
      setReading({ kind: 'reading', name });
      let current: Worker;
      try {
        current = startWorker();
      } catch {
        setReading({ kind: 'failed', name, reason: 'worker' });
        return;
      }
      worker.current = current;
      const following = harReadingOf(name);
      current.onmessage = (event: MessageEvent<HarReply>) => {
        const next = following.reply(event.data);
        if (next) setReading(next);
        if (event.data.kind === 'done' || event.data.kind === 'failed') current.terminate();
      };
      // A worker the browser refused (a CSP, a missing file) reports here, never through onmessage.
      current.onerror = () => setReading({ kind: 'failed', name, reason: 'worker' });
      const request: HarRequest = { file };
      current.postMessage(request);
    },
    [startWorker],
  );
  return { reading, read };
}
