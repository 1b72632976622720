// Screenshots of the HAR workbench for the README and reviews: the static page (dist/web, the same page
// as the extension's) with three example HARs in one file, in Chromium and Firefox, light and dark.
// `npm run build` first, then `npx tsx scripts/workbench-screenshots.ts`. Files: docs/screenshots/
// workbench-<theme>.png (Chromium) and workbench-<theme>-firefox.png, as scripts/screenshots.ts names them;
// workbench-start-*.png is the page before a file is dropped, workbench-sanitized-*.png after "Download
// sanitized HAR" (the file is caught in a scratch folder, not saved to Downloads).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../test/e2e/support/chromium-driver';
import { launchFirefox } from '../test/e2e/support/firefox-driver';
import { serveFolder } from '../test/e2e/support/static-server';
import { openWorkbench } from '../test/e2e/support/workbench-page';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, 'docs/screenshots');
const EXAMPLES = ['expired-jwt.har', 'insufficient-scope.har', 'missing-credentials.har'];

/** One HAR holding the examples' entries one after another, as a customer's session might. */
function combinedHar(): string {
  const entries = EXAMPLES.flatMap(
    (name) =>
      (JSON.parse(readFileSync(join(root, 'examples', name), 'utf8')) as { log: { entries: unknown[] } }).log.entries,
  );
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'why401-screenshots', version: '1' }, entries } });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'why401-shots-'));
  const har = join(dir, 'customer-session.har');
  writeFileSync(har, combinedHar());
  const web = await serveFolder(join(root, 'dist/web'));
  try {
    for (const [suffix, launch] of [
      ['', launchChromium],
      ['-firefox', launchFirefox],
    ] as const) {
      const driver = await launch();
      try {
        for (const theme of ['light', 'dark'] as const) {
          const page = await openWorkbench(driver, `${web.base}index.html?theme=${theme}`, {
            width: 1000,
            height: 800,
          });
          await new Promise((r) => setTimeout(r, 200));
          const start = join(OUT, `workbench-start-${theme}${suffix}.png`);
          writeFileSync(start, await page.screenshot());
          console.log(start);
          await page.pickFile(har);
          for (let i = 0; i < 100; i++) {
            if ((await page.eval<number>(`document.querySelectorAll('[data-entry]').length`)) === EXAMPLES.length)
              break;
            await new Promise((r) => setTimeout(r, 100));
          }
          await new Promise((r) => setTimeout(r, 300));
          const file = join(OUT, `workbench-${theme}${suffix}.png`);
          writeFileSync(file, await page.screenshot());
          console.log(file);
          await page.download('[data-sanitize]');
          await new Promise((r) => setTimeout(r, 200));
          const sanitized = join(OUT, `workbench-sanitized-${theme}${suffix}.png`);
          writeFileSync(sanitized, await page.screenshot());
          console.log(sanitized);
          await page.close();
        }
      } finally {
        await driver.close();
      }
    }
  } finally {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
