// webRequest handlers. For a request that is neither a 401/407 nor a success worth remembering they do
// a few property reads and return; Facts, diagnose() and storage run only for 401/407.
import { diagnose, earlierResponse, firstHeader, redactUrl } from '../rules';
import type { DiagnoseContext, SentCredentials } from '../rules/types';
import { browser, type Tabs } from '../shared/browser';
import { applyBadge } from './badge';
import { expectBody, type PreparedRefusal } from './body-attach';
import { cookiesForUrl, withInferredCookies } from './cookie-context';
import { exchangeFromDetails, type ResponseDetails } from './exchange-from-details';
import { forgetRequest, rememberRequestHeaders, takeRequestHeaders, type RawHeader } from './pending-requests';
import { cookieHeaderVisible } from './platform';
import { lastSuccessFor, noteServerIp, noteSuccess } from './site-history';
import { readTab, recordDiagnosis, resetTab } from './tab-store';

interface RequestDetails {
  requestId: string;
  tabId: number;
  type: string;
  url: string;
  requestHeaders?: RawHeader[];
}

/** Status of each tab's top-level page, for "401 on a static asset of a page that loaded". */
const pageStatus = new Map<number, number>();
/**
 * Per tab, how many navigations have started: a refusal remembers the number it arrived under, so one
 * that is still being diagnosed when the tab moves on (the everyday "401, then off to /login") is not
 * filed under the next page. Lost with the worker, which only makes a restarted worker as lenient as
 * before; a navigation after the restart still counts.
 */
const pageEpochs = new Map<number, number>();

/** Types whose successes tell us the site accepted the visitor: documents and API calls. */
const REMEMBERED_TYPES = new Set(['main_frame', 'sub_frame', 'xmlhttprequest']);
const API_KEY_HEADERS = new Set(['x-api-key', 'api-key', 'apikey', 'private-token', 'ocp-apim-subscription-key', 'x-goog-api-key', 'x-auth-token']);

export function onSendHeaders(details: RequestDetails): void {
  if (details.tabId < 0) return;
  rememberRequestHeaders(details.requestId, details.requestHeaders);
}

export function onBeforeNavigation(details: RequestDetails): void {
  if (details.tabId < 0) return;
  pageStatus.delete(details.tabId);
  pageEpochs.set(details.tabId, (pageEpochs.get(details.tabId) ?? 0) + 1);
  // Stored page URLs are redacted like everything else (a query can carry a token).
  void resetTab(details.tabId, redactUrl(details.url));
}

export function onMainFrameStarted(details: RequestDetails & { ip?: string; statusCode: number }): void {
  if (details.tabId < 0) return;
  pageStatus.set(details.tabId, details.statusCode);
  if (details.ip) noteServerIp(originOf(details.url), redactUrl(details.url), details.ip);
}

/** The tab is closed: drop what the handlers kept about its page. */
export function forgetTabPage(tabId: number): void {
  pageStatus.delete(tabId);
  pageEpochs.delete(tabId);
}

export function onRequestError(details: { requestId: string }): void {
  forgetRequest(details.requestId);
}

export function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): void {
  // Chrome clears the badge on navigation: put it back once the page has loaded.
  if (change.status !== 'complete') return;
  void readTab(tabId).then((state) => applyBadge(tabId, state));
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/**
 * Which credentials a successful request carried (names only; Chrome hides Cookie from us). Runs for
 * every successful document and API call, so one pass over the names and nothing else allocated.
 */
function sentCredentials(requestHeaders: RawHeader[]): SentCredentials {
  let authorization = false;
  let apiKey = false;
  let cookie = false;
  for (const header of requestHeaders) {
    const name = header.name.toLowerCase();
    if (name === 'authorization') authorization = true;
    else if (name === 'cookie') cookie = true;
    else if (API_KEY_HEADERS.has(name)) apiKey = true;
  }
  return { authorization, apiKey, cookie: cookieHeaderVisible() ? cookie : undefined };
}

function rememberSuccess(details: ResponseDetails & RequestDetails, requestHeaders: RawHeader[]): void {
  if (!REMEMBERED_TYPES.has(details.type) || details.tabId < 0) return;
  const server = firstHeader(details.responseHeaders, 'server');
  // History is kept redacted from the start: it is persisted and quoted in later evidence.
  noteSuccess(
    originOf(details.url),
    earlierResponse({
      url: details.url,
      status: details.statusCode,
      at: details.timeStamp,
      credentials: sentCredentials(requestHeaders),
      ...(server ? { server } : {}),
    }),
  );
}

export function onHeadersReceived(details: ResponseDetails & RequestDetails): void {
  const status = details.statusCode;
  if (status !== 401 && status !== 407) {
    if (status >= 200 && status < 300) rememberSuccess(details, takeRequestHeaders(details.requestId) ?? []);
    forgetRequest(details.requestId);
    return;
  }
  const requestHeaders = takeRequestHeaders(details.requestId);
  forgetRequest(details.requestId);
  if (details.tabId < 0 || isFavicon(details.url)) return;
  void diagnoseRefusal(details, requestHeaders);
}

/** A 401 on the favicon is noise nobody can act on (browsers request it on their own). */
function isFavicon(url: string): boolean {
  return /\/favicon\.ico(?:[?#]|$)/i.test(url);
}

async function diagnoseRefusal(details: ResponseDetails & RequestDetails, requestHeaders: RawHeader[] | undefined): Promise<void> {
  const isPage = details.type === 'main_frame';
  if (isPage) pageStatus.set(details.tabId, details.statusCode);
  const epoch = pageEpochs.get(details.tabId);
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
    // No headers remembered: onSendHeaders was missed (a restarted worker, a type not observed), so what
    // the request carried is unknown, not absent.
    const base = { ...exchangeFromDetails(details, requestHeaders ?? [], undefined), ...(requestHeaders === undefined ? { requestSide: 'not-seen' as const } : {}) };
    const [jar, lastSuccess] = await Promise.all([cookiesForUrl(details.url), lastSuccessFor(originOf(details.url))]);
    const cookies = withInferredCookies(base.requestHeaders, details.url, base.initiator, jar);
    const loaded = pageStatus.get(details.tabId);
    const context: DiagnoseContext = {
      ...(lastSuccess && lastSuccess.at <= details.timeStamp ? { lastSuccess } : {}),
      ...(jar ? { browserHasCookies: jar.browserHasCookies } : {}),
      ...(!isPage && loaded !== undefined ? { pageLoaded: loaded >= 200 && loaded < 400 } : {}),
      ...(cookies.inferred ? { cookiesInferred: true } : {}),
    };
    const exchange = { ...base, requestHeaders: cookies.headers };
    const diagnosis = diagnose(exchange, context);
    // The tab left the page this refusal belonged to while we asked the cookie jar: its records are gone.
    if (pageEpochs.get(details.tabId) !== epoch) return;
    // Only the Diagnosis is stored. The Exchange (which may hold secrets) stays in memory for at most
    // 10 s, in case the page reports the body (body-attach.ts), then goes out of scope.
    const recorded = recordDiagnosis(details.tabId, diagnosis, isPage ? diagnosis.facts.request.url : undefined, async () => {
      const tab = await browser.tabs.get(details.tabId);
      return tab.url ? redactUrl(tab.url) : diagnosis.facts.request.url;
    });
    prepared = { exchange, context, before: diagnosis };
    settle(prepared);
    await recorded;
  } finally {
    if (!prepared) settle(undefined);
  }
}
