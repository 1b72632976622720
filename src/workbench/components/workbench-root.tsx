import { useHarReader } from '../use-har-reader';
import { WorkbenchApp } from './workbench-app';

/** Wires a worker factory (the extension's file, or the static page's Blob) to the pure page. */
export function WorkbenchRoot({ startWorker }: { startWorker: () => Worker }) {
  const { reading, read } = useHarReader(startWorker);
  return <WorkbenchApp reading={reading} onFile={read} />;
}
