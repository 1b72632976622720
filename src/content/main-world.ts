// MAIN-world content script (document_start, every frame): wraps the page's fetch and XMLHttpRequest
// so that responses with status 401 or 407, and only those, have the first 8 KB of their body read and
// handed to the ISOLATED relay (relay.ts), which forwards it to the worker. Chrome's webRequest never
// shows bodies, and many servers put the real reason only there ("jwt expired", "Bad credentials").
//
// Firefox uses this same script (MAIN-world content scripts exist since Firefox 128; the build asks for
// 142). The alternative, webRequest.filterResponseData, needs the `webRequestBlocking` permission and
// a blocking onHeadersReceived listener, which would hold up every response of every site to find the
// rare 401; one code path for both browsers is also one thing to test.
//
// Must never break a page: the page gets the native objects and errors, every wrapper is a Proxy whose
// toString prints natively (native-proxy.ts), only 401/407 responses are cloned, and everything of
// ours runs inside try/catch.
import {
  ASK_EVENT,
  CONFIG_EVENT,
  HELLO_EVENT,
  REPORT_EVENT,
  SHAPE_EVENT,
  parseAsk,
  parseConfig,
  type BodyReport,
} from './channel';
import { bufferExcerpt, streamExcerpt, textExcerpt } from './excerpt';
import { endFlight, oldestInFlight, recentlyFailed, startFlight } from './in-flight';
import { apply, wrapMethod } from './native-proxy';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import { describePageCredentials } from './request-credentials';

// Natives captured before any page script runs.
const getter = (proto: object, name: string): ((this: unknown) => unknown) | undefined =>
  Object.getOwnPropertyDescriptor(proto, name)?.get;
const promiseThen = Promise.prototype.then;
const stringify = JSON.stringify;
const dispatch = EventTarget.prototype.dispatchEvent;
const listen = EventTarget.prototype.addEventListener;
const NativeCustomEvent = CustomEvent;
const NativeRequest = typeof Request === 'function' ? Request : undefined;
const setTimer = setTimeout;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;
const NativeURL = URL;
/** URL's stringifier (its href, WHATWG URL §6.1), read through the prototype chain. */
const urlText = URL.prototype.toString;
const baseUri = getter(Node.prototype, 'baseURI');
const responseStatus = getter(Response.prototype, 'status');
const responseUrl = getter(Response.prototype, 'url');
const responseBody = getter(Response.prototype, 'body');
const responseClone = Response.prototype.clone;
const requestMethod = NativeRequest ? getter(NativeRequest.prototype, 'method') : undefined;
const requestUrl = NativeRequest ? getter(NativeRequest.prototype, 'url') : undefined;
const requestHeaders = NativeRequest ? getter(NativeRequest.prototype, 'headers') : undefined;
const NativeHeaders = typeof Headers === 'function' ? Headers : undefined;
const headersForEach = NativeHeaders?.prototype.forEach;
const now = Date.now;
const XHR = typeof XMLHttpRequest === 'function' ? XMLHttpRequest.prototype : undefined;
const xhrReadyState = XHR && getter(XHR, 'readyState');
const xhrStatus = XHR && getter(XHR, 'status');
const xhrUrl = XHR && getter(XHR, 'responseURL');
const xhrType = XHR && getter(XHR, 'responseType');
const xhrText = XHR && getter(XHR, 'responseText');
const xhrResponse = XHR && getter(XHR, 'response');
const xhrDocument = XHR && getter(XHR, 'responseXML');

const read = <T>(get: ((this: unknown) => unknown) | undefined, target: unknown): T | undefined =>
  get ? (apply(get, target, []) as T) : undefined;
const isRefusal = (status: unknown): status is 401 | 407 => status === 401 || status === 407;

// ---------------------------------------------------------------------------------------------
// Whether to read at all: unknown until the relay has read the `readBodies` setting. A 401 that comes
// before that is cloned (that cannot wait) but not read; the clone is cancelled if the answer is no.

type Mode = 'pending' | 'on' | 'off';
let mode: Mode = 'pending';
let token = '';
const MAX_WAITING = 32;
const waiting: Array<{ run: () => void; drop: () => void }> = [];
let waitTimer = false;

