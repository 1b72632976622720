// Gzip sizes of the built extension's bundles (deterministic: same build, same bytes).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

function gzipBytes(paths: Iterable<string>): number {
  let sum = 0;
  for (const path of paths) sum += gzipSync(readFileSync(path), { level: 9 }).length;
  return sum;
}

/** A chunk's static imports (`from"../../x.js"`, `import"./y.js"`): the shared chunks it loads with it. */
const IMPORT = /(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g;

/**
 * Every script and stylesheet a built page loads at once: what its HTML names (root-relative paths, as
 * vite writes them for an extension) and the chunks those scripts import. The workbench and the DevTools
 * panel share the cards in a chunk of their own; the popup's two scripts are one file each.
 */
export function pageFiles(dist: string, page: string): Set<string> {
  const html = readFileSync(join(dist, page), 'utf8');
  const files = new Set<string>();
  const pending = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((match) =>
    join(dist, (match[1] ?? '').replace(/^\.?\//, ''), ''),
  );
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const file = path.startsWith(dist) ? path : resolve(dist, path);
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT))
      pending.push(resolve(dirname(file), match[1] ?? ''));
  }
  return files;
}

export interface BundleSizes {
  popupBytes: number;
  backgroundBytes: number;
}

/** Popup = the JS and CSS its page loads; background = the worker's JS. */
export function bundleSizes(dist: string): BundleSizes {
  const popup = pageFiles(dist, 'src/popup/index.html');
  const backgroundJs = filesUnder(join(dist, 'src/background'), '.js');
  if (![...popup].some((file) => file.endsWith('.js')) || backgroundJs.length === 0)
    throw new Error(`no build in ${dist}: run npm run build first`);
  return { popupBytes: gzipBytes(popup), backgroundBytes: gzipBytes(backgroundJs) };
}

/** The static workbench (dist/web): its page's JS and CSS, the worker and both catalogues inlined. */
export function workbenchBytes(webDist: string): number {
  const files = pageFiles(webDist, 'index.html');
  if (files.size === 0) throw new Error(`no build in ${webDist}: run npm run build first`);
  return gzipBytes(files);
}
