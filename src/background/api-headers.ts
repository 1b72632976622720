// onSendHeaders for fetch/XHR only while bodies are not read. With reading on (the default), the page's
// wrapper reports a refused request's credentials by shape together with its body (page-request-side.ts),
// so the worker need not hear every API call's request headers: one event less per fetch on every page
// (docs/benchmarks.md). With reading off nothing comes from the page, and the worker listens again.
// Registered after an asynchronous read: a worker woken by such a request misses its headers, and the
// record then says the request side was not seen, as for any missed onSendHeaders.
import { browser } from '../shared/browser';
import { onSendHeaders, type RequestDetails } from './observe-requests';
import { onReadBodiesChange, readBodiesSetting } from './read-bodies';

const API_CALLS = { urls: ['<all_urls>'], types: ['xmlhttprequest' as const] };

/** Its own function: the everyday onSendHeaders listener is registered for other types. */
function onApiSendHeaders(details: RequestDetails): void {
  onSendHeaders(details);
}

async function follow(): Promise<void> {
  const reading = await readBodiesSetting();
  const event = browser.webRequest.onSendHeaders;
  // Removed first, so a second call never registers it twice.
  event.removeListener(onApiSendHeaders);
  if (!reading) event.addListener(onApiSendHeaders, API_CALLS, ['requestHeaders']);
}

export function listenToApiHeaders(): void {
  void follow();
  onReadBodiesChange(() => void follow());
}
