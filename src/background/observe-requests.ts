// webRequest handlers. For a request that is neither a 401/407 nor a success worth remembering they do
// a few property reads and return; Facts, diagnose() and storage run only for 401/407.
import { earlierResponse, findApiKeys, firstHeader, hasHeader, loginPromptMayHaveAnswered, redactUrl } from '../rules';
import type { DiagnoseContext, Diagnosis, Exchange, RequestSide, SentCredentials } from '../rules/types';
import { browser, type Tabs } from '../shared/browser';
import { applyBadge } from './badge';
import { diagnoseOnce, expectBody, type PreparedRefusal } from './body-attach';
import { cookiesForUrl, withInferredCookies } from './cookie-context';
import { exchangeFromDetails, headerList, type ResponseDetails } from './exchange-from-details';
import { forgetRequest, rememberRequestHeaders, takeRequestHeaders, type RawHeader } from './pending-requests';
import { blockedByCors, blockedDiagnosis, noteAnswered, originOf, type BlockedDetails } from './cors-blocked';
import { lookingCloser } from './closer-tabs';
import { cookieHeaderVisible, isFirefox } from './platform';
import { lastSuccessFor, noteServerIp, noteSuccess } from './site-history';
import { pullCredentials } from './pull-credentials';
import { MAX_EARLIER_PAGES } from './page-history';
import { readTab, recordDiagnosis, recordLeftPageDiagnosis, resetTab, type Diagnose } from './tab-store';

export interface RequestDetails {
  requestId: string;
  tabId: number;
  /** The frame that made the request (0: the tab's top document); optional so unit tests may leave it out. */
  frameId?: number;
  type: string;
  url: string;
  requestHeaders?: RawHeader[];
  /** Epoch ms; always set by browsers, optional so unit tests may leave it out. */
  timeStamp?: number;
}

/** A tab's current page as the handlers saw its navigation start. */
interface PageVisit {
  /** How many navigations the tab has started: a refusal remembers the one it arrived under. */
  epoch: number;
  /** Redacted URL of the page (the last hop of a redirect chain). */
  url: string;
  /** The navigation's request id: a redirect hop keeps it (webRequest requestIds survive redirects). */
  requestId: string;
  /** When the navigation started, i.e. when the tab left the page before. */
  at: number;
}

/** Status of each tab's top-level page, for "401 on a static asset of a page that loaded". */
const pageStatus = new Map<number, number>();
/**
 * Per tab, the page visit in progress: a refusal remembers the visit it arrived under, so one that is
 * still being diagnosed when the tab moves on (the everyday "401, then off to /login") is filed with the
 * page it happened on, among the earlier pages, not under the next page. Lost with the worker, which
 * only makes a restarted worker file such a late refusal under a page URL it guesses from the request.
 */
const visits = new Map<number, PageVisit>();
/**
 * Per tab, when each of its last few visits started (the time the tab left the page before it), so a
 * refusal still being diagnosed after the tab moved on twice or more is filed with its own page.
 */
const visitStarts = new Map<number, Array<Pick<PageVisit, 'epoch' | 'at'>>>();
/** As many visits as a tab keeps earlier pages, plus the current one. */
const KEPT_VISIT_STARTS = MAX_EARLIER_PAGES + 1;

/** Types whose successes tell us the site accepted the visitor: documents and API calls. */
const REMEMBERED_TYPES = new Set(['main_frame', 'sub_frame', 'xmlhttprequest']);

/** The everyday listener; a tab under "Look closer" is heard by its extraHeaders listener instead. */
export function onSendHeaders(details: RequestDetails): void {
  if (lookingCloser(details.tabId)) return;
  observeSentHeaders(details);
}

export function observeSentHeaders(details: RequestDetails): void {
  if (details.tabId < 0) return;
  rememberRequestHeaders(details.requestId, details.requestHeaders);
}

export function onBeforeNavigation(details: RequestDetails): void {
  if (details.tabId < 0) return;
  pageStatus.delete(details.tabId);
  const before = visits.get(details.tabId);
  // Stored page URLs are redacted like everything else (a query can carry a token).
  const url = redactUrl(details.url);
  // A 302 hop of the same navigation (same request id): the same visit, now heading elsewhere.
  const redirect = before?.requestId === details.requestId;
  const visit: PageVisit = redirect
    ? { ...before, url }
    : { epoch: (before?.epoch ?? 0) + 1, url, requestId: details.requestId, at: details.timeStamp ?? Date.now() };
  visits.set(details.tabId, visit);
  if (!redirect)
    visitStarts.set(
      details.tabId,
      [{ epoch: visit.epoch, at: visit.at }, ...(visitStarts.get(details.tabId) ?? [])].slice(0, KEPT_VISIT_STARTS),
    );
  void resetTab(details.tabId, url, visit.at, redirect);
}

