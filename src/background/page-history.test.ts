import { describe, expect, it } from 'vitest';
import { T0, diagnosedRefusal } from './testing/diagnosed-refusal';
import { badgeTotal, ledHere, type TabState } from '../shared/storage-schema';
import { addToLeftPage, leavePage, LED_HERE_WINDOW_MS, MAX_EARLIER_PAGES, MAX_EARLIER_RECORDS } from './page-history';
import { addObservation, emptyTabState } from '../shared/tab-state';

const APP = 'https://app.example.com';

const refusal = (path: string, at = T0) => diagnosedRefusal(path, at);

function pageWith(url: string, paths: string[], at = T0): TabState {
  return paths.reduce((state, path, index) => addObservation(state, refusal(path, at + index)), emptyTabState(1, url));
}

describe('leavePage', () => {
  it.each([
    ['a navigation right after a refusal: the refusals led here', 2_000, true],
    [`a navigation ${LED_HERE_WINDOW_MS / 1000} s after: still led here`, LED_HERE_WINDOW_MS, true],
    ['a navigation a minute later: kept as an earlier page only', 60_000, false],
  ])('%s', (_name, delay, led) => {
    const next = leavePage(pageWith(`${APP}/cart`, ['/me']), 1, `${APP}/login`, T0 + delay, false);
    expect(next).toMatchObject({ pageUrl: `${APP}/login`, total: 0, records: [] });
    expect(next.previous).toEqual([
      expect.objectContaining({ pageUrl: `${APP}/cart`, total: 1, leftAt: T0 + delay, ledHere: led }),
    ]);
    expect(badgeTotal(next)).toBe(led ? 1 : 0);
  });

  it('a reload of the same page keeps its refusals as history, not as what led here', () => {
    const next = leavePage(pageWith(`${APP}/cart`, ['/me']), 1, `${APP}/cart`, T0 + 1_000, false);
    expect(next.previous?.[0]?.ledHere).toBe(false);
  });

  it('a redirect hop keeps what led to the chain (302 to the login page)', () => {
    const hop = leavePage(pageWith(`${APP}/cart`, ['/me']), 1, `${APP}/account`, T0 + 1_000, false);
    const landed = leavePage(hop, 1, `${APP}/login`, T0 + 1_000, true);
    expect(landed.pageUrl).toBe(`${APP}/login`);
    expect(ledHere(landed)?.pageUrl).toBe(`${APP}/cart`);
  });

  it('a page without refusals adds nothing, and what led to it no longer leads to the next page', () => {
    const login = leavePage(pageWith(`${APP}/cart`, ['/me']), 1, `${APP}/login`, T0 + 1_000, false);
    const home = leavePage(login, 1, `${APP}/home`, T0 + 2_000, false);
    expect(home.previous).toHaveLength(1);
    expect(ledHere(home)).toBeUndefined();
    expect(badgeTotal(home)).toBe(0);
  });

  it(`keeps at most ${MAX_EARLIER_PAGES} earlier pages and ${MAX_EARLIER_RECORDS} records each, most recent first`, () => {
    let state = emptyTabState(1, `${APP}/0`);
    for (let page = 0; page < 6; page++) {
      const paths = Array.from({ length: 15 }, (_, i) => `/p${page}/r${i}`);
      state = paths.reduce((s, path, i) => addObservation(s, refusal(path, T0 + page * 100_000 + i)), state);
      state = leavePage(state, 1, `${APP}/${page + 1}`, T0 + page * 100_000 + 1_000, false);
    }
    expect(state.previous?.map((page) => page.pageUrl)).toEqual([`${APP}/5`, `${APP}/4`, `${APP}/3`]);
    expect(state.previous?.map((page) => page.records.length)).toEqual([
      MAX_EARLIER_RECORDS,
      MAX_EARLIER_RECORDS,
      MAX_EARLIER_RECORDS,
    ]);
    expect(state.previous?.[0]?.total).toBe(15);
  });

  it('nothing stored yet: just the new page', () => {
    expect(leavePage(undefined, 1, `${APP}/login`, T0, false)).toEqual(emptyTabState(1, `${APP}/login`));
  });
});

describe('addToLeftPage', () => {
  it('a refusal diagnosed after the tab left joins the page it happened on, as what led here', () => {
    const login = leavePage(emptyTabState(1, `${APP}/cart`), 1, `${APP}/login`, T0 + 500, false);
    const after = addToLeftPage(login, refusal('/me'), `${APP}/cart`, T0 + 500);
    expect(after.records).toEqual([]);
    expect(ledHere(after)).toMatchObject({ pageUrl: `${APP}/cart`, total: 1, leftAt: T0 + 500 });
    expect(badgeTotal(after)).toBe(1);
  });

  it('joins the entry the navigation already made for that page', () => {
    const login = leavePage(pageWith(`${APP}/cart`, ['/a']), 1, `${APP}/login`, T0 + 500, false);
    const after = addToLeftPage(login, refusal('/b'), `${APP}/cart`, T0 + 500);
    expect(after.previous).toHaveLength(1);
    expect(after.previous?.[0]?.records.map((record) => new URL(record.url).pathname)).toEqual(['/a', '/b']);
    expect(after.previous?.[0]?.total).toBe(2);
  });

  it('a refusal diagnosed after the tab moved on twice joins its own page, in the order the tab left them', () => {
    // A fast chain (a page that refuses, then replaces itself at once): /a's 401 is still being
    // diagnosed when the tab has left /a for /b and /b for /c. Found by the 500-navigation load test.
    const onB = leavePage(emptyTabState(1, `${APP}/a`), 1, `${APP}/b`, T0 + 100, false);
    const onC = leavePage(addObservation(onB, refusal('/b', T0 + 150)), 1, `${APP}/c`, T0 + 200, false);
    const after = addToLeftPage(onC, refusal('/a', T0 + 50), `${APP}/a`, T0 + 100);
    expect(after.previous?.map((page) => [page.pageUrl, page.ledHere])).toEqual([
      [`${APP}/b`, true],
      [`${APP}/a`, false],
    ]);
    expect(badgeTotal(after)).toBe(1);
  });
});
