// Reads and writes each tab's state in storage.session, serialised through one queue. Refusals that
// arrive within BATCH_DELAY_MS of each other, or while a write is pending, join one batch, so a storm of
// 10,000 refusals costs a few hundred writes instead of 10,000, and a page retrying one request at a
// time a few: each write serialises the whole tab state (up to ~140 KB) and crosses to the browser
// process, then updates the badge.
import { browser } from '../shared/browser';
import { ledHere, tabKey, type TabState } from '../shared/storage-schema';
import { readItem, tabItem, writeItem } from '../shared/storage-items';
import type { Diagnosis } from '../rules/types';
import { createSerialQueue } from './serial-queue';
import { applyBadge } from './badge';
import { addToLeftPage, leavePage } from './page-history';
import { addObservation, replaceObservation } from '../shared/tab-state';

const enqueue = createSerialQueue((error) => console.error('why401: storage write failed', error));

interface Observation {
  diagnosis: Diagnosis;
  /** The refusal is the page itself (a navigation answered 401): the tab's state is that page's. */
  isPage: boolean;
  currentPageUrl: (diagnosis: Diagnosis) => Promise<string>;
}

/**
 * Makes a refusal's diagnosis when its batch is written, not when it is observed: by then the page has
 * usually reported the body, so one diagnose() call files it (body-attach.ts re-files the few later).
 */
export type Diagnose = () => Diagnosis;

/** One change to a tab's state, applied in order inside a batch. */
type Step = (state: TabState | undefined) => Promise<TabState | undefined>;

/**
 * How long a batch stays open for more refusals before it is written. Short enough that the badge and
 * an open popup follow at once to the eye; long enough that a page's burst of refusals is one write.
 */
const BATCH_DELAY_MS = 50;
/**
 * A tab written within the last BUSY_MS is being refused again and again (a page retrying, polling):
 * its batches stay open longer, since each write re-serialises the whole tab and updates the badge
 * (bench: ~2 ms of CPU per write for a full tab, browser and worker together).
 */
const BUSY_MS = 1_000;
const BUSY_BATCH_DELAY_MS = 200;

interface Batch {
  steps: Step[];
  flushed: Promise<void>;
  /** Shared by the tab's batches; `closed` once the tab closes, voiding every batch not yet written. */
  tab: TabBatches;
}

interface TabBatches {
  closed: boolean;
  /** When the tab was last written. */
  writtenAt?: number;
  /** When the tab's latest batch is due: a later batch is never due before it. */
  due?: number;
}

/** Per tab, the batch still open to new steps; its write is scheduled. */
const openBatches = new Map<number, Batch>();
/** Per open tab, what its batches share (a navigation closes a batch early; all wait for their write). */
const tabs = new Map<number, TabBatches>();
/**
 * The state last written (or read) for one tab, so the tab being refused now is not read back before
 * each of its writes: reading a full tab's ~140 KB of JSON and parsing it cost about what the write did.
 * Only this queue writes tab states; a restarted worker starts without it and reads.
 */
let written: { tabId: number; state: TabState | undefined } | undefined;

/** Voids the tab's unwritten batches, open or closed: what they hold belongs to a tab that is gone. */
function cancelBatches(tabId: number): void {
  const tab = tabs.get(tabId);
  if (tab) tab.closed = true;
  tabs.delete(tabId);
  openBatches.delete(tabId);
}

export async function readTab(tabId: number): Promise<TabState | undefined> {
  return readItem(browser.storage.session, tabItem(tabId));
}

async function apply(tabId: number, current: TabState | undefined, observation: Observation): Promise<TabState> {
  const { diagnosis } = observation;
  const pageUrl = observation.isPage ? diagnosis.facts.request.url : undefined;
  const samePage = current && (pageUrl === undefined || current.pageUrl === pageUrl);
  // A page answered 401 whose navigation the worker did not see (it started after): leave the old page.
  const base = samePage
    ? current
    : leavePage(
        current,
        tabId,
        pageUrl ?? (await observation.currentPageUrl(diagnosis)),
        diagnosis.facts.request.startedAt,
        false,
      );
  return addObservation(base, diagnosis);
}

