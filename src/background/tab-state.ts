// Pure updates of one tab's stored state: dedupe, cap, reset on a new page.
import type { Diagnosis } from '../rules/types';
import { STORAGE_VERSION, type ObservationRecord, type TabState } from '../shared/storage-schema';

/** Distinct problems kept per page; the oldest (by last time seen) is dropped first. */
export const MAX_RECORDS_PER_TAB = 50;

export function emptyTabState(tabId: number, pageUrl: string): TabState {
  return { version: STORAGE_VERSION, tabId, pageUrl, total: 0, records: [] };
}

export function observationKey(method: string, url: string, diagnosis: Diagnosis): string {
  const cause = diagnosis.causes[0]?.id ?? 'unknown';
  return `${method} ${url} ${cause}`;
}

/** Adds one 401/407 to the tab's state: same method + URL + primary cause -> one record with a count. */
export function addObservation(state: TabState, diagnosis: Diagnosis, cap = MAX_RECORDS_PER_TAB): TabState {
  const { request, response } = diagnosis.facts;
  const key = observationKey(request.method, request.url, diagnosis);
  const at = request.startedAt;
  const existing = state.records.find((record) => record.key === key);
  const updated: ObservationRecord = existing
    ? { ...existing, count: existing.count + 1, lastAt: Math.max(existing.lastAt, at), diagnosis }
    : {
        key,
        url: request.url,
        method: request.method,
        status: response.status,
        resourceType: request.resourceType,
        count: 1,
        firstAt: at,
        lastAt: at,
        diagnosis,
      };
  const others = state.records.filter((record) => record.key !== key);
  const records = [...others, updated].sort((a, b) => a.lastAt - b.lastAt).slice(-cap);
  return { ...state, total: state.total + 1, records };
}
