import type { Message } from '../rules/types';
import type { CliIo } from './io';

// Progress for long runs, on stderr, and only when stderr is a terminal: a pipe or a log file gets
// nothing (the lines would be noise there), and stdout stays clean for `> report.txt`. A run is
// long when its file is over 20 MB or it has taken over a second; one line is redrawn in place
// (`\r` + erase line) at most ten times a second and erased when the work is done.

export const LARGE_FILE_BYTES = 20 * 1024 * 1024;
export const SLOW_MS = 1_000;
const REDRAW_MS = 100;
const ERASE_LINE = '\r\u001b[K';

export interface Progress {
  /** Before reading an input; `bytes` when known (not for standard input). */
  reading(name: string, bytes: number | undefined): void;
  /** While diagnosing; cheap enough to call every few hundred entries. */
  diagnosing(name: string, done: number, total: number): void;
  /** Erases the progress line, if one was drawn. */
  clear(): void;
}

export function createProgress(
  io: Pick<CliIo, 'stderr' | 'stderrIsTTY' | 'now'>,
  text: (message: Message) => string,
): Progress {
  const start = io.now();
  let large = false;
  let drawn = false;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const draw = (message: Message, force: boolean) => {
    const now = io.now();
    if (!force && now - lastDraw < REDRAW_MS) return;
    lastDraw = now;
    io.stderr.write(`${ERASE_LINE}${text(message)}`);
    drawn = true;
  };
  if (!io.stderrIsTTY) return { reading: () => undefined, diagnosing: () => undefined, clear: () => undefined };
  return {
    reading(name, bytes) {
      large = bytes !== undefined && bytes > LARGE_FILE_BYTES;
      if (large) draw({ key: 'cli_progress_reading', params: [name, Math.round((bytes ?? 0) / (1024 * 1024))] }, true);
    },
    diagnosing(name, done, total) {
      if (large || io.now() - start > SLOW_MS)
        draw({ key: 'cli_progress_diagnosing', params: [name, done, total] }, false);
    },
    clear() {
      if (drawn) io.stderr.write(ERASE_LINE);
      drawn = false;
    },
  };
}
