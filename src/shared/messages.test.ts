import { describe, expect, it } from 'vitest';
import { parseCommand } from './messages';

describe('parseCommand', () => {
  it.each([
    ['clear-site-data', { type: 'clear-site-data', tabId: 3, origins: ['https://a.test'], cacheAndStorage: false, reload: true }],
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
    ['origins that are not strings', { type: 'clear-site-data', tabId: 1, origins: [42], cacheAndStorage: false, reload: false }],
    ['a missing flag', { type: 'clear-site-data', tabId: 1, origins: [] }],
    ['a javascript: login URL', { type: 'open-login', tabId: 1, url: 'javascript:alert(1)' }],
    ['a data: login URL', { type: 'open-login', tabId: 1, url: 'data:text/html,hi' }],
  ])('drops %s', (_name, message) => {
    expect(parseCommand(message)).toBeUndefined();
  });

  it('keeps only the protocol fields of an otherwise valid command', () => {
    expect(parseCommand({ type: 'reload', tabId: 2, bypassCache: false, extra: 'x' })).toEqual({ type: 'reload', tabId: 2, bypassCache: false });
  });
});
