// "Look closer" (src/shared/look-closer.ts): on the popup's request, listen to one tab with
// `extraHeaders` for one reload, record what Chrome otherwise hides, and remove the listeners when done.
//
// Its state is persisted (the tab, the deadline, what it saw) because the worker may stop at any moment:
// the listeners die with the worker, so a stopped worker costs nothing, and a worker woken while the look
// is still due registers them again (resumeLookCloser) before anything else reads storage.
import { browser, type Tabs } from '../shared/browser';
import {
  LOOK_CLOSER_MAX_MS,
  LOOK_CLOSER_SETTLE_MS,
  MAX_SIGHTINGS,
  isLooking,
  type LookCloserSession,
  type LookCloserSessions,
  type LookEndReason,
  type Sighting,
} from '../shared/look-closer';
import { LOOK_CLOSER_ITEM, readItem, writeItem } from '../shared/storage-items';
import { markLookingCloser } from './closer-tabs';
import { observeResponse, observeSentHeaders, type RequestDetails } from './observe-requests';
import type { ResponseDetails } from './exchange-from-details';
import { takeRequestHeaders } from './pending-requests';
import { createSerialQueue } from './serial-queue';
import { sightingOf } from './sightings';

/** Chrome alone has `extraHeaders`; Firefox shows Cookie headers and preflights without it. */
export function lookCloserAvailable(): boolean {
  const options = (browser.webRequest as unknown as { OnSendHeadersOptions?: { EXTRA_HEADERS?: string } })
    .OnSendHeadersOptions;
  return typeof options?.EXTRA_HEADERS === 'string';
}

interface Listening {
  send: (details: RequestDetails) => void;
  headers: (details: ResponseDetails & RequestDetails) => void;
  settleTimer?: ReturnType<typeof setTimeout>;
  deadlineTimer: ReturnType<typeof setTimeout>;
}

/** The tabs listened to by this worker instance, with what it must remove. */
const listening = new Map<number, Listening>();
const enqueue = createSerialQueue((error) => console.error('why401: look closer state failed', error));

async function update(
  tabId: number,
  change: (session: LookCloserSession | undefined) => LookCloserSession | undefined,
): Promise<void> {
  await enqueue(async () => {
    const sessions = await readItem(browser.storage.session, LOOK_CLOSER_ITEM);
    const next = change(sessions[tabId]);
    if (next === sessions[tabId]) return;
    const { [String(tabId)]: _old, ...others } = sessions;
    await writeItem(browser.storage.session, LOOK_CLOSER_ITEM, next ? { ...others, [String(tabId)]: next } : others);
  });
}

function addSighting(session: LookCloserSession, sighting: Sighting): LookCloserSession {
  if (session.sightings.length >= MAX_SIGHTINGS) return { ...session, moreSightings: session.moreSightings + 1 };
  return { ...session, sightings: [...session.sightings, sighting] };
}

/** Removes the tab's listeners; undefined when this worker had none. */
function stopListening(tabId: number): void {
  const current = listening.get(tabId);
  if (!current) return;
  browser.webRequest.onSendHeaders.removeListener(current.send);
  browser.webRequest.onHeadersReceived.removeListener(current.headers);
  clearTimeout(current.settleTimer);
  clearTimeout(current.deadlineTimer);
  listening.delete(tabId);
  markLookingCloser(tabId, false);
}

export function endLook(tabId: number, reason: LookEndReason, at = Date.now()): Promise<void> {
  stopListening(tabId);
  return update(tabId, (session) =>
    session && session.endedAt === undefined ? { ...session, endedAt: at, endReason: reason } : session,
  );
}

/** Quiet for LOOK_CLOSER_SETTLE_MS after the load event: the page has settled. */
function armSettle(tabId: number): void {
  const current = listening.get(tabId);
  if (!current) return;
  clearTimeout(current.settleTimer);
  current.settleTimer = setTimeout(() => void endLook(tabId, 'settled'), LOOK_CLOSER_SETTLE_MS);
}

