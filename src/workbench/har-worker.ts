// The workbench's worker: reads and diagnoses a dropped HAR off the page's thread, so a 100 MB file
// never freezes the page. A classic worker (no imports at run time): it also starts from a Blob,
// which is what a page opened from file:// can use.
import { diagnoseFile } from './diagnose-file';
import type { HarReply, HarRequest } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HarRequest>) => void) | null;
  postMessage(reply: HarReply): void;
};

scope.onmessage = (event) => {
  void diagnoseFile(event.data.file, (reply) => scope.postMessage(reply));
};
