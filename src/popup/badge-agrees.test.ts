// The badge's tooltip names the cause of the popup's first card, for any mix of refusals (found in
// review: the badge ranked by score alone, the popup puts a `likely` cause before a `possible` one).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../shared/storage-schema';
import { createFakeBrowser, type FakeBrowser } from '../background/testing/fake-browser';
import { pageModel } from '../ui/text/page-model';
import { scenarioIds, scenarioState } from './testing/scenario-state';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { applyBadge } = await import('../background/badge');

function firstCard(state: TabState): string | undefined {
  const model = pageModel(state);
  return (model.current.groups[0] ?? model.led?.groups[0])?.cause;
}

async function badgeCause(state: TabState): Promise<string | undefined> {
  const titles: string[] = [];
  fake.i18n.getMessage = (key: string, substitutions?: string[]) =>
    key === 'badge_title' ? (substitutions?.[1] ?? '') : key;
  fake.action.setTitle = async ({ title }: { tabId: number; title: string }) => void titles.push(title);
  await applyBadge(state.tabId, state);
  return /^cause_(\w+)_title$/.exec(titles.at(-1) ?? '')?.[1]?.replaceAll('_', '-');
}

describe('badge and popup agree', () => {
  const ids = scenarioIds();
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));
  beforeAll(() => {
    fake = createFakeBrowser();
  });

  it(`names the popup's first cause for every pair of ${ids.length} scenarios`, async () => {
    const disagreements: string[] = [];
    for (const [a, b] of pairs) {
      // Both on this page; and `b` on the page that sent the visitor here (the popup shows this page first).
      const together = scenarioState([a, b]);
      const current = scenarioState([a]);
      const ledHere = {
        pageUrl: 'http://127.0.0.1:8080/app',
        total: 1,
        records: scenarioState([b]).records,
        leftAt: 0,
        ledHere: true,
      };
      for (const state of [together, { ...current, previous: [ledHere] }]) {
        const popup = firstCard(state);
        const badge = await badgeCause(state);
        if (badge !== popup)
          disagreements.push(`${a} + ${b}${state.previous ? ' (led here)' : ''}: badge ${badge}, popup ${popup}`);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
