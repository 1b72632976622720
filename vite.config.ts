import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { localeNames, mergeLocale } from './scripts/locales.ts';
import { noInnerHtml } from './scripts/no-inner-html.ts';

// One root manifest.json, built per browser: `TARGET=chrome|firefox vite build` writes dist/<target>/.
const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const outDir = resolve(import.meta.dirname, 'dist', target);
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

function manifest(): Record<string, unknown> {
  const source = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return { ...source, version: pkg.version };
}

/** Writes `_locales/<lang>/messages.json` from the per-area files in `src/locales/<lang>/`. */
function locales(): Plugin {
  return {
    name: 'why401-locales',
    apply: 'build',
    closeBundle() {
      for (const lang of localeNames()) {
        const folder = join(outDir, '_locales', lang);
        mkdirSync(folder, { recursive: true });
        writeFileSync(join(folder, 'messages.json'), JSON.stringify(mergeLocale(lang), null, 2));
      }
    },
  };
}

/**
 * The knowledge tables cite a source on every row (`source: '...'`) for reviewers and tests; nothing
 * reads it at run time, so the extension ships without it (about a fifth of the worker's size). Row
 * ids (`github-bad-credentials`) only tell rows apart at run time (KnownSignal.rule, dedupe): the
 * extension ships a short id for each instead (about 1 KB gzip of the worker), checked unique. The CLI
 * and the tests keep the full names.
 */
function stripRowSources(): Plugin {
  const tables = /\/src\/rules\/(?:knowledge|facts\/credentials)\/[\w-]+\.ts$/;
  // `source:` and its string may sit on two lines (Prettier breaks a row longer than 120 columns).
  const sourceLine = /^[ \t]*source:\s*'(?:[^'\\\n]|\\.)*',[ \t]*$/gm;
  const sourceInline = /,[ \t]*source:[ \t]*'(?:[^'\\\n]|\\.)*'(?=[ \t]*\})/g;
  const rowId = /^([ \t]*id:[ \t]*)'([a-z0-9]+(?:-[a-z0-9]+)+)'(,[ \t]*)$/gm;
  const shortIds = new Map<string, string>();
  // `<file initials><row number>`, e.g. `bm12` for the 13th row of body-messages.ts: deterministic, and
  // small once gzipped (hashes of the names were not).
  const shortId = (file: string, index: number, id: string): string => {
    const initials = (/([\w-]+)\.ts$/.exec(file)?.[1] ?? '')
      .split('-')
      .map((word) => word[0])
      .join('');
    const short = `${initials}${index}`;
    const taken = shortIds.get(short);
    if (taken !== undefined && taken !== id)
      throw new Error(`knowledge row ids ${taken} and ${id} both shorten to ${short}`);
    shortIds.set(short, id);
    return short;
  };
  return {
    name: 'why401-strip-row-sources',
    enforce: 'pre', // see the TypeScript as written, before it is compiled and reformatted
    transform(code, id) {
      if (!tables.test(id) || id.endsWith('.test.ts')) return null;
      let rows = 0;
      const stripped = code
        .replace(sourceLine, '')
        .replace(sourceInline, '')
        .replace(
          rowId,
          (_line, head: string, rowName: string, tail: string) => `${head}'${shortId(id, rows++, rowName)}'${tail}`,
        );
      if (/^[ \t]*source:\s*['"`]/m.test(stripped))
        this.error(`${id}: a row's source is not a single-quoted '...' string; write it as one`);
      return { code: stripped, map: null };
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  resolve: {
    // The manifest requires Chrome 148+ / Firefox 142+, which ship `browser` natively: the polyfill
    // would only forward to it. Node tests and the source still import the polyfill through
    // src/shared/browser.ts, so it can be mocked there.
    alias: { 'webextension-polyfill': resolve(import.meta.dirname, 'src/shared/native-browser.ts') },
  },
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir,
    emptyOutDir: true,
    target: ['chrome148', 'firefox142'],
    sourcemap: false,
    // Terser with a few compress passes: about 0.6 KB gzip less worker than the default minifier, which
    // keeps the worker within docs/design.md's 32 KB with the knowledge tables in it. Function
    // declarations hoisted to the top of their scope (as the engine does anyway): 0.3 KB gzip less worker.
    // No Safari 10 workarounds (vite turns them on; the manifest asks for Chrome 148+ / Firefox 142+):
    // 0.1 KB more.
    minify: 'terser',
    terserOptions: { safari10: false, compress: { passes: 3, hoist_funs: true } },
    rollupOptions: {
      // The rule module is pure (docs/design.md): its modules' top-level code only builds tables. Said so,
      // a bundle keeps only what its imports reach: the page wrapper, which describes credentials with
      // describeAuthorization and findApiKeys, no longer carries the body-message and header tables that
      // other rule modules build at load.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/src/rules/') },
    },
  },
  plugins: [
    webExtension({
      manifest,
      browser: target,
      skipManifestValidation: true,
      disableAutoLaunch: true,
      // Extension pages the manifest does not name: the DevTools panel (created by the devtools page with
      // devtools.panels.create) and the HAR workbench (the popup opens it in a tab; vite.web.config.ts
      // builds the same page as a static site).
      // The popup's two scripts, each built as one classic file with everything it imports: the popup opens
      // faster from one file than from a page chunk and the chunks it would share (src/popup/index.html).
      additionalInputs: [
        'src/devtools/panel.html',
        'src/workbench/index.html',
        'src/popup/early.ts',
        'src/popup/main.tsx',
      ],
    }),
    locales(),
    noInnerHtml(),
    stripRowSources(),
  ],
});
