import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { harEntry, harText } from '../har/testing/har-builder';
import { ENTRIES_PER_MESSAGE } from './diagnose-file';
import { exampleBlob, finalReply, readingOf, repliesFor } from './testing/read-example';

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
    const replies = await repliesFor(new Blob([harText([ok, ok])]));
    expect(replies.at(-1)).toEqual({ kind: 'done', summary: { entries: 2, sanitized: false } });
    expect(replies.filter((reply) => reply.kind === 'entries')).toEqual([]);
  });

  it('UTF-16 with a byte-order mark reads as the CLI reads it', async () => {
    const text = `\ufeff${harText([harEntry({ url: 'https://api.example.com/v1/me', status: 401 })])}`;
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) utf16[i * 2] = text.charCodeAt(i) & 0xff;
    for (let i = 0; i < text.length; i++) utf16[i * 2 + 1] = text.charCodeAt(i) >> 8;
    expect(await readingOf(new Blob([utf16]))).toMatchObject({ kind: 'done', entries: [{ index: 0 }] });
  });
});

describe('progress: reading, then diagnosing n of N, then the entries, then done', () => {
  it.each(examples)('%s', async (name) => {
    const kinds = (await repliesFor(exampleBlob(name))).map((reply) => reply.kind).join(' ');
    expect(kinds).toMatch(/^reading( diagnosing)+( entries)+ done$/);
  });
});

describe('refused entries reach the page in batches (each is deserialized on its thread)', () => {
  it.each([
    [0, []],
    [1, [1]],
    [ENTRIES_PER_MESSAGE, [ENTRIES_PER_MESSAGE]],
    [ENTRIES_PER_MESSAGE * 2 + 7, [ENTRIES_PER_MESSAGE, ENTRIES_PER_MESSAGE, 7]],
  ])('%i refusals -> batches of %j, in file order, before done', async (count, sizes) => {
    const refused = Array.from({ length: count }, (_, i) =>
      harEntry({ url: `https://api.example.com/v1/items/${i}`, status: 401 }, i),
    );
    const replies = await repliesFor(new Blob([harText([ok, ...refused])]));
    const batches = replies.flatMap((reply) => (reply.kind === 'entries' ? [reply.diagnosed] : []));
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat().map((entry) => entry.index)).toEqual(refused.map((_, i) => i + 1));
    expect(replies.at(-1)?.kind).toBe('done');
  });
});

describe('progress at most every 250 ms (each message re-renders the page and speaks in its live region)', () => {
  afterEach(() => vi.restoreAllMocks());
  const big = new Blob([
    harText(Array.from({ length: 2_000 }, (_, i) => harEntry({ url: `https://a.test/${i}`, status: 200 }, i))),
  ]);

  it.each([
    ['a clock that stands still: only the start', 0, [0]],
    [
      'a second between reports: every report (diagnoseHar reports every 256 entries)',
      1_000,
      [0, 256, 512, 768, 1024, 1280, 1536, 1792],
    ],
  ])('%s', async (_name, step, reported) => {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += step));
    const replies = await repliesFor(big);
    expect(replies.flatMap((reply) => (reply.kind === 'diagnosing' ? [reply.done] : []))).toEqual(reported);
  });
});

describe('the summary says whether a sanitizer hid the credentials (src/har/detect-sanitized.ts)', () => {
  const refused = harEntry({ url: 'https://api.example.com/v1/me', status: 401 });
  const written = (creator: string, entry = refused): Blob =>
    new Blob([
      JSON.stringify({ log: { version: '1.2', creator: { name: creator, version: '1' }, entries: [ok, entry] } }),
    ]);

  it.each<[string, Blob, boolean]>([
    ["Chrome's DevTools, no credential header anywhere", written('WebInspector'), true],
    [
      'Chrome, a Cookie header kept',
      written('WebInspector', harEntry({ url: 'https://a.test/', status: 401, requestHeaders: { Cookie: 'sid=x' } })),
      false,
    ],
    ["Playwright's recorder (never sanitizes)", written('Playwright'), false],
  ])('%s -> sanitized: %s', async (_name, file, sanitized) => {
    expect(await finalReply(file)).toEqual({ kind: 'done', summary: { entries: 2, sanitized } });
  });
});
