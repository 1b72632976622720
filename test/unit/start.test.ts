// `npm start`: the Chromium command line (sandboxed unless root), what it prints without a display
// (the next step first, short), a browser that cannot start (its own error, not "no display"), and
// stopping (SIGINT or SIGTERM ends everything it started and removes the throw-away profile).
// The browser is a fake: a shell script given as CHROMIUM_PATH that records its arguments.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, test } from 'vitest';
import { chromiumArgs } from '../../scripts/gallery/chromium-args';
import { hasDisplay, noDisplayNextSteps } from '../../scripts/gallery/instructions';

const ROOT = resolve(import.meta.dirname, '../..');
const GALLERY = 'http://127.0.0.1:4401/gallery/';

describe('chromiumArgs', () => {
  const base = { extensionDir: '/x/dist/chrome', profileDir: '/tmp/profile', url: GALLERY };
  test.each([
    { who: 'a normal user', runningAsRoot: false, noSandbox: false },
    { who: 'root (Chromium refuses to start sandboxed)', runningAsRoot: true, noSandbox: true },
  ])('as $who: --no-sandbox is $noSandbox', ({ runningAsRoot, noSandbox }) => {
    const args = chromiumArgs({ ...base, runningAsRoot });
    expect(args.includes('--no-sandbox')).toBe(noSandbox);
    expect(args).toEqual(
      expect.arrayContaining([
        '--user-data-dir=/tmp/profile',
        '--load-extension=/x/dist/chrome',
        '--disable-extensions-except=/x/dist/chrome',
      ]),
    );
    expect(args.at(-1)).toBe(GALLERY);
  });
});

