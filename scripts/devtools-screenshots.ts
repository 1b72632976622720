// Screenshots of the DevTools panel for the README (docs/screenshots/devtools-panel-*.png): real
// Chromium with DevTools open on a tab (test/e2e/support/chromium-devtools.ts), the Why401 panel shown,
// the refusals of the panel's end-to-end test made against the loopback server, cards, table and the
// status after "Export these refusals", in DevTools' light and dark themes. Run with `npx tsx scripts/devtools-screenshots.ts` after
// `npm run build:chrome` (it starts its own Xvfb when there is no display).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startExchangesServer, START_PAGE } from '../test/fixtures/devtools/exchanges-server';
import { PAGE_REQUESTS, pageRequestsInput } from '../test/fixtures/devtools/page-requests';
import { launchChromiumWithDevtools, type TargetEval } from '../test/e2e/support/chromium-devtools';
import { handleLoginPrompts } from '../test/real-servers/login-prompts';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const THEMES = ['light', 'dark'] as const;

/** DevTools only (docked beside the page), not the page area of its window. */
async function capture(frontEnd: TargetEval, file: string): Promise<void> {
  const clip = await frontEnd.evaluate<{ x: number; y: number; width: number; height: number }>(`(async () => {
    const { InspectorView } = (await import('./ui/legacy/legacy.js')).InspectorView;
    const box = InspectorView.instance().element.getBoundingClientRect();
    return { x: box.x, y: box.y, width: box.width, height: box.height };
  })()`);
  const { data } = await frontEnd.send<{ data: string }>('Page.captureScreenshot', {
    format: 'png',
    clip: { ...clip, scale: 1 },
  });
  writeFileSync(resolve(OUT, file), Buffer.from(data, 'base64'));
  console.log(`wrote docs/screenshots/${file}`);
}

const server = await startExchangesServer();
try {
  for (const theme of THEMES) {
    const browser = await launchChromiumWithDevtools({ theme: theme === 'dark' ? 'dark' : 'default' });
    try {
      await browser.page.goto(server.origin + START_PAGE);
      const panel = await browser.showPanel('Why401');
      const prompts = await handleLoginPrompts(browser.page);
      await browser.page.evaluate(`(${PAGE_REQUESTS})(${JSON.stringify(pageRequestsInput(server, true))})`);
      for (
        let i = 0;
        i < 50 && (await panel.evaluate<number>(`document.querySelectorAll('[data-cause]').length`)) < 3;
        i++
      )
        await new Promise((done) => setTimeout(done, 200));
      await prompts.detach();
      await new Promise((done) => setTimeout(done, 300));
      await capture(browser.frontEnd, `devtools-panel-cards-${theme}.png`);
      await panel.evaluate(`void document.querySelector('input[name="view"][value="table"]').click()`);
      await new Promise((done) => setTimeout(done, 300));
      await capture(browser.frontEnd, `devtools-panel-table-${theme}.png`);
      // "Export these refusals": the file goes to a temp dir, the status says what was replaced.
      const downloads = mkdtempSync(join(tmpdir(), 'why401-shots-'));
      await browser.catchDownloads(downloads);
      await panel.evaluate(`void document.querySelector('[data-action="export-har"]').click()`);
      await new Promise((done) => setTimeout(done, 500));
      await capture(browser.frontEnd, `devtools-panel-export-${theme}.png`);
      rmSync(downloads, { recursive: true, force: true });
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
