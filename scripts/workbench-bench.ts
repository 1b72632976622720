// The workbench page against the CLI on one 100 MB HAR (docs/design.md: within 2× of `why401 diagnose`
// on the same file and machine, without freezing the page). Needs `npm run build`; run with
// `npx tsx scripts/workbench-bench.ts [entries]`. Prints a Markdown table for docs/benchmarks.md.
//
// CLI: the built CLI as a user runs it (`node bin/why401.js diagnose FILE --json`, Node's start-up and
// the file read included). Page: dist/web from a loopback server in real Chromium and Firefox; the file
// is picked in the input, and the page's own clock runs from the input's `change` event to the first
// frame after `main[data-state=done]` (read, parsed, diagnosed, the first sections rendered). The longest
// gap between animation frames from the pick to a second after done (the sections painted meanwhile)
// says whether the page froze; each gap over 50 ms is listed with the page's state. Best of three each.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bigHar } from '../src/cli/testing/big-har';
import { launchChromium } from '../test/e2e/support/chromium-driver';
import type { ExtensionDriver } from '../test/e2e/support/driver';
import { launchFirefox } from '../test/e2e/support/firefox-driver';
import { serveFolder } from '../test/e2e/support/static-server';
import { openWorkbench } from '../test/e2e/support/workbench-page';

const RUNS = 3;
const entries = Number(process.argv[2] ?? 50_000);
const root = resolve(import.meta.dirname, '..');

interface PageRun {
  millis: number;
  longestFrameGap: number;
  sections: number;
  /** Each gap over 50 ms with the page's state then, e.g. `117 ms diagnosing`. */
  gaps: string[];
}

// Installed before the pick: timestamps and frame gaps taken by the page itself.
const PROBE = `(() => {
  const probe = { start: 0, done: 0, gap: 0, gaps: [], finished: false };
  window.__bench = probe;
  document.addEventListener('change', () => { probe.start = performance.now(); }, true);
  let last = performance.now();
  const frame = (now) => {
    if (probe.start) {
      probe.gap = Math.max(probe.gap, now - last);
      const state = document.querySelector('main').dataset.state;
      if (now - last > 50) probe.gaps.push(Math.round(now - last) + ' ms ' + state);
    }
    last = now;
    if (probe.start && !probe.done && document.querySelector('main[data-state=done]')) probe.done = now;
    if (probe.done && now - probe.done > 1000) probe.finished = true;
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  return true;
})()`;

function cliSeconds(file: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'bin/why401.js'), 'diagnose', file, '--json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`why401 exited ${result.status}: ${String(result.stderr)}`);
  return (performance.now() - start) / 1000;
}

async function pageRun(driver: ExtensionDriver, url: string, file: string): Promise<PageRun> {
  const page = await openWorkbench(driver, url);
  try {
    await page.eval(PROBE);
    await page.pickFile(file);
    for (let waited = 0; waited < 120_000; waited += 100) {
      const state = await page.eval<string>(`document.querySelector('main').dataset.state`);
      if (state === 'failed') throw new Error('the page could not read the file');
      if (await page.eval<boolean>('window.__bench.finished')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const probe = await page.eval<{ start: number; done: number; gap: number; gaps: string[] }>('window.__bench');
    const sections = await page.eval<number>(`document.querySelectorAll('[data-entry]').length`);
    return { millis: probe.done - probe.start, longestFrameGap: probe.gap, sections, gaps: probe.gaps };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'why401-workbench-bench-'));
  const file = join(dir, 'big.har');
  const web = await serveFolder(join(root, 'dist/web'));
  try {
    writeFileSync(file, bigHar(entries));
    const megabytes = statSync(file).size / 1e6;
    const cli = Math.min(...Array.from({ length: RUNS }, () => cliSeconds(file)));
    const rows = [`| \`why401 diagnose --json\` (Node ${process.version}) | ${cli.toFixed(2)} s | 1.00 × | |`];
    for (const [name, launch] of [
      ['Chromium', launchChromium],
      ['Firefox', launchFirefox],
    ] as const) {
      const driver = await launch();
      try {
        const runs: PageRun[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await pageRun(driver, `${web.base}index.html`, file));
        const best = runs.reduce((a, b) => (b.millis < a.millis ? b : a));
        const gap = Math.max(...runs.map((run) => run.longestFrameGap));
        for (const run of runs) console.log(`${name}: gaps over 50 ms: ${run.gaps.join(', ') || 'none'}`);
        rows.push(
          `| workbench page, ${name} (${best.sections} sections shown) | ${(best.millis / 1000).toFixed(2)} s | ${(best.millis / 1000 / cli).toFixed(2)} × | ${Math.round(gap)} ms |`,
        );
      } finally {
        await driver.close();
      }
    }
    console.log(`${entries.toLocaleString('en')} entries, ${megabytes.toFixed(0)} MB, best of ${RUNS}\n`);
    console.log('| run | time | over the CLI | longest frame gap |');
    console.log('| --- | --- | --- | --- |');
    for (const row of rows) console.log(row);
  } finally {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
