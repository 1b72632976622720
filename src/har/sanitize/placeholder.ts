// The placeholder format of a Why401-sanitized HAR (docs/sanitized-har.md): a public, versioned interface.
// `[why401:v1:KIND]` or `[why401:v1:KIND:key=value:key=value]`. Values are percent-encoded so that only
// `[A-Za-z0-9_-]` stays literal; list items are joined by `.`. The whole placeholder then uses only
// `[ ] : = . % _ -` and ASCII letters and digits: safe inside a JSON string, a header, a cookie value,
// a URL query or path, a form field and a multipart part, and found again by one linear scan.

export const PLACEHOLDER_VERSION = 1;

/** Where a sanitized file says so: `log._why401Sanitized` (an exchange: `_why401Sanitized`). */
export const SANITIZED_MARK = '_why401Sanitized';

export const PLACEHOLDER_KINDS = ['secret', 'cookie', 'basic', 'jwt'] as const;
export type PlaceholderKind = (typeof PLACEHOLDER_KINDS)[number];

export interface Placeholder {
  kind: PlaceholderKind;
  /** Field values, decoded; lists are arrays. */
  fields: Record<string, string | string[]>;
}

const PREFIX = `[why401:v${PLACEHOLDER_VERSION}:`;
/** What follows the prefix, up to the closing `]`: kind, then `:key=value` fields. */
const BODY = /([a-z]+)((?::[a-z0-9]+=[A-Za-z0-9_%.-]*)*)\]/y;

function encodeValue(value: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodeValue(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

export function formatPlaceholder(
  kind: PlaceholderKind,
  fields: Record<string, string | number | readonly string[]>,
): string {
  let out = `${PREFIX}${kind}`;
  for (const [key, value] of Object.entries(fields)) {
    const text = Array.isArray(value) ? value.map(encodeValue).join('.') : encodeValue(String(value));
    out += `:${key}=${text}`;
  }
  return `${out}]`;
}

/** Fields holding lists (`aud`, `scope`): their items are joined by `.`. */
const LIST_FIELDS: ReadonlySet<string> = new Set(['aud', 'scope']);

function parseAt(text: string, start: number): { placeholder: Placeholder; end: number } | undefined {
  BODY.lastIndex = start + PREFIX.length;
  const m = BODY.exec(text);
  if (m === null) return undefined;
  const kind = PLACEHOLDER_KINDS.find((k) => k === m[1]);
  if (kind === undefined) return undefined;
  const fields: Record<string, string | string[]> = {};
  for (const pair of (m[2] ?? '').split(':').slice(1)) {
    const eq = pair.indexOf('=');
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    fields[key] = LIST_FIELDS.has(key) ? (raw === '' ? [] : raw.split('.').map(decodeValue)) : decodeValue(raw);
  }
  return { placeholder: { kind, fields }, end: BODY.lastIndex };
}

export function hasPlaceholder(text: string): boolean {
  return text.includes(PREFIX);
}

/**
 * `text` rebuilt piece by piece: `outside` maps the text between placeholders, `inside` each readable
 * placeholder (with its source text); unreadable ones (another version, a kind this version does not
 * know) count as outside text. Linear: one indexOf per placeholder.
 */
function mapPieces(
  text: string,
  outside: (part: string) => string,
  inside: (placeholder: Placeholder, source: string) => string,
): string {
  const pieces: string[] = [];
  let last = 0;
  for (let at = text.indexOf(PREFIX); at >= 0;) {
    const found = parseAt(text, at);
    if (found === undefined) {
      at = text.indexOf(PREFIX, at + 1);
      continue;
    }
    pieces.push(outside(text.slice(last, at)), inside(found.placeholder, text.slice(at, found.end)));
    last = found.end;
    at = text.indexOf(PREFIX, last);
  }
  pieces.push(outside(text.slice(last)));
  return pieces.join('');
}

/** `text` with every readable placeholder replaced by `replace(placeholder)`. */
export function replacePlaceholders(text: string, replace: (placeholder: Placeholder) => string): string {
  if (!text.includes(PREFIX)) return text;
  return mapPieces(text, (part) => part, replace);
}

/** `fn` applied to the text between placeholders; the placeholders themselves are kept as they are. */
export function mapOutsidePlaceholders(text: string, fn: (part: string) => string): string {
  return mapPieces(text, fn, (_placeholder, source) => source);
}

/** Nothing but placeholders (a value sanitized before): kept as it is when sanitizing again. */
export function isOnlyPlaceholders(text: string): boolean {
  let other = false;
  mapOutsidePlaceholders(text.trim(), (part) => {
    if (part !== '') other = true;
    return part;
  });
  return !other && hasPlaceholder(text);
}
