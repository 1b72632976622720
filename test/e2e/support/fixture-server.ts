// A real HTTP server on 127.0.0.1 (random port) that replays the scenario fixtures, so the browsers
// see the exact 401/407 responses the unit tests reason about.
//   /                      index of scenarios
//   /scenario/<id>         a page that causes the scenario's 401 (fetch, preflight) or links to it
//   <scenario.request.path> answers with the scenario's response, whatever the method
//   /ok/<id>               a 200 from the same origin, for scenarios whose context has an earlier success
//   /compat/...            the fetch/XHR compatibility battery and its endpoints (support/compat-page.ts)
//   /repeat/<id>?n=N       a page that causes the scenario's request N times (at most 50 in flight)
//   /storm-forever/<id>?lanes=L  a page that causes the scenario's request with L in flight, until it is closed
//   /history-secrets/<id>   earlier successes with secrets in their URLs, then the scenario's refusal
//   /hop/<id>?left=N&...   a page that causes one refusal (the request path + this query), then moves to
//                          ?left=N-1 (same other parameters), until left=0: N self-navigations in one tab
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadScenarios } from '../../fixtures/load-scenarios';
import type { Scenario } from '../../fixtures/scenario';
import { COMPAT_BODY_401, compatPage } from './compat-page';
import { shiftScenarioTime } from './shift-scenario-time';

export interface FixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Same server under another origin (`http://localhost:<port>`), for cross-origin requests. */
  crossOrigin: string;
  scenarios: Scenario[];
  /** URL of the page that causes the scenario's 401: for navigations, the 401 itself. */
  pageUrl(id: string): string;
  /** Requests served, for assertions (`METHOD path`). */
  log: string[];
  /** What the compatibility battery posted for `run` (parsed JSON), once it has. */
  compatResult(run: string): unknown;
  close(): Promise<void>;
}

/** Extra pages served by the same server (the 401 gallery): return true when the request was answered. */
export type ExtraRoutes = (
  req: IncomingMessage,
  res: ServerResponse,
  server: { origin: string; crossOrigin: string },
) => boolean;

export interface FixtureServerOptions {
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Tried before the scenario routes. */
  routes?: ExtraRoutes;
}

/** The session cookie a cross-site scenario's API site holds before the page on the other site calls it. */
export const HELD_COOKIE = 'app_session=CANARY-held-cookie-7d1e; Path=/; SameSite=Lax; HttpOnly';

