// Header lookups. Field names are case-insensitive (RFC 9110 §5.1).
import type { Header } from '../types';

export function headerValues(headers: readonly Header[], name: string): string[] {
  const out: string[] = [];
  for (const h of headers) if (h.name.toLowerCase() === name) out.push(h.value);
  return out;
}

export function firstHeader(headers: readonly Header[], name: string): string | undefined {
  for (const h of headers) if (h.name.toLowerCase() === name) return h.value;
  return undefined;
}

export function hasHeader(headers: readonly Header[], name: string): boolean {
  return headers.some((h) => h.name.toLowerCase() === name);
}
