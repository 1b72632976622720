import type { Header } from '../rules/types';

// Typed reads of untrusted HAR fields: a wrong type reads as absent, never throws.

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** HAR `[{name, value}]` lists (headers, cookies, queryString) with non-string items dropped. */
export function nameValues(list: unknown): Header[] {
  if (!Array.isArray(list)) return [];
  const out: Header[] = [];
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, value } = item as { name?: unknown; value?: unknown };
    if (typeof name === 'string' && typeof value === 'string') out.push({ name, value });
  }
  return out;
}

/** First value of a header, case-insensitive; cheap enough for every entry of a large HAR. */
export function headerValue(list: unknown, lowerName: string): string | undefined {
  if (!Array.isArray(list)) return undefined;
  for (const item of list as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { name, value } = item as { name?: unknown; value?: unknown };
    if (
      typeof name === 'string' &&
      name.length === lowerName.length &&
      name.toLowerCase() === lowerName &&
      typeof value === 'string'
    )
      return value;
  }
  return undefined;
}
