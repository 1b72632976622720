import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeCommand } from '../cli/sanitize-command';
import { captureIo } from '../cli/testing/capture-io';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';
import { sanitizeFile } from './sanitize-file';
import { CANARY, canaryHarText } from './testing/canary-har';
import type { SanitizeReply } from './worker-protocol';

const EXAMPLES = resolve(process.cwd(), 'examples');
const HARS = readdirSync(EXAMPLES).filter((name) => name.endsWith('.har'));

async function repliesFor(content: BlobPart): Promise<SanitizeReply[]> {
  const replies: SanitizeReply[] = [];
  await sanitizeFile(new Blob([content]), (reply) => replies.push(reply));
  return replies;
}

async function sanitized(content: BlobPart): Promise<Extract<SanitizeReply, { kind: 'sanitized' }>> {
  const last = (await repliesFor(content)).at(-1);
  if (last?.kind !== 'sanitized') throw new Error(`not sanitized: ${JSON.stringify(last)}`);
  return last;
}

/** `why401 sanitize -` over `text`: what the CLI writes to standard output. */
async function cliOutput(text: string): Promise<string> {
  const io = captureIo({ stdin: text });
  expect(await sanitizeCommand({ kind: 'sanitize', file: '-', output: undefined, quiet: true }, io)).toBe(0);
  return io.out();
}

/** Each refused entry's index and ranked cause ids: what the page shows. */
function causes(text: string): Array<[number, string[]]> {
  return diagnoseHar(parseHar(text)).map((entry) => [entry.index, entry.diagnosis.causes.map((cause) => cause.id)]);
}

describe("the worker's sanitized file is the CLI's, byte for byte, and diagnoses the same", () => {
  it.each([
    ...HARS.map((name): [string, string] => [name, readFileSync(resolve(EXAMPLES, name), 'utf8')]),
    ['planted canary', canaryHarText()],
  ])('%s', async (_name, text) => {
    const reply = await sanitized(text);
    const output = await reply.har.text();
    expect(output).toBe(await cliOutput(text));
    // Bytes, not only characters: the Blob is UTF-8, as the CLI's file.
    expect(reply.har.size).toBe(Buffer.byteLength(output, 'utf8'));
    expect(reply.har.type).toBe('application/json');
    expect(causes(output)).toEqual(causes(text));
    expect(reply.summary.entries).toBe(parseHar(text).entries.length);
  });
});

describe('a planted secret never reaches the sanitized file', () => {
  it('the canary is gone, counted as a header and a response-body value', async () => {
    const text = canaryHarText();
    const reply = await sanitized(text);
    const output = await reply.har.text();
    expect(text).toContain(CANARY);
    expect(output).not.toContain(CANARY);
    expect(reply.summary.removed.headers).toBeGreaterThanOrEqual(1);
    expect(reply.summary.jwts).toBeGreaterThanOrEqual(1);
    expect(causes(output)).toEqual([[2, ['credentials-expired', 'credentials-rejected']]]);
  });
});

describe('a file the CLI would refuse gets the same reason', () => {
  it.each<[string, BlobPart, Partial<SanitizeReply>]>([
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]), { kind: 'failed', reason: 'binary' }],
    ['empty', '  \n', { kind: 'failed', reason: 'empty' }],
    ['not JSON', 'hello', { kind: 'failed', reason: 'har' }],
    ['not a HAR', '{"name": "package"}', { kind: 'failed', reason: 'har' }],
  ])('%s', async (_name, content, expected) => {
    const replies = await repliesFor(content);
    expect(replies[0]).toEqual({ kind: 'reading' });
    expect(replies.at(-1)).toMatchObject(expected);
    expect(replies).toHaveLength(2);
  });
});