function settleWaiting(): void {
  const jobs = waiting.splice(0);
  for (const job of jobs) {
    try {
      if (mode === 'on') job.run();
      else job.drop();
    } catch {
      // ours only; never the page's problem
    }
  }
}

function whenEnabled(run: () => void, drop: () => void): void {
  if (mode === 'on') return run();
  if (mode === 'off' || waiting.length >= MAX_WAITING) return drop();
  waiting.push({ run, drop });
  if (!waitTimer) {
    waitTimer = true;
    // No relay after 10 s (the extension is gone or disabled): give up and free the clones.
    setTimer(() => {
      if (mode === 'pending') mode = 'off';
      settleWaiting();
    }, 10_000);
  }
}

function send(report: Omit<BodyReport, 'token'>): void {
  if (mode !== 'on') return;
  const detail = stringify({ ...report, token });
  apply(dispatch, window, [new NativeCustomEvent(REPORT_EVENT, { detail })]);
}

/** Fetch and XHR upper-case only these (Fetch §2.2.1); others are sent as written. */
function normalizeMethod(method: unknown): string {
  const text = typeof method === 'string' ? method : 'GET';
  return /^(delete|get|head|options|post|put)$/i.test(text) ? text.toUpperCase() : text;
}

type HeaderPairs = Array<[string, string]>;

