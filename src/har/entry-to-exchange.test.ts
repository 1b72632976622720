import { describe, expect, it } from 'vitest';
import type { Exchange } from '../rules/types';
import { entryToExchange } from './entry-to-exchange';
import type { HarEntry } from './har-types';

function entry(
  overrides: Partial<HarEntry> = {},
  request: HarEntry['request'] = {},
  response: HarEntry['response'] = {},
): HarEntry {
  return {
    startedDateTime: '2024-05-01T14:00:00.000Z',
    request: { method: 'GET', url: 'https://api.example.com/x', headers: [], ...request },
    response: { status: 401, statusText: 'Unauthorized', headers: [], ...response },
    ...overrides,
  };
}

describe('entryToExchange', () => {
  it.each<[string, HarEntry, Partial<Exchange>]>([
    [
      'basics',
      entry(),
      {
        url: 'https://api.example.com/x',
        method: 'GET',
        status: 401,
        statusText: 'Unauthorized',
        startedAt: Date.UTC(2024, 4, 1, 14),
        fromCache: false,
      },
    ],
    [
      'base64 body decoded',
      entry(
        {},
        {},
        { content: { text: Buffer.from('{"error":"Bad credentials"}').toString('base64'), encoding: 'base64' } },
      ),
      { responseBody: '{"error":"Bad credentials"}' },
    ],
    ['plain body kept', entry({}, {}, { content: { text: 'Unauthorized' } }), { responseBody: 'Unauthorized' }],
    ['IPv6 brackets removed', entry({ serverIPAddress: '[2001:db8::1]' }), { serverIp: '2001:db8::1' }],
    ['Chrome cache flag', entry({ _fromCache: 'disk' }), { fromCache: true }],
    ['Chrome xhr type', entry({ _resourceType: 'xhr' }), { resourceType: 'xmlhttprequest' }],
    [
      'Chrome document in a frame',
      entry({ _resourceType: 'document' }, { headers: [{ name: 'Sec-Fetch-Dest', value: 'iframe' }] }),
      { resourceType: 'sub_frame' },
    ],
    [
      'Firefox: type from Sec-Fetch-Dest',
      entry({}, { headers: [{ name: 'sec-fetch-dest', value: 'document' }] }),
      { resourceType: 'main_frame', pageUrl: 'https://api.example.com/x' },
    ],
    [
      'initiator from Origin',
      entry({}, { headers: [{ name: 'Origin', value: 'https://app.example.com' }] }),
      { initiator: 'https://app.example.com' },
    ],
    [
      'page from Referer',
      entry({}, { headers: [{ name: 'Referer', value: 'https://app.example.com/page' }] }),
      { pageUrl: 'https://app.example.com/page' },
    ],
    ['bad date reads as 0', entry({ startedDateTime: 'yesterday' }), { startedAt: 0 }],
    [
      'wrong types read as absent',
      entry({}, { method: 7, url: null, headers: 'x' }, { status: '401' }),
      { method: 'GET', url: '', status: 0, requestHeaders: [] },
    ],
  ])('%s', (_name, input, expected) => {
    expect(entryToExchange(input)).toMatchObject(expected);
  });

  it('keeps only the first 8 KB of a large base64 body', () => {
    const text = Buffer.from('a'.repeat(100_000)).toString('base64');
    expect(entryToExchange(entry({}, {}, { content: { text, encoding: 'base64' } })).responseBody).toHaveLength(8_192);
  });

  it('rebuilds Cookie and Set-Cookie from the HAR cookie lists when the headers are missing', () => {
    const exchange = entryToExchange(
      entry(
        {},
        {
          cookies: [
            { name: 'sid', value: 'v1' },
            { name: 'csrf', value: 'v2' },
          ],
        },
        { cookies: [{ name: 'sid', value: '', expires: '1970-01-01T00:00:01.000Z' }] },
      ),
    );
    expect(exchange.requestHeaders).toEqual([{ name: 'Cookie', value: 'sid=v1; csrf=v2' }]);
    expect(exchange.responseHeaders).toEqual([
      { name: 'Set-Cookie', value: 'sid=; Expires=Thu, 01 Jan 1970 00:00:01 GMT' },
    ]);
  });

  it('carries what the file leaves unseen', () => {
    expect(entryToExchange(entry(), { requestSide: 'sanitized' }).requestSide).toBe('sanitized');
    expect(entryToExchange(entry())).not.toHaveProperty('requestSide');
  });

  it.each<[string, unknown, string[] | undefined]>([
    [
      'a form in params',
      {
        mimeType: 'application/x-www-form-urlencoded',
        params: [
          { name: 'username', value: 'CANARYu' },
          { name: 'password', value: 'CANARYp' },
        ],
      },
      ['username', 'password'],
    ],
    [
      'an urlencoded text',
      { mimeType: 'application/x-www-form-urlencoded', text: 'user=CANARYu&pass%77ord=CANARYp' },
      ['user', 'password'],
    ],
    ['a JSON object', { mimeType: 'application/json', text: '{"refresh":"CANARYtoken"}' }, ['refresh']],
    ['plain text is no form', { mimeType: 'text/plain', text: 'hello world' }, undefined],
  ])('request body field names, never values: %s', (_name, postData, fields) => {
    const exchange = entryToExchange(entry({}, { method: 'POST', postData }));
    expect(exchange.requestBodyFields).toEqual(fields);
    expect(JSON.stringify(exchange.requestBodyFields ?? [])).not.toContain('CANARY');
  });

  it('prefers the page of the HAR over the Referer', () => {
    const input = entry({}, { headers: [{ name: 'Referer', value: 'https://other.example/' }] });
    expect(entryToExchange(input, { pageUrl: 'https://app.example.com/' }).pageUrl).toBe('https://app.example.com/');
  });
});
