// The 401 gallery (scripts/gallery): one page per cause id, each backed by a scenario whose expected
// cause is that id, linked from the index and to its neighbours; the fixture server's own routes
// keep working underneath.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXHIBITS } from '../../scripts/gallery/exhibits';
import { startGallery, type Gallery } from '../../scripts/gallery/gallery-server';
import { diagnose } from '../../src/rules';
import { scenarioExchange } from '../../src/rules/testing/scenario-exchange';
import { CAUSE_IDS } from '../../src/rules/types';

let gallery: Gallery;

beforeAll(async () => {
  gallery = await startGallery();
});

afterAll(async () => {
  await gallery.close();
});

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** Status of a request by node:http: fetch() turns every 407 into a network error (Fetch standard). */
function statusOf(url: string, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

/** Follows the gallery's one redirect (cross-site exhibit) by hand, to see its cookie. */
async function page(url: string): Promise<{ status: number; html: string; finalUrl: string; cookie: string | null }> {
  const first = await fetch(url, { redirect: 'manual' });
  const location = first.headers.get('location');
  if (first.status !== 302 || !location)
    return { status: first.status, html: await first.text(), finalUrl: url, cookie: null };
  const second = await fetch(location);
  return {
    status: second.status,
    html: await second.text(),
    finalUrl: location,
    cookie: first.headers.get('set-cookie'),
  };
}

describe('the 401 gallery', () => {
  it('has exactly one page per cause id of docs/design.md', () => {
    expect(EXHIBITS.map((exhibit) => exhibit.cause).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(EXHIBITS.map((exhibit) => [exhibit.cause, exhibit] as const))(
    '%s: its scenario is expected to, and does, rank that cause first',
    (cause) => {
      const scenario = gallery.scenarioFor(cause);
      expect(scenario.expect.cause).toBe(cause);
      expect(diagnose(scenarioExchange(scenario), scenario.context ?? {}).causes[0]?.id).toBe(cause);
    },
  );

  it('indexes every cause page, and each page says what it simulates and asks for the toolbar button', async () => {
    const index = await (await fetch(gallery.indexUrl)).text();
    const links = hrefs(index).filter((href) => href.includes('/gallery/') && !href.endsWith('.css'));
    expect(links).toEqual(EXHIBITS.map((exhibit) => gallery.pageUrl(exhibit.cause)));
    for (const exhibit of EXHIBITS) {
      const { status, html, finalUrl } = await page(gallery.pageUrl(exhibit.cause));
      expect(status, exhibit.cause).toBe(200);
      expect(finalUrl).toBe(gallery.landingUrl(exhibit.cause));
      expect(html).toContain(`data-exhibit="${exhibit.cause}"`);
      expect(html).toContain(exhibit.simulates.replace(/"/g, '&#34;').replace(/'/g, '&#39;'));
      expect(html).toContain('Why401</strong> button in the toolbar');
    }
  });

  it('links each page to the index and its neighbours, and every link answers', async () => {
    for (const [i, exhibit] of EXHIBITS.entries()) {
      const { html } = await page(gallery.pageUrl(exhibit.cause));
      const links = hrefs(html);
      expect(links).toContain(gallery.indexUrl);
      const previous = EXHIBITS[i - 1];
      const next = EXHIBITS[i + 1];
      if (previous) expect(links).toContain(gallery.pageUrl(previous.cause));
      if (next) expect(links).toContain(gallery.pageUrl(next.cause));
      for (const link of links.filter((href) => href.startsWith('http')))
        expect((await page(link)).status, link).toBe(200);
    }
  });

  it("causes each page's 401/407 with the scenario's own response", async () => {
    for (const exhibit of EXHIBITS) {
      const scenario = gallery.scenarioFor(exhibit.cause);
      const { html } = await page(gallery.pageUrl(exhibit.cause));
      // A navigation exhibit links to the protected page; a fetch exhibit's script names it.
      expect(html).toContain(scenario.request.path);
      expect(await statusOf(gallery.fixtures.origin + scenario.request.path, scenario.request.method)).toBe(
        scenario.response.status,
      );
    }
  });

  it('sets the held session cookie on the API site before the cross-site page calls it', async () => {
    const { cookie, finalUrl } = await page(gallery.pageUrl('credentials-not-sent'));
    expect(cookie).toMatch(/^app_session=CANARY-/);
    expect(finalUrl.startsWith(gallery.fixtures.crossOrigin)).toBe(true);
  });

  it("keeps the fixture server's own routes", async () => {
    expect((await fetch(`${gallery.fixtures.origin}/`)).status).toBe(200);
    expect((await fetch(gallery.fixtures.pageUrl('aspnet-jwt-expired'))).status).toBe(200);
    expect((await fetch(`${gallery.fixtures.origin}/nope`)).status).toBe(404);
  });
});
