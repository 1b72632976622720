// The end of a child's output, kept so that a browser or build that fails can say why in its own
// words, while a healthy one stays quiet (Chromium writes dbus and GPU noise to stderr on every start).
import type { Readable } from 'node:stream';

const KEEP_CHARS = 16 * 1024;

export interface OutputTail {
  /** The last `lines` non-empty lines, each indented for the console. */
  lines(lines: number): string;
  /** Everything kept (the last 16 KB). */
  text(): string;
}

export function keepTail(...streams: (Readable | null)[]): OutputTail {
  let kept = '';
  for (const stream of streams) {
    stream?.on('data', (chunk: Buffer) => {
      kept = (kept + chunk.toString()).slice(-KEEP_CHARS);
    });
  }
  return {
    lines: (count) =>
      kept
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(-count)
        .map((line) => `  ${line}`)
        .join('\n'),
    text: () => kept,
  };
}
