// `why401 open FILE`: where the HAR workbench is and what to do there. A static page cannot read a path
// it is given (browsers let a page read only the files its user picks or drops), so the CLI opens
// nothing: it names the page and the file, and the user drops one on the other.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/**
 * The static workbench (vite.web.config.ts), beside the CLI's bundle in the package: dist/cli/why401.js
 * -> dist/web/index.html. A variable, not a literal: vite would try to bundle a literal `new URL`.
 */
const WORKBENCH_FROM_CLI = '../web/index.html';

export function bundledWorkbench(): URL {
  return new URL(WORKBENCH_FROM_CLI, import.meta.url);
}

function isFile(path: string | URL): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function openCommand(options: { file: string }, io: CliIo, workbench: URL = bundledWorkbench()): number {
  const file = resolve(options.file);
  if (!isFile(file)) throw new CliError(`cannot read ${sanitizeText(options.file, 200)}: no such file`);
  if (!isFile(workbench)) throw new CliError('the workbench page is not built: run `npm run build:web`');
  io.stdout.write(
    [
      'Open the HAR workbench in a browser, then drop the file on it (or choose it there):',
      '',
      `  workbench  ${workbench.href}`,
      // A path is echoed as the terminal will show it: no control character from a crafted name.
      `  file       ${sanitizeText(file, 4096)}`,
      '',
      'A web page can read only a file you give it, so the path cannot be passed along.',
      'The file is read in the page and never uploaded: the page makes no network request.',
      '',
    ].join('\n'),
  );
  return 0;
}
