// The storage contract between the background worker (writer) and the popup (reader).
// One key per tab in `storage.session`; bump STORAGE_VERSION when a record's shape changes.
import type { Diagnosis, ResourceType } from '../rules/types';

export const STORAGE_VERSION = 1;

/** One distinct problem on a page: same URL and same primary cause, with a count. */
export interface ObservationRecord {
  /** Dedupe key: method, URL and primary cause. */
  key: string;
  url: string;
  method: string;
  status: number;
  resourceType: ResourceType;
  count: number;
  firstAt: number;
  lastAt: number;
  diagnosis: Diagnosis;
}

export interface TabState {
  version: typeof STORAGE_VERSION;
  tabId: number;
  /** The page these records belong to; a navigation to another page resets them. */
  pageUrl: string;
  /** Total 401/407 responses seen on this page (records dedupe them). */
  total: number;
  records: ObservationRecord[];
}

export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<TabState>;
  return state.version === STORAGE_VERSION && typeof state.tabId === 'number' && Array.isArray(state.records);
}
