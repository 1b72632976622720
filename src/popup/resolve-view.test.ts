import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { PopupView } from './connection';

interface Tab {
  url?: string;
}
/** What the fake browser answers: the tab (or that there is none) and whether host access is granted. */
let tab: Tab | undefined;
let access = true;
vi.mock('../shared/browser', () => ({
  browser: {
    tabs: { get: async () => (tab ? tab : Promise.reject(new Error('No tab with id'))) },
    permissions: { contains: async () => access },
    storage: { session: { get: async () => ({}) } },
  },
}));
const { readView } = await import('./resolve-view');

beforeEach(() => {
  tab = undefined;
  access = true;
});

describe('readView', () => {
  test.each<[string, Tab | undefined, boolean, PopupView['kind']]>([
    ['a web page', { url: 'https://shop.test/cart' }, true, 'ready'],
    ['chrome://settings, URL shown (tabs permission)', { url: 'chrome://settings/' }, true, 'restricted'],
    ['a browser page whose URL the browser hides (no `tabs` permission)', {}, true, 'restricted'],
    ['an empty URL', { url: '' }, true, 'restricted'],
    ['no host access: the URL is hidden because of that, so ask for access', {}, false, 'no-access'],
    ['no such tab (the e2e control page, tab -1)', undefined, true, 'ready'],
  ])('%s', async (_name, given, granted, kind) => {
    tab = given;
    access = granted;
    expect((await readView(3)).kind).toBe(kind);
  });
});
