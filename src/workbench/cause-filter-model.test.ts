import { describe, expect, it } from 'vitest';
import type { CauseId } from '../rules/types';
import { ALL_CAUSES, type CauseChoice, causeCounts, filterByCause } from './cause-filter-model';
import type { EntryRecord } from './entry-record';

/** An entry whose ranked causes are `causes` (only what the filter reads). */
function entry(index: number, ...causes: CauseId[]): EntryRecord {
  return {
    index,
    record: { diagnosis: { causes: causes.map((id) => ({ id })) } },
  } as unknown as EntryRecord;
}

const entries = [
  entry(0, 'credentials-expired', 'credentials-rejected'),
  entry(3, 'missing-credentials'),
  entry(4, 'credentials-rejected', 'credentials-expired'),
  entry(9, 'missing-credentials'),
  entry(12),
];

describe('filter by cause', () => {
  it('counts each top cause once, most frequent first, ties in file order', () => {
    expect(causeCounts(entries)).toEqual([
      { cause: 'missing-credentials', count: 2 },
      { cause: 'credentials-expired', count: 1 },
      { cause: 'credentials-rejected', count: 1 },
      { cause: 'unknown', count: 1 },
    ]);
  });

  it.each<[CauseChoice, number[]]>([
    [ALL_CAUSES, [0, 3, 4, 9, 12]],
    ['missing-credentials', [3, 9]],
    // The most likely cause only, as `why401 diagnose --cause` filters: entry 4 ranks it second.
    ['credentials-expired', [0]],
    ['unknown', [12]],
    ['clock-skew', []],
  ])('%s -> entries %j', (choice, indices) => {
    expect(filterByCause(entries, choice).map((e) => e.index)).toEqual(indices);
  });
});