export function onMainFrameStarted(details: RequestDetails & { ip?: string; statusCode: number }): void {
  if (details.tabId < 0) return;
  pageStatus.set(details.tabId, details.statusCode);
  if (details.ip) noteServerIp(originOf(details.url) ?? '', redactUrl(details.url), details.ip);
}

/** The tab is closed: drop what the handlers kept about its page. */
export function forgetTabPage(tabId: number): void {
  pageStatus.delete(tabId);
  visits.delete(tabId);
  visitStarts.delete(tabId);
}

export function onRequestError(details: BlockedDetails): void {
  forgetRequest(details.requestId);
  if (blockedByCors(details, lookingCloser(details.tabId))) void recordBlocked(details);
}

/** A request the browser blocked for CORS gets a record of its own (cors-blocked.ts). */
async function recordBlocked(details: BlockedDetails): Promise<void> {
  const diagnosis = blockedDiagnosis(details);
  const visit = visits.get(details.tabId);
  await file({ ...details, statusCode: 0, type: details.type }, () => diagnosis, visit, false);
}

export function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): void {
  // Chrome clears the badge on navigation: put it back once the page has loaded.
  if (change.status !== 'complete') return;
  void readTab(tabId).then((state) => applyBadge(tabId, state));
}

/**
 * Which credentials a successful request carried (names only; Chrome hides Cookie from us). Runs for
 * every successful document and API call whose headers were taken: a few passes over the names, no value
 * read but an API key's.
 */
function sentCredentials(requestHeaders: RawHeader[], cookieHeaderSeen: boolean): SentCredentials {
  const headers = headerList(requestHeaders);
  return {
    authorization: hasHeader(headers, 'authorization'),
    // The rule module's carriers (one list, 23 headers where this file had 7); without a URL it reads only headers.
    apiKey: findApiKeys(headers, '').length > 0,
    cookie: cookieHeaderSeen ? hasHeader(headers, 'cookie') : undefined,
  };
}

function rememberSuccess(
  details: ResponseDetails & RequestDetails,
  requestHeaders: RawHeader[] | undefined,
  cookieHeaderSeen: boolean,
): void {
  if (!REMEMBERED_TYPES.has(details.type) || details.tabId < 0) return;
  const server = firstHeader(details.responseHeaders, 'server');
  // History is kept redacted from the start: it is persisted and quoted in later evidence.
  noteSuccess(
    originOf(details.url) ?? '',
    earlierResponse({
      url: details.url,
      status: details.statusCode,
      at: details.timeStamp,
      // Unseen (fetch/XHR while bodies are read: api-headers.ts) is unknown, never "sent none".
      ...(requestHeaders ? { credentials: sentCredentials(requestHeaders, cookieHeaderSeen) } : {}),
      ...(server ? { server } : {}),
    }),
  );
}

/** The everyday listener; a tab under "Look closer" is heard by its extraHeaders listener instead. */
export function onHeadersReceived(details: ResponseDetails & RequestDetails): void {
  if (lookingCloser(details.tabId)) return;
  observeResponse(details, false);
}

/** `extraHeaders`: heard by "Look closer", which shows Chrome's hidden Cookie header too. */
export function observeResponse(details: ResponseDetails & RequestDetails, extraHeaders: boolean): void {
  const cookieHeaderSeen = extraHeaders || cookieHeaderVisible();
  const status = details.statusCode;
  if (status !== 401 && status !== 407) {
    if (status >= 200 && status < 300)
      rememberSuccess(details, takeRequestHeaders(details.requestId), cookieHeaderSeen);
    forgetRequest(details.requestId);
    return;
  }
  const requestHeaders = takeRequestHeaders(details.requestId);
  forgetRequest(details.requestId);
  if (details.tabId < 0 || isFavicon(details.url)) return;
  noteAnswered(details.requestId);
  void diagnoseRefusal(details, requestHeaders, extraHeaders);
}

/**
 * What the request side leaves unseen. No headers remembered: onSendHeaders was missed (a restarted
 * worker, a type not observed). In Chromium, a refusal its login prompt may have answered on a retry
 * webRequest does not show (seen with real servers, test/real-servers); Firefox is left as it was.
 */
