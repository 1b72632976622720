// Micro-benchmark for `diagnose()` (DESIGN.md budget: one call <= 50 µs median). Pure: the clock is
// passed in (`performance.now` in Node and browsers), so this module uses no host API.
import { diagnose } from '../index';
import type { Exchange } from '../types';

export interface BenchOptions {
  /** Number of timed batches (default 200). */
  batches?: number;
  /** Calls per batch (default 100); the batch mean is one sample. */
  perBatch?: number;
}

export interface BenchResult {
  /** Median of the per-batch mean call times, in microseconds. */
  medianMicros: number;
  /** 95th percentile of the per-batch mean call times, in microseconds. */
  p95Micros: number;
  /** Calls timed (warm-up excluded). */
  calls: number;
}

const DEFAULT_BATCHES = 200;
const DEFAULT_PER_BATCH = 100;

function positiveInt(n: number | undefined, fallback: number): number {
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : fallback;
}

/** Nearest-rank quantile of an ascending array (q in [0, 1]). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

/**
 * Times `diagnose()` over `exchanges`, cycling through them in order across batches so every
 * exchange is measured equally. `now` returns milliseconds (like `performance.now`). One untimed
 * warm-up batch runs first so the JIT has compiled the hot paths. Returns per-call times: the median
 * and p95 of the batch means.
 */
export function benchmarkDiagnose(
  exchanges: readonly Exchange[],
  now: () => number,
  options: BenchOptions = {},
): BenchResult {
  const batches = positiveInt(options.batches, DEFAULT_BATCHES);
  const perBatch = positiveInt(options.perBatch, DEFAULT_PER_BATCH);
  if (exchanges.length === 0) return { medianMicros: Number.NaN, p95Micros: Number.NaN, calls: 0 };

  let next = 0;
  // Keeps the result observable so the engine cannot drop the calls as dead code.
  let sink = 0;
  const runBatch = (): void => {
    for (let i = 0; i < perBatch; i++) {
      const x = exchanges[next] as Exchange;
      next = next + 1 === exchanges.length ? 0 : next + 1;
      sink += diagnose(x).causes.length;
    }
  };

  runBatch();
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = now();
    runBatch();
    means.push(((now() - t0) * 1000) / perBatch);
  }
  means.sort((a, b) => a - b);
  const result: BenchResult = {
    medianMicros: quantile(means, 0.5),
    p95Micros: quantile(means, 0.95),
    calls: batches * perBatch,
  };
  // Never true in practice; ties `sink` to the result.
  if (sink < 0) result.calls = -1;
  return result;
}