/** Fetch's HeadersInit (a Headers object, pairs, or a record) as pairs, read through natives where they exist. */
function headerPairs(init: unknown): HeaderPairs {
  const pairs: HeaderPairs = [];
  if (NativeHeaders && headersForEach && init instanceof NativeHeaders) {
    apply(headersForEach, init, [(value: string, name: string) => void pairs.push([name, value])]);
  } else if (Array.isArray(init)) {
    for (const pair of init as unknown[])
      if (Array.isArray(pair) && pair.length === 2) pairs.push([String(pair[0]), String(pair[1])]);
  } else if (typeof init === 'object' && init !== null) {
    for (const name of Object.keys(init)) pairs.push([name, String((init as Record<string, unknown>)[name])]);
  }
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// fetch

/** The headers the page set on a fetch: init's own `headers`, else the Request's. */
function fetchHeaders(input: unknown, init: unknown): HeaderPairs {
  if (typeof init === 'object' && init !== null) {
    const own = Object.getOwnPropertyDescriptor(init, 'headers');
    if (own && 'value' in own && own.value !== undefined) return headerPairs(own.value);
  }
  if (NativeRequest && input instanceof NativeRequest) return headerPairs(read(requestHeaders, input));
  return [];
}

/** The request method, read without calling page getters where possible (init's own data property). */
function fetchMethod(input: unknown, init: unknown): string {
  if (typeof init === 'object' && init !== null) {
    const own = Object.getOwnPropertyDescriptor(init, 'method');
    if (own && 'value' in own && own.value !== undefined) return normalizeMethod(own.value);
  }
  if (NativeRequest && input instanceof NativeRequest) return normalizeMethod(read(requestMethod, input));
  return 'GET';
}

function inspectFetch(response: unknown, args: unknown[]): void {
  const status = read<number>(responseStatus, response);
  if (!isRefusal(status) || mode === 'off') return;
  // Clone now, before the page can read the body; the clone is a second branch of the stream.
  const copy = apply(responseClone, response, []) as Response;
  const url = read<string>(responseUrl, response) ?? '';
  const method = fetchMethod(args[0], args[1]);
  const credentials = describePageCredentials(fetchHeaders(args[0], args[1]), apply(now, Date, []) as number);
  const body = (): ReadableStream<Uint8Array> | null =>
    read<ReadableStream<Uint8Array> | null>(responseBody, copy) ?? null;
  whenEnabled(
    () =>
      void streamExcerpt(body()).then(
        (excerpt) => send({ source: 'fetch', url, method, status, excerpt, credentials }),
        () => undefined,
      ),
    () =>
      void body()
        ?.cancel()
        .catch(() => undefined),
  );
}

function wrapFetch(): void {
  wrapMethod(window, 'fetch', (call, _thisArg, args) => {
    const promise = call();
    if (mode === 'off') return promise;
    try {
      startFlight(args);
      // Reactions that hand the same response on, or throw the same error again: a rejection passes
      // through unchanged, and the page still sees an unhandled rejection if it handles none.
      const onResponse = (response: unknown): unknown => {
        try {
          endFlight(args);
          inspectFetch(response, args);
        } catch {
          // ours only
        }
        return response;
      };
      const onFailure = (error: unknown): never => {
        endFlight(args, true);
        throw error;
      };
      return apply(promiseThen, promise, [onResponse, onFailure]);
    } catch {
      return promise;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// XMLHttpRequest: open() is wrapped to note the method and listen for the end of the request.

/** What the last open() said, and the headers the page set since (setRequestHeader), to describe a refused request. */
interface XhrRequest {
  method: string;
  /** open()'s URL argument as the page passed it: resolved only when the worker asks (pendingRequest). */
  url: unknown;
  headers: HeaderPairs;
}
const xhrRequests = new WeakMap<object, XhrRequest>();

function xhrExcerpt(xhr: unknown): Promise<string> | string {
  const type = read<string>(xhrType, xhr) ?? '';
  if (type === '' || type === 'text') return textExcerpt(read<string>(xhrText, xhr) ?? '');
  if (type === 'document')
    return textExcerpt(read<Document | null>(xhrDocument, xhr)?.documentElement?.outerHTML ?? '');
  const response: unknown = read(xhrResponse, xhr);
  if (type === 'arraybuffer' && response instanceof ArrayBuffer) return bufferExcerpt(response);
  if (type === 'blob' && response instanceof Blob) return response.slice(0, BODY_EXCERPT_LIMIT).text();
  if (type === 'json' && response !== null && response !== undefined) return textExcerpt(stringify(response) ?? '');
  return '';
}

function inspectXhr(xhr: object): void {
  if (read(xhrReadyState, xhr) !== 4) return;
  // Done, whether loaded, failed, aborted or timed out (XHR §3.6.5): no longer in flight. Status 0: no response.
  endFlight(xhr, read(xhrStatus, xhr) === 0);
  if (mode === 'off') return;
  const status = read<number>(xhrStatus, xhr);
  if (!isRefusal(status)) return;
  const url = read<string>(xhrUrl, xhr) ?? '';
  const request = apply(weakGet, xhrRequests, [xhr]) as XhrRequest | undefined;
  const method = request?.method ?? 'GET';
  const credentials = describePageCredentials(request?.headers ?? [], apply(now, Date, []) as number);
  whenEnabled(
    () => {
      // The page may have reused the object meanwhile (open() again): then there is nothing to read.
      if (read(xhrStatus, xhr) !== status || read(xhrUrl, xhr) !== url) return;
      void (async () =>
        send({ source: 'xhr', url, method, status, excerpt: await xhrExcerpt(xhr), credentials }))().catch(
        () => undefined,
      );
    },
    () => undefined,
  );
}

function wrapXhr(): void {
  if (!XHR) return;
  wrapMethod(XHR, 'open', (call, xhr, args) => {
    const result = call();
    try {
      if (mode !== 'off' && typeof xhr === 'object' && xhr !== null) {
        const known = apply(weakGet, xhrRequests, [xhr]) !== undefined;
        // open() clears the author request headers (XHR §3.5.1), and ends a request in flight without
        // a `done` state change: so do we.
        apply(weakSet, xhrRequests, [xhr, { method: normalizeMethod(args[0]), url: args[1], headers: [] }]);
        endFlight(xhr);
        // One listener per object, added after the native open (so its own readystatechange is the
        // page's alone); it only reads state once the request is done.
        if (!known)
          apply(listen, xhr, [
            'readystatechange',
            () => {
              try {
                inspectXhr(xhr);
              } catch {
                // ours only
              }
            },
          ]);
      }
    } catch {
      // ours only
    }
    return result;
  });
  wrapMethod(XHR, 'setRequestHeader', (call, xhr, args) => {
    const result = call();
    try {
      // Only after the native call accepted the header (it throws on a bad name or state).
      const request = mode === 'off' ? undefined : (apply(weakGet, xhrRequests, [xhr]) as XhrRequest | undefined);
      if (request && request.headers.length < 100) request.headers.push([String(args[0]), String(args[1])]);
    } catch {
      // ours only
    }
    return result;
  });
  wrapMethod(XHR, 'send', (call, xhr) => {
    const result = call();
    try {
      // In flight once the native send() returned without throwing, unless it already ended (a
      // synchronous request): its end removes it (inspectXhr).
      if (mode !== 'off' && read(xhrReadyState, xhr) !== 4 && apply(weakGet, xhrRequests, [xhr]) !== undefined)
        startFlight(xhr as object);
    } catch {
      // ours only
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------------
// The worker's question about a refusal the page has not seen: a browser holds a fetch/XHR answered
// with a Basic or Digest challenge for its login prompt, so the page gets that 401 only once the prompt
// is dismissed (never in headless) and sends no report. The worker then asks the frame, through the
// relay, for the credentials of its request in flight to that URL (src/background/pull-credentials.ts).
// Held here only while in flight: a fetch's own arguments (its reactions hold them anyway) or the XHR
// object; nothing is read or computed until asked, and then only the shape leaves.
//
// Firefox shows the worker a CORS preflight the server refused, but not its request headers (the
// worker takes none for fetch/XHR): an OPTIONS the page did not send itself, to the URL of a request it
// did send, is that request's preflight, and the answer says which method it was for.

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The absolute URL a fetch's input or open()'s URL stands for, as the browser sent it. */
function absoluteUrl(input: unknown): string {
  const text =
    NativeRequest && input instanceof NativeRequest
      ? read<string>(requestUrl, input)
      : input instanceof NativeURL
        ? (apply(urlText, input, []) as string)
        : String(input);
  return withoutFragment(apply(urlText, new NativeURL(text ?? '', read<string>(baseUri, document)), []) as string);
}

/** Method, URL and headers of a request in flight: a fetch's `args` or an XHR object. */
function pendingRequest(request: unknown[] | object): { method: string; url: unknown; headers: () => HeaderPairs } {
  if (Array.isArray(request)) {
    const [input, init] = request as unknown[];
    return { method: fetchMethod(input, init), url: input, headers: () => fetchHeaders(input, init) };
  }
  const xhr = apply(weakGet, xhrRequests, [request]) as XhrRequest;
  return { method: xhr.method, url: xhr.url, headers: () => xhr.headers };
}

function onAsk(event: Event): void {
  try {
    const ask = parseAsk((event as CustomEvent<unknown>).detail);
    if (!ask || mode !== 'on') return;
    const url = withoutFragment(ask.url);
    const method = ask.method.toUpperCase();
    const fits =
      (anyMethod: boolean) =>
      (candidate: unknown[] | object): boolean => {
        try {
          const pending = pendingRequest(candidate);
          return (anyMethod || pending.method.toUpperCase() === method) && absoluteUrl(pending.url) === url;
        } catch {
          return false; // not this one (a URL that does not parse)
        }
      };
    const answer = (value: object): void =>
      void apply(dispatch, window, [new NativeCustomEvent(SHAPE_EVENT, { detail: stringify({ token, ...value }) })]);
    const request = oldestInFlight(fits(false));
    if (request !== undefined) {
      answer({
        credentials: describePageCredentials(pendingRequest(request).headers(), apply(now, Date, []) as number),
      });
      return;
    }
    const preflighted = method === 'OPTIONS' ? (oldestInFlight(fits(true)) ?? recentlyFailed(fits(true))) : undefined;
    if (preflighted !== undefined) answer({ preflight: pendingRequest(preflighted).method });
  } catch {
    // ours only
  }
}

// ---------------------------------------------------------------------------------------------

function onConfig(event: Event): void {
  try {
    const config = parseConfig((event as CustomEvent<unknown>).detail);
    if (!config) return;
    token = config.token;
    mode = config.read ? 'on' : 'off';
    settleWaiting();
  } catch {
    // ours only
  }
}

try {
  apply(listen, window, [CONFIG_EVENT, onConfig]);
  apply(listen, window, [ASK_EVENT, onAsk]);
  wrapFetch();
  wrapXhr();
  apply(dispatch, window, [new NativeCustomEvent(HELLO_EVENT)]);
} catch {
  // The page must load exactly as without the extension, whatever went wrong here.
}
