// The workbench's worker: reads and diagnoses (or sanitizes) a dropped HAR off the page's thread, so a
// 100 MB file never freezes the page. A classic worker (no imports at run time): it also starts from a
// Blob, which is what a page opened from file:// can use.
import { diagnoseFile } from './diagnose-file';
import { sanitizeFile } from './sanitize-file';
import type { HarReply, HarRequest, SanitizeReply } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<HarRequest>) => void) | null;
  postMessage(reply: HarReply | SanitizeReply): void;
};

scope.onmessage = (event) => {
  const post = (reply: HarReply | SanitizeReply): void => scope.postMessage(reply);
  void (event.data.job === 'sanitize' ? sanitizeFile(event.data.file, post) : diagnoseFile(event.data.file, post));
};
