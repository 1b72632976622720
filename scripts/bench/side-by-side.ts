// Measurements taken side by side in one run, so a busy moment of a shared machine falls on every
// side alike: each round measures every side once, in an order that moves round by round.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Round `run`'s order: rotated by the round, and backwards every other pass, so no side is always first or always after the same one. */
export function roundOrder<K>(names: readonly K[], run: number): K[] {
  const rotated = names.map((_, i) => names[(i + run) % names.length] as K);
  return Math.floor(run / names.length) % 2 ? rotated.reverse() : rotated;
}

/**
 * Calls `measure(name, -1)` once per side to warm up, then `runs` rounds of `measure(name, run)` for
 * every side; returns each side's median.
 */
export async function sideBySideMedians<K extends string>(
  names: readonly K[],
  runs: number,
  measure: (name: K, run: number) => Promise<number>,
): Promise<Record<K, number>> {
  const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (const name of names) await measure(name, -1);
  for (let run = 0; run < runs; run++)
    for (const name of roundOrder(names, run)) times[name].push(await measure(name, run));
  return Object.fromEntries(names.map((name) => [name, median(times[name])])) as Record<K, number>;
}
