// The CLI's test inputs in test/cli/, and a scratch folder per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const cliFixture = (name: string): string => join(import.meta.dirname, '../../../test/cli', name);
export const SAMPLE = cliFixture('sample.har');
export const SINGLE = cliFixture('single-exchange.json');
export const NONE = cliFixture('no-auth-failures.har');

/** A fresh temporary folder (`dir`); `path(name)` names a file in it. */
export function scratchDir(): { dir: string; path(name: string): string } {
  const dir = mkdtempSync(join(tmpdir(), 'why401-cli-'));
  return { dir, path: (name) => join(dir, name) };
}
