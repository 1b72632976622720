// Reads a Why401-sanitized HAR back for diagnosis: every placeholder in the fields the reader uses
// becomes its stand-in (stand-in.ts), so `why401 diagnose` gives the same answer as on the original.
// Only files marked `log._why401Sanitized` (or an exchange marked `_why401Sanitized`) are read so.
import type { HarEntry, HarPage } from '../har-types';
import { hasPlaceholder, replacePlaceholders } from './placeholder';
import { type StandInBudget, standIn, standInBudget } from './stand-in';
import { decodeBase64Text, encodeBase64Text } from '../base64-text';

/** How much of a base64 body is decoded to look for placeholders: far more than the rules read. */
const BASE64_HEAD = 4 * 1024 * 1024;

/** The readers of one entry (or one page list), sharing one stand-in budget (stand-in.ts). */
function restorer(budget: StandInBudget = standInBudget()) {
  const restoreText = (text: string): string => replacePlaceholders(text, (p) => standIn(p, budget));
  const restoreValue = (value: unknown): unknown =>
    typeof value === 'string' && hasPlaceholder(value) ? restoreText(value) : value;

  /** `[{name, value, ...}]` lists: a new list only when an item changed. */
  const restorePairs = (list: unknown): unknown => {
    if (!Array.isArray(list)) return list;
    let out: unknown[] | undefined;
    list.forEach((item: unknown, i) => {
      if (typeof item !== 'object' || item === null) return;
      const { value } = item as { value?: unknown };
      const restored = restoreValue(value);
      if (restored === value) return;
      out ??= [...list];
      out[i] = { ...item, value: restored };
    });
    return out ?? list;
  };

  const restorePostData = (postData: unknown): unknown => {
    if (typeof postData !== 'object' || postData === null) return postData;
    const data = postData as { text?: unknown; params?: unknown };
    return { ...data, text: restoreValue(data.text), params: restorePairs(data.params) };
  };

  const restoreContent = (content: HarEntry['response']['content']): HarEntry['response']['content'] => {
    if (content === undefined || typeof content.text !== 'string') return content;
    if (content.encoding !== 'base64') return { ...content, text: restoreValue(content.text) };
    const decoded = decodeBase64Text(content.text.slice(0, BASE64_HEAD));
    if (decoded === undefined || !hasPlaceholder(decoded)) return content;
    return { ...content, text: encodeBase64Text(restoreText(decoded)) };
  };

  return { restoreText, restoreValue, restorePairs, restorePostData, restoreContent };
}

/** One text with stand-ins for its placeholders. */
export function restoreText(text: string): string {
  return restorer().restoreText(text);
}

/** The entry with stand-ins for placeholders; untouched fields are shared, nothing is mutated. */
export function restoreEntry(entry: HarEntry): HarEntry {
  const { restoreValue, restorePairs, restorePostData, restoreContent } = restorer();
  const { request, response } = entry;
  return {
    ...entry,
    request: {
      ...request,
      url: restoreValue(request.url),
      headers: restorePairs(request.headers),
      cookies: restorePairs(request.cookies),
      queryString: restorePairs(request.queryString),
      postData: restorePostData(request.postData),
    },
    response: {
      ...response,
      statusText: restoreValue(response.statusText),
      headers: restorePairs(response.headers),
      cookies: restorePairs(response.cookies),
      content: restoreContent(response.content),
    },
  };
}

export function restorePages(pages: readonly HarPage[]): HarPage[] {
  const { restoreValue } = restorer();
  return pages.map((page) => {
    const title = restoreValue(page.title);
    return title === page.title ? page : { ...page, title };
  });
}
