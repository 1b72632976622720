import { sanitizeText } from '../../shared/i18n/sanitize-text';

/**
 * `api.example.com/v1/users/…/avatar?…`: host and path, query cut, at most `max` characters with
 * the middle elided, so the host (who refused) and the end of the path (what) both stay visible.
 */
export function shortenUrl(url: string, max = 60): string {
  let text: string;
  try {
    const parsed = new URL(url);
    text = parsed.host + parsed.pathname + (parsed.search ? '?…' : '');
  } catch {
    text = url;
  }
  text = sanitizeText(text, 2000);
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 3);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}

/**
 * `/feed/items?page=2` for a list under one host: path and query (stored URLs are already redacted),
 * the middle elided past `max`, so URLs that differ only in their query can still be told apart.
 */
export function pathAndQuery(url: string, max = 52): string {
  let text: string;
  try {
    const parsed = new URL(url);
    text = parsed.pathname + parsed.search;
  } catch {
    text = url;
  }
  text = sanitizeText(text, 2000);
  if (text.length <= max) return text;
  const tail = Math.floor((max - 1) / 2);
  return `${text.slice(0, max - 1 - tail)}…${text.slice(text.length - tail)}`;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function originOf(url: string): string | undefined {
  try {
    const { origin, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? origin : undefined;
  } catch {
    return undefined;
  }
}
