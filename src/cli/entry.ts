// The bundle's entry (dist/cli/why401.js): wires run() to the real process. bin/why401.js imports it.
import process from 'node:process';
import { run } from './main';

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
