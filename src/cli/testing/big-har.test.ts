import { describe, expect, it } from 'vitest';
import { run } from '../main';
import { bigHar } from './big-har';
import { captureIo } from './capture-io';

describe('bigHar', () => {
  it.each([
    [50, 1],
    [200, 4],
  ])('%i entries hold %i 401s and diagnose cleanly', async (entries, refused) => {
    const text = bigHar(entries);
    const parsed = JSON.parse(text) as { log: { entries: unknown[] } };
    expect(parsed.log.entries).toHaveLength(entries);
    const io = captureIo({ stdin: text });
    expect(await run(['diagnose', '--json', '-'], io)).toBe(0);
    const output = JSON.parse(io.out()) as { entryCount: number; entries: unknown[] };
    expect([output.entryCount, output.entries.length]).toEqual([entries, refused]);
  });

  it('is about 2.3 KB per entry, so 50,000 entries make a 100 MB file', () => {
    expect(bigHar(100).length / 100).toBeGreaterThan(2_000);
  });
});
