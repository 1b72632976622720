// The worker's job as a plain function (tested in Node): the CLI's reader and diagnosis over one file,
// with the CLI's reading rules (src/cli/read-input.ts decodeText) in browser terms.
import { detectVisibility } from '../har/detect-sanitized';
import { diagnoseHar } from '../har/diagnose-har';
import { HarError } from '../har/har-error';
import { parseHar } from '../har/parse-har';
import type { HarReply } from './worker-protocol';

/** Diagnosed entries per message to the page: about 10 ms of deserializing each. */
export const ENTRIES_PER_MESSAGE = 100;

/**
 * Progress messages at most this often: each one re-renders the page and is read out by a screen reader
 * (the live region), and diagnoseHar reports every 256 entries, a hundred times a second on a big file.
 */
const PROGRESS_EVERY_MS = 250;

/** Bytes looked at for a byte-order mark and for NULs. */
const PROBE_BYTES = 4096;

/** UTF-16 with a byte-order mark (some Windows tools write it); else UTF-8, whose BOM text() drops. */
function utf16Of(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The file as text; undefined for a binary file (a NUL is never in JSON text: RFC 8259 §7 escapes it). */
export async function textOf(file: Blob): Promise<string | undefined> {
  const head = new Uint8Array(await file.slice(0, PROBE_BYTES).arrayBuffer());
  const utf16 = utf16Of(head);
  if (utf16) return new TextDecoder(utf16).decode(await file.arrayBuffer());
  if (head.includes(0)) return undefined;
  return file.text();
}

export async function diagnoseFile(file: Blob, post: (reply: HarReply) => void): Promise<void> {
  post({ kind: 'reading' });
  try {
    const text = await textOf(file);
    if (text === undefined) return post({ kind: 'failed', reason: 'binary' });
    if (text.trim() === '') return post({ kind: 'failed', reason: 'empty' });
    const har = parseHar(text);
    const visibility = detectVisibility(har);
    const total = har.entries.length;
    post({ kind: 'diagnosing', done: 0, total });
    let last = Date.now();
    const progress = (done: number): void => {
      // 0 was said just above; diagnoseHar reports it again at its first entry.
      if (done === 0 || Date.now() - last < PROGRESS_EVERY_MS) return;
      last = Date.now();
      post({ kind: 'diagnosing', done, total });
    };
    const diagnosed = diagnoseHar(har, progress, visibility);
    for (let i = 0; i < diagnosed.length; i += ENTRIES_PER_MESSAGE)
      post({ kind: 'entries', diagnosed: diagnosed.slice(i, i + ENTRIES_PER_MESSAGE) });
    post({ kind: 'done', summary: { entries: total, sanitized: visibility.headersRemoved } });
  } catch (error) {
    if (error instanceof HarError) return post({ kind: 'failed', reason: 'har', message: error.message });
    // A bug, not the file: no message, it could quote the input.
    post({ kind: 'failed', reason: 'internal' });
  }
}
