// The worker's other job as a plain function (tested in Node): `why401 sanitize` over one file, the
// same reading rules, checks and output text (src/cli/sanitize-command.ts), so a file saved from the
// page is byte for byte the file the CLI writes.
import { HarError } from '../har/har-error';
import { harFromJson, parseJsonText } from '../har/parse-har';
import { sanitizeHar } from '../har/sanitize/sanitize-har';
import { textOf } from './diagnose-file';
import type { SanitizeReply } from './worker-protocol';

/** The CLI's output text: two-space JSON and a final newline. */
export function sanitizedText(har: unknown): string {
  return `${JSON.stringify(har, null, 2)}\n`;
}

export async function sanitizeFile(file: Blob, post: (reply: SanitizeReply) => void): Promise<void> {
  post({ kind: 'reading' });
  try {
    const text = await textOf(file);
    if (text === undefined) return post({ kind: 'failed', reason: 'binary' });
    if (text.trim() === '') return post({ kind: 'failed', reason: 'empty' });
    const data = parseJsonText(text);
    // The reader's checks first, as the CLI does: a file the page cannot diagnose is not written either.
    harFromJson(data);
    const { har, summary } = sanitizeHar(data);
    post({ kind: 'sanitized', har: new Blob([sanitizedText(har)], { type: 'application/json' }), summary });
  } catch (error) {
    if (error instanceof HarError) return post({ kind: 'failed', reason: 'har', message: error.message });
    // A bug, not the file: no message, it could quote the input.
    post({ kind: 'failed', reason: 'internal' });
  }
}
