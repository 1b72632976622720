import { describe, expect, it } from 'vitest';
import type { Exchange } from '../types';
import { requestSecrets, scrubText } from './echo-scrub';
import { isCrossSite, siteOf } from './site';
import { takeFacts } from './take-facts';

const base: Exchange = {
  url: 'https://api.example.com/v1/items?page=2#frag',
  method: 'get',
  status: 401,
  requestHeaders: [],
  responseHeaders: [],
  startedAt: Date.UTC(2026, 0, 1),
};
const x = (o: Partial<Exchange>): Exchange => ({ ...base, ...o });

describe('takeFacts: request', () => {
  it.each<[string, Partial<Exchange>, (f: ReturnType<typeof takeFacts>) => unknown, unknown]>([
    ['upper-cases the method', {}, (f) => f.request.method, 'GET'],
    ['drops the fragment', {}, (f) => f.request.url, 'https://api.example.com/v1/items?page=2'],
    ['origin and host', {}, (f) => [f.request.origin, f.request.host], ['https://api.example.com', 'api.example.com']],
    ['unknown resource type -> other', {}, (f) => f.request.resourceType, 'other'],
    ['keeps a known resource type', { resourceType: 'script' }, (f) => f.request.resourceType, 'script'],
    [
      'OPTIONS + Access-Control-Request-Method is a preflight',
      { method: 'OPTIONS', requestHeaders: [{ name: 'Access-Control-Request-Method', value: 'PUT' }] },
      (f) => f.request.isPreflight,
      true,
    ],
    ['OPTIONS alone is not a preflight', { method: 'OPTIONS' }, (f) => f.request.isPreflight, false],
    [
      'header names lower-cased, never values',
      {
        requestHeaders: [
          { name: 'X-API-Key', value: 'k-123456789' },
          { name: 'Accept', value: '*/*' },
        ],
      },
      (f) => f.request.headerNames,
      ['x-api-key', 'accept'],
    ],
    ['cross-site initiator', { initiator: 'https://app.other.org' }, (f) => f.request.crossSite, true],
    ['same-site initiator', { initiator: 'https://www.example.com' }, (f) => f.request.crossSite, false],
    ['no initiator: cross-site unknown', {}, (f) => f.request.crossSite, undefined],
    [
      'secret query values redacted',
      { url: 'https://a.example.com/x?access_token=abcdef123456' },
      (f) => f.request.url.includes('abcdef123456'),
      false,
    ],
    ['a bad URL does not throw', { url: 'not a url' }, (f) => f.request.origin, ''],
    [
      'credential fields of the body, by name',
      { requestBodyFields: ['username', 'password', 'csrfmiddlewaretoken', 'refresh'] },
      (f) => f.credentials.bodyFields,
      ['password', 'refresh'],
    ],
    ['no credential field in the body', { requestBodyFields: ['comment'] }, (f) => f.credentials.bodyFields, undefined],
  ])('%s', (_name, o, pick, expected) => {
    expect(pick(takeFacts(x(o)))).toEqual(expected);
  });
});

