// A real Diagnosis of a 401 from api.example.com, for the worker's tests: only what differs is written.
import { diagnose } from '../../rules';
import type { Diagnosis, Exchange } from '../../rules/types';

export const T0 = Date.parse('2026-11-26T14:00:00Z');

export function diagnosedRefusal(path: string, at = T0, more: Partial<Exchange> = {}): Diagnosis {
  return diagnose({
    url: `https://api.example.com${path}`,
    method: 'GET',
    status: 401,
    requestHeaders: [],
    responseHeaders: [],
    startedAt: at,
    ...more,
  });
}
