import { describe, expect, it } from 'vitest';
import { pathologicalHeaders } from '../../testing/bench-inputs';
import { MAX_CHALLENGES, parseChallenges } from './parse-challenges';

// No wall-clock budget here (machines are noisy): the ratio between 1 MB and 256 KB of the same shape
// is ~4 for a linear parser and ~16 for a quadratic one. Each size takes the best of several
// interleaved runs, and both times are floored at FLOOR_MS so that scheduler hiccups on a busy machine
// and early stops at the output caps cannot fake a ratio. The floor costs no sensitivity: anything
// quadratic over 256 KB of these shapes takes seconds, not milliseconds.
const MB = 1 << 20;
const FLOOR_MS = 10;
const RUNS = 5;

/** Fresh flat strings: `repeat` builds ropes, and real header values arrive flat. */
function flat(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}

function time(value: string): number {
  const start = performance.now();
  const out = parseChallenges([value]);
  const elapsed = performance.now() - start;
  expect(out.length).toBeLessThanOrEqual(MAX_CHALLENGES);
  return elapsed;
}

describe('parseChallenges runs in linear time', () => {
  const big = pathologicalHeaders(MB);
  // 8x the input: linear work takes about 8x the time, quadratic 64x; 24 leaves room for noise.
  const small = pathologicalHeaders(MB / 8);
  const rows = big.map((shape, k): [string, string, string] => [
    shape.name,
    flat(shape.value),
    flat(small[k]?.value ?? ''),
  ]);

  it.each(rows)('%s: 1 MB takes less than 24x the time of 128 KB', (_name, large, quarter) => {
    expect(large.length).toBe(MB);
    time(quarter); // warm-up
    let bestLarge = Infinity;
    let bestQuarter = Infinity;
    for (let run = 0; run < RUNS; run++) {
      bestQuarter = Math.min(bestQuarter, time(quarter));
      bestLarge = Math.min(bestLarge, time(large));
    }
    expect(Math.max(bestLarge, FLOOR_MS) / Math.max(bestQuarter, FLOOR_MS)).toBeLessThan(24);
  });
});
