import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { noInnerHtml } from './scripts/no-inner-html.ts';

// The HAR workbench as a static page, `dist/web/`: index.html plus assets with relative paths, for any
// static host or straight from disk. A page from file:// may not load module scripts (Chromium applies
// CORS to them, and a file has no origin), nor a worker from a file: so the page is one classic script
// (IIFE), and the worker is inlined and started from a Blob (src/workbench/host/web-host.ts).
const root = import.meta.dirname;

/**
 * The static page's promise, "nothing leaves this page", kept by the browser: no fetch, no form, no
 * remote script, style, image or font; the worker only from a Blob (web-host.ts). The extension's page
 * has the browsers' MV3 policy instead (its worker is a file of the extension).
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'worker-src blob:',
  'img-src data:',
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * Vite writes `<script type="module" crossorigin>` and `<link crossorigin>`: both make the browser
 * fetch in CORS mode, which file:// fails. A deferred classic script runs at the same moment.
 */
function classicScripts(): Plugin {
  return {
    name: 'why401-classic-scripts',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      const out = html
        .replace(/<script type="module" crossorigin/g, '<script defer')
        .replace(/ crossorigin/g, '')
        .replace(
          '<meta charset="utf-8" />',
          `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
        );
      if (/type="module"|crossorigin/.test(out)) throw new Error('workbench: a module script or CORS fetch is left');
      return out;
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src/workbench'),
  base: './',
  publicDir: false,
  resolve: {
    alias: [
      // No extension API here: the bundled catalogues and a Blob worker instead (see web-host.ts).
      { find: /^\.\/host\/extension-host$/, replacement: resolve(root, 'src/workbench/host/web-host.ts') },
    ],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  worker: { format: 'iife' },
  build: {
    outDir: resolve(root, 'dist/web'),
    emptyOutDir: true,
    target: ['chrome120', 'firefox120', 'safari17'],
    sourcemap: false,
    modulePreload: false,
    cssCodeSplit: false,
    rollupOptions: {
      input: resolve(root, 'src/workbench/index.html'),
      output: { format: 'iife', entryFileNames: 'assets/workbench.js', assetFileNames: 'assets/workbench[extname]' },
    },
  },
  plugins: [noInnerHtml(), classicScripts()],
});
