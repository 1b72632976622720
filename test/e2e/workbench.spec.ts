// The HAR workbench in real Chromium and Firefox: the static build (dist/web) from a local static
// server and from file://, and the extension's own page. A HAR picked in the file input shows one
// section per refused entry with the CLI's ranked causes; a bad file shows its sentence; and the page
// asks for nothing but its own files.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnoseHar } from '../../src/har/diagnose-har';
import { parseHar } from '../../src/har/parse-har';
import { harEntry, harText } from '../../src/har/testing/har-builder';
import { expect, test } from './support/fixtures';
import { PopupPage } from './support/popup-page';
import { serveFolder, type StaticServer } from './support/static-server';
import { openWorkbench, type WorkbenchPage } from './support/workbench-page';

const WEB_DIST = resolve(import.meta.dirname, '../../dist/web');
const EXAMPLES = resolve(import.meta.dirname, '../../examples');
const HARS = readdirSync(EXAMPLES).filter((name) => name.endsWith('.har'));

let web: StaticServer;
let scratch: string;

test.beforeAll(async () => {
  web = await serveFolder(WEB_DIST);
  scratch = mkdtempSync(join(tmpdir(), 'why401-workbench-'));
});

test.afterAll(async () => {
  await web.close();
});

/** What `why401 diagnose --json` lists for the file: each refused entry's index and ranked cause ids. */
function cliAnswer(path: string): Array<[string, string[]]> {
  return diagnoseHar(parseHar(readFileSync(path, 'utf8'))).map((entry) => [
    String(entry.index),
    entry.diagnosis.causes.map((cause) => cause.id),
  ]);
}

/** The page's answer in the same shape: `data-entry` sections, their `data-cause` then `data-other-cause`. */
function shownEntries(page: WorkbenchPage): Promise<Array<[string, string[]]>> {
  return page.eval(`[...document.querySelectorAll('[data-entry]')].map((section) => [
    section.getAttribute('data-entry'),
    [...section.querySelectorAll('[data-cause], [data-other-cause]')].map(
      (el) => el.getAttribute('data-cause') ?? el.getAttribute('data-other-cause'),
    ),
  ])`);
}

/** Picks `path` and waits until the page has read it: done or failed, for this file. */
async function pick(page: WorkbenchPage, path: string): Promise<void> {
  const name = path.split('/').at(-1) ?? path;
  await page.pickFile(path);
  await expect
    .poll(
      () =>
        page.eval<string>(
          `(({ state, file }) => file === ${JSON.stringify(name)} ? state : 'other file')(document.querySelector('main').dataset)`,
        ),
      { timeout: 20_000 },
    )
    .toMatch(/^(?:done|failed)$/);
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

test('static page: every example HAR shows the CLI diagnosis, entry by entry', async ({ driver }) => {
  const page = await openWorkbench(driver, `${web.base}index.html`);
  for (const har of HARS) {
    const path = join(EXAMPLES, har);
    await pick(page, path);
    expect(await shownEntries(page), har).toEqual(cliAnswer(path));
    const entries = (JSON.parse(readFileSync(path, 'utf8')) as { log: { entries: unknown[] } }).log.entries.length;
    expect(await page.eval<string>(`document.querySelector('[data-entries]').textContent`)).toBe(String(entries));
  }
  // Nothing but the page's own files: no upload, no font, no analytics (blob: is the worker, in memory).
  // The listener works (it saw the page's own script), so an empty list below means something.
  expect(page.requests().some((url) => url.endsWith('/assets/workbench.js'))).toBe(true);
  const foreign = page.requests().filter((url) => !url.startsWith(web.base) && !/^(?:blob|data):/.test(url));
  expect(foreign).toEqual([]);
  expect(web.log.filter((path) => path !== '/index.html' && !path.startsWith('/assets/'))).toEqual([]);
  await page.close();
});

test('static page: a bad file gets one sentence, never a blank page', async ({ driver }) => {
  const ok = harEntry({ url: 'https://api.example.com/', status: 200 });
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['notes.txt', 'this is not json', /^notes\.txt cannot be read as a HAR file: .+\.$/],
    ['package.json', '{"name": "package"}', /^package\.json cannot be read as a HAR file: not a HAR file/],
    ['empty.har', '', /^empty\.har is empty/],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary file/],
    ['quiet.har', harText([ok, ok]), /^No request in quiet\.har was answered 401 or 407/],
  ];
  const page = await openWorkbench(driver, `${web.base}index.html`);
  for (const [name, content, sentence] of cases) {
    await pick(page, scratchFile(name, content));
    const shown = await page.eval<string>(
      `(document.querySelector('[role=alert]') ?? document.querySelector('[data-no-refusals]')).textContent`,
    );
    expect(shown, name).toMatch(sentence);
    expect(await page.eval<number>(`document.querySelectorAll('[data-entry]').length`)).toBe(0);
  }
  await page.close();
});

test('static page from file:// (a module script would be blocked there): reads a HAR', async ({ driver }) => {
  const page = await openWorkbench(driver, pathToFileURL(join(WEB_DIST, 'index.html')).href);
  const path = join(EXAMPLES, 'expired-jwt.har');
  await pick(page, path);
  expect(await shownEntries(page)).toEqual(cliAnswer(path));
  // The stylesheet applied too (a `crossorigin` link fails from file:// without a word).
  expect(await page.eval<string>(`getComputedStyle(document.querySelector('.card')).borderTopStyle`)).toBe('solid');
  // And the browser itself holds the page to "no request": its Content-Security-Policy forbids any.
  expect(
    await page.eval<string>(`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`),
  ).toMatch(/default-src 'none'.*connect-src 'none'/);
  await page.close();
});

