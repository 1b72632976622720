// Code never points to a file that is not in the repository: every Markdown file a comment or a doc
// names (`docs/design.md`, `src/cli/README.md`, ...) exists, and nothing names the design notes that
// live outside the repository.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIP = new Set([
  'node_modules',
  'dist',
  '.git',
  'artifacts',
  'test-results',
  'playwright-report',
  'fixtures',
  'screenshots',
]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx|md|json)$/.test(name) && name !== 'package-lock.json' ? [path] : [];
  });
}

const sources = [
  ...files(join(ROOT, 'src')),
  ...files(join(ROOT, 'scripts')),
  ...files(join(ROOT, 'test')),
  ...files(join(ROOT, 'docs')),
  ...['README.md', 'SECURITY.md', 'CONTRIBUTING.md'].map((name) => join(ROOT, name)).filter(existsSync),
];

describe('references to files', () => {
  it('name no design note outside the repository', () => {
    const outside = sources.filter((path) =>
      /\b(?:DESIGN|STYLE|BROWSER-TESTING)\.md\b/.test(readFileSync(path, 'utf8')),
    );
    expect(outside.map((path) => relative(ROOT, path))).toEqual([]);
  });

  it('name only Markdown files that exist', () => {
    const missing: string[] = [];
    for (const path of sources) {
      for (const [, name] of readFileSync(path, 'utf8').matchAll(/\b((?:docs|src|test|scripts)\/[\w./-]+\.md)\b/g)) {
        if (name !== undefined && !existsSync(join(ROOT, name))) missing.push(`${relative(ROOT, path)} -> ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
