import { describe, expect, it } from 'vitest';
import { HarError } from './har-error';
import { harEntry } from './testing/har-builder';
import { parseHar } from './parse-har';
import { describeValue, validateEntry } from './validate-entry';

const good = () =>
  harEntry({
    url: 'https://api.example.com/v1/me',
    status: 401,
    requestHeaders: { Accept: '*/*' },
    responseHeaders: { 'WWW-Authenticate': 'Bearer' },
  });

/** A good entry with one field set (or deleted, with `undefined`) along `path`. */
function withField(path: string[], value: unknown): Record<string, unknown> {
  const entry = good();
  let target = entry;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path[path.length - 1] ?? '';
  if (value === undefined) Reflect.deleteProperty(target, last);
  else target[last] = value;
  return entry;
}

describe('validateEntry', () => {
  it.each<[string[], unknown, string]>([
    [['response', 'status'], '401', 'log.entries[3].response.status: expected a number, got "401"'],
    [['response', 'status'], undefined, 'log.entries[3].response.status: missing (expected a number)'],
    [
      ['response', 'headers'],
      { 'WWW-Authenticate': 'Bearer' },
      'log.entries[3].response.headers: expected a list, got an object',
    ],
    [
      ['request', 'headers'],
      'Authorization: Bearer x',
      'log.entries[3].request.headers: expected a list, got a string of 23 characters',
    ],
    [['request', 'headers'], null, 'log.entries[3].request.headers: expected a list, got null'],
    [['request', 'url'], 42, 'log.entries[3].request.url: expected a string, got 42'],
    [['request', 'method'], undefined, 'log.entries[3].request.method: missing (expected a string)'],
    [['request'], [], 'log.entries[3].request: expected an object, got a list'],
    [['response'], undefined, 'log.entries[3].response: missing (expected an object)'],
    [
      ['request', 'headers'],
      [{ name: 'Accept', value: 5 }],
      'log.entries[3].request.headers[0].value: expected a string, got 5',
    ],
    [
      ['response', 'headers'],
      ['WWW-Authenticate: Bearer'],
      'log.entries[3].response.headers[0]: expected an object, got a string of 24 characters',
    ],
    [['response', 'cookies'], 'sid=1', 'log.entries[3].response.cookies: expected a list, got "sid=1"'],
    [['response', 'content'], 'text', 'log.entries[3].response.content: expected an object, got "text"'],
    [['response', 'content', 'text'], 7, 'log.entries[3].response.content.text: expected a string, got 7'],
    [['startedDateTime'], 1714572000000, 'log.entries[3].startedDateTime: expected a string, got 1714572000000'],
  ])('%j = %j', (path, value, message) => {
    expect(() => validateEntry(withField(path, value), 'log.entries[3]')).toThrow(new HarError(message));
  });

  it.each<[string, string[], unknown]>([
    ['no startedDateTime', ['startedDateTime'], undefined],
    ['an unparseable startedDateTime', ['startedDateTime'], 'yesterday'],
    ['no cookies', ['request', 'cookies'], undefined],
    ['no content', ['response', 'content'], undefined],
    ['content.text null', ['response', 'content', 'text'], null],
    ['no statusText', ['response', 'statusText'], undefined],
    ['status 0 (a blocked request in Chrome)', ['response', 'status'], 0],
    ['extra fields', ['_priority'], 'High'],
  ])('accepts %s', (_name, path, value) => {
    expect(() => validateEntry(withField(path, value), 'log.entries[0]')).not.toThrow();
  });

  it('names the first bad entry of a HAR, and a bad field of a single exchange without a prefix', () => {
    const entries = [good(), good(), withField(['response', 'status'], '401')];
    expect(() => parseHar(JSON.stringify({ log: { entries } }))).toThrow(
      new HarError('log.entries[2].response.status: expected a number, got "401"'),
    );
    expect(() => parseHar(JSON.stringify(withField(['request', 'headers'], {})))).toThrow(
      new HarError('request.headers: expected a list, got an object'),
    );
    expect(() => parseHar(JSON.stringify({ log: { entries: [5] } }))).toThrow(
      new HarError('log.entries[0]: expected an object, got 5'),
    );
  });

  it.each<[unknown, string]>([
    ['401', '"401"'],
    ['Bearer eyJhbGciOi', 'a string of 17 characters'],
    ['a"b', 'a string of 3 characters'],
    ['\u001b[31m', 'a string of 5 characters'],
    [true, 'true'],
    [[1], 'a list'],
  ])('describes %j as %s (never a long string: it could be a credential)', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