test("the extension's own page reads a HAR with its worker file", async ({ driver }) => {
  const page = await openWorkbench(driver, `${driver.extensionBase}src/workbench/index.html`);
  const path = join(EXAMPLES, 'session-lapsed.har');
  await pick(page, path);
  expect(await shownEntries(page)).toEqual(cliAnswer(path));
  await page.close();
});

test('the popup\'s "Open a HAR file…" opens the workbench in a tab', async ({ driver }) => {
  const popup = await driver.openPopup({ tabId: -1 });
  await popup.eval(`document.querySelector('[data-action="open-workbench"]').click()`);
  // extension.getViews lists this extension's pages open in tabs (tabs.query would need `tabs` for URLs).
  await expect
    .poll(() =>
      driver.evalInExtension<string[]>(
        `browser.extension.getViews({ type: 'tab' }).map((view) => view.location.pathname)`,
      ),
    )
    .toContain('/src/workbench/index.html');
  await popup.close();
});

test('no axe-core violations, light and dark, before and after a file', async ({ driver }) => {
  const page = await openWorkbench(driver, `${web.base}index.html`);
  // The popup's page object only needs eval: its theme switch and axe run serve this page as well.
  const checked = new PopupPage(page);
  for (const state of ['start', 'diagnosed'] as const) {
    if (state === 'diagnosed') {
      await pick(page, join(EXAMPLES, 'insufficient-scope.har'));
      await checked.expandAll();
    }
    for (const theme of ['light', 'dark'] as const) {
      await checked.setTheme(theme);
      expect(await checked.axe(), `axe ${state} in ${theme}`).toEqual([]);
    }
  }
  await page.close();
});

test.describe('a HAR dropped is read like a picked one', () => {
  for (const [where, target] of [
    ['on the drop zone', '[data-drop-zone]'],
    // Beside the zone the browser would open the file in place of the page: the page takes it instead.
    ['beside it', 'h1'],
  ] as const) {
    test(where, async ({ driver }) => {
      const path = join(EXAMPLES, 'bad-credentials.har');
      const page = await openWorkbench(driver, `${web.base}index.html`);
      // A drop built in the page: a File in a DataTransfer, dispatched as the browser dispatches a drop.
      await page.eval(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(readFileSync(path, 'utf8'))}], 'dropped.har'));
    const zone = document.querySelector(${JSON.stringify(target)});
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return true;
  })()`);
      await expect
        .poll(() => page.eval<string | undefined>(`document.querySelector('main').dataset.file`))
        .toBe('dropped.har');
      await expect.poll(() => page.eval<string>(`document.querySelector('main').dataset.state`)).toBe('done');
      expect(await shownEntries(page)).toEqual(cliAnswer(path));
      await page.close();
    });
  }
});

test.describe('"Download sanitized HAR" saves a file with no secret that diagnoses the same', () => {
  // examples/expired-jwt.har with its JWT signature (the Authorization header, and the page script in a
  // response body that sent it) replaced by a token found nowhere else.
  const CANARY = 'Why401E2eCanary-5b8d03e1';
  const planted = (): string => {
    const text = readFileSync(join(EXAMPLES, 'expired-jwt.har'), 'utf8').replaceAll('CANARY-c2lnbmF0dXJl', CANARY);
    expect(text).toContain(CANARY);
    return text;
  };
  for (const [where, url] of [
    ['static page over http', () => `${web.base}index.html`],
    ['static page from file://', () => pathToFileURL(join(WEB_DIST, 'index.html')).href],
    ["the extension's page", (driver: { extensionBase: string }) => `${driver.extensionBase}src/workbench/index.html`],
  ] as const) {
    test(where, async ({ driver }) => {
      const path = scratchFile('planted.har', planted());
      const page = await openWorkbench(driver, url(driver));
      await pick(page, path);
      const saved = await page.download('[data-sanitize]');
      expect(saved.name).toBe('planted.sanitized.har');
      expect(saved.text).not.toContain(CANARY);
      const original = JSON.parse(readFileSync(path, 'utf8')) as { log: { entries: unknown[] } };
      const copy = JSON.parse(saved.text) as { log: { entries: unknown[] } };
      expect(copy.log.entries).toHaveLength(original.log.entries.length);
      // The CLI's text exactly: two-space JSON and a final newline.
      expect(saved.text).toBe(`${JSON.stringify(copy, null, 2)}\n`);
      expect(cliAnswer(scratchFile('saved.har', saved.text))).toEqual(cliAnswer(path));
      // What was removed, in counts; the sentence never quotes the file.
      const sentence = await page.eval<string>(`document.querySelector('[data-sanitize-status]').textContent`);
      expect(sentence).toMatch(
        /^planted\.sanitized\.har saved \(entries: 3\); secrets replaced by placeholders \(.+\)\.$/,
      );
      expect(sentence).not.toContain(CANARY);
      // No request for it: the file came from memory (blob: and data: are not the network).
      const foreign = page
        .requests()
        .filter(
          (seen) => !/^(?:blob|data|file|chrome-extension|moz-extension):/.test(seen) && !seen.startsWith(web.base),
        );
      expect(foreign).toEqual([]);
      await page.close();
    });
  }
});
