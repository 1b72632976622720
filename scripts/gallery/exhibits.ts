// The gallery's exhibits: one per cause id of docs/design.md, each backed by a real-world scenario fixture
// (test/fixtures/scenarios), so the gallery shows exactly what the unit and end-to-end tests check.
import type { CauseId } from '../../src/rules/types';
import { loadScenarios } from '../../test/fixtures/load-scenarios';
import type { Scenario } from '../../test/fixtures/scenario';

export interface Exhibit {
  cause: CauseId;
  /** Scenario fixture id that causes the 401/407. */
  scenario: string;
  /** Short heading for the index card. */
  name: string;
  /** One sentence: what the page simulates. */
  simulates: string;
  /** Said on the page when a browser hides this exhibit from extensions (honest beats blank). */
  browserNote?: string;
  /** The browser will ask for a password first (Basic/Digest challenges). */
  prompts?: boolean;
}

/** The NTLM handshake step was recorded as a navigation; a page script can send its type-1 header on a fetch. */
export const NTLM_FETCH_ID = 'gallery-ntlm-handshake-fetch';

export const EXHIBITS: readonly Exhibit[] = [
  {
    cause: 'missing-credentials',
    scenario: 'basic-navigation',
    name: 'Basic login, no credentials',
    prompts: true,
    simulates: 'A staging site protected by HTTP Basic authentication is opened without a user name and password.',
  },
  {
    cause: 'credentials-not-sent',
    scenario: 'sanctum-cross-site-no-cookies',
    name: 'Session cookie left behind',
    simulates:
      'A single-page app on another site calls its API with fetch() but without credentials: "include", so the session cookie the browser holds stays home.',
  },
  {
    cause: 'credentials-rejected',
    scenario: 'github-bad-credentials',
    name: 'Bad credentials',
    simulates: 'A GitHub REST API call with a mistyped personal access token, answered {"message": "Bad credentials"}.',
  },
  {
    cause: 'credentials-expired',
    scenario: 'aspnet-jwt-expired',
    name: 'Expired JWT',
    simulates: 'An ASP.NET Core API refuses a bearer JWT whose exp claim passed three hours ago.',
  },
  {
    cause: 'credentials-revoked',
    scenario: 'simplejwt-blacklisted',
    name: 'Token revoked at logout',
    simulates:
      'A Django REST framework API refuses an access token that was blacklisted at logout; only the response body says so.',
  },
  {
    cause: 'malformed-credentials',
    scenario: 'express-bearer-undefined',
    name: 'Bearer undefined',
    simulates:
      'A single-page app sends "Authorization: Bearer undefined" because it read the token before login finished.',
  },
  {
    cause: 'insufficient-permissions',
    scenario: 'insufficient-scope',
    name: 'Insufficient scope',
    simulates: 'A valid token with scope orders:read calls an endpoint that needs orders:write.',
  },
  {
    cause: 'integrated-auth-unavailable',
    scenario: 'iis-negotiate-only',
    name: 'Windows sign-in only',
    simulates: 'An intranet page on IIS offers only Negotiate/NTLM, and this browser is not set up for single sign-on.',
  },
  {
    cause: 'stale-nonce',
    scenario: 'digest-stale-nonce',
    name: 'Digest stale=true',
    prompts: true,
    simulates: 'A Digest-authenticated request reuses a nonce the server has expired; the server answers stale=true.',
  },
  {
    cause: 'clock-skew',
    scenario: 'jwt-nbf-future',
    name: 'Token from the future',
    simulates:
      'A token minted by a server whose clock runs 10 minutes fast is not valid yet (nbf after the request time).',
  },
  {
    cause: 'proxy-or-firewall',
    scenario: 'squid-proxy-407',
    name: 'Proxy wants a password',
    prompts: true,
    simulates: 'A corporate Squid proxy answers 407 Proxy Authentication Required before letting the browser out.',
    browserNote:
      'Chromium refuses a 407 from a server that is not its configured proxy before extensions see it: open this page in Firefox (npm start -- --firefox).',
  },
  {
    cause: 'server-misconfigured',
    scenario: 'cors-preflight-401',
    name: 'CORS preflight answered 401',
    simulates:
      'A cross-origin API call whose OPTIONS preflight (which never carries credentials) is answered 401 by Spring Security.',
    browserNote:
      'Chromium shows CORS preflights to extensions only with extraHeaders, which Why401 does not ask for (it slows every request): open this page in Firefox.',
  },
  {
    cause: 'stale-dns-or-cache',
    scenario: 'cdn-cached-401',
    name: 'Cached 401 from a CDN',
    simulates:
      'A CDN keeps serving a 401 it cached half an hour ago (Age: 1800, X-Cache: Hit) for a URL that works again at the origin.',
  },
  {
    cause: 'unknown',
    scenario: NTLM_FETCH_ID,
    name: 'Nothing failed yet',
    simulates:
      "One step of a working NTLM handshake: the 401 carries the server's challenge and nothing points at a fault.",
  },
];

/** The scenario fixtures plus the gallery's one derived variant (a fetch instead of a navigation). */
export function galleryScenarios(base: Scenario[] = loadScenarios()): Scenario[] {
  const ntlm = base.find((scenario) => scenario.id === 'ntlm-handshake-step');
  if (!ntlm) return base;
  const variant: Scenario = {
    ...ntlm,
    id: NTLM_FETCH_ID,
    request: { ...ntlm.request, path: '/api/gallery-ntlm-handshake-fetch', via: 'fetch' },
  };
  return [...base, variant];
}
