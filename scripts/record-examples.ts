// Regenerates examples/*.har: real Chromium (no extension needed) visits gallery pages with
// Playwright's HAR recorder on, so the CLI examples are what DevTools would export. Every credential
// in them is a scenario fake marked CANARY; the script refuses to write one that is not.
// Run: npx tsx scripts/record-examples.ts   (then: npm run build:cli && node bin/why401.js diagnose examples/<file>.har)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from '../test/e2e/support/find-browsers';
import { startGallery, type Gallery } from './gallery/gallery-server';

const OUT = resolve(import.meta.dirname, '../examples');
/** The examples name a fixed port, so regenerating them changes only what really changed (times, tokens). */
const STABLE_PORT = 4401;

interface Example {
  file: string;
  /** A gallery cause page, or a fixture scenario page for causes the gallery shows another way. */
  url(gallery: Gallery): string;
  /** Page-level 401: after the page, follow its link to the protected page. */
  followLink?: boolean;
}

const EXAMPLES: Example[] = [
  { file: 'expired-jwt.har', url: (g) => g.pageUrl('credentials-expired') },
  { file: 'bad-credentials.har', url: (g) => g.pageUrl('credentials-rejected') },
  { file: 'insufficient-scope.har', url: (g) => g.pageUrl('insufficient-permissions') },
  { file: 'basic-navigation.har', url: (g) => g.pageUrl('missing-credentials'), followLink: true },
  { file: 'missing-credentials.har', url: (g) => g.fixtures.pageUrl('google-missing-credential') },
  { file: 'session-lapsed.har', url: (g) => g.fixtures.pageUrl('devise-session-lapsed') },
];

interface HarHeader {
  name: string;
  value: string;
}
interface Har {
  log: { entries: Array<{ request: { url: string; headers: HarHeader[] }; response: { headers: HarHeader[] } }> };
}

const SECRET_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apikey',
  'x-csrf-token',
]);
/** Values that carry no secret at all: the client bugs the scenarios reproduce. */
const HARMLESS = /^(?:Bearer (?:undefined|null))$/;

/** Cookie values, from `Cookie: a=1; b=2` or (one per line, as HAR joins them) `Set-Cookie: a=1; Path=/`. */
function cookieValues(name: string, value: string): string[] {
  if (name === 'cookie') return value.split(';').map((pair) => pair.split('=').slice(1).join('=').trim());
  return value.split('\n').map((line) => (line.split(';')[0] ?? '').split('=').slice(1).join('=').trim());
}

/** A cookie value too short to be a session secret (`locale=en`) is a preference, not a credential. */
function isFake(name: string, value: string): boolean {
  if (name === 'cookie' || name === 'set-cookie')
    return cookieValues(name, value).every((v) => v.length < 12 || v.includes('CANARY'));
  return value.includes('CANARY') || HARMLESS.test(value);
}

/** Every credential-bearing header value must be a scenario fake (contains CANARY) or hold nothing. */
function assertOnlyFakes(file: string, har: Har): void {
  for (const entry of har.log.entries) {
    for (const header of [...entry.request.headers, ...entry.response.headers]) {
      const name = header.name.toLowerCase();
      if (!SECRET_HEADERS.has(name) || isFake(name, header.value)) continue;
      throw new Error(`${file}: ${header.name} on ${entry.request.url} is not a CANARY fake; refusing to write it`);
    }
  }
}

async function record(gallery: Gallery, example: Example, executablePath: string): Promise<void> {
  const path = resolve(OUT, example.file);
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--disable-gpu', '--disable-quic'] });
  try {
    const context = await browser.newContext({ recordHar: { path, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(example.url(gallery));
    if (example.followLink) {
      // Headless Chromium cannot answer the Basic prompt: the navigation fails after the 401 is recorded.
      await Promise.all([
        page.waitForEvent('response', (response) => response.status() === 401),
        page.click('#go').catch(() => undefined),
      ]);
    } else {
      await page.waitForFunction(() => document.body.dataset.settled !== undefined);
    }
    await context.close();
  } finally {
    await browser.close();
  }
  const text = readFileSync(path, 'utf8');
  const port = new URL(gallery.indexUrl).port;
  const stable = text
    .replaceAll(`127.0.0.1:${port}`, `127.0.0.1:${STABLE_PORT}`)
    .replaceAll(`localhost:${port}`, `localhost:${STABLE_PORT}`);
  try {
    assertOnlyFakes(example.file, JSON.parse(stable) as Har);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  writeFileSync(path, stable);
  console.log(path);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const gallery = await startGallery();
  const executablePath = findBrowser('chromium');
  try {
    for (const example of EXAMPLES) await record(gallery, example, executablePath);
  } finally {
    await gallery.close();
  }
}

await main();
