// The 401 gallery, served by the end-to-end fixture server (same scenarios, same replay, same
// origins) through its `routes` hook: /gallery/ is the index, /gallery/<cause id> one page per cause.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HELD_COOKIE,
  cookiesToSet,
  isCrossSiteWithHeldCookies,
  scenarioTrigger,
  startFixtureServer,
  type FixtureServer,
} from '../../test/e2e/support/fixture-server';
import { shiftScenarioTime } from '../../test/e2e/support/shift-scenario-time';
import type { Scenario } from '../../test/fixtures/scenario';
import { EXHIBITS, galleryScenarios, type Exhibit } from './exhibits';
import { GALLERY_PATH, causePath, renderCausePage, renderIndex } from './render';
import { GALLERY_CSS } from './style';

export interface Gallery {
  /** `http://127.0.0.1:<port>/gallery/` */
  indexUrl: string;
  /** The page a visitor opens for a cause (it may move to the other origin by itself). */
  pageUrl(cause: string): string;
  /** Where the visitor ends up: the other origin for a cross-site exhibit, else the page itself. */
  landingUrl(cause: string): string;
  /** The scenario behind a cause's page, as recorded (the page shifts its times to now). */
  scenarioFor(cause: string): Scenario;
  exhibits: readonly Exhibit[];
  /** The fixture server underneath (its scenarios and routes all still work). */
  fixtures: FixtureServer;
  close(): Promise<void>;
}

const HTML = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };

function answer(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string): true {
  res.writeHead(status, headers);
  res.end(body);
  return true;
}

function galleryRoutes(byId: Map<string, Scenario>) {
  return (
    req: IncomingMessage,
    res: ServerResponse,
    { origin, crossOrigin }: { origin: string; crossOrigin: string },
  ): boolean => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/gallery' || path === GALLERY_PATH) return answer(res, 200, HTML, renderIndex(EXHIBITS, origin));
    if (path === `${GALLERY_PATH}style.css`)
      return answer(res, 200, { 'Content-Type': 'text/css; charset=utf-8' }, GALLERY_CSS);
    const index = EXHIBITS.findIndex((exhibit) => causePath(exhibit.cause) === path);
    const exhibit = EXHIBITS[index];
    const recorded = exhibit ? byId.get(exhibit.scenario) : undefined;
    if (!exhibit || !recorded) return false;
    // A cross-site exhibit: the API's site sets its session cookie first, then the page on the other
    // site makes the call (exactly the fixture server's /cookie-then/ flow).
    if (isCrossSiteWithHeldCookies(recorded) && `http://${req.headers.host ?? ''}` !== crossOrigin) {
      return answer(res, 302, { ...HTML, 'Set-Cookie': HELD_COOKIE, Location: `${crossOrigin}${path}` }, '');
    }
    const scenario = shiftScenarioTime(recorded, Date.now());
    const html = renderCausePage({
      exhibit,
      scenario,
      trigger: scenarioTrigger(scenario, origin, crossOrigin),
      origin,
      previous: EXHIBITS[index - 1],
      next: EXHIBITS[index + 1],
    });
    return answer(res, 200, { ...HTML, 'Set-Cookie': cookiesToSet(scenario) }, html);
  };
}

export async function startGallery(options: { port?: number } = {}): Promise<Gallery> {
  const scenarios = galleryScenarios();
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const scenarioFor = (cause: string): Scenario => {
    const scenario = byId.get(EXHIBITS.find((exhibit) => exhibit.cause === cause)?.scenario ?? '');
    if (!scenario) throw new Error(`no gallery page for ${cause}`);
    return scenario;
  };
  const fixtures = await startFixtureServer(scenarios, { port: options.port, routes: galleryRoutes(byId) });
  return {
    indexUrl: `${fixtures.origin}${GALLERY_PATH}`,
    pageUrl: (cause) => `${fixtures.origin}${causePath(cause)}`,
    landingUrl: (cause) =>
      `${isCrossSiteWithHeldCookies(scenarioFor(cause)) ? fixtures.crossOrigin : fixtures.origin}${causePath(cause)}`,
    scenarioFor,
    exhibits: EXHIBITS,
    fixtures,
    close: () => fixtures.close(),
  };
}