function requestSideOf(requestHeaders: RawHeader[] | undefined, seen: Exchange): { requestSide?: RequestSide } {
  if (requestHeaders === undefined) return { requestSide: 'not-seen' };
  if (!isFirefox() && loginPromptMayHaveAnswered(seen.status, seen.requestHeaders, seen.responseHeaders))
    return { requestSide: 'prompt-retry' };
  return {};
}

/** A 401 on the favicon is noise nobody can act on (browsers request it on their own). */
function isFavicon(url: string): boolean {
  return /\/favicon\.ico(?:[?#]|$)/i.test(url);
}

/**
 * Stores the diagnosis with the page it happened on: the page the tab shows, or, when the tab left it
 * while the diagnosis was under way, that page among the earlier ones. Undefined: dropped (the page is
 * older than the earlier pages a tab keeps).
 */
function file(
  details: ResponseDetails & RequestDetails,
  diagnose: Diagnose,
  visit: PageVisit | undefined,
  isPage: boolean,
): Promise<void> | undefined {
  const now = visits.get(details.tabId);
  if (now?.epoch === visit?.epoch) {
    return recordDiagnosis(details.tabId, diagnose, isPage, async (diagnosis) => {
      const tab = await browser.tabs.get(details.tabId);
      return tab.url ? redactUrl(tab.url) : diagnosis.facts.request.url;
    });
  }
  // The page was left when the visit after it started; a page older than the tab keeps is dropped.
  const leftAt = visitStarts.get(details.tabId)?.find((start) => start.epoch === (visit?.epoch ?? 0) + 1)?.at;
  if (!now || leftAt === undefined) return undefined;
  // Without a visit (the worker started after the page loaded), the page's URL is guessed from the request.
  const leftUrl = (diagnosis: Diagnosis) =>
    visit?.url ?? redactUrl(details.documentUrl ?? details.initiator ?? diagnosis.facts.request.url);
  return recordLeftPageDiagnosis(details.tabId, diagnose, leftUrl, leftAt);
}

async function diagnoseRefusal(
  details: ResponseDetails & RequestDetails,
  requestHeaders: RawHeader[] | undefined,
  extraHeaders: boolean,
): Promise<void> {
  const isPage = details.type === 'main_frame';
  if (isPage) pageStatus.set(details.tabId, details.statusCode);
  const visit = visits.get(details.tabId);
  // Registered before the first await: a content script may report this response's body very soon.
  const settle = expectBody({
    tabId: details.tabId,
    url: details.url,
    method: details.method,
    status: details.statusCode,
    isDocument: isPage || details.type === 'sub_frame',
  });
  let prepared: PreparedRefusal | undefined;
  try {
    const seen = exchangeFromDetails(details, requestHeaders ?? [], undefined);
    const base = { ...seen, ...requestSideOf(requestHeaders, seen) };
    const [jar, lastSuccess] = await Promise.all([
      cookiesForUrl(details.url),
      lastSuccessFor(originOf(details.url) ?? ''),
    ]);
    // With extraHeaders Chrome shows the Cookie header: no header means none was sent, nothing to infer.
    const cookies = extraHeaders
      ? { headers: base.requestHeaders, inferred: false }
      : withInferredCookies(base.requestHeaders, details.url, base.initiator, jar);
    const loaded = pageStatus.get(details.tabId);
    const context: DiagnoseContext = {
      ...(lastSuccess && lastSuccess.at <= details.timeStamp ? { lastSuccess } : {}),
      ...(jar ? { browserHasCookies: jar.browserHasCookies } : {}),
      ...(!isPage && loaded !== undefined ? { pageLoaded: loaded >= 200 && loaded < 400 } : {}),
      ...(cookies.inferred ? { cookiesInferred: true } : {}),
    };
    const refusal: PreparedRefusal = { exchange: { ...base, requestHeaders: cookies.headers }, context };
    // Fetch/XHR only (a document's request side is never the page's to report): a request the browser
    // held for its login prompt, asked about before it is filed (pull-credentials.ts).
    if (details.type === 'xmlhttprequest')
      await pullCredentials({ ...details, frameId: details.frameId ?? 0 }, refusal);
    // Only the Diagnosis is stored, made when the batch is written. The Exchange (which may hold secrets)
    // stays in memory for at most 10 s, in case the page reports the body (body-attach.ts).
    const recorded = file(details, () => diagnoseOnce(refusal), visit, isPage);
    if (!recorded) return;
    prepared = refusal;
    settle(prepared);
    await recorded;
  } finally {
    if (!prepared) settle(undefined);
  }
}
