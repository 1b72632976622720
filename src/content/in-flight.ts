// The page's fetch and XHR requests in flight, oldest first, for the worker's question about a refusal
// the page has not seen (main-world.ts, onAsk): a fetch's `args` array from the call until its promise
// settles, an XHR object from send() until its end. An entry lives exactly as long as its request, so
// a page making thousands of requests holds only those still running (nothing else is kept: no value is
// read until the worker asks). Natives are captured before any page script runs, as in native-proxy.ts.
import { apply } from './native-proxy';

/** A fetch's arguments or an XHR object. */
type FlightKey = unknown[] | object;

const add = Set.prototype.add;
const remove = Set.prototype.delete;
const forEach = Set.prototype.forEach;
const size = Object.getOwnPropertyDescriptor(Set.prototype, 'size')?.get;
const requests = new Set<FlightKey>();

export function startFlight(request: FlightKey): void {
  apply(add, requests, [request]);
}

export function endFlight(request: FlightKey): void {
  apply(remove, requests, [request]);
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

export function inFlightCount(): number {
  return size ? (apply(size, requests, []) as number) : 0;
}
