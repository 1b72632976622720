// Per origin, the last successful response, so a later 401 can be told apart as "session lapsed"
// (2xx before) or "another server answered" (different IP or Server header). Kept in memory for speed,
// persisted to storage.session in batches so a restarted worker still knows; bounded in size.
import type { EarlierResponse } from '../rules/types';
import { browser } from '../shared/browser';
import { SITES_ITEM, readItem, writeItem } from '../shared/storage-items';

const MAX_ORIGINS = 200;
const FLUSH_DELAY_MS = 1_000;

/** Keyed by origin; `undefined` holds URLs without one (never looked up for a refusal that has one). */
type Sites = Map<string | undefined, EarlierResponse>;
let sites: Sites | undefined;
let loading: Promise<Sites> | undefined;
let flushTimer: ReturnType<typeof setTimeout> | undefined;

function load(): Promise<Sites> {
  if (sites) return Promise.resolve(sites);
  loading ??= readItem(browser.storage.session, SITES_ITEM).then((entries) => {
    // Successes noted while loading win over the stored ones.
    sites = new Map([...entries, ...(sites ?? [])]);
    return sites;
  });
  return loading;
}

function scheduleFlush(): void {
  if (flushTimer !== undefined) return;
  flushTimer = setTimeout(() => {
    flushTimer = undefined;
    void load().then((all) => writeItem(browser.storage.session, SITES_ITEM, [...all.entries()]));
  }, FLUSH_DELAY_MS);
}

function remember(origin: string | undefined, success: EarlierResponse): void {
  sites ??= new Map();
  sites.delete(origin); // re-insert: Map order is our LRU order
  sites.set(origin, success);
  if (sites.size > MAX_ORIGINS) {
    const oldest = sites.keys().next().value;
    if (oldest !== undefined) sites.delete(oldest);
  }
  scheduleFlush();
}

export function noteSuccess(origin: string | undefined, success: EarlierResponse): void {
  const previous = sites?.get(origin);
  // Keep the IP learnt from the page load when a later API call on the same origin carries none.
  remember(origin, previous?.serverIp && !success.serverIp ? { ...success, serverIp: previous.serverIp } : success);
}

/** `redactedUrl` is the page's URL as history keeps it (redacted). */
export function noteServerIp(origin: string | undefined, redactedUrl: string, ip: string): void {
  const previous = sites?.get(origin);
  if (previous && previous.url === redactedUrl) remember(origin, { ...previous, serverIp: ip });
}

export async function lastSuccessFor(origin: string | undefined): Promise<EarlierResponse | undefined> {
  return (await load()).get(origin);
}
