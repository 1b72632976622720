// Test helper: turns a fixture Scenario into the Exchange the extension would observe.
import type { Scenario } from '../../../test/fixtures/scenario';
import type { Exchange, ResourceType } from '../types';
import { firstHeader } from '../facts/header-list';

export const FIXTURE_ORIGIN = 'http://127.0.0.1:8080';
/** The e2e page that makes cross-origin (preflighted) requests lives on another site. */
const CROSS_ORIGIN_PAGE = 'http://localhost:8081';
/** When a scenario names no time: fixed, so runs are deterministic. */
const FALLBACK_TIME = Date.UTC(2026, 0, 1, 12, 0, 0);

const TYPES: Record<string, ResourceType> = { fetch: 'fetch', navigation: 'main_frame', preflight: 'other' };

export function scenarioExchange(s: Scenario): Exchange {
  const via = s.request.via ?? 'fetch';
  const url = FIXTURE_ORIGIN + s.request.path;
  const page = via === 'preflight' ? CROSS_ORIGIN_PAGE : FIXTURE_ORIGIN;
  const x: Exchange = {
    url,
    method: s.request.method,
    resourceType: TYPES[via] ?? 'other',
    status: s.response.status,
    requestHeaders: s.request.headers,
    responseHeaders: s.response.headers,
    startedAt: startedAt(s),
    serverIp: '127.0.0.1',
    fromCache: false,
    initiator: page,
    pageUrl: via === 'navigation' ? url : `${page}/`,
  };
  if (s.response.statusText !== undefined) x.statusText = s.response.statusText;
  if (s.response.body !== undefined) x.responseBody = s.response.body;
  return x;
}

/** startedDateTime, else the response's Date (a captured response is judged at its own time), else a fixed date. */
function startedAt(s: Scenario): number {
  const iso = s.startedDateTime !== undefined ? Date.parse(s.startedDateTime) : NaN;
  if (Number.isFinite(iso)) return iso;
  const date = firstHeader(s.response.headers, 'date');
  const fromDate = date !== undefined ? Date.parse(date) : NaN;
  return Number.isFinite(fromDate) ? fromDate : FALLBACK_TIME;
}
