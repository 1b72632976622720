// Reads and writes each tab's state in storage.session, serialised through one queue.
import { browser } from '../shared/browser';
import { isTabState, tabKey, type TabState } from '../shared/storage-schema';
import type { Diagnosis } from '../rules/types';
import { createSerialQueue } from './serial-queue';
import { applyBadge } from './badge';
import { addObservation, emptyTabState } from './tab-state';

const enqueue = createSerialQueue((error) => console.error('why401: storage write failed', error));

export async function readTab(tabId: number): Promise<TabState | undefined> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  const value: unknown = stored[key];
  return isTabState(value) ? value : undefined;
}

/**
 * Records a diagnosed 401/407 on the tab's current page. `pageUrl` is given for a page navigation (the
 * 401 is the page itself); sub-resources join whatever page the tab shows, found by `currentPageUrl`
 * only when nothing is stored yet (the worker may have started after the page).
 */
export function recordDiagnosis(
  tabId: number,
  diagnosis: Diagnosis,
  pageUrl: string | undefined,
  currentPageUrl: () => Promise<string>,
): Promise<void> {
  return enqueue(async () => {
    const current = await readTab(tabId);
    const samePage = current && (pageUrl === undefined || current.pageUrl === pageUrl);
    const base = samePage ? current : emptyTabState(tabId, pageUrl ?? (await currentPageUrl()));
    const next = addObservation(base, diagnosis);
    await browser.storage.session.set({ [tabKey(tabId)]: next });
    await applyBadge(tabId, next);
  });
}

/** A new page starts with no records. */
export function resetTab(tabId: number, pageUrl: string): Promise<void> {
  return enqueue(async () => {
    const current = await readTab(tabId);
    if (current && current.pageUrl === pageUrl && current.records.length === 0) return;
    await browser.storage.session.set({ [tabKey(tabId)]: emptyTabState(tabId, pageUrl) });
    await applyBadge(tabId, undefined);
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return enqueue(() => browser.storage.session.remove(tabKey(tabId)));
}
