// `npm run dev`: rebuilds one browser's extension on every save (vite's watch mode), saying one short
// line per rebuild instead of the bundler's output. The browser opened by `openWithReload` picks the
// new build up by itself.
import { spawn } from 'node:child_process';
import { keepTail } from './output-tail';

export type Target = 'chrome' | 'firefox';

export interface WatchedBuild {
  close(): void;
}

export function watchBuild(root: string, target: Target): WatchedBuild {
  const child = spawn('npx', ['vite', 'build', '--watch', '--logLevel', 'info'], {
    cwd: root,
    env: { ...process.env, TARGET: target },
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const output = keepTail(child.stdout, child.stderr);
  let firstBuild = true;
  let lastSaid = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    // Vite prints "built in N ms." once per bundle (the worker, the popup, each content script): one
    // save rebuilds several, and is said once. The first builds are those `npm run dev` starts with.
    if (!/built in [\d.]+\s*m?s/.test(chunk.toString('utf8'))) return;
    const now = Date.now();
    if (now - lastSaid > 2_000) {
      if (!firstBuild)
        console.log(`Rebuilt the ${target} extension (${new Date(now).toLocaleTimeString()}); the browser reloads it.`);
      firstBuild = false;
    }
    lastSaid = now;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (/\berror\b/i.test(chunk.toString('utf8'))) console.error(`The ${target} build failed:\n${output.lines(20)}`);
  });
  child.once('exit', (code, signal) => {
    if (code !== 0 && signal !== 'SIGTERM')
      console.error(`The watching build stopped (${signal ?? `exit ${code}`}):\n${output.lines(20)}`);
  });
  return {
    close() {
      if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
