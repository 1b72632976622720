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

type Kind = 'authorization' | 'cookie' | 'cookie-hidden' | 'nothing' | 'unknown';

function earlier(kind: Kind): DiagnoseContext {
  const credentials =
    kind === 'unknown'
      ? undefined
      : {
          authorization: kind === 'authorization',
          apiKey: false,
          cookie: kind === 'cookie-hidden' ? undefined : kind === 'cookie',
        };
  return {
    lastSuccess: {
      url: 'https://shop.example.com/',
      status: 200,
      at: T0 - 3_600_000,
      ...(credentials ? { credentials } : {}),
    },
  };
}

const hasLapsedEvidence = (exchange: Exchange, context: DiagnoseContext): boolean =>
  diagnose(exchange, context).causes.some((cause) =>
    cause.evidence.some((evidence) => evidence.message.key === 'ev_session_lapsed'),
  );

describe('an earlier success shows a lapsed session only when it was itself authenticated', () => {
  it.each([
    [
      'token refused after a success with a token',
      [{ name: 'Authorization', value: 'Bearer abc.def' }],
      'authorization',
      true,
    ],
    [
      'token refused after a public page loaded',
      [{ name: 'Authorization', value: 'Bearer abc.def' }],
      'nothing',
      false,
    ],
    [
      'token refused after a cookie-session page loaded',
      [{ name: 'Authorization', value: 'Bearer abc.def' }],
      'cookie',
      false,
    ],
    [
      'token refused, earlier success of unknown kind',
      [{ name: 'Authorization', value: 'Bearer abc.def' }],
      'unknown',
      false,
    ],
    ['cookies refused after a success with cookies', [{ name: 'Cookie', value: 'sid=1' }], 'cookie', true],
    [
      'cookies refused, Cookie header hidden earlier (Chrome)',
      [{ name: 'Cookie', value: 'sid=1' }],
      'cookie-hidden',
      true,
    ],
    ['cookies refused, earlier success of unknown kind (HAR)', [{ name: 'Cookie', value: 'sid=1' }], 'unknown', true],
    ['cookies refused after an anonymous success', [{ name: 'Cookie', value: 'sid=1' }], 'nothing', false],
  ] as const)('%s', (_name, headers, kind, lapsed) => {
    expect(hasLapsedEvidence(refused([...headers]), earlier(kind))).toBe(lapsed);
  });
});
