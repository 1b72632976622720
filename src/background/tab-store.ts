// Reads and writes each tab's state in storage.session, serialised through one queue. Refusals that
// arrive within BATCH_DELAY_MS of each other, or while a write is pending, join one batch, so a storm of
// 10,000 refusals costs a few hundred writes instead of 10,000, and a page retrying one request at a
// time a few: each write serialises the whole tab state (up to ~140 KB) and crosses to the browser
// process, then updates the badge.
import { browser } from '../shared/browser';
import { isTabState, tabKey, type TabState } from '../shared/storage-schema';
import type { Diagnosis } from '../rules/types';
import { createSerialQueue } from './serial-queue';
import { applyBadge } from './badge';
import { addObservation, emptyTabState, replaceObservation } from './tab-state';

const enqueue = createSerialQueue((error) => console.error('why401: storage write failed', error));

interface Observation {
  diagnosis: Diagnosis;
  pageUrl: string | undefined;
  currentPageUrl: () => Promise<string>;
}

/** One change to a tab's state, applied in order inside a batch. */
type Step = (state: TabState | undefined) => Promise<TabState | undefined>;

/**
 * How long a batch stays open for more refusals before it is written. Short enough that the badge and
 * an open popup follow at once to the eye; long enough that a page's burst of refusals is one write.
 */
const BATCH_DELAY_MS = 50;

interface Batch {
  steps: Step[];
  flushed: Promise<void>;
  /** The tab moved to another page or closed before the batch was written: its steps are void. */
  cancelled: boolean;
}

/** Per tab, the batch still open to new steps; its write is scheduled. */
const openBatches = new Map<number, Batch>();

/** Voids the tab's open batch: what it holds belongs to a page that is gone. */
function cancelOpenBatch(tabId: number): void {
  const open = openBatches.get(tabId);
  if (open) open.cancelled = true;
  openBatches.delete(tabId);
}

export async function readTab(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const value: unknown = stored[key];
  return isTabState(value) ? value : undefined;
}

async function apply(tabId: number, current: TabState | undefined, observation: Observation): Promise<TabState> {
  const samePage = current && (observation.pageUrl === undefined || current.pageUrl === observation.pageUrl);
  const base = samePage ? current : emptyTabState(tabId, observation.pageUrl ?? (await observation.currentPageUrl()));
  return addObservation(base, observation.diagnosis);
}

function enqueueStep(tabId: number, step: Step): Promise<void> {
  const open = openBatches.get(tabId);
  if (open) {
    open.steps.push(step);
    return open.flushed;
  }
  const batch: Batch = { steps: [step], flushed: Promise.resolve(), cancelled: false };
  openBatches.set(tabId, batch);
  const write = async (): Promise<void> => {
    // From here on, new steps start the next batch (queued after this write).
    if (openBatches.get(tabId) === batch) openBatches.delete(tabId);
    if (batch.cancelled) return;
    const initial = await readTab(tabId);
    let state = initial;
    for (const next of batch.steps) state = await next(state);
    if (!state || state === initial) return;
    await browser.storage.session.set({ [tabKey(tabId)]: state });
    await applyBadge(tabId, state);
  };
  batch.flushed = new Promise<void>((resolve) => setTimeout(resolve, BATCH_DELAY_MS)).then(() => enqueue(write));
  return batch.flushed;
}

/**
 * Records a diagnosed 401/407 on the tab's current page. `pageUrl` is given for a page navigation (the
 * 401 is the page itself); sub-resources join whatever page the tab shows, found by `currentPageUrl`
 * only when nothing is stored yet (the worker may have started after the page).
 */
export function recordDiagnosis(tabId: number, diagnosis: Diagnosis, pageUrl: string | undefined, currentPageUrl: () => Promise<string>): Promise<void> {
  return enqueueStep(tabId, (state) => apply(tabId, state, { diagnosis, pageUrl, currentPageUrl }));
}

/**
 * Re-files one recorded refusal under its fuller diagnosis (its body arrived). Runs in the same queue,
 * after the write that recorded it; a no-op when the tab has moved on to another page.
 */
export function replaceDiagnosis(tabId: number, before: Diagnosis, after: Diagnosis): Promise<void> {
  return enqueueStep(tabId, async (state) => state && replaceObservation(state, before, after));
}

/** A new page starts with no records. Refusals seen after this call belong to the new page. */
export function resetTab(tabId: number, pageUrl: string): Promise<void> {
  cancelOpenBatch(tabId);
  return enqueue(async () => {
    const current = await readTab(tabId);
    if (current && current.pageUrl === pageUrl && current.records.length === 0) return;
    await browser.storage.session.set({ [tabKey(tabId)]: emptyTabState(tabId, pageUrl) });
    await applyBadge(tabId, undefined);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  cancelOpenBatch(tabId);
  return enqueue(() => browser.storage.session.remove(tabKey(tabId)));
}
