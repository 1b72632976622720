// The part of `browser.devtools` the panel uses, typed narrowly so a test can hand the panel a fake
// (unit tests; the Firefox e2e feeds it a recorded network stream). Chrome's devtools API takes
// callbacks, Firefox's returns promises; `settle` accepts either.
import type { HarEntry, HarPage } from '../har/har-types';

/** A finished request as `devtools.network.onRequestFinished` hands it over: a HAR entry with a body reader. */
export interface NetworkRequest extends HarEntry {
  /** Chrome: `getContent(callback(content, encoding))`; Firefox: a promise of `[content, mimeType]`. */
  getContent?: (callback?: (content: string, encoding: string) => void) => unknown;
}

interface Listenable<F> {
  addListener(listener: F): void;
}

export interface DevtoolsNetwork {
  onRequestFinished: Listenable<(request: NetworkRequest) => void>;
  onNavigated: Listenable<(url: string) => void>;
  /** The network log so far (since DevTools opened), for a panel shown after the first requests. */
  getHAR?: (callback?: (log: { entries?: NetworkRequest[]; pages?: HarPage[] }) => void) => unknown;
}

export interface DevtoolsApi {
  inspectedWindow: { tabId: number };
  network: DevtoolsNetwork;
  panels: {
    themeName?: string;
    onThemeChanged?: Listenable<(themeName: string) => void>;
    create(title: string, iconPath: string, pagePath: string, callback?: (panel: unknown) => void): unknown;
  };
}

/** `browser.devtools` (Firefox, Chrome 148+) or `chrome.devtools`; undefined outside a DevTools page. */
export function devtoolsApi(): DevtoolsApi | undefined {
  const scope = globalThis as { browser?: { devtools?: DevtoolsApi }; chrome?: { devtools?: DevtoolsApi } };
  return scope.browser?.devtools ?? scope.chrome?.devtools;
}

/**
 * Calls a devtools API function that answers through a callback (Chrome) or a promise (Firefox) and
 * resolves with the callback's arguments, or the promise's value as the only one (an array stays whole).
 */
export function settle(call: (callback: (...args: unknown[]) => void) => unknown): Promise<unknown[]> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (args: unknown[]): void => {
      if (done) return;
      done = true;
      resolve(args);
    };
    try {
      const result = call((...args) => finish(args));
      if (isThenable(result))
        result.then(
          (value) => finish([value]),
          () => finish([]),
        );
    } catch {
      finish([]);
    }
  });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}
