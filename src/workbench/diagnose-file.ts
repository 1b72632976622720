// The worker's job as a plain function (tested in Node): the CLI's reader and diagnosis over one file.
import { detectVisibility } from '../har/detect-sanitized';
import { diagnoseHar } from '../har/diagnose-har';
import { HarError } from '../har/har-error';
import { parseHar } from '../har/parse-har';
import type { HarReply } from './worker-protocol';

/** A NUL among the first bytes: a binary file (an image, an archive), never a HAR (RFC 8259 §7 escapes it). */
const BINARY_PROBE = 4096;

export async function diagnoseFile(file: Blob, post: (reply: HarReply) => void): Promise<void> {
  post({ kind: 'reading' });
  if (file.size === 0) return post({ kind: 'failed', reason: 'empty' });
  try {
    const head = new Uint8Array(await file.slice(0, BINARY_PROBE).arrayBuffer());
    if (head.includes(0)) return post({ kind: 'failed', reason: 'binary' });
    const har = parseHar(await file.text());
    const visibility = detectVisibility(har);
    const total = har.entries.length;
    post({ kind: 'diagnosing', done: 0, total });
    const diagnosed = diagnoseHar(har, (done) => post({ kind: 'diagnosing', done, total }), visibility);
    post({ kind: 'done', summary: { entries: total, sanitized: visibility.headersRemoved }, diagnosed });
  } catch (error) {
    if (error instanceof HarError) return post({ kind: 'failed', reason: 'har', message: error.message });
    // A bug, not the file: no message, it could quote the input.
    post({ kind: 'failed', reason: 'internal' });
  }
}
