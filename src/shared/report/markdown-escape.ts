// Server-supplied text (status text, cookie names, error descriptions) goes into a Markdown report
// that is pasted into tickets and chats. Backslash-escaping the ASCII punctuation Markdown gives
// meaning to (CommonMark §2.4) keeps it from becoming emphasis, links, HTML, tables or headings.
const MARKDOWN_SPECIAL = /[\\`*_{}[\]<>#+|~&]/g;
// GFM turns bare `https://…` and `www.…` into links: a hostile server could plant a clickable one.
const AUTOLINK = /(:)(\/\/)|\b(www)(\.)/gi;

export function escapeMarkdown(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`)
    .replace(AUTOLINK, (_m, colon?: string, slashes?: string, www?: string, dot?: string) =>
      colon !== undefined ? `\\${colon}${slashes ?? ''}` : `${www ?? ''}\\${dot ?? ''}`,
    );
}

/** A fenced code block whose fence is longer than any backtick run in `code`. */
export function fencedBlock(code: string, language = ''): string {
  const longestRun = Math.max(2, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}
