// A Worker stand-in that runs the worker's job in the test's own thread, posting the same replies.
import { diagnoseFile } from '../diagnose-file';
import { sanitizeFile } from '../sanitize-file';
import type { HarReply, HarRequest, SanitizeReply } from '../worker-protocol';

export function inProcessWorker(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent<HarReply | SanitizeReply>) => void) | null,
    onerror: null,
    terminated: false,
    postMessage(request: HarRequest) {
      const post = (reply: HarReply | SanitizeReply): void => {
        if (!worker.terminated) worker.onmessage?.({ data: reply } as MessageEvent<HarReply | SanitizeReply>);
      };
      void (request.job === 'sanitize' ? sanitizeFile(request.file, post) : diagnoseFile(request.file, post));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker as unknown as Worker;
}
