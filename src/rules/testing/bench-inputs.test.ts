import { describe, expect, it } from 'vitest';
import { pathologicalHeaders } from './bench-inputs';

describe('pathologicalHeaders', () => {
  const rows: Array<[name: string, bytes: number]> = [
    ['gives shapes of exactly 1 KB', 1024],
    ['gives shapes of exactly 1 MB', 1 << 20],
    ['gives shapes shorter than their prefix when asked for few bytes', 5],
    ['gives empty shapes for 0 bytes', 0],
  ];
  it.each(rows)('%s', (_name, bytes) => {
    const shapes = pathologicalHeaders(bytes);
    expect(shapes.length).toBeGreaterThanOrEqual(10);
    expect(new Set(shapes.map((s) => s.name)).size).toBe(shapes.length);
    for (const s of shapes) expect(s.value.length).toBe(bytes);
  });
});
