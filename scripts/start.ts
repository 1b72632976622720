// `npm start`: build both extensions, serve the 401 gallery, and open a browser with Why401 loaded
// on it, so a newcomer sees real 401s explained within a minute.
//   npm start                      Chromium (Playwright, system browser, headed)
//   npm start -- --firefox         Firefox ESR via web-ext run
//   npm start -- --no-build        reuse dist/ as built
//   npm start -- --port 4401       the gallery's port (default 4401, a free one if taken)
// Without a display it keeps the gallery running and prints how to load the extension by hand.
// Ctrl-C (SIGINT) or SIGTERM stops everything it started.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startGallery, type Gallery } from './gallery/gallery-server';
import { headedBanner, headlessInstructions, hasDisplay } from './gallery/instructions';
import { openChromium, openFirefox, type OpenedBrowser } from './gallery/open-browser';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = { chrome: resolve(ROOT, 'dist/chrome'), firefox: resolve(ROOT, 'dist/firefox') };
const DEFAULT_PORT = 4401;

const { values: args } = parseArgs({
  options: {
    firefox: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string' },
  },
});

function build(): Promise<void> {
  console.log('Building the Chrome and Firefox extensions and the CLI (npm run build)…');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolvePromise() : reject(new Error(`npm run build failed (${signal ?? `exit ${code}`})`))));
  });
}

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

async function main(): Promise<void> {
  if (!args['no-build']) await build();
  const dir = args.firefox ? DIST.firefox : DIST.chrome;
  if (!existsSync(resolve(dir, 'manifest.json'))) console.warn(`Warning: ${dir} is not built yet: run npm run build.`);

  const gallery = await startOnSomePort();
  // The browser being opened, awaited on stop so a Ctrl-C during launch leaves no browser behind.
  let browser: Promise<OpenedBrowser | undefined> = Promise.resolve(undefined);
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping: closing the browser and the gallery.');
    await (await browser)?.close();
    await gallery.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  const port = Number(new URL(gallery.indexUrl).port);
  if (!hasDisplay()) {
    console.log(headlessInstructions({ galleryUrl: gallery.indexUrl, chromeDir: DIST.chrome, firefoxDir: DIST.firefox, port }));
    return;
  }
  const name = args.firefox ? 'Firefox' : 'Chromium';
  console.log(`Opening ${name} with Why401 on ${gallery.indexUrl}…`);
  // Closing the browser window ends the session, like Ctrl-C.
  browser = (args.firefox ? openFirefox : openChromium)(dir, gallery.indexUrl, () => void stop()).catch((error: unknown) => {
    console.error(`Could not open ${name}: ${error instanceof Error ? error.message : String(error)}`);
    console.log(headlessInstructions({ galleryUrl: gallery.indexUrl, chromeDir: DIST.chrome, firefoxDir: DIST.firefox, port }));
    return undefined;
  });
  if (await browser) console.log(headedBanner(gallery.indexUrl, name));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
