// Gzip sizes of the built extension's bundles (deterministic: same build, same bytes).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

function gzipBytes(paths: string[]): number {
  return paths.reduce((sum, path) => sum + gzipSync(readFileSync(path), { level: 9 }).length, 0);
}

export interface BundleSizes {
  popupBytes: number;
  backgroundBytes: number;
}

/**
 * The scripts and stylesheets a built page loads: its own, and the chunks it shares with other pages
 * (the DevTools panel shares the cards with the popup), which the build lists as modulepreload links.
 */
function pageFiles(dist: string, html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? '');
  return [...new Set(refs)].map((ref) => join(dist, ref));
}

/** Popup = every script and stylesheet its page loads; background = the worker's JS. */
export function bundleSizes(dist: string): BundleSizes {
  const popup = pageFiles(dist, 'src/popup/index.html');
  const backgroundJs = filesUnder(join(dist, 'src/background'), '.js');
  if (popup.length === 0 || backgroundJs.length === 0) throw new Error(`no build in ${dist}: run npm run build first`);
  return { popupBytes: gzipBytes(popup), backgroundBytes: gzipBytes(backgroundJs) };
}
