// Every real-world fixture: the expected cause must rank first, the others must appear.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../test/fixtures/scenario';
import { diagnose } from './index';
import { scenarioExchange } from './testing/scenario-exchange';

const modules = import.meta.glob<Scenario>('../../test/fixtures/scenarios/*.json', { eager: true, import: 'default' });
export const SCENARIOS: Scenario[] = Object.values(modules);

describe('scenarios', () => {
  it('has fixtures to check', () => {
    expect(SCENARIOS.length).toBeGreaterThan(0);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const d = diagnose(scenarioExchange(s), s.context);
    const ids = d.causes.map((c) => c.id);
    expect(ids[0], `ranked: ${ids.join(', ')}`).toBe(s.expect.cause);
    for (const also of s.expect.alsoCauses ?? []) expect(ids).toContain(also);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: same input, same output', (_id, s) => {
    expect(JSON.stringify(diagnose(scenarioExchange(s), s.context))).toBe(
      JSON.stringify(diagnose(scenarioExchange(s), s.context)),
    );
  });
});
