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

/** Popup = its JS and every stylesheet of the build; background = the worker's JS. */
export function bundleSizes(dist: string): BundleSizes {
  const popupJs = filesUnder(join(dist, 'src/popup'), '.js');
  const css = filesUnder(dist, '.css');
  const backgroundJs = filesUnder(join(dist, 'src/background'), '.js');
  if (popupJs.length === 0 || backgroundJs.length === 0)
    throw new Error(`no build in ${dist}: run npm run build first`);
  return { popupBytes: gzipBytes([...popupJs, ...css]), backgroundBytes: gzipBytes(backgroundJs) };
}
