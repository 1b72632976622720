// `npm start`: build both extensions, serve the 401 gallery, and open a browser with Why401 loaded
// on it, so a newcomer sees real 401s explained within a minute.
//   npm start                      Chromium (the system browser, headed, sandboxed unless root)
//   npm start -- --firefox         Firefox ESR via web-ext run
//   npm start -- --no-build        reuse dist/ as built
//   npm start -- --port 4401       the gallery's port (default 4401, a free one if taken)
//   npm run dev (--watch)          rebuild the extension on every save and reload it in the browser
// Without a display it keeps the gallery running and prints the next step first. A browser that
// cannot start says why in its own words. Ctrl-C (SIGINT) or SIGTERM stops everything it started
// and removes the throw-away browser profile.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startGallery, type Gallery } from './gallery/gallery-server';
import { browserFailed, hasDisplay, headedBanner, loadByHand, noDisplayNextSteps } from './gallery/instructions';
import { openChromium, openFirefox, openWithReload, type OpenedBrowser } from './gallery/open-browser';
import { quietBuild } from './gallery/quiet-build';
import { watchBuild, type WatchedBuild } from './gallery/watch-build';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = { chrome: resolve(ROOT, 'dist/chrome'), firefox: resolve(ROOT, 'dist/firefox') };
const DEFAULT_PORT = 4401;

const { values: args } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
    watch: { type: 'boolean', default: false },
  },
});

/** A stable port is easier to bookmark and forward; another process holding it must not stop a newcomer. */
async function startOnSomePort(): Promise<Gallery> {
  if (args.port !== undefined) return startGallery({ port: Number(args.port) });
  try {
    return await startGallery({ port: DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startGallery({ port: 0 });
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  if (!args['no-build']) await quietBuild(ROOT);
  const target = args.firefox ? 'firefox' : 'chrome';
  const dir = DIST[target];
  // Watch mode rebuilds into the same folder the browser loaded the extension from.
  const watched: WatchedBuild | undefined = args.watch ? watchBuild(ROOT, target) : undefined;

  const gallery = await startOnSomePort();
  const byHand = loadByHand({
    galleryUrl: gallery.indexUrl,
    chromeDir: DIST.chrome,
    firefoxDir: DIST.firefox,
    port: Number(new URL(gallery.indexUrl).port),
  });
  // The browser being opened, awaited on stop so a Ctrl-C during launch leaves no browser behind.
  let browser: Promise<OpenedBrowser | undefined> = Promise.resolve(undefined);
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: closing the browser and the gallery.');
    watched?.close();
    await (await browser)?.close();
    await gallery.close();
    process.exit(code);
  };
  // `on`, not `once`: a Ctrl-C reaches this process twice (from the terminal, and relayed by tsx's
  // parent), and a second SIGINT without a listener would kill it before the profile is removed.
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (!hasDisplay()) {
    console.log(`\n${noDisplayNextSteps(gallery.indexUrl, args.firefox)}\n${byHand}`);
    return;
  }
  // Only a browser needs the build; without a display the next step comes first.
  if (!existsSync(resolve(dir, 'manifest.json'))) console.warn(`Warning: ${dir} is not built yet: run npm run build.`);
  const name = args.firefox ? 'Firefox' : 'Chromium';
  console.log(`Opening ${name} with Why401 on ${gallery.indexUrl}…`);
  // Closing the browser window ends the session, like Ctrl-C; a crash says why first.
  const onExit = (failure?: string) => {
    if (failure !== undefined) console.error(`\n${name} stopped: ${failure}`);
    void stop(failure === undefined ? 0 : 1);
  };
  const open = args.watch
    ? (...a: Parameters<typeof openChromium>) => openWithReload(target, ...a)
    : args.firefox
      ? openFirefox
      : openChromium;
  browser = open(dir, gallery.indexUrl, onExit).catch((error: unknown) => {
    // A Ctrl-C during launch reaches the browser too (same terminal): that is no failure to report.
    if (!stopping) console.error(`\n${browserFailed(name, message(error), gallery.indexUrl)}\n${byHand}`);
    return undefined;
  });
  if (await browser) console.log(headedBanner(gallery.indexUrl, name));
}

main().catch((error: unknown) => {
  console.error(message(error));
  process.exit(1);
});
