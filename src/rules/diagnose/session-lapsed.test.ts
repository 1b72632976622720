import { describe, expect, it } from 'vitest';
import { diagnose } from '../index';
import type { DiagnoseContext, Exchange } from '../types';

const T0 = Date.parse('2026-11-26T14:00:00Z');

function refused(requestHeaders: Exchange['requestHeaders']): Exchange {
  return {
    url: 'https://shop.example.com/api/cart',
    method: 'GET',
    status: 401,
    requestHeaders,
    responseHeaders: [{ name: 'WWW-Authenticate', value: 'Bearer realm="shop"' }],
    startedAt: T0,
  };
}

const earlier = (authenticated: boolean | undefined): DiagnoseContext => ({
  lastSuccess: { url: 'https://shop.example.com/', status: 200, at: T0 - 3_600_000, ...(authenticated === undefined ? {} : { authenticated }) },
});

const hasLapsedEvidence = (exchange: Exchange, context: DiagnoseContext): boolean =>
  diagnose(exchange, context).causes.some((cause) => cause.evidence.some((evidence) => evidence.message.key === 'ev_session_lapsed'));

describe('an earlier success shows a lapsed session only when it was itself authenticated', () => {
  it.each([
    ['token refused after an authenticated success', [{ name: 'Authorization', value: 'Bearer abc.def' }], true, true],
    ['token refused after a public page loaded', [{ name: 'Authorization', value: 'Bearer abc.def' }], false, false],
    ['token refused, earlier success of unknown kind', [{ name: 'Authorization', value: 'Bearer abc.def' }], undefined, false],
    ['cookies refused, earlier success of unknown kind (Chrome hides Cookie)', [{ name: 'Cookie', value: 'sid=1' }], undefined, true],
    ['cookies refused after an anonymous success', [{ name: 'Cookie', value: 'sid=1' }], false, false],
  ] as const)('%s', (_name, headers, authenticated, lapsed) => {
    expect(hasLapsedEvidence(refused([...headers]), earlier(authenticated))).toBe(lapsed);
  });
});
