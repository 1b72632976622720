import { HarError } from './har-error';

// A HAR entry with wrong types is bad input, and saying so beats "No 401 or 407 responses among 1
// entries". The fields the diagnosis reads must have their HAR 1.2 types
// (http://www.softwareishard.com/blog/har-12-spec/): these are always written by Chrome, Firefox
// and Safari. Optional fields may be missing (tools differ), but when present they are checked too.

type Kind = 'string' | 'number' | 'list' | 'object';

/** Present in every browser's HAR, and needed to diagnose. */
const REQUIRED: ReadonlyArray<[path: readonly string[], kind: Kind]> = [
  [['request', 'method'], 'string'],
  [['request', 'url'], 'string'],
  [['request', 'headers'], 'list'],
  [['response', 'status'], 'number'],
  [['response', 'headers'], 'list'],
];

/** Read when present. */
const OPTIONAL: ReadonlyArray<[path: readonly string[], kind: Kind]> = [
  [['startedDateTime'], 'string'],
  [['pageref'], 'string'],
  [['request', 'cookies'], 'list'],
  [['request', 'queryString'], 'list'],
  [['response', 'statusText'], 'string'],
  [['response', 'cookies'], 'list'],
  [['response', 'content'], 'object'],
  [['response', 'content', 'text'], 'string'],
  [['response', 'content', 'encoding'], 'string'],
  [['serverIPAddress'], 'string'],
];

/** The `{name, value}` lists: each item must be one, with string name and value. */
const PAIR_LISTS: ReadonlyArray<readonly string[]> = [
  ['request', 'headers'],
  ['request', 'cookies'],
  ['request', 'queryString'],
  ['response', 'headers'],
  ['response', 'cookies'],
];

/**
 * Throws a HarError naming the first bad field, e.g.
 * `log.entries[3].response.status: expected a number, got "401"`. `where` is the entry's path
 * (`log.entries[3]`, or empty for a single exchange).
 */
export function validateEntry(entry: unknown, where: string): void {
  if (!isObject(entry)) throw fieldError(where, 'object', entry);
  for (const part of ['request', 'response']) {
    if (!isObject(entry[part])) throw fieldError(join(where, [part]), 'object', entry[part]);
  }
  for (const [path, kind] of REQUIRED) {
    const value = valueAt(entry, path);
    if (!hasKind(value, kind)) throw fieldError(join(where, path), kind, value);
  }
  for (const [path, kind] of OPTIONAL) {
    const value = valueAt(entry, path);
    // `null` is how some exporters write "not recorded"; it reads as absent.
    if (value !== undefined && value !== null && !hasKind(value, kind))
      throw fieldError(join(where, path), kind, value);
  }
  for (const path of PAIR_LISTS) {
    const list = valueAt(entry, path);
    if (Array.isArray(list)) checkPairs(list as unknown[], join(where, path));
  }
}

function checkPairs(list: readonly unknown[], where: string): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const at = `${where}[${i}]`;
    if (!isObject(item)) throw fieldError(at, 'object', item);
    if (typeof item.name !== 'string') throw fieldError(`${at}.name`, 'string', item.name);
    if (typeof item.value !== 'string') throw fieldError(`${at}.value`, 'string', item.value);
  }
}

function valueAt(entry: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = entry;
  for (const key of path) {
    if (!isObject(value)) return undefined;
    value = value[key];
  }
  return value;
}

function hasKind(value: unknown, kind: Kind): boolean {
  if (kind === 'list') return Array.isArray(value);
  if (kind === 'object') return isObject(value);
  if (kind === 'number') return typeof value === 'number';
  return typeof value === 'string';
}

const EXPECTED: Record<Kind, string> = { string: 'a string', number: 'a number', list: 'a list', object: 'an object' };

function fieldError(path: string, kind: Kind, value: unknown): HarError {
  const got = value === undefined ? 'missing' : `expected ${EXPECTED[kind]}, got ${describeValue(value)}`;
  return new HarError(
    `${path === '' ? 'the exchange' : path}: ${value === undefined ? `${got} (expected ${EXPECTED[kind]})` : got}`,
  );
}

/**
 * What was found instead, short and safe to print: a field of the wrong type might still hold a
 * credential, so only short strings are quoted.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex -- control characters must not reach the terminal
    return value.length <= 12 && !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"\\]/.test(value)
      ? `"${value}"`
      : `a string of ${value.length} characters`;
  }
  return String(value);
}

function join(where: string, path: readonly string[]): string {
  return [where, ...path].filter((part) => part !== '').join('.');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
