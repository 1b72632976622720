// `npm run build` for `npm start`, quietly: a newcomer needs the next step, not the bundlers' 100+
// lines of output. The output is kept and shown only when the build fails.
import { spawn } from 'node:child_process';
import { keepTail } from './output-tail';

export function quietBuild(root: string): Promise<void> {
  const started = Date.now();
  process.stdout.write('Building the extensions and the CLI (npm run build)… ');
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      // On Windows npm is npm.cmd, which Node runs only through a shell.
      shell: process.platform === 'win32',
    });
    const output = keepTail(child.stdout, child.stderr);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) {
        console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
        resolvePromise();
        return;
      }
      console.log('failed:');
      console.error(output.text());
      reject(new Error(`npm run build failed (${signal ?? `exit ${code}`}); its output is above.`));
    });
  });
}
