// People count entries from 1 (the first request in DevTools' list is the first, not the zeroth);
// the text and Markdown outputs say "entry 3" for `log.entries[2]`. `--json` keeps 0-based indices.

/** The number a person uses for a 0-based index. */
export function entryNumber(index: number): number {
  return index + 1;
}

const HEAD = 5;

/** `3, 20, 37, 54, 71 … 4,985`: every number when there are few, else the first five and the last. */
export function entryNumberList(indices: readonly number[], locale: string): string {
  const format = new Intl.NumberFormat(locale);
  const numbers = indices.map((i) => format.format(entryNumber(i)));
  if (numbers.length <= HEAD + 2) return numbers.join(', ');
  return `${numbers.slice(0, HEAD).join(', ')} … ${numbers[numbers.length - 1] ?? ''}`;
}
