import { describe, expect, it } from 'vitest';
import { isDevtoolsOpenAnswer, parseCommand, parseDevtoolsOpenQuery, parseResponseBody } from './messages';

describe('parseCommand', () => {
  it.each([
    [
      'clear-site-data',
      { type: 'clear-site-data', tabId: 3, urls: ['https://a.test/v1/me'], cacheAndStorage: false, reload: true },
    ],
    ['reload', { type: 'reload', tabId: 3, bypassCache: true }],
    ['open-login', { type: 'open-login', tabId: 3, url: 'https://a.test/login' }],
  ])('accepts a well-formed %s command', (_name, message) => {
    expect(parseCommand(message)).toEqual(message);
  });

  it.each([
    ['null', null],
    ['a string', 'reload'],
    ['an unknown type', { type: 'delete-everything', tabId: 1 }],
    ['a negative tab id', { type: 'reload', tabId: -1, bypassCache: false }],
    ['a fractional tab id', { type: 'reload', tabId: 1.5, bypassCache: false }],
    [
      'URLs that are not strings',
      { type: 'clear-site-data', tabId: 1, urls: [42], cacheAndStorage: false, reload: false },
    ],
    ['a missing flag', { type: 'clear-site-data', tabId: 1, urls: [] }],
    [
      'the old origins field (clears a whole site)',
      { type: 'clear-site-data', tabId: 1, origins: ['https://a.test'], cacheAndStorage: false, reload: false },
    ],
    ['a javascript: login URL', { type: 'open-login', tabId: 1, url: 'javascript:alert(1)' }],
    ['a data: login URL', { type: 'open-login', tabId: 1, url: 'data:text/html,hi' }],
  ])('drops %s', (_name, message) => {
    expect(parseCommand(message)).toBeUndefined();
  });

  it('keeps only the protocol fields of an otherwise valid command', () => {
    expect(parseCommand({ type: 'reload', tabId: 2, bypassCache: false, extra: 'x' })).toEqual({
      type: 'reload',
      tabId: 2,
      bypassCache: false,
    });
  });
});

describe('parseResponseBody', () => {
  const valid = {
    type: 'response-body',
    source: 'fetch',
    url: 'https://api.test/me',
    method: 'GET',
    status: 401,
    excerpt: '{"message":"Bad credentials"}',
  };

  it('accepts a well-formed report, keeping only known fields', () => {
    expect(parseResponseBody({ ...valid, extra: 'dropped' })).toEqual(valid);
    expect(parseResponseBody({ ...valid, source: 'document', status: 407 })).toMatchObject({
      source: 'document',
      status: 407,
    });
  });

  it.each([
    ['another type', { ...valid, type: 'reload' }],
    ['an unknown source', { ...valid, source: 'websocket' }],
    ['a non-http URL', { ...valid, url: 'javascript:alert(1)' }],
    ['an over-long URL', { ...valid, url: `https://a.test/${'x'.repeat(9_000)}` }],
    ['a method with spaces', { ...valid, method: 'GET /x' }],
    ['a 200', { ...valid, status: 200 }],
    ['a status as text', { ...valid, status: '401' }],
    ['an empty excerpt', { ...valid, excerpt: '' }],
    ['an empty excerpt with credentials that are text', { ...valid, excerpt: '', credentials: 'Bearer abc' }],
    ['an empty document excerpt, credentials or not', { ...valid, source: 'document', excerpt: '', credentials: {} }],
    ['an excerpt over 8 KB', { ...valid, excerpt: 'x'.repeat(8_193) }],
  ])('rejects %s', (_name, message) => {
    expect(parseResponseBody(message)).toBeUndefined();
  });

  it('takes a refusal without a body for the credentials the page set (the relay checked their shape)', () => {
    const credentials = { apiKeys: [], dpopProof: false };
    expect(parseResponseBody({ ...valid, excerpt: '', credentials })).toMatchObject({ excerpt: '', credentials });
  });

  it('is not a command, and a command is not a body', () => {
    expect(parseCommand(valid)).toBeUndefined();
    expect(parseResponseBody({ type: 'reload', tabId: 3, bypassCache: true })).toBeUndefined();
  });
});

describe('the devtools-open? question', () => {
  it.each<[string, unknown, unknown]>([
    ['a well-formed question', { kind: 'devtools-open?', tabId: 7 }, { kind: 'devtools-open?', tabId: 7 }],
    ['extra fields dropped', { kind: 'devtools-open?', tabId: 7, x: 1 }, { kind: 'devtools-open?', tabId: 7 }],
    ['no tab id', { kind: 'devtools-open?' }, undefined],
    ['a negative tab id', { kind: 'devtools-open?', tabId: -1 }, undefined],
    ['a command is not a question', { type: 'reload', tabId: 7, bypassCache: false }, undefined],
  ])('%s', (_name, message, expected) => {
    expect(parseDevtoolsOpenQuery(message)).toEqual(expected);
  });

  it('is never taken for a command by the worker', () => {
    expect(parseCommand({ kind: 'devtools-open?', tabId: 7 })).toBeUndefined();
  });

  it.each<[unknown, boolean]>([
    [{ devtoolsOpen: true }, true],
    [undefined, false],
    [{ devtoolsOpen: 'yes' }, false],
    [{ ok: true }, false],
  ])('answer %j means open: %s', (answer, open) => {
    expect(isDevtoolsOpenAnswer(answer)).toBe(open);
  });
});
