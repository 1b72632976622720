// `formatParam` wraps code params in CommonMark code spans (a fence of backticks longer than any run
// inside, padded with a space when needed). The popup splits them back out to show them as <code>;
// everything stays text, never markup.
export type Segment = { code: boolean; text: string };

const SPAN = /(`+)( ?)([\s\S]*?)\2\1(?!`)/g;

export function splitCodeSpans(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(SPAN)) {
    const index = match.index;
    if (index > last) out.push({ code: false, text: text.slice(last, index) });
    out.push({ code: true, text: match[3] ?? '' });
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ code: false, text: text.slice(last) });
  return out;
}
