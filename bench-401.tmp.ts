import { chromium, type Page } from '@playwright/test';
import { launchChromium } from '/work/main/test/e2e/support/chromium-driver';
import { findBrowser } from '/work/main/test/e2e/support/find-browsers';
import { startFixtureServer } from '/work/main/test/e2e/support/fixture-server';
import { pageLoadRatio } from '/work/main/scripts/bench/browser-bench';

const server = await startFixtureServer();
async function timings(page: Page, path: string, n: number): Promise<number> {
  await page.goto(`${server.origin}/`);
  return page.evaluate(async ({ path, n }) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await (await fetch(path)).text();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[times.length >> 1] ?? NaN;
  }, { path, n });
}
const ext = await launchChromium();
const plain = await chromium.launch({ headless: true, executablePath: findBrowser('chromium'), args: ['--disable-gpu', '--disable-quic'] });
const pe = await ext.context.newPage();
const pp = await plain.newPage();
const res: Record<string, number[]> = { ext401: [], plain401: [], ext200: [], plain200: [] };
for (let round = 0; round < 5; round++) {
  res.plain401!.push(await timings(pp, '/compat/401', 100));
  res.ext401!.push(await timings(pe, '/compat/401', 100));
  res.plain200!.push(await timings(pp, '/compat/json', 100));
  res.ext200!.push(await timings(pe, '/compat/json', 100));
}
const med = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1] ?? NaN;
console.log(JSON.stringify(Object.fromEntries(Object.entries(res).map(([k, v]) => [k, +med(v).toFixed(3)]))));
await ext.close(); await plain.close(); await server.close();
console.log('typical', JSON.stringify(await pageLoadRatio('typical')));
console.log('api', JSON.stringify(await pageLoadRatio('api')));
