// `why401 diagnose big.har | head` closes the pipe after ten lines; the next write fails with
// EPIPE, which Node raises as an 'error' event on process.stdout and, unhandled, as a crash with a
// stack trace and exit 1. A closed pipe means the reader has all it wants: stop quietly with 0, as
// `cat` and `grep` do (they die of SIGPIPE, which a shell does not report as a failure either).

export interface ErrorSource {
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface PipeGuardActions {
  /** Ends the process now: no more work, no more output. */
  exit(code: number): void;
  /** For any other write failure (a full disk): one line, not a stack. */
  report(line: string): void;
}

export const EXIT_WRITE_FAILED = 1;

export function guardOutput(stdout: ErrorSource, stderr: ErrorSource, actions: PipeGuardActions): void {
  stdout.on('error', (error) => {
    const code = 'code' in error ? String(error.code) : '';
    if (code === 'EPIPE') {
      actions.exit(0);
      return;
    }
    actions.report(`why401: cannot write the output (${code || error.name})\n`);
    actions.exit(EXIT_WRITE_FAILED);
  });
  // A closed stderr has no one left to tell; keep it from crashing the run.
  stderr.on('error', () => undefined);
}
