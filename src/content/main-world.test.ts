// @vitest-environment happy-dom
// The page wrapper's answer to the worker's question about a request in flight (the pull), with a fake
// fetch and XMLHttpRequest installed before the wrapper, as the page's natives would be.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ASK_EVENT, CONFIG_EVENT, SHAPE_EVENT, parseShape } from './channel';
import { failedCount, inFlightCount } from './in-flight';
import type { PageCredentials } from '../shared/page-credentials';

const TOKEN = 'test-token';
const SECRET = 'c2VjcmV0LXZhbHVlLTQy';
const ORIGIN = location.origin;

interface Deferred {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}
const fetches: Deferred[] = [];

/** Done, in flight, or what a synchronous request is once send() returns. */
class FakeXhr extends EventTarget {
  state = 0;
  sync = false;
  get readyState(): number {
    return this.state;
  }
  get status(): number {
    return this.state === 4 ? 200 : 0;
  }
  get responseURL(): string {
    return '';
  }
  open(_method: string, _url: string, async = true): void {
    this.sync = !async;
    this.state = 1;
  }
  setRequestHeader(_name: string, _value: string): void {}
  send(): void {
    if (this.sync) this.finish();
  }
  finish(): void {
    this.state = 4;
    this.dispatchEvent(new Event('readystatechange'));
  }
}

beforeAll(async () => {
  Object.defineProperty(window, 'fetch', {
    configurable: true,
    writable: true,
    value: () => new Promise((resolve, reject) => fetches.push({ resolve, reject })),
  });
  Object.defineProperty(globalThis, 'XMLHttpRequest', { configurable: true, writable: true, value: FakeXhr });
  // Vitest's happy-dom `window` is Node's global with the DOM's members copied on as bound functions, so
  // the natives the wrapper captures from EventTarget.prototype do not work on it: while the wrapper
  // captures them, they forward a call on `window` to the window's own.
  const proto = EventTarget.prototype;
  const { addEventListener, dispatchEvent } = proto;
  const windowListen = window.addEventListener as (...args: unknown[]) => void;
  const windowDispatch = window.dispatchEvent;
  proto.addEventListener = function (this: EventTarget, ...args: unknown[]) {
    return this === window ? windowListen(...args) : Reflect.apply(addEventListener, this, args);
  };
  proto.dispatchEvent = function (this: EventTarget, event: Event) {
    return this === window ? windowDispatch(event) : Reflect.apply(dispatchEvent, this, [event]);
  };
  // And its Node.prototype.baseURI getter fails on the document (in browsers it is the document's base URL).
  const baseUri = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI') as PropertyDescriptor;
  Object.defineProperty(Node.prototype, 'baseURI', {
    ...baseUri,
    get(this: Node) {
      return this === document ? `${ORIGIN}/` : Reflect.apply(baseUri.get as () => string, this, []);
    },
  });
  try {
    await import('./main-world');
  } finally {
    Object.assign(proto, { addEventListener, dispatchEvent });
  }
  window.dispatchEvent(new CustomEvent(CONFIG_EVENT, { detail: JSON.stringify({ token: TOKEN, read: true }) }));
});

afterEach(() => {
  for (const fetch of fetches.splice(0)) fetch.resolve(new Response('', { status: 200 }));
});

