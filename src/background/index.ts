// Background entry (Chrome service worker, Firefox event page). Listeners are registered synchronously
// at the top level so the browser can wake the worker for them; nothing important lives in globals.
//
// Per request, only two events reach us (onSendHeaders, onHeadersReceived): every listener costs an
// IPC round on every request, so cleanup rides on onHeadersReceived and onErrorOccurred (errors only),
// and page-level events are filtered to `main_frame`.
import { browser } from '../shared/browser';
import { onMessage } from './commands';
import { onBeforeNavigation, onHeadersReceived, onMainFrameStarted, onRequestError, onSendHeaders, onTabUpdated } from './observe-requests';
import { forgetTab } from './tab-store';

const ALL_URLS = { urls: ['<all_urls>'] };
const PAGES = { urls: ['<all_urls>'], types: ['main_frame' as const] };

browser.webRequest.onBeforeRequest.addListener(onBeforeNavigation, PAGES);
browser.webRequest.onResponseStarted.addListener(onMainFrameStarted, PAGES);
browser.webRequest.onSendHeaders.addListener(onSendHeaders, ALL_URLS, ['requestHeaders']);
browser.webRequest.onHeadersReceived.addListener(onHeadersReceived, ALL_URLS, ['responseHeaders']);
browser.webRequest.onErrorOccurred.addListener(onRequestError, ALL_URLS);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
browser.tabs.onUpdated.addListener(onTabUpdated);
browser.runtime.onMessage.addListener(onMessage);
