import type { CliIo } from '../io';

export interface CapturedIo extends CliIo {
  out(): string;
  err(): string;
}

/** A CliIo that records what run() writes; stdin yields the given text (for `diagnose -`). */
export function captureIo(options: { stdin?: string; isTTY?: boolean; env?: Record<string, string | undefined> } = {}): CapturedIo {
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
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