function listen(session: LookCloserSession): void {
  const { tabId } = session;
  stopListening(tabId);
  const filter = { urls: ['<all_urls>'], tabId };
  const send = (details: RequestDetails): void => observeSentHeaders(details);
  const headers = (details: ResponseDetails & RequestDetails): void => {
    const sighting = sightingOf({
      url: details.url,
      method: details.method,
      statusCode: details.statusCode,
      requestHeaders: takeRequestHeaders(details.requestId),
      responseHeaders: details.responseHeaders,
    });
    observeResponse(details, true);
    if (sighting)
      void update(tabId, (current) =>
        current && current.endedAt === undefined ? addSighting(current, sighting) : current,
      );
    if (listening.get(tabId)?.settleTimer !== undefined) armSettle(tabId);
  };
  browser.webRequest.onSendHeaders.addListener(send, filter, ['requestHeaders', 'extraHeaders']);
  browser.webRequest.onHeadersReceived.addListener(headers, filter, ['responseHeaders', 'extraHeaders']);
  const deadlineTimer = setTimeout(() => void endLook(tabId, 'deadline'), Math.max(0, session.deadline - Date.now()));
  listening.set(tabId, { send, headers, deadlineTimer });
  markLookingCloser(tabId, true);
  if (session.loadedAt !== undefined) armSettle(tabId);
}

/** The popup's "Look closer": listen to the tab with extraHeaders, then reload it bypassing the cache. */
export async function startLookCloser(
  tabId: number,
  now = Date.now(),
): Promise<{ ok: true; deadline: number } | { ok: false; error: string }> {
  if (!lookCloserAvailable()) return { ok: false, error: 'extraHeaders is not available in this browser' };
  const session: LookCloserSession = {
    tabId,
    startedAt: now,
    deadline: now + LOOK_CLOSER_MAX_MS,
    sightings: [],
    moreSightings: 0,
  };
  await update(tabId, () => session);
  listen(session);
  await browser.tabs.reload(tabId, { bypassCache: true });
  return { ok: true, deadline: session.deadline };
}

/**
 * A main-frame request on a tab under a look: the first is the reload the look started (its redirect
 * hops keep the request id); any other navigation ends the look.
 */
export function lookCloserNavigation(details: { tabId: number; requestId: string }): void {
  if (!listening.has(details.tabId)) return;
  void readItem(browser.storage.session, LOOK_CLOSER_ITEM).then((sessions) => {
    const session = sessions[details.tabId];
    if (!session || session.endedAt !== undefined) return undefined;
    if (session.reloadRequestId === undefined)
      return update(details.tabId, (current) => current && { ...current, reloadRequestId: details.requestId });
    if (session.reloadRequestId !== details.requestId) return endLook(details.tabId, 'navigated');
    return undefined;
  });
}

/** The reloaded page fired its load event: from now on, a quiet spell ends the look. */
export function lookCloserTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): void {
  if (change.status !== 'complete' || !listening.has(tabId)) return;
  const at = Date.now();
  armSettle(tabId);
  void update(tabId, (session) =>
    session && session.endedAt === undefined && session.reloadRequestId !== undefined
      ? { ...session, loadedAt: at }
      : session,
  );
}

/** The tab closed: its look (and what it saw) goes with it. */
export function forgetLookCloser(tabId: number): Promise<void> {
  stopListening(tabId);
  return update(tabId, () => undefined);
}

/**
 * On every worker start: a look still due is listened to again; one whose time passed (its deadline,
 * or its settle time after the load) is closed. Nothing stored: one small read.
 */
export async function resumeLookCloser(now = Date.now()): Promise<void> {
  const sessions: LookCloserSessions = await readItem(browser.storage.session, LOOK_CLOSER_ITEM);
  for (const session of Object.values(sessions)) {
    if (session.endedAt !== undefined) continue;
    if (!isLooking(session, now)) await endLook(session.tabId, 'deadline', session.deadline);
    else if (session.loadedAt !== undefined && now - session.loadedAt > LOOK_CLOSER_SETTLE_MS)
      await endLook(session.tabId, 'settled', now);
    else listen(session);
  }
}
