// "Clear the cookies" removes exactly the cookies the browser would send to the refused URLs: the
// cookies API's getAll({url}) applies the domain and path match (RFC 6265 §5.4) and the Secure flag.
// `browsingData.remove` with `origins` would take every cookie of the registrable domain instead
// (cookies on www. and mail. went with a 401 from api.), which is more than the popup promises.
//
// Partitioned cookies (CHIPS) are kept per top-level site: those the tab's page would send are the
// ones partitioned under its site. Both browsers return every partition for `partitionKey: {}`.
import type { Cookies } from 'webextension-polyfill';
import { siteOf } from '../rules';
import { browser } from '../shared/browser';

function identity(cookie: Cookies.Cookie): string {
  return `${cookie.storeId} ${cookie.domain} ${cookie.path} ${cookie.name} ${cookie.partitionKey?.topLevelSite}`;
}

/** The URL the cookies API needs to name a cookie: its own scheme, host and path. */
function cookieUrl(cookie: Cookies.Cookie): string {
  return `${cookie.secure ? 'https' : 'http'}://${cookie.domain.replace(/^\./, '')}${cookie.path}`;
}

/** Partitioned cookies count only under the top-level site of the tab's page. */
function sentFromPage(cookie: Cookies.Cookie, pageSite: string | undefined): boolean {
  const topLevelSite = cookie.partitionKey?.topLevelSite;
  if (!topLevelSite) return true;
  return pageSite !== undefined && siteOf(topLevelSite) === pageSite;
}

/** Every cookie the browser would send to one of `urls` from the tab's page, each once. */
export async function cookiesSentTo(urls: readonly string[], pageUrl: string | undefined): Promise<Cookies.Cookie[]> {
  const pageSite = pageUrl ? siteOf(pageUrl) : undefined;
  const found = new Map<string, Cookies.Cookie>();
  for (const url of urls) {
    const [plain, partitioned] = await Promise.all([
      browser.cookies.getAll({ url }),
      browser.cookies.getAll({ url, partitionKey: {} }).catch(() => []),
    ]);
    for (const cookie of [...plain, ...partitioned])
      if (sentFromPage(cookie, pageSite)) found.set(identity(cookie), cookie);
  }
  return [...found.values()];
}

/** Removes the cookies sent to `urls` from the tab's page; returns how many are gone. */
export async function clearCookiesSentTo(urls: readonly string[], pageUrl: string | undefined): Promise<number> {
  const targets = await cookiesSentTo(urls, pageUrl);
  for (const cookie of targets) {
    await browser.cookies
      .remove({
        url: cookieUrl(cookie),
        name: cookie.name,
        storeId: cookie.storeId,
        ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
      })
      .catch(() => null);
  }
  // Counted, not assumed: what was there before and is gone now.
  const left = new Set((await cookiesSentTo(urls, pageUrl)).map(identity));
  return targets.filter((cookie) => !left.has(identity(cookie))).length;
}
