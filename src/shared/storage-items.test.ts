import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUDIENCE_ITEM,
  documentedItems,
  READ_BODIES_ITEM,
  SITES_ITEM,
  readItem,
  readItems,
  tabItem,
  writeItem,
} from './storage-items';
import { STORAGE_VERSION, type TabState } from './storage-schema';

const TAB: TabState = {
  version: STORAGE_VERSION,
  tabId: 3,
  pageUrl: 'https://app.example.com/',
  total: 0,
  records: [],
};
const failing = { get: () => Promise.reject(new Error('gone')) };
const holding = (values: Record<string, unknown>) => ({ get: async () => values });

describe('storage items', () => {
  it.each([
    ['audience: a known audience', AUDIENCE_ITEM, 'owner', 'owner'],
    ['audience: anything else is the default', AUDIENCE_ITEM, 'admin', 'visitor'],
    ['readBodies: a stored boolean', READ_BODIES_ITEM, false, false],
    ['readBodies: a wrong type is the default (on)', READ_BODIES_ITEM, 'no', true],
    ['sites: not a list reads as none', SITES_ITEM, { a: 1 }, []],
    ['tab: an older version reads as nothing stored', tabItem(3), { version: 0, tabId: 3, records: [] }, undefined],
    ['tab: its JSON text, as the worker writes it', tabItem(3), JSON.stringify(TAB), TAB],
    ['tab: an object, as a hand-written fixture', tabItem(3), TAB, TAB],
    ['tab: text that is not JSON reads as nothing stored', tabItem(3), '{"version":1,', undefined],
  ])('%s', (_name, item, stored, expected) => {
    expect((item.parse as (value: unknown) => unknown)(stored)).toEqual(expected);
  });

  it('writes a tab as JSON text, which reads back as it was', async () => {
    const written: Record<string, unknown> = {};
    await writeItem({ set: async (items) => void Object.assign(written, items) }, tabItem(3), TAB);
    expect(typeof written['tab:3']).toBe('string');
    await expect(readItem(holding(written), tabItem(3))).resolves.toEqual(TAB);
  });

  it('a failing storage area reads as the defaults', async () => {
    await expect(readItem(failing, READ_BODIES_ITEM)).resolves.toBe(true);
    await expect(readItems(failing, [AUDIENCE_ITEM, READ_BODIES_ITEM] as const)).resolves.toEqual(['visitor', true]);
    await expect(
      readItems(holding({ audience: 'developer', readBodies: false }), [AUDIENCE_ITEM, READ_BODIES_ITEM] as const),
    ).resolves.toEqual(['developer', false]);
  });

  it('SECURITY.md lists exactly the declared keys, each in its area', () => {
    // Its table "What it keeps" has a `key` column; rows kept only in memory have none (–).
    const table = readFileSync(new URL('../../SECURITY.md', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| data'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |`/g, '').trim()))
      .filter((cells) => cells.length >= 4 && cells[1] !== '–');
    const documented = table.map((cells) => ({
      key: cells[1],
      area: /storage\.(session|local)/.exec(cells[2] ?? '')?.[1],
    }));
    expect(documented).toEqual(documentedItems().map((item) => ({ key: item.documentedKey, area: item.area })));
  });
});