function enqueueStep(tabId: number, step: Step, last = false): Promise<void> {
  const open = openBatches.get(tabId);
  if (open) {
    open.steps.push(step);
    // The batch ends here: later steps start the next one, written after this one.
    if (last) openBatches.delete(tabId);
    return open.flushed;
  }
  const tab = tabs.get(tabId) ?? { closed: false };
  tabs.set(tabId, tab);
  const batch: Batch = { steps: [step], flushed: Promise.resolve(), tab };
  if (!last) openBatches.set(tabId, batch);
  const write = async (): Promise<void> => {
    // From here on, new steps start the next batch (queued after this write).
    if (openBatches.get(tabId) === batch) openBatches.delete(tabId);
    if (tab.closed) return;
    const initial = written?.tabId === tabId ? written.state : await readTab(tabId);
    written = { tabId, state: initial };
    let state = initial;
    for (const next of batch.steps) state = await next(state);
    if (!state || state === initial) return;
    await writeItem(browser.storage.session, tabItem(tabId), state);
    written = { tabId, state };
    tab.writtenAt = Date.now();
    await applyBadge(tabId, state);
  };
  // Batches are written in the order they began: none is due before the one begun before it.
  const now = Date.now();
  const busy = now - (tab.writtenAt ?? -BUSY_MS) < BUSY_MS;
  const due = Math.max(now + (busy ? BUSY_BATCH_DELAY_MS : BATCH_DELAY_MS), tab.due ?? 0);
  tab.due = due;
  batch.flushed = new Promise<void>((resolve) => setTimeout(resolve, due - now)).then(() => enqueue(write));
  return batch.flushed;
}

/**
 * Records a 401/407 on the tab's current page, diagnosed when its batch is written. `isPage`: a page
 * navigation (the 401 is the page itself); sub-resources join whatever page the tab shows, found by
 * `currentPageUrl` only when nothing is stored yet (the worker may have started after the page).
 */
export function recordDiagnosis(
  tabId: number,
  diagnose: Diagnose,
  isPage: boolean,
  currentPageUrl: (diagnosis: Diagnosis) => Promise<string>,
): Promise<void> {
  return enqueueStep(tabId, (state) => apply(tabId, state, { diagnosis: diagnose(), isPage, currentPageUrl }));
}

/**
 * Re-files one recorded refusal under its fuller diagnosis (its body arrived). Runs in the same queue,
 * after the write that recorded it; a no-op when the tab has moved on to another page.
 */
export function replaceDiagnosis(tabId: number, before: Diagnosis, after: Diagnosis): Promise<void> {
  return enqueueStep(tabId, async (state) => state && replaceObservation(state, before, after));
}

/**
 * Refusals of the page the tab has just left that were still being diagnosed when it left: filed with
 * that page among the earlier ones (`leftPageUrl`, left at `leftAt`), never under the new page.
 */
export function recordLeftPageDiagnosis(
  tabId: number,
  diagnose: Diagnose,
  leftPageUrl: (diagnosis: Diagnosis) => string,
  leftAt: number,
): Promise<void> {
  return enqueueStep(tabId, async (state) => {
    if (!state) return state;
    const diagnosis = diagnose();
    return addToLeftPage(state, diagnosis, leftPageUrl(diagnosis), leftAt);
  });
}

/**
 * The tab navigates to `pageUrl` at `at`: a new page starts with no records of its own, and the page
 * left behind moves to the earlier pages (page-history.ts). Refusals seen before this call, even those
 * still waiting in an open batch, belong to the page left; those seen after, to the new page.
 * `redirect`: another hop of the same navigation.
 */
export function resetTab(tabId: number, pageUrl: string, at: number, redirect = false): Promise<void> {
  return enqueueStep(
    tabId,
    async (current) => {
      if (current && current.pageUrl === pageUrl && current.records.length === 0 && !ledHere(current)) return current;
      return leavePage(current, tabId, pageUrl, at, redirect);
    },
    true,
  );
}

export function forgetTab(tabId: number): Promise<void> {
  cancelBatches(tabId);
  return enqueue(() => {
    if (written?.tabId === tabId) written = undefined;
    return browser.storage.session.remove(tabKey(tabId));
  });
}
