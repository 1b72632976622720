import { describe, expect, it } from 'vitest';
import { cookieHeaderNames, setCookieShape, sightingOf } from './sightings';

describe('what "Look closer" keeps of a response', () => {
  it.each([
    ['two cookies', 'sid=CANARY-1; csrf=CANARY-2', ['sid', 'csrf']],
    ['a cookie without a value', 'flag', ['flag']],
    ['empty pairs are skipped', 'a=1;; ;b=2', ['a', 'b']],
  ])('Cookie header names: %s', (_name, header, names) => {
    expect(cookieHeaderNames(header)).toEqual(names);
  });

  it.each([
    [
      'name and attributes, no value',
      'sid=CANARY-v; Path=/; Secure; HttpOnly; SameSite=None',
      { name: 'sid', attributes: ['Path=/', 'Secure', 'HttpOnly', 'SameSite=None'] },
    ],
    ['a deletion keeps its Max-Age', 'sid=; Max-Age=0', { name: 'sid', attributes: ['Max-Age=0'] }],
    ['no name: nothing', '=CANARY; Path=/', undefined],
  ])('Set-Cookie: %s', (_name, header, shape) => {
    expect(setCookieShape(header)).toEqual(shape);
  });

  it.each([
    [
      'a preflight refused',
      'OPTIONS',
      401,
      [{ name: 'Access-Control-Request-Method', value: 'POST' }],
      [],
      { preflight: true, status: 401 },
    ],
    [
      'an OPTIONS without Access-Control-Request-Method is no preflight, and a 204 without cookies is not kept',
      'OPTIONS',
      204,
      [],
      [],
      undefined,
    ],
    [
      'a 200 that sets a cookie',
      'GET',
      200,
      [],
      [{ name: 'Set-Cookie', value: 'sid=CANARY-x; Secure' }],
      { preflight: false, setCookies: [{ name: 'sid', attributes: ['Secure'] }] },
    ],
    [
      'Firefox joins Set-Cookie headers with a newline',
      'GET',
      200,
      [],
      [{ name: 'set-cookie', value: 'a=CANARY\nb=CANARY; HttpOnly' }],
      {
        setCookies: [
          { name: 'a', attributes: [] },
          { name: 'b', attributes: ['HttpOnly'] },
        ],
      },
    ],
  ])('%s', (_name, method, statusCode, requestHeaders, responseHeaders, expected) => {
    const sighting = sightingOf({
      url: 'https://api.example.com/v1?access_token=CANARY-q',
      method,
      statusCode,
      requestHeaders,
      responseHeaders,
    });
    if (expected === undefined) return expect(sighting).toBeUndefined();
    expect(sighting).toMatchObject(expected);
    expect(JSON.stringify(sighting)).not.toContain('CANARY');
  });
});
