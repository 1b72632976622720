import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { harEntry, harText } from '../har/testing/har-builder';
import { exampleBlob, finalReply, repliesFor } from './testing/read-example';

const examples = readdirSync(resolve(process.cwd(), 'examples')).filter((name) => name.endsWith('.har'));
const ok = harEntry({ url: 'https://api.example.com/v1/me', status: 200 });

describe('a bad file is one reason, never an empty page', () => {
  it.each<[string, BlobPart, string, RegExp | undefined]>([
    ['empty', '', 'empty', undefined],
    ['blank', ' \n\t ', 'empty', undefined],
    ['not JSON', 'this is not json', 'har', /^not valid JSON|at byte/],
    ['truncated JSON', '{"log": {"entries": [', 'har', /at byte/],
    ['JSON, not a HAR', '{"name": "package"}', 'har', /^not a HAR file/],
    ['a HAR without entries', '{"log": {"version": "1.2"}}', 'har', /log\.entries is missing/],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'binary', undefined],
  ])('%s -> %s', async (_name, content, reason, message) => {
    const reply = await finalReply(new Blob([content]));
    expect(reply).toMatchObject({ kind: 'failed', reason });
    if (message && reply.kind === 'failed') expect(reply.message).toMatch(message);
  });

  it('a HAR with no refusal is done, with its entries counted and nothing diagnosed', async () => {
    expect(await finalReply(new Blob([harText([ok, ok])]))).toEqual({
      kind: 'done',
      summary: { entries: 2, sanitized: false },
      diagnosed: [],
    });
  });

  it('UTF-16 with a byte-order mark reads as the CLI reads it', async () => {
    const text = `\ufeff${harText([harEntry({ url: 'https://api.example.com/v1/me', status: 401 })])}`;
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    expect(await finalReply(new Blob([utf16]))).toMatchObject({ kind: 'done', diagnosed: [{ index: 0 }] });
  });
});

describe('progress: reading, then diagnosing n of N, then done', () => {
  it.each(examples)('%s', async (name) => {
    const kinds = (await repliesFor(exampleBlob(name))).map((reply) => reply.kind);
    expect(kinds[0]).toBe('reading');
    expect(kinds.at(-1)).toBe('done');
    expect(kinds.slice(1, -1).every((kind) => kind === 'diagnosing')).toBe(true);
  });
});
