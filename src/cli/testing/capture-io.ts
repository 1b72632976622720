import type { CliIo } from '../io';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

export interface CaptureOptions {
  stdin?: string;
  isTTY?: boolean;
  stderrIsTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** The clock; by default it stands still, so no run is ever "long". */
  now?: () => number;
}

/** A CliIo that records what run() writes; stdin yields the given text (for `diagnose -`). */
export function captureIo(options: CaptureOptions = {}): CapturedIo {
  let out = '';
  let err = '';
  const input = options.stdin ?? '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin: (async function* () {
      // Two chunks, split inside a multi-byte character, as a pipe may deliver them.
      const bytes = Buffer.from(input, 'utf8');
      const middle = Math.floor(bytes.length / 2);
      yield bytes.subarray(0, middle);
      yield bytes.subarray(middle);
    })(),
    isTTY: options.isTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    now: options.now ?? (() => 0),
    out: () => out,
    err: () => err,
  };
}
