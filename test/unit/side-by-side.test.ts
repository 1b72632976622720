import { describe, expect, it } from 'vitest';
import { roundOrder, sideBySideMedians } from '../../scripts/bench/side-by-side';

describe('side-by-side rounds', () => {
  it.each([2, 3, 4, 5])('puts each of %i sides first equally often, and after each other side', (count) => {
    const names = Array.from({ length: count }, (_, i) => `s${i}`);
    const rounds = Array.from({ length: 2 * count }, (_, run) => roundOrder(names, run));
    for (const round of rounds) expect([...round].sort()).toEqual(names);
    const firsts = rounds.map((round) => round[0]);
    for (const name of names) expect(firsts.filter((first) => first === name)).toHaveLength(2);
    // Two sides never keep the same order in every round (2 sides once alternated to the same order).
    const before = (round: string[], a: string, b: string) => round.indexOf(a) < round.indexOf(b);
    expect(new Set(rounds.map((round) => before(round, 's0', 's1'))).size).toBe(2);
  });

  it('warms each side up once, then takes the median of its rounds', async () => {
    const calls: string[] = [];
    const medians = await sideBySideMedians(['a', 'b'] as const, 3, async (name, run) => {
      calls.push(`${name}${run}`);
      return name === 'a' ? run : 10 * run;
    });
    expect(calls.slice(0, 2)).toEqual(['a-1', 'b-1']);
    expect(calls).toHaveLength(8);
    expect(medians).toEqual({ a: 1, b: 10 });
  });
});
