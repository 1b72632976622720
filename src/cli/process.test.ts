// The built CLI as a real process: what only a process shows (a reader closing the pipe early).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { refusalStormHar } from './testing/refusal-storm-har';

const ROOT = resolve(import.meta.dirname, '../..');
let dir = '';
let bundle = '';
let storm = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'why401-process-'));
  // The same build as `npm run build:cli`, into a temporary folder (dist/ is left alone).
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.cli.config.ts'),
    logLevel: 'silent',
    build: { outDir: join(dir, 'cli') },
  });
  bundle = join(dir, 'cli', 'why401.js');
  storm = join(dir, 'storm.har');
  writeFileSync(storm, refusalStormHar(5_000));
}, 120_000);

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundle; with `closeAfterFirstChunk`, stdout is closed as `| head` does. */
function runBundle(args: string[], closeAfterFirstChunk: boolean): Promise<Finished> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

describe('why401 as a process', () => {
  it('runs', async () => {
    const result = await runBundle(['diagnose', storm], false);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('1,764 of 5,000 entries were refused with 401 or 407.\n')).toBe(true);
  });

  it('exits 0, quietly, when the reader closes the pipe (`| head`)', async () => {
    // Every entry printed (about a megabyte): far more than a pipe holds, so a write fails with EPIPE.
    const result = await runBundle(['diagnose', '--no-group', storm], true);
    expect(result.stderr).toBe('');
    expect([result.code, result.signal]).toEqual([0, null]);
  });
});
