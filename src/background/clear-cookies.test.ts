import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A cookie jar with RFC 6265 domain and path matching, partitions, and removal by url + name. */
interface JarCookie {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  storeId: string;
  partitionKey?: { topLevelSite: string };
}
let jar: JarCookie[] = [];

function domainMatches(host: string, cookie: JarCookie): boolean {
  const domain = cookie.domain.replace(/^\./, '');
  return cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}
function sentTo(url: string, cookie: JarCookie): boolean {
  const { hostname, pathname, protocol } = new URL(url);
  const pathOk =
    pathname === cookie.path || pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`);
  return domainMatches(hostname, cookie) && pathOk && (!cookie.secure || protocol === 'https:');
}

vi.mock('../shared/browser', () => ({
  browser: {
    cookies: {
      // Without partitionKey: unpartitioned only; with `{}`: every partition (both browsers).
      getAll: async ({ url, partitionKey }: { url: string; partitionKey?: object }) =>
        jar
          .filter((cookie) => sentTo(url, cookie) && (partitionKey !== undefined || !cookie.partitionKey))
          .map((cookie) => ({ ...cookie })),
      remove: async ({
        url,
        name,
        partitionKey,
      }: {
        url: string;
        name: string;
        partitionKey?: { topLevelSite: string };
      }) => {
        const index = jar.findIndex(
          (c) => c.name === name && sentTo(url, c) && c.partitionKey?.topLevelSite === partitionKey?.topLevelSite,
        );
        if (index < 0) return null;
        const [removed] = jar.splice(index, 1);
        return removed;
      },
    },
  },
}));
const { clearCookiesSentTo } = await import('./clear-cookies');

function cookie(name: string, domain: string, extra: Partial<JarCookie> = {}): JarCookie {
  return { name, domain, hostOnly: !domain.startsWith('.'), path: '/', secure: false, storeId: '0', ...extra };
}

beforeEach(() => {
  jar = [
    cookie('api_session', 'api.shop.test'),
    cookie('www_session', 'www.shop.test'),
    cookie('mail_session', 'mail.shop.test'),
    cookie('shared_pref', '.shop.test'),
    cookie('admin_only', 'api.shop.test', { path: '/admin' }),
    cookie('secure_only', 'api.shop.test', { secure: true }),
    cookie('chips_here', 'api.shop.test', { partitionKey: { topLevelSite: 'http://shop.test' } }),
    cookie('chips_elsewhere', 'api.shop.test', { partitionKey: { topLevelSite: 'http://other.test' } }),
  ];
});

describe('clearCookiesSentTo', () => {
  it('a 401 from api.shop.test removes exactly what is sent there, counts it, and spares www. and mail.', async () => {
    const result = await clearCookiesSentTo(['http://api.shop.test/v1/me'], 'http://www.shop.test/cart');
    expect(result).toBe(3);
    expect(jar.map((c) => c.name).sort()).toEqual([
      'admin_only',
      'chips_elsewhere',
      'mail_session',
      'secure_only',
      'www_session',
    ]);
  });

  it.each([
    [
      'a path-scoped cookie is sent below its path',
      'http://api.shop.test/admin/users',
      ['admin_only', 'api_session', 'chips_here', 'shared_pref'],
    ],
    [
      'a Secure cookie is sent over https',
      'https://api.shop.test/v1/me',
      ['api_session', 'chips_here', 'secure_only', 'shared_pref'],
    ],
    ['a domain cookie reaches every subdomain', 'http://mail.shop.test/inbox', ['mail_session', 'shared_pref']],
  ])('%s', async (_name, url, removed) => {
    const before = jar.map((c) => c.name);
    const result = await clearCookiesSentTo([url], 'http://www.shop.test/');
    expect(result).toBe(removed.length);
    expect(before.filter((name) => !jar.some((c) => c.name === name)).sort()).toEqual(removed);
  });

  it('the same cookie sent to two refused URLs is removed and counted once', async () => {
    const result = await clearCookiesSentTo(
      ['http://api.shop.test/a', 'http://api.shop.test/b'],
      'http://www.shop.test/',
    );
    expect(result).toBe(3);
  });
});
