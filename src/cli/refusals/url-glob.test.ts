import { describe, expect, it } from 'vitest';
import { compileUrlGlob } from './url-glob';

describe('compileUrlGlob', () => {
  it.each<[string, string, boolean]>([
    ['*/api/*', 'https://app.example.com/api/items/3', true],
    ['*/api/*', 'https://app.example.com/static/app.js', false],
    ['https://app.example.com/*', 'https://app.example.com/api/items/3?page=1', true],
    ['https://app.example.com/*', 'https://api.example.com/v1/me', false],
    ['https://api.example.com/v1/me', 'https://api.example.com/v1/me', true],
    // The whole URL: a bare host matches nothing longer.
    ['api.example.com', 'https://api.example.com/v1/me', false],
    ['*api.example.com*', 'https://api.example.com/v1/me', true],
    ['https://api.example.com/v?/me', 'https://api.example.com/v1/me', true],
    ['https://api.example.com/v?/me', 'https://api.example.com/v12/me', false],
    // Regular-expression characters are literal.
    ['*/items/(1)', 'https://a.example/items/(1)', true],
    ['*.json', 'https://a.example/x.json', true],
    ['*.json', 'https://a.example/xjson', false],
    ['*?page=1', 'https://a.example/list?page=1', true],
    ['*[redacted]*', 'https://a.example/?token=[redacted]', true],
  ])('%s on %s: %s', (glob, url, matches) => {
    expect(compileUrlGlob(glob).test(url)).toBe(matches);
  });
});
