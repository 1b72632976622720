// Messages mark code-like values as Markdown code spans (`invalid_token`), which the popup and the
// Markdown report render. A terminal shows backticks literally, so text output unwraps them (and
// quotes or colours the value). CommonMark's rule: a span opens with a run of N backticks
// and closes at the next run of exactly N; one space of padding on both sides is dropped
// (https://spec.commonmark.org/0.31.2/#code-spans). An unmatched run stays as written.

export function unwrapCodeSpans(text: string, style: (code: string) => string = (code) => code): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('`', i);
    if (open === -1) break;
    const fence = runLength(text, open);
    const close = findClosing(text, open + fence, fence);
    if (close === -1) {
      out += text.slice(i, open + fence);
      i = open + fence;
      continue;
    }
    out += text.slice(i, open) + style(unpad(text.slice(open + fence, close)));
    i = close + fence;
  }
  return out + text.slice(i);
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end += 1;
  return end - at;
}

function findClosing(text: string, from: number, fence: number): number {
  let at = text.indexOf('`', from);
  while (at !== -1) {
    const run = runLength(text, at);
    if (run === fence) return at;
    at = text.indexOf('`', at + run);
  }
  return -1;
}

function unpad(code: string): string {
  return code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== ''
    ? code.slice(1, -1)
    : code;
}
