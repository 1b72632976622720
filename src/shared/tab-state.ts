// Pure updates of one tab's stored state: dedupe, cap, reset on a new page.
import type { Diagnosis } from '../rules/types';
import { STORAGE_VERSION, type ObservationRecord, type TabState } from './storage-schema';

/** Distinct problems kept per page; the oldest (by last time seen) is dropped first. */
export const MAX_RECORDS_PER_TAB = 50;

export function emptyTabState(tabId: number, pageUrl: string): TabState {
  return { version: STORAGE_VERSION, tabId, pageUrl, total: 0, records: [] };
}

export function observationKey(method: string, url: string, diagnosis: Diagnosis): string {
  const cause = diagnosis.causes[0]?.id ?? 'unknown';
  return `${method} ${url} ${cause}`;
}

/** The record of a refusal seen once, filed under `key` (every host that lists refusals makes them so). */
export function firstObservation(key: string, diagnosis: Diagnosis): ObservationRecord {
  const { request, response } = diagnosis.facts;
  return {
    key,
    url: request.url,
    method: request.method,
    status: response.status,
    resourceType: request.resourceType,
    count: 1,
    firstAt: request.startedAt,
    lastAt: request.startedAt,
    diagnosis,
  };
}

/** Adds one 401/407 to the tab's state: same method + URL + primary cause -> one record with a count. */
export function addObservation(state: TabState, diagnosis: Diagnosis, cap = MAX_RECORDS_PER_TAB): TabState {
  const { request } = diagnosis.facts;
  const key = observationKey(request.method, request.url, diagnosis);
  const at = request.startedAt;
  const existing = state.records.find((record) => record.key === key);
  const updated: ObservationRecord = existing
    ? { ...existing, count: existing.count + 1, lastAt: Math.max(existing.lastAt, at), diagnosis }
    : firstObservation(key, diagnosis);
  const others = state.records.filter((record) => record.key !== key);
  const records = [...others, updated].sort((a, b) => a.lastAt - b.lastAt).slice(-cap);
  return { ...state, total: state.total + 1, records };
}

/**
 * One observation already counted under `before` turns out to be `after` (its body arrived and told
 * more). Moves that one count: the total stays, `before`'s record loses one (and goes when it reaches
 * zero), `after`'s record gains one. Returns `state` itself when `before` is no longer stored (the page
 * changed or the record was capped away): a late body never resurrects a forgotten refusal.
 */
export function replaceObservation(
  state: TabState,
  before: Diagnosis,
  after: Diagnosis,
  cap = MAX_RECORDS_PER_TAB,
): TabState {
  const { request } = before.facts;
  const beforeKey = observationKey(request.method, request.url, before);
  const existing = state.records.find((record) => record.key === beforeKey);
  if (!existing) return state;
  const afterKey = observationKey(after.facts.request.method, after.facts.request.url, after);
  if (afterKey === beforeKey) {
    return {
      ...state,
      records: state.records.map((record) => (record === existing ? { ...record, diagnosis: after } : record)),
    };
  }
  const remaining =
    existing.count > 1
      ? state.records.map((record) => (record === existing ? { ...record, count: record.count - 1 } : record))
      : state.records.filter((record) => record !== existing);
  // addObservation counts one more refusal; this one was already counted.
  const added = addObservation({ ...state, records: remaining }, after, cap);
  return { ...added, total: state.total };
}
