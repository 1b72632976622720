// Background entry (Chrome service worker, Firefox event page). Listeners are registered synchronously
// at the top level so the browser can wake the worker for them; nothing important lives in globals.
import { browser } from '../shared/browser';
import { onBeforeNavigation, onHeadersReceived, onRequestEnded, onSendHeaders } from './observe-requests';
import { forgetTab } from './tab-store';

const ALL_URLS = { urls: ['<all_urls>'] };

browser.webRequest.onBeforeRequest.addListener(onBeforeNavigation, { urls: ['<all_urls>'], types: ['main_frame'] });
browser.webRequest.onSendHeaders.addListener(onSendHeaders, ALL_URLS, ['requestHeaders']);
browser.webRequest.onHeadersReceived.addListener(onHeadersReceived, ALL_URLS, ['responseHeaders']);
browser.webRequest.onCompleted.addListener(onRequestEnded, ALL_URLS);
browser.webRequest.onErrorOccurred.addListener(onRequestEnded, ALL_URLS);
browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
