// The one way to look headers up. Field names are case-insensitive (RFC 9110 §5.1); values are as sent.
// Works on any `{ name, value }` list: an Exchange's headers, webRequest's (whose value may be absent).

interface NamedValue {
  name: string;
  value?: string;
}

export function headerValues(headers: readonly NamedValue[], name: string): string[] {
  const wanted = name.toLowerCase();
  const out: string[] = [];
  for (const h of headers) if (h.value !== undefined && h.name.toLowerCase() === wanted) out.push(h.value);
  return out;
}

export function firstHeader(headers: readonly NamedValue[] | undefined, name: string): string | undefined {
  if (headers === undefined) return undefined;
  const wanted = name.toLowerCase();
  for (const h of headers) if (h.name.toLowerCase() === wanted) return h.value;
  return undefined;
}

export function hasHeader(headers: readonly NamedValue[] | undefined, name: string): boolean {
  const wanted = name.toLowerCase();
  return headers?.some((h) => h.name.toLowerCase() === wanted) ?? false;
}
