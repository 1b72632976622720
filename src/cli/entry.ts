// The bundle's entry (dist/cli/why401.js): wires run() to the real process. bin/why401.js imports it.
import process from 'node:process';
import { guardOutput } from './closed-pipe';
import { run } from './main';

guardOutput(process.stdout, process.stderr, {
  exit: (code) => process.exit(code),
  report: (line) => process.stderr.write(line),
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  now: () => performance.now(),
});
// exitCode, not exit(): let stdout drain when it is a pipe.
process.exitCode = code;
