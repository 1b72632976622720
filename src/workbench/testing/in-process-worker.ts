// A Worker stand-in that runs the worker's job in the test's own thread, posting the same replies.
import { diagnoseFile } from '../diagnose-file';
import type { HarReply, HarRequest } from '../worker-protocol';

export function inProcessWorker(): Worker {
  const worker = {
    onmessage: null as ((event: MessageEvent<HarReply>) => void) | null,
    onerror: null,
    terminated: false,
    postMessage(request: HarRequest) {
      void diagnoseFile(request.file, (reply) => {
        if (!worker.terminated) worker.onmessage?.({ data: reply } as MessageEvent<HarReply>);
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker as unknown as Worker;
}
