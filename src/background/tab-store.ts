// Reads and writes each tab's state in storage.session, serialised through one queue. Refusals that
// arrive while a write is pending join one batch, so a storm of 10,000 refusals costs a few hundred
// writes instead of 10,000 (each write serialises the whole tab state).
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

/** Per tab, the batch still open to new steps; its flush is already queued. */
const openBatches = new Map<number, { steps: Step[]; flushed: Promise<void> }>();

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
  const batch = { steps: [step], flushed: Promise.resolve() };
  openBatches.set(tabId, batch);
  batch.flushed = enqueue(async () => {
    // From here on, new steps start the next batch (queued after this write).
    if (openBatches.get(tabId) === batch) openBatches.delete(tabId);
    const initial = await readTab(tabId);
    let state = initial;
    for (const next of batch.steps) state = await next(state);
    if (!state || state === initial) return;
    await browser.storage.session.set({ [tabKey(tabId)]: state });
    await applyBadge(tabId, state);
  });
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
  openBatches.delete(tabId);
  return enqueue(async () => {
    const current = await readTab(tabId);
    if (current && current.pageUrl === pageUrl && current.records.length === 0) return;
    await browser.storage.session.set({ [tabKey(tabId)]: emptyTabState(tabId, pageUrl) });
    await applyBadge(tabId, undefined);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  openBatches.delete(tabId);
  return enqueue(() => browser.storage.session.remove(tabKey(tabId)));
}
