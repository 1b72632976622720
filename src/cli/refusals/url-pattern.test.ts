import { describe, expect, it } from 'vitest';
import { urlPattern } from './url-pattern';

describe('urlPattern', () => {
  it.each<[string, string]>([
    ['https://app.example.com/api/items/4711?page=3', 'https://app.example.com/api/items/{id}?page=*'],
    ['https://app.example.com/api/items/12?page=9&sort=asc', 'https://app.example.com/api/items/{id}?page=*&sort=*'],
    [
      'https://app.example.com/users/3f2b6a1c-9d4e-4f5a-8b7c-1d2e3f4a5b6c/avatar',
      'https://app.example.com/users/{id}/avatar',
    ],
    ['https://app.example.com/orders/507f1f77bcf86cd799439011', 'https://app.example.com/orders/{id}'],
    ['https://app.example.com/blob/0a1b2c3d', 'https://app.example.com/blob/{id}'],
    ['https://app.example.com/s/k3J9sXq0Lm2Np4Rt6Vw8Yz', 'https://app.example.com/s/{id}'],
    // Words stay: they name the endpoint.
    ['https://app.example.com/api/v1/me', 'https://app.example.com/api/v1/me'],
    ['https://app.example.com/api/facade/deadbeef', 'https://app.example.com/api/facade/deadbeef'],
    ['https://app.example.com/oauth2/authorize', 'https://app.example.com/oauth2/authorize'],
    ['https://app.example.com/very-long-endpoint-name-here', 'https://app.example.com/very-long-endpoint-name-here'],
    ['https://app.example.com/', 'https://app.example.com/'],
    // Fragment dropped; redacted query values are values like any other.
    ['https://app.example.com/cb?code=[redacted]#top', 'https://app.example.com/cb?code=*'],
    ['https://app.example.com:8443/x/42', 'https://app.example.com:8443/x/{id}'],
    ['not a url', 'not a url'],
  ])('%s', (url, pattern) => {
    expect(urlPattern(url)).toBe(pattern);
  });
});
