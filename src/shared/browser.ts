// The one import of webextension-polyfill. Everything that talks to the browser imports `browser`
// from here, so unit tests can replace this module (the polyfill throws outside an extension).
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
