import type { Message } from '../../rules/types';
import type { CatalogEntry, MessageCatalog } from './catalog';
import { formatParam, type FormatOptions } from './format-param';

// Chrome's substitution rules (https://developer.chrome.com/docs/extensions/reference/api/i18n):
// `$NAME$` names a placeholder (case-insensitive) whose `content` holds `$1`..`$9`; `$1`..`$9` may
// also appear directly; `$$` is a literal `$`. One left-to-right pass, so a substitution that
// itself contains `$1` or `$NAME$` is never expanded again (a server cannot inject placeholders).
const TOKEN = /\$(?:(\$)|([1-9])|([A-Za-z0-9_@]+)\$)/g;

/** The message in `catalog` for `message.key`, with its params substituted. Never throws. */
export function formatMessage(catalog: MessageCatalog, message: Message, options: FormatOptions): string {
  const entry = Object.hasOwn(catalog, message.key) ? catalog[message.key] : undefined;
  // An unknown key shows as itself: visible in review, better than an empty line or a crash.
  if (entry === undefined || typeof entry.message !== 'string') return message.key;
  const params = (message.params ?? []).map((p) => formatParam(p, options));
  return substitute(entry.message, entry, params, true);
}

function substitute(text: string, entry: CatalogEntry, params: string[], allowNames: boolean): string {
  return text.replace(TOKEN, (whole, dollar?: string, digit?: string, name?: string) => {
    if (dollar !== undefined) return '$';
    if (digit !== undefined) return params[Number(digit) - 1] ?? '';
    if (!allowNames || name === undefined) return whole;
    const content = placeholderContent(entry, name);
    return content === undefined ? whole : substitute(content, entry, params, false);
  });
}

function placeholderContent(entry: CatalogEntry, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, placeholder] of Object.entries(entry.placeholders ?? {})) {
    if (key.toLowerCase() === wanted) return placeholder.content;
  }
  return undefined;
}
