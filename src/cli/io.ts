// Everything the CLI touches outside itself, passed in so tests run `run()` without spawning.
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Read only for `diagnose -`. */
  stdin: AsyncIterable<Uint8Array | string>;
  /** Whether stdout is a terminal: colour is used only then. */
  isTTY: boolean;
  /** Whether stderr is a terminal: progress is shown only then. */
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** Milliseconds from a monotonic clock (progress timing). */
  now(): number;
}
