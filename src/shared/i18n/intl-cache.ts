// Building an Intl formatter looks up locale data and costs up to a few milliseconds in a browser;
// formatting with one already built costs microseconds. The popup formats a number, a time or a
// duration for nearly every line it shows, and made a new formatter each time: about 20 ms of its first
// paint (docs/benchmarks-floor.md). Formatters are kept per kind, locale and options; a process sees a
// handful of those combinations, so the cache stays small.

const formatters = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  const known = formatters.get(key) as T | undefined;
  if (known !== undefined) return known;
  const made = make();
  formatters.set(key, made);
  return made;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function relativeTimeFormat(locale: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat {
  return cached(`relative ${locale} ${JSON.stringify(options)}`, () => new Intl.RelativeTimeFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(`list ${locale} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}