describe('takeFacts: response', () => {
  it.each<[string, Partial<Exchange>, (f: ReturnType<typeof takeFacts>) => unknown, unknown]>([
    [
      'collects all WWW-Authenticate fields',
      {
        responseHeaders: [
          { name: 'WWW-Authenticate', value: 'Basic realm="a"' },
          { name: 'www-authenticate', value: 'Bearer' },
        ],
      },
      (f) => f.challenges.map((c) => c.scheme),
      ['Basic', 'Bearer'],
    ],
    [
      'Proxy-Authenticate goes to proxyChallenges',
      { status: 407, responseHeaders: [{ name: 'Proxy-Authenticate', value: 'NTLM' }] },
      (f) => f.proxyChallenges.map((c) => c.scheme),
      ['NTLM'],
    ],
    [
      'never keeps Set-Cookie',
      { responseHeaders: [{ name: 'Set-Cookie', value: 'sid=abc; Max-Age=0' }] },
      (f) => f.response.headers.map((h) => h.name),
      [],
    ],
    [
      'keeps notable headers, lower-cased',
      {
        responseHeaders: [
          { name: 'Server', value: 'nginx' },
          { name: 'X-Frame-Options', value: 'DENY' },
        ],
      },
      (f) => f.response.headers,
      [{ name: 'server', value: 'nginx' }],
    ],
    [
      'caps header values at 300 characters',
      { responseHeaders: [{ name: 'Server', value: 'x'.repeat(1000) }] },
      (f) => (f.response.headers[0]?.value.length ?? 0) <= 300,
      true,
    ],
    [
      'caps the body at 2,000 characters',
      { responseBody: 'word '.repeat(2000) },
      (f) => (f.response.bodyExcerpt?.length ?? 0) <= 2000,
      true,
    ],
    [
      'content type',
      { responseHeaders: [{ name: 'content-type', value: 'application/json' }] },
      (f) => f.response.contentType,
      'application/json',
    ],
    ['fromCache defaults to false', {}, (f) => f.response.fromCache, false],
    [
      'a sent API key echoed in the body is cut out',
      { requestHeaders: [{ name: 'X-API-Key', value: 'key-ab12cd34' }], responseBody: 'Invalid API key key-ab12cd34' },
      (f) => f.response.bodyExcerpt,
      'Invalid API key [redacted]',
    ],
  ])('%s', (_name, o, pick, expected) => {
    expect(pick(takeFacts(x(o)))).toEqual(expected);
  });

  it('never throws on junk', () => {
    const junk = {
      url: 42,
      method: null,
      status: '401',
      requestHeaders: 'nope',
      responseHeaders: [null, { name: 1 }],
      startedAt: NaN,
    } as unknown as Exchange;
    expect(() => takeFacts(junk)).not.toThrow();
  });
});

describe('site approximation (last two labels)', () => {
  it.each([
    ['https://a.b.example.com/x', 'example.com'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['http://localhost:3000', 'localhost'],
    ['garbage', undefined],
  ])('%s -> %s', (url, site) => expect(siteOf(url)).toBe(site));

  it.each<[string, string | undefined, boolean | undefined]>([
    ['https://api.example.com', 'https://www.example.com', false],
    ['https://api.example.com', 'https://evil.test', true],
    ['https://api.example.com', 'null', undefined],
    ['https://api.example.com', undefined, undefined],
  ])('%s from %s -> %s', (a, b, cross) => expect(isCrossSite(a, b)).toBe(cross));
});

describe('echo scrubbing', () => {
  it.each<[string, Exchange['requestHeaders'], string, string[]]>([
    [
      'bearer token and whole value',
      [{ name: 'Authorization', value: 'Bearer tok-123456789' }],
      '',
      ['Bearer tok-123456789', 'tok-123456789'],
    ],
    ['cookie values, not names', [{ name: 'Cookie', value: 'sid=s3cr3t-value; theme=dark' }], '', ['s3cr3t-value']],
    ['Basic password', [{ name: 'Authorization', value: `Basic ${btoa('alice:hunter2-xyz')}` }], '', ['hunter2-xyz']],
    ['plain headers skipped', [{ name: 'Accept', value: 'application/json, text/plain' }], '', []],
    ['query values', [], '?api_key=q-987654321', ['q-987654321']],
  ])('%s', (_name, requestHeaders, query, expected) => {
    const secrets = requestSecrets(x({ requestHeaders, url: `https://a.example.com/${query}` }));
    expect(secrets).toEqual(expect.arrayContaining(expected));
    if (expected.length === 0) expect(secrets).toEqual([]);
  });

  it('cuts longest first', () => {
    expect(scrubText('a tok-123456789 b', ['Bearer tok-123456789', 'tok-123456789'])).toBe('a [redacted] b');
  });
});
