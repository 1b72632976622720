// What `webextension-polyfill` resolves to in the extension builds (see vite.config.ts). Chrome 148+
// and Firefox both ship the promise-based `browser` namespace, on which the polyfill is a no-op that
// still costs about 3 KB gzip in every bundle (developer.chrome.com, "browser namespace": "If your
// extension uses webextension-polyfill, in Chrome 148 and later it becomes a no-op").
import type { Browser } from 'webextension-polyfill';

const native = (globalThis as { browser?: Browser }).browser;
if (!native?.runtime?.id) throw new Error('Why401 needs the browser namespace (Chrome 148+, Firefox 142+)');

export default native;
