// Node 20 has no Intl.DurationFormat, so durations are composed from Intl.NumberFormat unit
// strings ("3 hr", "12 min") joined by Intl.ListFormat's unit style, both localised.

import { listFormat, numberFormat } from './intl-cache';

const UNITS = [
  { unit: 'day', ms: 86_400_000 },
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1_000 },
] as const;

/**
 * The two largest non-zero units, truncated: "2 days 4 hr", "3 hr 12 min", "45 sec", "250 ms".
 * The sign is dropped: messages say "ago" or "in" themselves.
 */
export function formatDuration(ms: number, locale: string): string {
  const abs = Number.isFinite(ms) ? Math.abs(ms) : 0;
  if (abs < 1_000) return unitFormat(locale, 'millisecond').format(Math.round(abs));
  const parts: string[] = [];
  let rest = abs;
  for (const { unit, ms: size } of UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(unitFormat(locale, unit).format(count));
    else if (parts.length > 0) break; // "2 days 0 hr 5 min" would read as noise
    if (parts.length === 2) break;
  }
  return listFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
}

function unitFormat(locale: string, unit: string): Intl.NumberFormat {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
}
