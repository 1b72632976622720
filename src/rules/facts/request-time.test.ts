// An unknown request time (a HAR entry without startedDateTime reads as 0) is a fact state too: no
// time-relative evidence at all, instead of a JWT judged against 1970 ("not valid until 19,844 days after
// the request").
import { describe, expect, it } from 'vitest';
import { diagnose } from '../index';
import { makeTestJwt } from '../testing/make-test-jwt';
import type { Exchange } from '../types';

const NOW = Date.UTC(2026, 3, 1, 12) / 1000;
const jwt = makeTestJwt({ nbf: NOW + 600, iat: NOW + 600, exp: NOW - 60 });
const exchange = (startedAt: number): Exchange => ({
  url: 'https://api.example.com/me',
  method: 'GET',
  status: 401,
  requestHeaders: [{ name: 'Authorization', value: `Bearer ${jwt}` }],
  responseHeaders: [
    { name: 'WWW-Authenticate', value: 'Bearer error="invalid_token"' },
    { name: 'Date', value: 'Wed, 01 Apr 2026 12:00:00 GMT' },
  ],
  startedAt,
});

const TIME_KEYS = [
  'ev_jwt_not_yet_valid',
  'ev_jwt_issued_in_future',
  'ev_jwt_expired_at',
  'ev_jwt_expired',
  'ev_date_skew_ahead',
  'ev_date_skew_behind',
  'ev_session_lapsed',
];

function timeEvidence(startedAt: number): string[] {
  const d = diagnose(exchange(startedAt), {
    lastSuccess: {
      url: 'https://api.example.com/',
      status: 200,
      at: NOW * 1000 - 60_000,
      credentials: { authorization: true, apiKey: false, cookie: false },
    },
  });
  return d.causes.flatMap((c) => c.evidence.map((e) => e.message.key)).filter((key) => TIME_KEYS.includes(key));
}

describe('request time unknown', () => {
  it.each([
    ['0 (no startedDateTime)', 0],
    ['NaN', Number.NaN],
    ['negative', -1],
  ])('%s: no exp, nbf, iat, Date or history evidence', (_name, startedAt) => {
    expect(timeEvidence(startedAt)).toEqual([]);
  });

  it('a known time still judges every claim (the test can fail)', () => {
    expect(timeEvidence(NOW * 1000)).toEqual(
      expect.arrayContaining(['ev_jwt_not_yet_valid', 'ev_jwt_issued_in_future', 'ev_jwt_expired_at']),
    );
  });
});
