// One sanitizing run in a fresh worker: the parsed HAR lives only there, and a 100 MB file is never
// parsed, sanitized or stringified on the page's thread.
import type { SanitizeSummary } from '../har/sanitize/sanitize-har';
import type { FailureReason } from './har-reading';
import type { HarRequest, SanitizeReply } from './worker-protocol';

export type SanitizeOutcome =
  { kind: 'sanitized'; har: Blob; summary: SanitizeSummary } | { kind: 'failed'; reason: FailureReason };

export function runSanitizer(startWorker: () => Worker, file: Blob): Promise<SanitizeOutcome> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      resolve({ kind: 'failed', reason: 'worker' });
      return;
    }
    const finish = (outcome: SanitizeOutcome): void => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<SanitizeReply>) => {
      const reply = event.data;
      if (reply.kind === 'sanitized') finish({ kind: 'sanitized', har: reply.har, summary: reply.summary });
      // The reason only: the page already said why the file cannot be read when it diagnosed it.
      else if (reply.kind === 'failed') finish({ kind: 'failed', reason: reply.reason });
    };
    worker.onerror = () => finish({ kind: 'failed', reason: 'worker' });
    const request: HarRequest = { job: 'sanitize', file };
    worker.postMessage(request);
  });
}
