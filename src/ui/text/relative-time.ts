import { dateTimeFormat, relativeTimeFormat } from '../../shared/i18n/intl-cache';

const STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', Infinity],
];

/** "2 minutes ago", "now", in the UI language. */
export function relativeTime(at: number, now: number, locale: string): string {
  let value = (at - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relativeTimeFormat(locale, { numeric: 'auto' }).format(Math.round(value), unit);
    value /= size;
  }
  return '';
}

/** Full local date and time, for the tooltip and `<time datetime>`. */
export function absoluteTime(at: number, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
}