describe('hasDisplay', () => {
  test.each([
    { platform: 'linux', env: {}, expected: false },
    { platform: 'linux', env: { DISPLAY: ':0' }, expected: true },
    { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' }, expected: true },
    { platform: 'linux', env: { DISPLAY: '' }, expected: false },
    { platform: 'darwin', env: {}, expected: true },
    { platform: 'win32', env: {}, expected: true },
  ] as const)('$platform with $env: $expected', ({ platform, env, expected }) => {
    expect(hasDisplay(env, platform)).toBe(expected);
  });
});

describe('noDisplayNextSteps', () => {
  test.each([
    { firefox: false, xvfb: 'xvfb-run -a npm start ' },
    { firefox: true, xvfb: 'xvfb-run -a npm start -- --firefox' },
  ])('firefox $firefox: four short lines with the gallery, xvfb-run and the CLI', ({ firefox, xvfb }) => {
    const lines = noDisplayNextSteps(GALLERY, firefox).split('\n');
    expect(lines.length).toBeLessThanOrEqual(4);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(90);
    const text = lines.join('\n');
    expect(text).toContain(GALLERY);
    expect(text).toContain(xvfb);
    expect(text).toContain('node bin/why401.js diagnose examples/*.har');
  });
});

// --- the script itself, as a child process ---------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'why401-start-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in for Chromium: writes its arguments to a file, then `body` (stay up, or fail). */
function fakeBrowser(name: string, body: string): { path: string; argsFile: string } {
  const path = join(scratch, `${name}.sh`);
  const argsFile = join(scratch, `${name}.args`);
  writeFileSync(path, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\n${body}\n`);
  chmodSync(path, 0o755);
  return { path, argsFile };
}

function profileDirOf(argsFile: string): string {
  const flag = readFileSync(argsFile, 'utf8')
    .split('\n')
    .find((arg) => arg.startsWith('--user-data-dir='));
  if (!flag) throw new Error(`no --user-data-dir in ${argsFile}`);
  return flag.slice('--user-data-dir='.length);
}

interface Started {
  child: ChildProcessWithoutNullStreams;
  output(): string;
  waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  exited: Promise<number | null>;
}

function startScript(env: NodeJS.ProcessEnv): Started {
  // --port 0: never collide with a gallery the developer has running; --no-build: the test is about start, not vite.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-build', '--port', '0'], {
    cwd: ROOT,
    env,
  });
  let output = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((done, fail) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return;
        listeners.delete(check);
        clearTimeout(timer);
        done(match);
      };
      const timer = setTimeout(() => fail(new Error(`no ${pattern} in 15 s:\n${output}`)), 15_000);
      listeners.add(check);
      check();
    });
  return { child, output: () => output, waitFor, exited };
}

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

const { DISPLAY: _x, WAYLAND_DISPLAY: _w, ...noDisplay } = process.env;
const GALLERY_LINE = /gallery (?:is running at|runs at) (http:\/\/127\.0\.0\.1:\d+\/gallery\/)/;

describe('npm start', () => {
  it.runIf(process.platform === 'linux')(
    'without a display: prints the next step first, serves the gallery, stops cleanly on SIGTERM',
    async () => {
      const started = startScript(noDisplay);
      try {
        const [, url = ''] = await started.waitFor(GALLERY_LINE);
        await started.waitFor(/ssh -L/);
        const output = started.output();
        // The next step comes first and short; the by-hand details after it.
        expect(output.trimStart().startsWith('No display')).toBe(true);
        expect(output.indexOf('xvfb-run -a npm start')).toBeLessThan(output.indexOf('chrome://extensions'));
        expect(output).toMatch(/about:debugging.*dist\/firefox\/manifest\.json/);
        const index = await fetch(url);
        expect(index.status).toBe(200);
        expect(await index.text()).toContain('The <span class="status">401</span> gallery');

        const children = descendants(started.child.pid ?? -1);
        started.child.kill('SIGTERM');
        expect(await started.exited).toBe(0);
        // Helpers such as tsx's esbuild service exit when their parent's pipe closes, a moment after it.
        await expect.poll(() => children.filter(alive), { timeout: 5_000 }).toEqual([]);
        await expect(fetch(url)).rejects.toThrow();
      } finally {
        if (started.child.exitCode === null) started.child.kill('SIGKILL');
      }
    },
  );

  it('with a browser: runs it on a throw-away profile, sandboxed unless root; Ctrl-C removes the profile', async () => {
    const browser = fakeBrowser('stays-up', 'exec sleep 600');
    const started = startScript({ ...process.env, DISPLAY: ':99', CHROMIUM_PATH: browser.path });
    try {
      const [, url = ''] = await started.waitFor(GALLERY_LINE);
      await started.waitFor(/Close the browser or press Ctrl-C to stop/);
      const args = readFileSync(browser.argsFile, 'utf8').split('\n');
      expect(args.includes('--no-sandbox')).toBe(process.getuid?.() === 0);
      expect(args).toContain(url);
      const profile = profileDirOf(browser.argsFile);
      expect(existsSync(profile)).toBe(true);

      const children = descendants(started.child.pid ?? -1);
      // Ctrl-C in a terminal arrives twice: from the terminal, and relayed by the tsx parent of npm start.
      started.child.kill('SIGINT');
      await started.waitFor(/Stopping/);
      started.child.kill('SIGINT');
      expect(await started.exited).toBe(0);
      expect(existsSync(profile)).toBe(false);
      await expect.poll(() => children.filter(alive), { timeout: 5_000 }).toEqual([]);
    } finally {
      if (started.child.exitCode === null) started.child.kill('SIGKILL');
    }
  });

  it('with a browser that cannot start: reports its exit code and last words, not "no display", and keeps the gallery', async () => {
    const browser = fakeBrowser('fails', "echo 'error while loading shared libraries: libnss3.so' >&2\nexit 127");
    const started = startScript({ ...process.env, DISPLAY: ':99', CHROMIUM_PATH: browser.path });
    try {
      await started.waitFor(/ssh -L/);
      const output = started.output();
      expect(output).toContain('Chromium could not start');
      expect(output).toContain('exited with code 127');
      expect(output).toContain('libnss3.so');
      expect(output).not.toMatch(/no display/i);
      expect(existsSync(profileDirOf(browser.argsFile))).toBe(false);
      const [, url = ''] = GALLERY_LINE.exec(output) ?? [];
      expect((await fetch(url)).status).toBe(200);

      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      if (started.child.exitCode === null) started.child.kill('SIGKILL');
    }
  });
});
