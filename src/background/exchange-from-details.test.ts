import { describe, expect, it } from 'vitest';
import { exchangeFromDetails, resourceTypeOf, statusTextOf } from './exchange-from-details';

describe('statusTextOf', () => {
  it.each([
    ['HTTP/1.1 401 Unauthorized', 'Unauthorized'],
    ['HTTP/1.1 401 Unauthorized: Token Expired', 'Unauthorized: Token Expired'],
    ['HTTP/2 401', ''],
    ['HTTP/1.0 407 Proxy Authentication Required', 'Proxy Authentication Required'],
    [undefined, ''],
    ['garbage', ''],
  ])('%s -> %j', (line, text) => {
    expect(statusTextOf(line)).toBe(text);
  });
});

describe('resourceTypeOf', () => {
  it.each([
    ['main_frame', 'main_frame'],
    ['xmlhttprequest', 'xmlhttprequest'],
    ['object', 'other'],
    ['csp_report', 'other'],
  ])('%s -> %s', (type, expected) => {
    expect(resourceTypeOf(type)).toBe(expected);
  });
});

describe('exchangeFromDetails', () => {
  it('carries what the rules need and fills missing header values with empty strings', () => {
    const exchange = exchangeFromDetails(
      {
        url: 'https://api.example.com/me',
        method: 'GET',
        type: 'xmlhttprequest',
        statusCode: 401,
        statusLine: 'HTTP/1.1 401 Unauthorized',
        responseHeaders: [{ name: 'WWW-Authenticate', value: 'Bearer' }, { name: 'X-Binary' }],
        timeStamp: 1_700_000_000_000,
        ip: '127.0.0.1',
        fromCache: false,
        initiator: 'https://app.example.com',
      },
      [{ name: 'Authorization', value: 'Bearer x' }],
      undefined,
    );
    expect(exchange).toEqual({
      url: 'https://api.example.com/me',
      method: 'GET',
      resourceType: 'xmlhttprequest',
      status: 401,
      statusText: 'Unauthorized',
      requestHeaders: [{ name: 'Authorization', value: 'Bearer x' }],
      responseHeaders: [
        { name: 'WWW-Authenticate', value: 'Bearer' },
        { name: 'X-Binary', value: '' },
      ],
      startedAt: 1_700_000_000_000,
      serverIp: '127.0.0.1',
      fromCache: false,
      initiator: 'https://app.example.com',
    });
  });
});
