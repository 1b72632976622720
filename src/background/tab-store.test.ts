import { beforeEach, describe, expect, it, vi } from 'vitest';
import { T0, diagnosedRefusal } from './testing/diagnosed-refusal';
import { tabItem } from '../shared/storage-items';
import { createFakeBrowser, type FakeBrowser } from './testing/fake-browser';

let fake: FakeBrowser = createFakeBrowser();
vi.mock('../shared/browser', () => ({
  get browser() {
    return fake;
  },
}));
const { forgetTab, recordDiagnosis, replaceDiagnosis, resetTab } = await import('./tab-store');

const refusal = (path: string, at = T0) => diagnosedRefusal(path, at);
const page = async () => 'https://app.example.com/';
const stored = (tabId: number) => tabItem(tabId).parse(fake.session.get(`tab:${tabId}`));

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('tab store', () => {
  it('counts every refusal of a storm and batches the writes', async () => {
    const all = Array.from({ length: 2_000 }, (_, i) =>
      recordDiagnosis(1, () => refusal('/storm', T0 + i), false, page),
    );
    await Promise.all(all);
    expect(stored(1)?.total).toBe(2_000);
    expect(stored(1)?.records).toHaveLength(1);
    expect(stored(1)?.records[0]?.count).toBe(2_000);
    expect(fake.writes).toBeLessThan(20);
    expect(fake.badges.get(1)).toBe('999+'); // the badge has room for four characters
  });

  it('refusals a few milliseconds apart (a page retrying one by one) share one write', async () => {
    const pending: Array<Promise<void>> = [];
    for (let i = 0; i < 10; i++) {
      pending.push(recordDiagnosis(5, () => refusal(`/retry/${i}`, T0 + i), false, page));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await Promise.all(pending);
    expect(stored(5)?.total).toBe(10);
    expect(fake.writes).toBeLessThanOrEqual(2);
  });

  it('a tab is read once, then written batch after batch without being read back', async () => {
    for (let i = 0; i < 3; i++) await recordDiagnosis(7, () => refusal(`/again/${i}`, T0 + i), false, page);
    expect(stored(7)?.total).toBe(3);
    expect(fake.writes).toBe(3);
    expect(fake.reads).toBe(1);
  });

  it('a tab refused again within a second of its last write keeps its batch open longer: fewer writes', async () => {
    await recordDiagnosis(8, () => refusal('/first'), false, page);
    const writes = fake.writes;
    const pending: Array<Promise<void>> = [];
    // Ten refusals 15 ms apart (150 ms): one 200 ms batch, where 50 ms batches would take three or four.
    for (let i = 0; i < 10; i++) {
      pending.push(recordDiagnosis(8, () => refusal(`/busy/${i}`, T0 + i), false, page));
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await Promise.all(pending);
    expect(stored(8)?.total).toBe(11);
    expect(fake.writes - writes).toBe(1);
  });

  it('a reset drops what came before it and keeps what came after', async () => {
    void recordDiagnosis(2, () => refusal('/old'), false, page);
    void resetTab(2, 'https://app.example.com/next', T0 + 60_000);
    await recordDiagnosis(2, () => refusal('/new'), false, page);
    expect(stored(2)?.pageUrl).toBe('https://app.example.com/next');
    expect(stored(2)?.records.map((record) => new URL(record.url).pathname)).toEqual(['/new']);
    expect(stored(2)?.total).toBe(1);
  });

  it('a page answered 401 starts its own page state', async () => {
    await recordDiagnosis(3, () => refusal('/a'), false, page);
    await recordDiagnosis(3, () => refusal('/login'), true, page);
    expect(stored(3)?.pageUrl).toBe('https://api.example.com/login');
    expect(stored(3)?.total).toBe(1);
  });

  it('closing the tab removes its state, even with a write pending', async () => {
    void recordDiagnosis(4, () => refusal('/a'), false, page);
    await forgetTab(4);
    expect(stored(4)).toBeUndefined();
  });

  it('closing the tab right after a navigation removes its state: no batch written late brings it back', async () => {
    void recordDiagnosis(4, () => refusal('/a'), false, page);
    void resetTab(4, 'https://app.example.com/next', T0 + 1_000);
    await forgetTab(4);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(stored(4)).toBeUndefined();
  });

  it('tabs do not mix', async () => {
    await Promise.all([
      recordDiagnosis(5, () => refusal('/five'), false, page),
      recordDiagnosis(6, () => refusal('/six'), false, page),
    ]);
    expect(stored(5)?.records.map((record) => new URL(record.url).pathname)).toEqual(['/five']);
    expect(stored(6)?.records.map((record) => new URL(record.url).pathname)).toEqual(['/six']);
  });
});

describe('replaceDiagnosis', () => {
  const withBody = (path: string, body: string) => diagnosedRefusal(path, T0, { responseBody: body });

  it('re-files a refusal after the write that recorded it, in the same queue', async () => {
    const before = refusal('/me');
    const after = withBody('/me', '{"message":"Token is blacklisted","code":"token_not_valid"}');
    const recorded = recordDiagnosis(1, () => before, false, page);
    const replaced = replaceDiagnosis(1, before, after);
    await Promise.all([recorded, replaced]);
    expect(stored(1)?.total).toBe(1);
    expect(stored(1)?.records.map((record) => record.diagnosis.causes[0]?.id)).toEqual([after.causes[0]?.id]);
  });

  it('writes nothing when the refusal is no longer stored', async () => {
    await resetTab(1, 'https://app.example.com/', T0);
    const writes = fake.writes;
    await replaceDiagnosis(1, refusal('/gone'), withBody('/gone', 'jwt expired'));
    expect(fake.writes).toBe(writes);
  });
});
