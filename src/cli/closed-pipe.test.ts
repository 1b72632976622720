import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { EXIT_WRITE_FAILED, guardOutput } from './closed-pipe';

function errorWith(code: string): Error {
  return Object.assign(new Error(`write ${code}`), { code });
}

function setup() {
  const stdout = new EventEmitter();
  const stderr = new EventEmitter();
  const exits: number[] = [];
  const lines: string[] = [];
  guardOutput(stdout, stderr, { exit: (code) => exits.push(code), report: (line) => lines.push(line) });
  return { stdout, stderr, exits, lines };
}

describe('guardOutput', () => {
  it('ends quietly with 0 when the reader closed the pipe', () => {
    const { stdout, exits, lines } = setup();
    stdout.emit('error', errorWith('EPIPE'));
    expect([exits, lines]).toEqual([[0], []]);
  });

  it('reports any other write failure in one line and fails', () => {
    const { stdout, exits, lines } = setup();
    stdout.emit('error', errorWith('ENOSPC'));
    expect([exits, lines]).toEqual([[EXIT_WRITE_FAILED], ['why401: cannot write the output (ENOSPC)\n']]);
  });

  it('survives a closed stderr', () => {
    const { stderr, exits } = setup();
    expect(() => stderr.emit('error', errorWith('EPIPE'))).not.toThrow();
    expect(exits).toEqual([]);
  });
});
