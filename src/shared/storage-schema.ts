// The storage contract between the background worker (writer) and the popup (reader).
// One key per tab in `storage.session` (its JSON text: storage-items.ts); bump STORAGE_VERSION when a record's shape changes
// incompatibly (an added optional field is read as absent by older code and needs no bump).
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

/** The refusals of a page the tab has left. */
export interface EarlierPage {
  /** Redacted like every stored URL. */
  pageUrl: string;
  total: number;
  records: ObservationRecord[];
  /** When the tab left it (the next navigation's time), epoch ms. */
  leftAt: number;
  /**
   * These refusals led to the page the tab shows now: the tab left within seconds of the last one
   * (the everyday "401, then `location.href = '/login'`"), or a redirect chain followed. Only the first
   * earlier page can have led here.
   */
  ledHere: boolean;
}

export interface TabState {
  version: typeof STORAGE_VERSION;
  tabId: number;
  /** The page these records belong to; a navigation to another page moves them to `previous`. */
  pageUrl: string;
  /** Total 401/407 responses seen on this page (records dedupe them). */
  total: number;
  records: ObservationRecord[];
  /** Earlier pages of this tab that had refusals, most recent first, capped. Absent: none. */
  previous?: EarlierPage[];
}

export function tabKey(tabId: number): string {
  return `tab:${tabId}`;
}

export function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<TabState>;
  return state.version === STORAGE_VERSION && typeof state.tabId === 'number' && Array.isArray(state.records);
}

/** The earlier page whose refusals sent the visitor here, if any. */
export function ledHere(state: TabState): EarlierPage | undefined {
  const first = state.previous?.[0];
  return first?.ledHere ? first : undefined;
}

/** What the badge counts: this page's refusals and those that led to it. */
export function badgeTotal(state: TabState): number {
  return state.total + (ledHere(state)?.total ?? 0);
}
