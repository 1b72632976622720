// A refused exchange for tests, written as only what differs: a GET answered 401 at a fixed time.
import type { Exchange, Header } from '../types';

export const REFUSAL_TIME = Date.parse('2026-11-26T14:00:00Z');

export function refusal(requestHeaders: Header[], responseHeaders: Header[], more: Partial<Exchange> = {}): Exchange {
  return {
    url: 'https://api.example.com/a',
    method: 'GET',
    status: 401,
    requestHeaders,
    responseHeaders,
    startedAt: REFUSAL_TIME,
    ...more,
  };
}
