// The page's fetch and XHR requests in flight, oldest first, for the worker's question about a refusal
// the page has not seen (main-world.ts, onAsk): a fetch's `args` array from the call until its promise
// settles, an XHR object from send() until its end. An entry lives exactly as long as its request, so
// a page making thousands of requests holds only those still running (nothing else is kept: no value is
// read until the worker asks). Natives are captured before any page script runs, as in native-proxy.ts.
//
// Requests that failed (a network error, a CORS refusal) are also remembered for a few seconds, at most
// MAX_FAILED of them: Firefox shows the worker a CORS preflight's 401, and the page's request fails at
// once, before the worker can ask which request that preflight was for.
import { apply } from './native-proxy';

/** A fetch's arguments or an XHR object. */
type FlightKey = unknown[] | object;

const FAILED_FOR_MS = 5_000;
const MAX_FAILED = 20;

const add = Set.prototype.add;
const remove = Set.prototype.delete;
const forEach = Set.prototype.forEach;
const size = Object.getOwnPropertyDescriptor(Set.prototype, 'size')?.get;
const push = Array.prototype.push;
const splice = Array.prototype.splice;
const now = Date.now;
const requests = new Set<FlightKey>();
let failed: Array<{ request: FlightKey; at: number }> = [];

export function startFlight(request: FlightKey): void {
  apply(add, requests, [request]);
}

/** `failure`: the request ended without a response. */
export function endFlight(request: FlightKey, failure = false): void {
  apply(remove, requests, [request]);
  if (!failure) return;
  apply(push, failed, [{ request, at: apply(now, Date, []) as number }]);
  if (failed.length > MAX_FAILED) apply(splice, failed, [0, failed.length - MAX_FAILED]);
}

/** The oldest request in flight that `fits` (a Set iterates in insertion order). */
export function oldestInFlight(fits: (request: FlightKey) => boolean): FlightKey | undefined {
  let found: FlightKey | undefined;
  apply(forEach, requests, [
    (request: FlightKey) => {
      if (found === undefined && fits(request)) found = request;
    },
  ]);
  return found;
}

/** The latest request that failed in the last few seconds and `fits`. */
export function recentlyFailed(fits: (request: FlightKey) => boolean): FlightKey | undefined {
  const since = (apply(now, Date, []) as number) - FAILED_FOR_MS;
  failed = failed.filter((entry) => entry.at >= since);
  for (let index = failed.length - 1; index >= 0; index--) {
    const entry = failed[index];
    if (entry && fits(entry.request)) return entry.request;
  }
  return undefined;
}

export function inFlightCount(): number {
  return size ? (apply(size, requests, []) as number) : 0;
}

export function failedCount(): number {
  return failed.length;
}
