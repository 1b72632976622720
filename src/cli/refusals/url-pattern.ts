// The URL shape that groups identical refusals: `/api/items/4711?page=3` and `/api/items/12?page=9`
// are the same endpoint refused for the same reason. Path segments that are ids (numbers, UUIDs,
// hex ids, long random tokens) become `{id}`, query values become `*`, the fragment is dropped.

const NUMBER = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A Mongo ObjectId, a git or content hash: at least 8 hex digits, at least one of them a digit. */
const HEX_ID = /^(?=[a-f]*\d)[0-9a-f]{8,}$/i;
/** An opaque id (`k3J9sXq0…`): long, URL-safe, with a digit and a letter. */
const TOKEN = /^(?=.*\d)(?=.*[a-z])[\w-]{20,}$/i;

export const ID_PLACEHOLDER = '{id}';

export function urlPattern(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const path = parsed.pathname
    .split('/')
    .map((segment) => (isId(segment) ? ID_PLACEHOLDER : segment))
    .join('/');
  const names = [...parsed.searchParams.keys()];
  const query = names.length > 0 ? `?${names.map((name) => `${encodeURIComponent(name)}=*`).join('&')}` : '';
  return `${parsed.origin}${path}${query}`;
}

function isId(segment: string): boolean {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // A stray `%` is kept as written.
  }
  return NUMBER.test(text) || UUID.test(text) || HEX_ID.test(text) || TOKEN.test(text);
}
