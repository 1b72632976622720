import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial-queue';

describe('createSerialQueue', () => {
  it('runs read-modify-write tasks one after another, so no update is lost', async () => {
    const enqueue = createSerialQueue(() => undefined);
    let stored = 0;
    const tasks = Array.from({ length: 50 }, () =>
      enqueue(async () => {
        const read = stored;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 2));
        stored = read + 1;
      }),
    );
    await Promise.all(tasks);
    expect(stored).toBe(50);
  });

  it('reports a failed task and keeps going', async () => {
    const errors: unknown[] = [];
    const enqueue = createSerialQueue((error) => errors.push(error));
    let ran = false;
    await enqueue(() => Promise.reject(new Error('quota')));
    await enqueue(async () => {
      ran = true;
    });
    expect(errors).toHaveLength(1);
    expect(ran).toBe(true);
  });
});
