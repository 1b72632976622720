// Differences between the browsers that the worker must know about, detected once by feature.
import { browser } from '../shared/browser';

/** Firefox has `runtime.getBrowserInfo`; Chrome does not. */
export function isFirefox(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';
}

/**
 * Firefox shows the request `Cookie` header to webRequest; Chrome only with `extraHeaders`, which we do
 * not ask for (it costs every request).
 */
export function cookieHeaderVisible(): boolean {
  return isFirefox();
}
