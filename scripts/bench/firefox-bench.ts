// Firefox's choice for reading refused bodies (issue: content scripts, or webRequest.filterResponseData
// for 401/407 only?), measured side by side in one run: page load with Why401 as shipped (content
// scripts), with Why401 reading bodies through filterResponseData instead, with Why401 reading no
// bodies, with an extension that only holds webRequest (Firefox's floor), and with an extension that
// holds no permission at all (the baseline: the driver always installs one).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_DIST, launchFirefox } from '../../test/e2e/support/firefox-driver';
import { rounds, startLoadServer, type PageKind } from './browser-bench';
import { sideBySideMedians } from './side-by-side';

/**
 * filterResponseData can only be attached from a blocking listener, and the status is known only at
 * onHeadersReceived: so every observed request waits for the worker before its body flows.
 */
const FILTER_PROBE = `browser.webRequest.onHeadersReceived.addListener((details) => {
  if (details.statusCode !== 401 && details.statusCode !== 407) return {};
  const filter = browser.webRequest.filterResponseData(details.requestId);
  const chunks = [];
  filter.ondata = (event) => { chunks.push(event.data); filter.write(event.data); };
  filter.onstop = () => filter.close();
  return {};
}, { urls: ['<all_urls>'], types: ['main_frame', 'sub_frame', 'stylesheet', 'script', 'xmlhttprequest', 'websocket', 'other'] }, ['blocking']);`;

function writeExtension(name: string, manifest: Record<string, unknown>, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `why401-ff-${name}-`));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

type Manifest = Record<string, unknown> & { permissions: string[]; background: { scripts: string[] } };

/** A copy of Why401 as built for Firefox, its manifest changed by `edit`. */
function why401Variant(name: string, edit: (manifest: Manifest, dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `why401-ff-${name}-`));
  cpSync(FIREFOX_DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  edit(manifest, dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** Why401 without its content scripts: what the worker alone costs. */
const noContentScriptsVariant = (): string =>
  why401Variant('no-cs', (manifest) => void delete manifest.content_scripts);

/** Why401 as built, its content scripts swapped for a filterResponseData listener. */
const filterVariant = (): string =>
  why401Variant('filter', (manifest, dir) => {
    delete manifest.content_scripts;
    manifest.permissions.push('webRequestBlocking', 'webRequestFilterResponse');
    manifest.background.scripts.push('filter-probe.js');
    writeFileSync(join(dir, 'filter-probe.js'), FILTER_PROBE);
  });

const BASELINE_MANIFEST = {
  manifest_version: 3,
  name: 'baseline',
  version: '1.0',
  browser_specific_settings: { gecko: { id: 'baseline@why401.dev' } },
  background: { scripts: ['worker.js'] },
};

/** Holds `webRequest` and host access, listens to nothing: Firefox's own cost of such an extension. */
const FLOOR_MANIFEST = {
  ...BASELINE_MANIFEST,
  name: 'webRequest floor',
  permissions: ['webRequest'],
  host_permissions: ['<all_urls>'],
};

const LOAD_TIME = `new Promise((resolve) => {
  const done = () => (window.__done ?? Promise.resolve(0)).then((fetched) => {
    const [navigation] = performance.getEntriesByType('navigation');
    resolve(Math.max(navigation ? navigation.loadEventEnd - navigation.startTime : NaN, fetched ?? 0));
  });
  if (document.readyState === 'complete') setTimeout(done, 0); else addEventListener('load', () => setTimeout(done, 0), { once: true });
})`;

export interface FirefoxBodyCaptureResult {
  /** Why401 as shipped (content scripts) over the baseline. */
  contentScriptsRatio: number;
  /** Why401 with filterResponseData instead over the baseline. */
  filterResponseDataRatio: number;
  /** Why401 reading no bodies at all (worker only) over the baseline. */
  workerOnlyRatio: number;
  /** An extension that only holds webRequest over the baseline. */
  floorRatio: number;
  baselineMillis: number;
  runs: number;
}

export async function firefoxBodyCapture(kind: PageKind, runs = rounds(15)): Promise<FirefoxBodyCaptureResult> {
  const server = await startLoadServer();
  const baselineDir = writeExtension('baseline', BASELINE_MANIFEST, { 'worker.js': '// no permission, no listener' });
  const floorDir = writeExtension('floor', FLOOR_MANIFEST, {
    'worker.js': '// webRequest and host access, no listener',
  });
  const filterDir = filterVariant();
  const workerOnlyDir = noContentScriptsVariant();
  const browsers = {
    baseline: await launchFirefox({ extensionDir: baselineDir }),
    floor: await launchFirefox({ extensionDir: floorDir }),
    workerOnly: await launchFirefox({ extensionDir: workerOnlyDir }),
    contentScripts: await launchFirefox(),
    filter: await launchFirefox({ extensionDir: filterDir }),
  };
  try {
    const names = Object.keys(browsers) as Array<keyof typeof browsers>;
    const contexts = {} as Record<keyof typeof browsers, string>;
    for (const name of names) {
      const { context } = await browsers[name].bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
      });
      contexts[name] = context;
    }
    const load = async (name: keyof typeof browsers, run: number): Promise<number> => {
      const { bidi } = browsers[name];
      await bidi.send('browsingContext.navigate', {
        context: contexts[name],
        url: server.url(kind, run),
        wait: 'complete',
      });
      const result = await bidi.send<{ type: string; result?: { value?: unknown } }>('script.evaluate', {
        expression: LOAD_TIME,
        target: { context: contexts[name] },
        awaitPromise: true,
      });
      return typeof result.result?.value === 'number' ? result.result.value : Number.NaN;
    };
    const medians = await sideBySideMedians(names, runs, load);
    const baselineMillis = medians.baseline;
    return {
      contentScriptsRatio: medians.contentScripts / baselineMillis,
      filterResponseDataRatio: medians.filter / baselineMillis,
      workerOnlyRatio: medians.workerOnly / baselineMillis,
      floorRatio: medians.floor / baselineMillis,
      baselineMillis,
      runs,
    };
  } finally {
    for (const driver of Object.values(browsers)) await driver.close();
    for (const dir of [baselineDir, floorDir, filterDir, workerOnlyDir]) rmSync(dir, { recursive: true, force: true });
    server.close();
  }
}
