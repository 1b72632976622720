// Background entry (Chrome service worker, Firefox event page). Listeners are registered synchronously
// at the top level so the browser can wake the worker for them; nothing important lives in globals.
//
// Every event a listener receives costs the browser a round trip to the worker on every matching
// request, and on a 2-core machine that shows in page loads (npm run bench). So:
// - per request at most two events reach us (onSendHeaders, onHeadersReceived); cleanup rides on
//   onHeadersReceived and onErrorOccurred (errors only); page-level events are filtered to `main_frame`;
// - images, media and fonts, the bulk of a page's requests and the least actionable 401s, are not
//   observed at all (docs/design.md budget: page load ratio);
// - request headers are only taken where the browser puts credentials the page cannot report: documents
//   (cached Basic/Digest credentials), websockets and `other` (fetch keepalive); fetch/XHR only while
//   bodies are not read, since the page's wrapper reports a refused call's credentials by shape
//   (api-headers.ts); scripts and stylesheets carry none a page sets.
import { browser } from '../shared/browser';
import { forgetTabBodies, onBodyMessage } from './body-attach';
import { onMessage } from './commands';
import {
  forgetTabPage,
  onBeforeNavigation,
  onHeadersReceived,
  onMainFrameStarted,
  onRequestError,
  onSendHeaders,
  onTabUpdated,
} from './observe-requests';
import { forgetLookCloser, lookCloserNavigation, lookCloserTabUpdated, resumeLookCloser } from './look-closer';
import { forgetTab } from './tab-store';
import { listenToApiHeaders } from './api-headers';

const PAGES = { urls: ['<all_urls>'], types: ['main_frame' as const] };
/** Types common to Chrome and Firefox (an unknown type name makes Chrome reject the listener). */
const CREDENTIAL_CARRIERS = {
  urls: ['<all_urls>'],
  types: ['main_frame' as const, 'sub_frame' as const, 'websocket' as const, 'other' as const],
};
const OBSERVED = {
  urls: ['<all_urls>'],
  types: [...CREDENTIAL_CARRIERS.types, 'stylesheet' as const, 'script' as const, 'xmlhttprequest' as const],
};

browser.webRequest.onBeforeRequest.addListener((details) => {
  onBeforeNavigation(details);
  lookCloserNavigation(details);
}, PAGES);
browser.webRequest.onResponseStarted.addListener(onMainFrameStarted, PAGES);
browser.webRequest.onSendHeaders.addListener(onSendHeaders, CREDENTIAL_CARRIERS, ['requestHeaders']);
browser.webRequest.onHeadersReceived.addListener(onHeadersReceived, OBSERVED, ['responseHeaders']);
listenToApiHeaders();
// Errors only (cleanup, requests blocked for CORS: cors-blocked.ts), fetch/XHR included.
browser.webRequest.onErrorOccurred.addListener(onRequestError, {
  urls: ['<all_urls>'],
  types: [...CREDENTIAL_CARRIERS.types, 'xmlhttprequest' as const],
});
browser.tabs.onRemoved.addListener((tabId) => {
  forgetTabBodies(tabId);
  forgetTabPage(tabId);
  void forgetTab(tabId);
  void forgetLookCloser(tabId);
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  onTabUpdated(tabId, change);
  lookCloserTabUpdated(tabId, change);
});
browser.runtime.onMessage.addListener(onMessage);
// Body excerpts from content scripts: a separate listener and parser, never treated as a command.
browser.runtime.onMessage.addListener(onBodyMessage);
// A "Look closer" still due when the worker stopped is listened to again (its listeners died with it).
resumeLookCloser().catch((error: unknown) => console.error('why401: resuming look closer failed', error));