/** Headers a page script may not set on fetch (the browser owns them). */
const FORBIDDEN_REQUEST_HEADERS = new Set([
  'cookie',
  'host',
  'content-length',
  'connection',
  'origin',
  'referer',
  'access-control-request-method',
  'access-control-request-headers',
  'accept-encoding',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** `Cookie: a=1; b=2` in the scenario's request becomes Set-Cookie on the page, so the browser sends them. */
export function cookiesToSet(scenario: Scenario): string[] {
  const cookie = scenario.request.headers.find((header) => header.name.toLowerCase() === 'cookie');
  if (!cookie) return [];
  return cookie.value
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => `${pair}; Path=/; SameSite=Lax`);
}

/** Headers the page sets on its fetch; for a preflight, the ones the preflight announces (to force one). */
function fetchHeaders(scenario: Scenario): Record<string, string> {
  if (scenario.request.via === 'preflight') {
    const announced = scenario.request.headers.find(
      (header) => header.name.toLowerCase() === 'access-control-request-headers',
    );
    const names = (announced?.value ?? 'authorization')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    return Object.fromEntries(
      names.map((name) => [name, name.toLowerCase() === 'content-type' ? 'application/json' : 'preflight-only']),
    );
  }
  return Object.fromEntries(
    scenario.request.headers
      .filter(
        (header) =>
          !FORBIDDEN_REQUEST_HEADERS.has(header.name.toLowerCase()) && !header.name.toLowerCase().startsWith('sec-'),
      )
      .map((header) => [header.name, header.value]),
  );
}

function fetchMethod(scenario: Scenario): string {
  if (scenario.request.via !== 'preflight') return scenario.request.method;
  return (
    scenario.request.headers.find((header) => header.name.toLowerCase() === 'access-control-request-method')?.value ??
    'PUT'
  );
}

/** The browser holds cookies for the API's site but the page is on another site: a cross-site call without them. */
export function isCrossSiteWithHeldCookies(scenario: Scenario): boolean {
  return (
    scenario.context?.browserHasCookies === true &&
    !scenario.request.headers.some((header) => header.name.toLowerCase() === 'cookie')
  );
}

function pageScript(scenario: Scenario, origin: string, crossOrigin: string): string {
  const via = scenario.request.via ?? 'fetch';
  const crossSite = isCrossSiteWithHeldCookies(scenario);
  const target =
    via === 'preflight'
      ? crossOrigin + scenario.request.path
      : crossSite
        ? origin + scenario.request.path
        : scenario.request.path;
  // fetch()'s default credentials mode ('same-origin') is the everyday bug behind credentials-not-sent.
  const credentials = crossSite ? 'same-origin' : 'include';
  const warmUp = scenario.context?.lastSuccess ? `await fetch('/ok/${scenario.id}', { credentials: 'include' });` : '';
  // Never await the 401 itself: a Basic/Digest challenge on a fetch opens an auth prompt that a
  // headless browser cannot answer, and the promise would never settle.
  return `(async () => {
    ${warmUp}
    fetch(${JSON.stringify(target)}, { method: ${JSON.stringify(fetchMethod(scenario))}, headers: ${JSON.stringify(fetchHeaders(scenario))}, credentials: '${credentials}' })
      .then(() => { document.body.dataset.settled = 'yes'; }, () => { document.body.dataset.settled = 'error'; });
    document.body.dataset.sent = 'yes';
  })();`;
}

/** Sets the scenario's site cookie first-party, then moves to the other site whose page makes the call. */
function cookieThenPage(scenario: Scenario, crossOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>signing in</title></head>
<body><script>location.replace(${JSON.stringify(`${crossOrigin}/scenario/${scenario.id}`)});</script></body></html>`;
}

/** What makes the 401 happen on a page: a link to it (navigations) or the script that requests it. */
export function scenarioTrigger(scenario: Scenario, origin: string, crossOrigin: string): string {
  const via = scenario.request.via ?? 'fetch';
  return via === 'navigation'
    ? `<p><a id="go" href="${escapeHtml(scenario.request.path)}">Open the protected page</a></p>`
    : `<script>${pageScript(scenario, origin, crossOrigin)}</script>`;
}

function scenarioPage(scenario: Scenario, origin: string, crossOrigin: string): string {
  const body = scenarioTrigger(scenario, origin, crossOrigin);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(scenario.title)}</title></head>
<body><h1>${escapeHtml(scenario.id)}</h1><p>${escapeHtml(scenario.title)}</p>${body}</body></html>`;
}

/** A page that causes the same scenario request `times` times (dedupe, badge counts, storms). */
function repeatPage(scenario: Scenario, times: number): string {
  const headers = fetchHeaders(scenario);
  // At most 50 in flight: Chromium fails requests beyond a few hundred pending in one page
  // (net::ERR_INSUFFICIENT_RESOURCES), which would measure the browser, not Why401.
  const script = `(async () => {
    let done = 0;
    let next = 0;
    const one = () => fetch(${JSON.stringify(scenario.request.path)}, { headers: ${JSON.stringify(headers)} }).then(() => done++, () => done++);
    const lane = async () => { while (next < ${times}) { next++; await one(); } };
    await Promise.all(Array.from({ length: Math.min(50, ${times}) }, lane));
    document.body.dataset.done = String(done);
  })();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>repeat ${escapeHtml(scenario.id)}</title></head><body><script>${script}</script></body></html>`;
}

/**
 * A page that never stops refusing: `lanes` loops, each sending the scenario request as soon as the last
 * one settled, until the tab is closed (the load tests' endless storm). Only for scenarios whose 401 the
 * browser does not prompt for (no Basic/Digest challenge), or the loops would wait on a dialog.
 */
function stormForeverPage(scenario: Scenario, lanes: number): string {
  const headers = fetchHeaders(scenario);
  const script = `(() => {
    const one = () => fetch(${JSON.stringify(scenario.request.path)}, { headers: ${JSON.stringify(headers)} }).then(() => undefined, () => undefined);
    const lane = async () => { for (;;) await one(); };
    for (let i = 0; i < ${lanes}; i++) void lane();
    document.body.dataset.storming = 'yes';
  })();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>storm ${escapeHtml(scenario.id)}</title></head><body><script>${script}</script></body></html>`;
}

/**
 * One page of a self-navigating chain: requests the scenario path with this page's own query (so each
 * hop's refusal has its own URL, and a refusal filed under the wrong page shows), waits for the answer,
 * then replaces itself with `left - 1` (replace: the test measures Why401, not a 1,000-entry history).
 * At `left=0` it stays and says so. Same prompt caveat as stormForeverPage: the 401 is awaited.
 */
function hopPage(scenario: Scenario, left: number, params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  next.set('left', String(left - 1));
  const target = `${scenario.request.path}?${params.toString()}`;
  const then =
    left > 0
      ? `location.replace(${JSON.stringify(`?${next.toString()}`)});`
      : `document.body.dataset.done = 'yes'; document.body.append('done');`;
  const script = `(async () => {
    await fetch(${JSON.stringify(target)}, { headers: ${JSON.stringify(fetchHeaders(scenario))} }).catch(() => undefined);
    ${then}
  })();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hop ${left}</title></head><body><script>${script}</script></body></html>`;
}

/**
 * Earlier successes that carry a secret in every place a URL can (query, a token as a path segment; the
 * page itself is opened with a secret query and fragment), then the scenario's refusal on the same
 * origin: history of those successes must reach storage and evidence redacted.
 */
export const HISTORY_SECRETS = [
  'CANARY-hist-query-7f3a9c1e',
  '0123456789abcdef0123456789abcdefCANARY',
  'CANARY-hist-fragment-22b8',
  'CANARY-hist-page-5d1c',
];

function historySecretsPage(scenario: Scenario): string {
  const successes = [`/ok/feed?access_token=${HISTORY_SECRETS[0]}`, `/ok/s/${HISTORY_SECRETS[1]}/feed`];
  const script = `(async () => {
    for (const url of ${JSON.stringify(successes)}) await fetch(url, { headers: ${JSON.stringify(fetchHeaders(scenario))} });
    await fetch(${JSON.stringify(`${scenario.request.path}?page=2`)}, { headers: ${JSON.stringify(fetchHeaders(scenario))} }).catch(() => undefined);
    document.body.dataset.done = 'yes';
  })();`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>history ${escapeHtml(scenario.id)}</title></head><body><script>${script}</script></body></html>`;
}

function indexPage(scenarios: Scenario[]): string {
  const items = scenarios.map(
    (s) => `<li><a href="/scenario/${escapeHtml(s.id)}">${escapeHtml(s.id)}</a>: ${escapeHtml(s.title)}</li>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Why401 scenarios</title></head><body><ul>${items.join('')}</ul></body></html>`;
}

/**
 * Header values go on the wire as UTF-8 bytes, as real servers send them; Node only takes Latin-1
 * strings, so characters beyond it (a bidi override in a hostile realm) are passed as their bytes.
 */
function wireValue(value: string): string {
  return /[\u0100-\uffff]/.test(value) ? Buffer.from(value, 'utf8').toString('latin1') : value;
}

function send(res: ServerResponse, status: number, headers: Array<[string, string]>, body: string): void {
  res.statusCode = status;
  for (const [name, value] of headers) res.appendHeader(name, wireValue(value));
  res.end(body);
}

function replay(scenario: Scenario, req: IncomingMessage, res: ServerResponse): void {
  const { response } = scenario;
  const origin = req.headers.origin;
  const recordedOrigin = scenario.request.headers.find((header) => header.name.toLowerCase() === 'origin')?.value;
  // The recorded server allowed the recorded page's origin; here the page lives on this server's other
  // origin, so allow that one instead (same meaning, real port).
  const headers: Array<[string, string]> = response.headers.map((header) =>
    header.name.toLowerCase() === 'access-control-allow-origin' && origin && header.value === recordedOrigin
      ? [header.name, origin]
      : [header.name, header.value],
  );
  // A preflight comes from another origin: answer it with the scenario, and let the real request through CORS.
  if (origin && !headers.some(([name]) => name.toLowerCase() === 'access-control-allow-origin')) {
    headers.push(['Access-Control-Allow-Origin', origin], ['Access-Control-Allow-Credentials', 'true']);
  }
  if (response.statusText) res.statusMessage = response.statusText;
  send(res, response.status, headers, req.method === 'HEAD' ? '' : (response.body ?? ''));
}

/** The battery's endpoints; answers true when it handled the request. */
function serveCompat(path: string, req: IncomingMessage, res: ServerResponse, results: Map<string, unknown>): boolean {
  const noStore: [string, string] = ['Cache-Control', 'no-store'];
  switch (path) {
    case '/compat/page':
      send(res, 200, [['Content-Type', 'text/html; charset=utf-8'], noStore], compatPage());
      return true;
    case '/compat/json':
      send(res, 200, [['Content-Type', 'application/json'], noStore], '{"ok":true,"n":1}');
      return true;
    case '/compat/401':
      send(
        res,
        401,
        [['Content-Type', 'application/json'], ['WWW-Authenticate', 'Bearer realm="compat"'], noStore],
        COMPAT_BODY_401,
      );
      return true;
    case '/compat/stream': {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      const parts = ['chunk-1 ', 'chunk-2 ', 'chunk-3'];
      const next = (): void => {
        const part = parts.shift();
        if (part === undefined || res.destroyed) return void res.end();
        res.write(part);
        setTimeout(next, 40);
      };
      next();
      return true;
    }
    case '/compat/slow': {
      const timer = setTimeout(() => send(res, 200, [['Content-Type', 'text/plain'], noStore], 'slow'), 1_000);
      res.once('close', () => clearTimeout(timer));
      return true;
    }
    case '/compat/result': {
      const run = new URL(req.url ?? '/', 'http://x').searchParams.get('run') ?? '';
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        try {
          results.set(run, JSON.parse(body));
        } catch {
          results.set(run, { unparseable: body.slice(0, 200) });
        }
        send(res, 204, [], '');
      });
      return true;
    }
    default:
      return false;
  }
}

export async function startFixtureServer(
  scenarios = loadScenarios(),
  options: FixtureServerOptions = {},
): Promise<FixtureServer> {
  const byPath = new Map(scenarios.map((scenario) => [scenario.request.path, scenario]));
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const log: string[] = [];
  const compatResults = new Map<string, unknown>();
  let crossOrigin = '';
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    log.push(`${req.method} ${path}`);
    const html: Array<[string, string]> = [
      ['Content-Type', 'text/html; charset=utf-8'],
      ['Cache-Control', 'no-store'],
    ];
    if (options.routes?.(req, res, { origin, crossOrigin })) return;
    const target = byPath.get(path);
    if (target) return replay(shiftScenarioTime(target, Date.now()), req, res);
    if (path === '/') return send(res, 200, html, indexPage(scenarios));
    if (path.startsWith('/compat/') && serveCompat(path, req, res, compatResults)) return;
    const scenarioMatch = /^\/scenario\/([\w-]+)$/.exec(path);
    const scenario = scenarioMatch?.[1] ? byId.get(scenarioMatch[1]) : undefined;
    if (scenario) {
      const cookies = cookiesToSet(scenario).map((value): [string, string] => ['Set-Cookie', value]);
      return send(
        res,
        200,
        [...html, ...cookies],
        scenarioPage(shiftScenarioTime(scenario, Date.now()), origin, crossOrigin),
      );
    }
    const repeat = /^\/repeat\/([\w-]+)$/.exec(path);
    const repeated = repeat?.[1] ? byId.get(repeat[1]) : undefined;
    if (repeated) {
      const times = Math.min(20_000, Number(new URL(req.url ?? '/', origin).searchParams.get('n') ?? '1'));
      return send(res, 200, html, repeatPage(shiftScenarioTime(repeated, Date.now()), times));
    }
    const storm = /^\/storm-forever\/([\w-]+)$/.exec(path);
    const stormed = storm?.[1] ? byId.get(storm[1]) : undefined;
    if (stormed) {
      const lanes = Math.max(
        1,
        Math.min(50, Number(new URL(req.url ?? '/', origin).searchParams.get('lanes') ?? '4') || 4),
      );
      return send(res, 200, html, stormForeverPage(shiftScenarioTime(stormed, Date.now()), lanes));
    }
    const hop = /^\/hop\/([\w-]+)$/.exec(path);
    const hopped = hop?.[1] ? byId.get(hop[1]) : undefined;
    if (hopped) {
      const params = new URL(req.url ?? '/', origin).searchParams;
      const left = Math.max(0, Math.min(100_000, Math.floor(Number(params.get('left') ?? '0')) || 0));
      params.set('left', String(left));
      return send(res, 200, html, hopPage(shiftScenarioTime(hopped, Date.now()), left, params));
    }
    const history = /^\/history-secrets\/([\w-]+)$/.exec(path);
    const historic = history?.[1] ? byId.get(history[1]) : undefined;
    if (historic) return send(res, 200, html, historySecretsPage(shiftScenarioTime(historic, Date.now())));
    const cookieThen = /^\/cookie-then\/([\w-]+)$/.exec(path);
    const held = cookieThen?.[1] ? byId.get(cookieThen[1]) : undefined;
    if (held) {
      const cookie: [string, string] = ['Set-Cookie', HELD_COOKIE];
      return send(res, 200, [...html, cookie], cookieThenPage(held, crossOrigin));
    }
    if (path.startsWith('/ok/')) return send(res, 200, [['Content-Type', 'application/json']], '{"ok":true}');
    if (path === '/favicon.ico') return send(res, 204, [], '');
    return send(res, 404, [['Content-Type', 'text/plain']], 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    // A fixed port may be taken (EADDRINUSE): fail instead of waiting forever.
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  crossOrigin = `http://localhost:${port}`;
  return {
    origin,
    crossOrigin,
    scenarios,
    log,
    compatResult: (run) => compatResults.get(run),
    pageUrl(id) {
      const scenario = byId.get(id);
      if (!scenario) throw new Error(`no scenario ${id}`);
      if (scenario.request.via === 'navigation') return origin + scenario.request.path;
      return isCrossSiteWithHeldCookies(scenario) ? `${origin}/cookie-then/${id}` : `${origin}/scenario/${id}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; close() alone would wait for them forever.
        server.closeAllConnections();
      }),
  };
}
