import { describe, expect, it } from 'vitest';
import { panelModel, topCause } from './panel-model';
import type { Refusal } from './refusal-collector';
import { recordedRefusals } from './testing/recorded-refusals';

const refusals = await recordedRefusals('chromium');

/** The same refusal again, `later` ms after the original. */
function again(refusal: Refusal, seq: number, later: number): Refusal {
  const diagnosis = structuredClone(refusal.diagnosis);
  diagnosis.facts.request.startedAt += later;
  return { ...refusal, seq, diagnosis };
}

describe('panelModel', () => {
  it('ranks the cards as the popup does: likely causes first, one card per cause', () => {
    const model = panelModel(refusals, undefined);
    // Both likely ones by the rule module's score (an expired token's claim outweighs a refused preflight).
    expect(model.groups.map((group) => group.cause)).toEqual([
      'credentials-expired',
      'server-misconfigured',
      'missing-credentials',
    ]);
    expect(model.causes).toEqual(model.groups.map((group) => group.cause));
    expect(model.total).toBe(4);
  });

  it('lists table rows newest first, one per method, URL and cause, with a count', () => {
    const [first] = refusals;
    if (!first) throw new Error('no refusal');
    const model = panelModel([...refusals, again(first, 10, 60_000)], undefined);
    expect(model.rows[0]?.url).toBe(first.diagnosis.facts.request.url);
    expect(model.rows[0]?.count).toBe(2);
    expect(model.rows).toHaveLength(4);
    expect(model.total).toBe(5);
    const times = model.rows.map((row) => row.lastAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each(['credentials-expired', 'server-misconfigured'] as const)('filters cards and rows by cause (%s)', (cause) => {
    const model = panelModel(refusals, cause);
    expect(model.groups.map((group) => group.cause)).toEqual([cause]);
    expect(model.rows.every((row) => topCause(row) === cause)).toBe(true);
    // The filter's choices stay complete.
    expect(model.causes).toHaveLength(3);
    expect(model.filter).toBe(cause);
  });

  it('drops a filter on a cause the log no longer has, rather than show nothing', () => {
    const model = panelModel(refusals, 'proxy-or-firewall');
    expect(model.filter).toBeUndefined();
    expect(model.groups).toHaveLength(3);
  });
});
