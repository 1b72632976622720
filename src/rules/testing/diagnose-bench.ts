// Micro-benchmark for `diagnose()` (docs/design.md budget: one call <= 50 µs median). Pure: the clock is
// passed in (`performance.now` in Node and browsers), so this module uses no host API.
import { diagnose } from '../index';
import type { Exchange } from '../types';

export interface BenchOptions {
  /** Timed rounds over all the exchanges (default 200). */
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
const WARM_UP_ROUNDS = 30;

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
 * Times `diagnose()` per call. Each sample is the mean of `perBatch` calls on ONE exchange (a single
 * call is too short for the clock), samples rotate over all `exchanges` for `batches` rounds, and the
 * median and p95 are taken over all samples: the median is the typical call, not pulled up by the one
 * hostile 20 KB fixture as a mean over mixed batches would be. `now` returns milliseconds (like
 * `performance.now`). Untimed warm-up rounds run first so the JIT has compiled the hot paths.
 */
export function benchmarkDiagnose(
  exchanges: readonly Exchange[],
  now: () => number,
  options: BenchOptions = {},
): BenchResult {
  const rounds = positiveInt(options.batches, DEFAULT_BATCHES);
  const perBatch = positiveInt(options.perBatch, DEFAULT_PER_BATCH);
  if (exchanges.length === 0) return { medianMicros: Number.NaN, p95Micros: Number.NaN, calls: 0 };

  // Keeps the result observable so the engine cannot drop the calls as dead code.
  let sink = 0;
  const sample = (x: Exchange): number => {
    const t0 = now();
    for (let i = 0; i < perBatch; i++) sink += diagnose(x).causes.length;
    return ((now() - t0) * 1000) / perBatch;
  };

  // Warm-up until the engine's optimising tiers have compiled the hot paths: a worker that diagnoses
  // runs for minutes, so its steady state is what a user meets (one round was not enough: the first
  // timed rounds then ran half-compiled code at twice the cost).
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const x of exchanges) sample(x);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) for (const x of exchanges) samples.push(sample(x));
  samples.sort((a, b) => a - b);
  const result: BenchResult = {
    medianMicros: quantile(samples, 0.5),
    p95Micros: quantile(samples, 0.95),
    calls: rounds * exchanges.length * perBatch,
  };
  // Never true in practice; ties `sink` to the result.
  if (sink < 0) result.calls = -1;
  return result;
}
