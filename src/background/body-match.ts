// The refusals the worker observed in the last few seconds, kept so that a body excerpt reported by a
// content script can be attached to the one it belongs to. A body that matches nothing observed is
// dropped: a page can add words to a refusal the browser really saw, never invent one.
//
// Entries may hold secrets (the Exchange carries the request headers): memory only, never stored,
// bounded in number and age, and each is claimed at most once. Pure: time is passed in.

/** How long after the response headers a body may still arrive. */
export const BODY_WINDOW_MS = 10_000;
/** Entries kept at most; in a storm the oldest go first (their refusals keep the header-only diagnosis). */
export const MAX_RECENT_REFUSALS = 200;

export interface RefusalKey {
  tabId: number;
  /** URL as webRequest saw it. */
  url: string;
  method: string;
  status: number;
  /** The refusal was a page or frame document (its body is read from the document, not from fetch/XHR). */
  isDocument: boolean;
}

export interface BodyReport {
  tabId: number;
  url: string;
  method: string;
  status: number;
  isDocument: boolean;
}

interface Entry<T> {
  key: RefusalKey;
  seenAt: number;
  payload: T;
}

/** Fragments never reach the server; page and webRequest may disagree on keeping them. */
export function comparableUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

function matches(key: RefusalKey, report: BodyReport): boolean {
  if (key.tabId !== report.tabId || key.status !== report.status || key.isDocument !== report.isDocument) return false;
  if (comparableUrl(key.url) !== comparableUrl(report.url)) return false;
  // A document's method is not visible to the page (a form POST answered 401): URL and tab suffice.
  return report.isDocument || key.method.toUpperCase() === report.method.toUpperCase();
}

export class RecentRefusals<T> {
  private entries: Array<Entry<T>> = [];

  constructor(
    private readonly windowMs = BODY_WINDOW_MS,
    private readonly max = MAX_RECENT_REFUSALS,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  add(key: RefusalKey, payload: T, now: number): void {
    this.prune(now);
    if (this.entries.length >= this.max) this.entries.shift();
    this.entries.push({ key, seenAt: now, payload });
  }

  /** Takes the oldest unclaimed refusal the report fits (same tab, URL, method, status, kind, in time). */
  claim(report: BodyReport, now: number): T | undefined {
    this.prune(now);
    const index = this.entries.findIndex((entry) => matches(entry.key, report));
    if (index < 0) return undefined;
    const [entry] = this.entries.splice(index, 1);
    return entry?.payload;
  }

  forgetTab(tabId: number): void {
    this.entries = this.entries.filter((entry) => entry.key.tabId !== tabId);
  }

  private prune(now: number): void {
    let stale = 0;
    while (stale < this.entries.length && now - (this.entries[stale]?.seenAt ?? now) > this.windowMs) stale++;
    if (stale > 0) this.entries.splice(0, stale);
  }
}
