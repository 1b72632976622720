// What was seen of the request: every credential fact known present, known absent, or unknown.
import { describe, expect, it } from 'vitest';
import type { Exchange, RequestSeen } from '../types';
import { takeFacts } from './take-facts';

const T = Date.UTC(2026, 0, 1);
const base: Exchange = {
  url: 'https://api.example.com/me',
  method: 'GET',
  status: 401,
  requestHeaders: [],
  responseHeaders: [],
  startedAt: T,
};
const x = (o: Partial<Exchange>): Exchange => ({ ...base, ...o });
const bearer = { name: 'Authorization', value: 'Bearer CANARYabc123def456' };
const cookie = { name: 'Cookie', value: 'sid=CANARY123' };

describe('requestSeen', () => {
  it.each<[string, Partial<Exchange>, Partial<RequestSeen>]>([
    [
      'all seen, nothing sent: known absent',
      {},
      { side: 'complete', authorization: 'absent', proxyAuthorization: 'absent', cookies: 'absent', time: 'known' },
    ],
    [
      'all seen, both sent: known present',
      { requestHeaders: [bearer, cookie] },
      { authorization: 'present', cookies: 'present' },
    ],
    [
      'sanitized export: absent headers are unknown',
      { requestSide: 'sanitized' },
      { side: 'sanitized', authorization: 'unknown', cookies: 'unknown', sanitized: 'headers-removed' },
    ],
    [
      'sanitized export keeps what is there',
      { requestSide: 'sanitized', requestHeaders: [cookie] },
      { authorization: 'unknown', cookies: 'present' },
    ],
    [
      'prompt retry: the typed credential is unknown, cookies are not',
      { requestSide: 'prompt-retry' },
      { authorization: 'unknown', proxyAuthorization: 'unknown', cookies: 'absent' },
    ],
    ['not seen: everything unknown', { requestSide: 'not-seen' }, { authorization: 'unknown', cookies: 'unknown' }],
    [
      'an unknown side reads as complete',
      { requestSide: 'bogus' as unknown as Exchange['requestSide'] },
      { side: 'complete', authorization: 'absent' },
    ],
    [
      'placeholder Authorization: present, values replaced',
      { requestHeaders: [{ name: 'Authorization', value: 'Bearer [REDACTED]' }] },
      { authorization: 'present', sanitized: 'values-replaced' },
    ],
    [
      'placeholder cookie values',
      { requestHeaders: [{ name: 'Cookie', value: 'sid=[REDACTED]; theme=dark' }] },
      { cookies: 'present', sanitized: 'values-replaced' },
    ],
    [
      'a whole Cookie header replaced is still present',
      { requestHeaders: [{ name: 'Cookie', value: '[sanitized]' }] },
      { cookies: 'present', sanitized: 'values-replaced' },
    ],
    ['an empty Cookie header is absent', { requestHeaders: [{ name: 'Cookie', value: ' ' }] }, { cookies: 'absent' }],
    ['time 0 (HAR without startedDateTime) is unknown', { startedAt: 0 }, { time: 'unknown' }],
    ['time NaN is unknown', { startedAt: Number.NaN }, { time: 'unknown' }],
  ])('%s', (_name, o, expected) => {
    expect(takeFacts(x(o)).request.seen).toMatchObject(expected);
  });

  it('real values are not called placeholders', () => {
    expect(takeFacts(x({ requestHeaders: [bearer, cookie] })).request.seen?.sanitized).toBeUndefined();
  });
});
