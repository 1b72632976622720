// Request headers seen in onSendHeaders, kept only until the request ends, so that a 401 answered
// later can be described (Authorization shape, API-key carriers). We keep a reference to the array the
// browser handed us: no copy, no parsing, unless the response turns out to be a 401/407.
/** As webRequest hands them over: Firefox may give `binaryValue` instead of `value`. */
export interface RawHeader {
  name: string;
  value?: string;
}

/** Upper bound so a browser that never reports completion (it happens on shutdown) cannot grow us. */
const MAX_PENDING = 2_000;

const pending = new Map<string, RawHeader[]>();

export function rememberRequestHeaders(requestId: string, headers: RawHeader[] | undefined): void {
  if (!headers) return;
  if (pending.size >= MAX_PENDING) {
    // Maps iterate in insertion order: the first key is the oldest request.
    const oldest = pending.keys().next().value;
    if (oldest !== undefined) pending.delete(oldest);
  }
  pending.set(requestId, headers);
}

/** The headers seen in onSendHeaders; undefined when none were (a type not observed, a worker restart). */
export function takeRequestHeaders(requestId: string): RawHeader[] | undefined {
  return pending.get(requestId);
}

export function forgetRequest(requestId: string): void {
  pending.delete(requestId);
}
