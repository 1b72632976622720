// Renders assets/icon.svg to public/icons/icon-<size>.png with the system Chromium.
// Run with `npm run icons` after changing the SVG; the PNGs are committed.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from '../test/e2e/support/find-browsers';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icons/', import.meta.url).pathname;
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('width="128" height="128"', `width="${size}" height="${size}"`)}`,
  );
  await page.screenshot({ path: `${outDir}icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`wrote ${SIZES.map((size) => `icon-${size}.png`).join(', ')} to ${outDir}`);
