// Pure updates for a tab moving from one page to the next. The everyday 401 is followed by a
// navigation (`location.href = '/login'`, or a 302 to the login page): the refusals that caused it
// must survive the move, or the popup on the login page says nothing was refused.
import type { Diagnosis } from '../rules/types';
import type { EarlierPage, TabState } from '../shared/storage-schema';
import { addObservation, emptyTabState } from '../shared/tab-state';

/** A navigation this soon after the page's last refusal is taken to follow from it. */
export const LED_HERE_WINDOW_MS = 10_000;
/** Earlier pages kept per tab ("Earlier pages" in the popup). */
export const MAX_EARLIER_PAGES = 3;
/** Distinct problems kept per earlier page: the most recently seen. */
export const MAX_EARLIER_RECORDS = 10;

function lastRefusalAt(records: TabState['records']): number {
  return records.reduce((latest, record) => Math.max(latest, record.lastAt), Number.NEGATIVE_INFINITY);
}

function demoted(pages: readonly EarlierPage[] | undefined): EarlierPage[] {
  return (pages ?? []).map((page) => (page.ledHere ? { ...page, ledHere: false } : page));
}

/**
 * The state of the page the tab goes to at `at`. `redirect`: the same navigation moved on (a 302 hop):
 * what led to the first hop led to this one too. Otherwise the page left behind, if it had refusals,
 * becomes the first earlier page, marked `ledHere` when its last refusal is recent.
 */
export function leavePage(
  current: TabState | undefined,
  tabId: number,
  nextPageUrl: string,
  at: number,
  redirect: boolean,
): TabState {
  const next = emptyTabState(tabId, nextPageUrl);
  if (!current) return next;
  if (redirect) {
    // A hop has no refusals of its own (a 401 is never followed as a redirect); keep what led to it.
    return { ...next, previous: current.previous };
  }
  const earlier = demoted(current.previous);
  if (current.records.length > 0) {
    const left: EarlierPage = {
      pageUrl: current.pageUrl,
      total: current.total,
      records: current.records.slice(-MAX_EARLIER_RECORDS),
      leftAt: at,
      // A reload of the same page is not being sent somewhere: kept as history, not as the cause.
      ledHere: nextPageUrl !== current.pageUrl && at - lastRefusalAt(current.records) <= LED_HERE_WINDOW_MS,
    };
    earlier.unshift(left);
  }
  return { ...next, previous: earlier.slice(0, MAX_EARLIER_PAGES) };
}

/**
 * A refusal of the page the tab has just left, whose diagnosis finished after the navigation started
 * (the worker was still asking the cookie jar): it joins that page among the earlier ones, where it
 * counts as having led here. `leftPageUrl` names the page it happened on; `leftAt` when the tab left it.
 */
export function addToLeftPage(state: TabState, diagnosis: Diagnosis, leftPageUrl: string, leftAt: number): TabState {
  const pages = state.previous ?? [];
  // The navigation's time names the page it left; the URL may only be a guess (page-history callers).
  const index = pages.findIndex((page) => page.leftAt === leftAt);
  const page: EarlierPage = pages[index] ?? { pageUrl: leftPageUrl, total: 0, records: [], leftAt, ledHere: false };
  const added = addObservation(
    { ...emptyTabState(state.tabId, page.pageUrl), total: page.total, records: page.records },
    diagnosis,
    MAX_EARLIER_RECORDS,
  );
  const others = pages.filter((_, k) => k !== index);
  // Earlier pages stay in the order the tab left them, most recent first: a refusal whose diagnosis
  // finished after the tab had moved on twice (a fast chain of navigations) joins its own page there.
  const position = others.findIndex((other) => other.leftAt < leftAt);
  const at = position === -1 ? others.length : position;
  // Only the page the tab left last can have led here.
  const recent = at === 0 && leftAt - diagnosis.facts.request.startedAt <= LED_HERE_WINDOW_MS;
  const updated: EarlierPage = {
    ...page,
    total: added.total,
    records: added.records,
    ledHere: (page.ledHere && at === 0) || recent,
  };
  const rest = at === 0 ? demoted(others) : others;
  return { ...state, previous: [...rest.slice(0, at), updated, ...rest.slice(at)].slice(0, MAX_EARLIER_PAGES) };
}
