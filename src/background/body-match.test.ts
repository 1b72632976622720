import { describe, expect, it } from 'vitest';
import { BODY_WINDOW_MS, comparableUrl, RecentRefusals, type RefusalKey } from './body-match';

const key = (over: Partial<RefusalKey> = {}): RefusalKey => ({
  tabId: 4,
  url: 'https://api.test/me',
  method: 'GET',
  status: 401,
  isDocument: false,
  ...over,
});
const report = (over: Partial<RefusalKey> = {}) => ({ ...key(), ...over });

describe('RecentRefusals', () => {
  it('attaches a body to the refusal observed on the same tab, URL, method and status, once', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key(), 'first', 0);
    expect(recent.claim(report({ method: 'get' }), 50)).toBe('first');
    expect(recent.claim(report(), 60)).toBeUndefined();
  });

  it('drops a body that matches nothing observed: a page cannot invent a refusal', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key(), 'seen', 0);
    expect(recent.claim(report({ tabId: 5 }), 1)).toBeUndefined();
    expect(recent.claim(report({ url: 'https://api.test/other' }), 1)).toBeUndefined();
    expect(recent.claim(report({ method: 'POST' }), 1)).toBeUndefined();
    expect(recent.claim(report({ status: 407 }), 1)).toBeUndefined();
    expect(recent.claim(report({ isDocument: true }), 1)).toBeUndefined();
    expect(recent.size).toBe(1);
  });

  it('forgets refusals older than the window', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key(), 'old', 0);
    expect(recent.claim(report(), BODY_WINDOW_MS + 1)).toBeUndefined();
    expect(recent.size).toBe(0);
  });

  it('matches identical refusals oldest first', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key(), 'a', 0);
    recent.add(key(), 'b', 10);
    expect([recent.claim(report(), 20), recent.claim(report(), 20)]).toEqual(['a', 'b']);
  });

  it('stays bounded, dropping the oldest', () => {
    const recent = new RecentRefusals<number>(10_000, 3);
    for (let i = 0; i < 5; i++) recent.add(key({ url: `https://api.test/${i}` }), i, i);
    expect(recent.size).toBe(3);
    expect(recent.claim(report({ url: 'https://api.test/0' }), 6)).toBeUndefined();
    expect(recent.claim(report({ url: 'https://api.test/4' }), 6)).toBe(4);
  });

  it('matches a document by URL whatever its method (a page cannot see it), and ignores fragments', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key({ method: 'POST', isDocument: true }), 'page', 0);
    expect(recent.claim(report({ method: 'GET', isDocument: true, url: 'https://api.test/me#top' }), 1)).toBe('page');
    expect(comparableUrl('https://a.test/x?y=1#z')).toBe('https://a.test/x?y=1');
  });

  it('forgets a closed tab', () => {
    const recent = new RecentRefusals<string>();
    recent.add(key(), 'x', 0);
    recent.forgetTab(4);
    expect(recent.claim(report(), 1)).toBeUndefined();
  });
});
