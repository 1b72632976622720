// What an end-to-end test needs from a browser with the extension loaded. Implemented for Chromium
// (Playwright) and Firefox (WebDriver BiDi), so every spec runs unchanged in both.
export interface TabHandle {
  /** The extension's tab id for this tab (as `tabs` and `webRequest` know it). */
  tabId: number;
}

export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  /** Base URL of the extension's pages, e.g. `chrome-extension://<id>/`. */
  readonly extensionBase: string;
  /** Opens a new tab on `url`; resolves when loaded (or failed to load, for a 401 page). */
  openTab(url: string): Promise<TabHandle>;
  /** Navigates an existing tab. */
  navigate(tab: TabHandle, url: string): Promise<void>;
  /** Runs `expression` (an async function body's expression) in an extension page and returns its JSON value. */
  evalInExtension<T>(expression: string): Promise<T>;
  /** Opens the popup page for a tab in its own tab and returns a handle to query it. */
  openPopup(tab: TabHandle): Promise<PopupHandle>;
  closeTab(tab: TabHandle): Promise<void>;
  /** Stops the extension's service worker (Chromium only: CDP `ServiceWorker.stopAllWorkers`). */
  stopWorker?(): Promise<void>;
  close(): Promise<void>;
}

export interface PopupHandle {
  /** Evaluates an expression in the popup page (DOM access) and returns its JSON value. */
  eval<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}
