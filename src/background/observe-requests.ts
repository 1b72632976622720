// webRequest handlers. For every request that is not a 401/407 they do a few property reads and
// return; the real work (Facts, diagnose, storage) runs only for 401/407.
import { diagnose } from '../rules';
import type { RawHeader } from './pending-requests';
import { browser } from '../shared/browser';
import { exchangeFromDetails, type ResponseDetails } from './exchange-from-details';
import { forgetRequest, rememberRequestHeaders, takeRequestHeaders } from './pending-requests';
import { recordDiagnosis, resetTab } from './tab-store';

interface RequestDetails {
  requestId: string;
  tabId: number;
  type: string;
  url: string;
  requestHeaders?: RawHeader[];
}

export function onSendHeaders(details: RequestDetails): void {
  if (details.tabId < 0) return;
  rememberRequestHeaders(details.requestId, details.requestHeaders);
}

export function onBeforeNavigation(details: RequestDetails): void {
  if (details.tabId < 0 || details.type !== 'main_frame') return;
  void resetTab(details.tabId, details.url);
}

function isRefusal(status: number): boolean {
  return status === 401 || status === 407;
}

/** A 401 on the favicon is noise nobody can act on (browsers request it on their own). */
function isFavicon(url: string): boolean {
  return /\/favicon\.ico(?:[?#]|$)/i.test(url);
}

export function onHeadersReceived(details: ResponseDetails & RequestDetails): void {
  if (!isRefusal(details.statusCode)) return;
  const requestHeaders = takeRequestHeaders(details.requestId);
  forgetRequest(details.requestId);
  if (details.tabId < 0 || isFavicon(details.url)) return;
  const isPage = details.type === 'main_frame';
  const exchange = exchangeFromDetails(details, requestHeaders, isPage ? details.url : undefined);
  const diagnosis = diagnose(exchange, {});
  // The Exchange (which may hold secrets) goes out of scope here; only the Diagnosis is stored.
  void recordDiagnosis(details.tabId, diagnosis, isPage ? diagnosis.facts.request.url : undefined, async () => {
    const tab = await browser.tabs.get(details.tabId);
    return tab.url ?? diagnosis.facts.request.url;
  });
}

export function onRequestEnded(details: { requestId: string }): void {
  forgetRequest(details.requestId);
}