/** What the relay gets when it asks, and the raw text that crossed to it. */
function ask(url: string, method = 'GET'): { shape: PageCredentials | undefined; preflight?: string; raw: string } {
  let raw = '';
  const take = (event: Event): void => void (raw = String((event as CustomEvent<unknown>).detail));
  window.addEventListener(SHAPE_EVENT, take);
  window.dispatchEvent(new CustomEvent(ASK_EVENT, { detail: JSON.stringify({ url, method }) }));
  window.removeEventListener(SHAPE_EVENT, take);
  const answer = raw ? parseShape(raw, TOKEN) : undefined;
  return answer && 'preflight' in answer
    ? { shape: undefined, preflight: answer.preflight, raw }
    : { shape: answer, raw };
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('the page wrapper answers for a fetch in flight', () => {
  it.each<[string, () => Promise<unknown>]>([
    ['a header record', () => fetch('/api/me', { headers: { Authorization: `Basic ${SECRET}` } })],
    ['a Headers object', () => fetch('/api/me', { headers: new Headers({ authorization: `Basic ${SECRET}` }) })],
    ['header pairs', () => fetch(`${ORIGIN}/api/me`, { headers: [['Authorization', `Basic ${SECRET}`]] })],
    [
      'a URL object with a fragment',
      () => fetch(new URL('/api/me#top', ORIGIN), { headers: { Authorization: `Basic ${SECRET}` } }),
    ],
  ])('set by %s: its shape, never its value', async (_name, call) => {
    const page = call();
    const { shape, raw } = ask(`${ORIGIN}/api/me`);
    expect(shape?.authorization).toMatchObject({ scheme: 'Basic', length: SECRET.length });
    expect(raw).not.toContain(SECRET);
    fetches.at(-1)?.resolve(new Response('', { status: 200 }));
    await page;
  });

  it.each([
    ['another method', `${ORIGIN}/api/me`, 'POST'],
    ['another URL', `${ORIGIN}/api/you`, 'GET'],
    ['another origin', 'https://elsewhere.example/api/me', 'GET'],
  ])('answers nothing for %s', (_name, url, method) => {
    void fetch('/api/me', { headers: { Authorization: `Basic ${SECRET}` } });
    expect(ask(url, method).raw).toBe('');
  });

  it('answers for the oldest of two requests to the same URL', () => {
    void fetch('/api/me', { headers: { Authorization: 'Bearer first' } });
    void fetch('/api/me', { headers: { Authorization: 'Basic c2Vjb25k' } });
    expect(ask(`${ORIGIN}/api/me`).shape?.authorization?.scheme).toBe('Bearer');
  });

  it('answers a page that set no credentials with an empty shape, not with silence', () => {
    void fetch('/api/me');
    expect(ask(`${ORIGIN}/api/me`).shape).toEqual({ apiKeys: [], dpopProof: false });
  });

  it.each([
    ['answered', (deferred: Deferred) => deferred.resolve(new Response('', { status: 200 }))],
    ['failed', (deferred: Deferred) => deferred.reject(new TypeError('Failed to fetch'))],
  ])('forgets a fetch once %s, and the page gets the same outcome', async (_name, end) => {
    const page = fetch('/api/me', { headers: { Authorization: `Basic ${SECRET}` } });
    const outcome = page.then(
      (response) => response,
      (error: unknown) => error,
    );
    expect(inFlightCount()).toBe(1);
    end(fetches.pop() as Deferred);
    const value = await outcome;
    expect(value instanceof Response || (value instanceof TypeError && value.message === 'Failed to fetch')).toBe(true);
    expect(inFlightCount()).toBe(0);
    expect(ask(`${ORIGIN}/api/me`).raw).toBe('');
  });

  it('holds nothing once thousands of fetches have ended (no leak)', async () => {
    const pages = Array.from({ length: 5_000 }, (_, index) =>
      fetch(`/api/item/${index}`, { headers: { 'X-API-Key': `key-${index}` } }).catch(() => undefined),
    );
    expect(inFlightCount()).toBe(5_000);
    fetches
      .splice(0)
      .forEach((deferred, index) =>
        index % 2
          ? deferred.reject(new TypeError('Failed to fetch'))
          : deferred.resolve(new Response('', { status: 200 })),
      );
    await Promise.all(pages);
    expect(inFlightCount()).toBe(0);
  });
});

describe('an OPTIONS the page did not send: the CORS preflight of its request (Firefox shows those)', () => {
  it.each<[string, () => void]>([
    ['in flight', () => undefined],
    [
      'failed just now (the refused preflight fails the request at once)',
      () => fetches.pop()?.reject(new TypeError('NetworkError')),
    ],
  ])('names the method of the request to that URL %s', async (_name, end) => {
    const page = fetch('https://api.example.com/orders', {
      method: 'PUT',
      headers: { Authorization: `Basic ${SECRET}` },
    }).catch(() => undefined);
    end();
    await settled();
    const { preflight, shape, raw } = ask('https://api.example.com/orders', 'OPTIONS');
    expect({ preflight, shape }).toEqual({ preflight: 'PUT', shape: undefined });
    expect(raw).not.toContain(SECRET);
    fetches.pop()?.resolve(new Response('', { status: 200 }));
    await page;
  });

  it("answers for the page's own OPTIONS with its credentials", () => {
    void fetch('https://api.example.com/orders', { method: 'OPTIONS', headers: { Authorization: 'Bearer abc' } });
    void fetch('https://api.example.com/orders', { method: 'PUT' });
    expect(ask('https://api.example.com/orders', 'OPTIONS').shape?.authorization?.scheme).toBe('Bearer');
  });

  it('names nothing for another URL, and keeps at most 20 failed requests', async () => {
    const pages = Array.from({ length: 50 }, (_, index) => fetch(`/api/fail/${index}`).catch(() => undefined));
    for (const deferred of fetches.splice(0)) deferred.reject(new TypeError('NetworkError'));
    await Promise.all(pages);
    expect(failedCount()).toBe(20);
    expect(ask(`${ORIGIN}/api/other`, 'OPTIONS').raw).toBe('');
    expect(ask(`${ORIGIN}/api/fail/49`, 'OPTIONS').preflight).toBe('GET');
    expect(ask(`${ORIGIN}/api/fail/0`, 'OPTIONS').raw).toBe('');
  });
});

describe('the page wrapper answers for an XHR in flight', () => {
  const sent = (method: string, url: string, headers: Array<[string, string]> = []): FakeXhr => {
    const xhr = new XMLHttpRequest() as unknown as FakeXhr;
    xhr.open(method, url);
    for (const [name, value] of headers) xhr.setRequestHeader(name, value);
    xhr.send();
    return xhr;
  };

  it('from send() until its end, by the headers set since open()', () => {
    const xhr = sent('get', '/api/me', [['Authorization', `Basic ${SECRET}`]]);
    const { shape, raw } = ask(`${ORIGIN}/api/me`);
    expect(shape?.authorization?.scheme).toBe('Basic');
    expect(raw).not.toContain(SECRET);
    xhr.finish();
    expect(inFlightCount()).toBe(0);
    expect(ask(`${ORIGIN}/api/me`).raw).toBe('');
  });

  it('not before send(), and no longer once open() starts over', () => {
    const xhr = new XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', '/api/me');
    xhr.setRequestHeader('Authorization', `Basic ${SECRET}`);
    expect(inFlightCount()).toBe(0);
    xhr.send();
    expect(inFlightCount()).toBe(1);
    xhr.open('GET', '/api/me');
    expect(inFlightCount()).toBe(0);
  });

  it('never holds a synchronous request (it ended inside send())', () => {
    const xhr = new XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('GET', '/api/me', false);
    xhr.send();
    expect(inFlightCount()).toBe(0);
  });

  it('holds nothing once thousands of XHRs have ended (no leak)', async () => {
    const requests = Array.from({ length: 3_000 }, (_, index) => sent('GET', `/api/item/${index}`));
    expect(inFlightCount()).toBe(3_000);
    for (const xhr of requests) xhr.finish();
    await settled();
    expect(inFlightCount()).toBe(0);
  });
});
