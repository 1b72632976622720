// The worker's whole job over a file, in Node: what the page receives for an example HAR or any text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { diagnoseFile } from '../diagnose-file';
import { type HarReading, harReadingOf } from '../har-reading';
import type { HarReply } from '../worker-protocol';

/** The repository's example HARs (examples/), as a user would drop them. */
export function exampleBlob(name: string): Blob {
  return new Blob([readFileSync(resolve(process.cwd(), 'examples', name))]);
}

/** Every reply the worker posts for `file`, in order. */
export async function repliesFor(file: Blob): Promise<HarReply[]> {
  const replies: HarReply[] = [];
  await diagnoseFile(file, (reply) => replies.push(reply));
  return replies;
}

/** The last reply: `done` with the summary, or `failed` with the reason. */
export async function finalReply(file: Blob): Promise<HarReply> {
  const replies = await repliesFor(file);
  const last = replies.at(-1);
  if (!last) throw new Error('the worker posted nothing');
  return last;
}

/** What the page holds once the worker is through with `file`: done with its records, or failed. */
export async function readingOf(file: Blob, name = 'file.har'): Promise<HarReading> {
  const following = harReadingOf(name);
  let reading: HarReading = { kind: 'idle' };
  for (const reply of await repliesFor(file)) reading = following.reply(reply) ?? reading;
  return reading;
}
