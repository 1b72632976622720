// Scenario fixtures are written at a fixed request time (`startedDateTime`). A real browser requests
// them now, so the fixture server moves every time in them by (now - startedDateTime): JWT `exp`, `nbf`
// and `iat` claims (re-encoded with the same fake signature) and HTTP dates in response headers.
import type { Header } from '../../../src/rules/types';
import type { Scenario } from '../../fixtures/scenario';

const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/g;
const TIME_CLAIMS = ['exp', 'nbf', 'iat'] as const;
const DATE_HEADERS = new Set(['date', 'expires', 'last-modified']);

function shiftJwt(token: string, deltaSeconds: number): string {
  const [header, payload, signature] = token.split('.');
  if (header === undefined || payload === undefined) return token;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const claim of TIME_CLAIMS) {
      const value = claims[claim];
      if (typeof value === 'number') claims[claim] = value + deltaSeconds;
    }
    return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature ?? ''].join('.');
  } catch {
    return token;
  }
}

function shiftHeader(header: Header, deltaMs: number): Header {
  const name = header.name.toLowerCase();
  if (DATE_HEADERS.has(name)) {
    const at = Date.parse(header.value);
    return Number.isNaN(at) ? header : { ...header, value: new Date(at + deltaMs).toUTCString() };
  }
  return { ...header, value: header.value.replace(JWT, (token) => shiftJwt(token, Math.round(deltaMs / 1000))) };
}

export function shiftScenarioTime(scenario: Scenario, now: number): Scenario {
  const startedAt = Date.parse(scenario.startedDateTime ?? '');
  if (Number.isNaN(startedAt)) return scenario;
  const delta = now - startedAt;
  const shift = (headers: Header[]) => headers.map((header) => shiftHeader(header, delta));
  return {
    ...scenario,
    request: { ...scenario.request, headers: shift(scenario.request.headers) },
    response: { ...scenario.response, headers: shift(scenario.response.headers) },
  };
}
