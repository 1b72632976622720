import { useCallback, useRef } from 'preact/hooks';
import { runSanitizer } from '../run-sanitizer';
import { useHarReader } from '../use-har-reader';
import { WorkbenchApp } from './workbench-app';

/** Wires a worker factory (the extension's file, or the static page's Blob) to the pure page. */
export function WorkbenchRoot({ startWorker }: { startWorker: () => Worker }) {
  const { reading, read } = useHarReader(startWorker);
  // The File itself (a handle, not its bytes): the worker that read it is gone, a new one sanitizes it.
  const file = useRef<File | undefined>(undefined);
  const onFile = useCallback(
    (picked: File) => {
      file.current = picked;
      read(picked);
    },
    [read],
  );
  const sanitize = useCallback(
    () =>
      file.current
        ? runSanitizer(startWorker, file.current)
        : Promise.resolve({ kind: 'failed' as const, reason: 'internal' as const }),
    [startWorker],
  );
  return <WorkbenchApp reading={reading} onFile={onFile} sanitize={sanitize} />;
}
