// `why401 diagnose` on a generated 50,000-entry HAR (about 100 MB), through the built CLI as a user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bigHar } from '../../src/cli/testing/big-har';

export function bigHarRun(entries = 50_000): { seconds: number; megabytes: number; entries: number } {
  const dir = mkdtempSync(join(tmpdir(), 'why401-bench-'));
  const file = join(dir, 'big.har');
  try {
    writeFileSync(file, bigHar(entries));
    const megabytes = statSync(file).size / (1024 * 1024);
    const bin = new URL('../../bin/why401.js', import.meta.url).pathname;
    const start = performance.now();
    const result = spawnSync(process.execPath, [bin, 'diagnose', file, '--json'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 20,
    });
    const seconds = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`why401 exited ${result.status}: ${String(result.stderr)}`);
    return { seconds, megabytes, entries };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
