// `npm start` without a display: it serves the gallery, prints how to load the extension by hand with
// a gallery URL that works, and on SIGTERM stops everything it started (server, children).
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every process below `pid` (ps is in procps on Linux and in macOS). */
function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number));
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [child, ppid] of rows) {
      if (ppid !== parent || child === undefined) continue;
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start without a display', () => {
  it('prints the instructions and a working gallery URL, then stops cleanly on SIGTERM', async () => {
    const { DISPLAY: _x, WAYLAND_DISPLAY: _w, ...env } = process.env;
    // --port 0: never collide with a gallery the developer has running; --no-build: the test is about start, not vite.
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    try {
      const url = await new Promise<string>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no gallery URL in 15 s:\n${output}`)), 15_000);
        child.stdout.on('data', () => {
          const match = /gallery is running at (http:\/\/127\.0\.0\.1:\d+\/gallery\/)/.exec(output);
          if (!match?.[1] || !output.includes('Press Ctrl-C to stop')) return;
          clearTimeout(timer);
          done(match[1]);
        });
      });
      expect(output).toContain('No display found');
      expect(output).toContain('chrome://extensions');
      expect(output).toMatch(/about:debugging.*dist\/firefox\/manifest\.json/);
      const index = await fetch(url);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('The <span class="status">401</span> gallery');

      const started = descendants(child.pid ?? -1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // Helpers such as tsx's esbuild service exit when their parent's pipe closes, a moment after it.
      await expect.poll(() => started.filter(alive), { timeout: 5_000 }).toEqual([]);
      await expect(fetch(url)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
