import { describe, expect, it } from 'vitest';
import type { Message } from '../rules/types';
import { createProgress, LARGE_FILE_BYTES } from './progress';

function setup(stderrIsTTY: boolean) {
  let err = '';
  let clock = 0;
  const progress = createProgress(
    { stderr: { write: (text: string) => (err += text) }, stderrIsTTY, now: () => clock },
    (m: Message) => `${m.key}:${(m.params ?? []).join('/')}`,
  );
  return { progress, err: () => err, tick: (ms: number) => (clock += ms) };
}

describe('progress', () => {
  it('says nothing when stderr is not a terminal, however long or large', () => {
    const { progress, err, tick } = setup(false);
    progress.reading('big.har', LARGE_FILE_BYTES * 5);
    tick(60_000);
    progress.diagnosing('big.har', 10, 100);
    progress.clear();
    expect(err()).toBe('');
  });

  it('says nothing for a short run on a small file', () => {
    const { progress, err, tick } = setup(true);
    progress.reading('small.har', 1_000);
    tick(500);
    progress.diagnosing('small.har', 10, 100);
    progress.clear();
    expect(err()).toBe('');
  });

  it('announces a large file, redraws one line at most every 100 ms, and erases it', () => {
    const { progress, err, tick } = setup(true);
    progress.reading('big.har', 30 * 1024 * 1024);
    progress.diagnosing('big.har', 256, 1000);
    tick(50);
    progress.diagnosing('big.har', 512, 1000);
    tick(60);
    progress.diagnosing('big.har', 768, 1000);
    progress.clear();
    expect(err().split('\r\u001b[K')).toEqual([
      '',
      'cli_progress_reading:big.har/30',
      'cli_progress_diagnosing:big.har/768/1000',
      '',
    ]);
  });

  it('starts showing once a run on a small file has taken over a second', () => {
    const { progress, err, tick } = setup(true);
    progress.reading('-', undefined);
    progress.diagnosing('-', 256, 1000);
    tick(1_001);
    progress.diagnosing('-', 512, 1000);
    progress.clear();
    expect(err()).toBe('\r\u001b[Kcli_progress_diagnosing:-/512/1000\r\u001b[K');
  });
});
