// The page-compatibility battery: a page that exercises fetch and XMLHttpRequest the ways real pages
// do (results, errors, abort, streaming, identity, descriptors, event order, response types) and
// posts what it observed to the fixture server. page-compat.spec.ts runs it with Why401 installed and
// in a plain browser: the two must be identical. Results hold no origin or port, so runs compare.
//   /compat/page?run=<id>  the battery        /compat/json   200 JSON        /compat/401  401 + JSON body
//   /compat/stream         200, sent in chunks /compat/slow  answers after 1 s
//   /compat/result?run=<id> (POST) collects the results
export const COMPAT_BODY_401 = '{"message":"jwt expired","code":"token_expired"}';

const battery = String.raw`
const results = {};
const note = (name, value) => { results[name] = value; };
const path = (url) => { try { const u = new URL(url); return u.pathname + u.search; } catch { return String(url); } };
const errorOf = (error) => ({ name: error && error.name, message: error && error.message, type: Object.prototype.toString.call(error), isTypeError: error instanceof TypeError, isDomException: error instanceof DOMException });
const describe = (value) => value === undefined ? 'undefined' : JSON.parse(JSON.stringify(value));

async function responseFacts(response, read) {
  return {
    status: response.status, ok: response.ok, statusText: response.statusText, type: response.type, url: path(response.url),
    redirected: response.redirected, contentType: response.headers.get('content-type'), challenge: response.headers.get('www-authenticate'),
    isResponse: response instanceof Response, proto: Object.getPrototypeOf(response) === Response.prototype,
    bodyUsedBefore: response.bodyUsed, body: await read(response), bodyUsedAfter: response.bodyUsed,
  };
}

function xhr(method, url, type, options = {}) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const events = [];
    const push = (name) => { if (events[events.length - 1] !== name) events.push(name); };
    request.onreadystatechange = () => push('onreadystatechange:' + request.readyState);
    for (const name of ['readystatechange', 'loadstart', 'progress', 'load', 'error', 'abort', 'timeout', 'loadend']) {
      request.addEventListener(name, () => {
        push(name === 'readystatechange' ? 'readystatechange:' + request.readyState : name);
        if (name === 'loadend') {
          let response = null;
          try {
            response = request.responseType === 'arraybuffer' && request.response
              ? { bytes: request.response.byteLength, text: new TextDecoder().decode(request.response), isBuffer: request.response instanceof ArrayBuffer }
              : request.responseType === 'json' ? request.response : request.response;
          } catch (error) { response = errorOf(error); }
          let text = null;
          try { text = request.responseText; } catch (error) { text = errorOf(error).name; }
          resolve({ events, status: request.status, statusText: request.statusText, readyState: request.readyState, responseURL: path(request.responseURL),
            responseType: request.responseType, response: describe(response), text, contentType: request.getResponseHeader('content-type') });
        }
      });
    }
    request.open(method, url);
    request.responseType = type;
    request.send(options.body ?? null);
    if (options.abortAfter !== undefined) setTimeout(() => request.abort(), options.abortAfter);
  });
}

async function run() {
  // Identity: what a page (or a bot detector) can learn about the functions themselves.
  note('fetch.toString', fetch.toString());
  note('Function.toString(fetch)', Function.prototype.toString.call(fetch));
  note('toString.toString', Function.prototype.toString.toString());
  note('fetch.name/length', [fetch.name, fetch.length, typeof fetch, 'prototype' in fetch, Object.getOwnPropertyNames(fetch).sort()]);
  note('fetch descriptor', (({ writable, enumerable, configurable }) => ({ writable, enumerable, configurable }))(Object.getOwnPropertyDescriptor(window, 'fetch')));
  note('window.fetch === fetch', window.fetch === fetch && globalThis.fetch === self.fetch);
  try { new fetch('/compat/json'); note('new fetch', 'constructed'); } catch (error) { note('new fetch', errorOf(error)); }
  try { Function.prototype.toString.call({}); note('toString on object', 'no error'); } catch (error) { note('toString on object', errorOf(error)); }
  note('open.toString', [XMLHttpRequest.prototype.open.toString(), XMLHttpRequest.prototype.open.name, XMLHttpRequest.prototype.open.length]);
  note('XHR descriptors', Object.getOwnPropertyNames(XMLHttpRequest.prototype).sort().map((name) => {
    const d = Object.getOwnPropertyDescriptor(XMLHttpRequest.prototype, name);
    return [name, 'value' in d ? typeof d.value : 'accessor', !!d.get, !!d.set, d.writable, d.enumerable, d.configurable,
      typeof d.value === 'function' ? [d.value.name, d.value.length, Function.prototype.toString.call(d.value)] : null];
  }));
  note('XHR instanceof', new XMLHttpRequest() instanceof XMLHttpRequest && new XMLHttpRequest() instanceof EventTarget);

  // fetch results
  note('fetch 200 json', await responseFacts(await fetch('/compat/json'), (r) => r.json()));
  note('fetch 401 text', await responseFacts(await fetch('/compat/401'), (r) => r.text()));
  note('fetch 401 POST Request', await responseFacts(await fetch(new Request('/compat/401', { method: 'POST', body: 'x=1' })), (r) => r.text()));
  note('fetch 401 lower-case method', await responseFacts(await fetch('/compat/401', { method: 'put', body: '{}' }), (r) => r.arrayBuffer().then((b) => b.byteLength)));
  const twice = await fetch('/compat/401');
  await twice.text();
  try { await twice.text(); note('401 read twice', 'no error'); } catch (error) { note('401 read twice', errorOf(error)); }
  const cloned = await fetch('/compat/401');
  note('401 page clones', [await cloned.clone().text(), await cloned.text()]);

  // Streaming: the page reads the body itself, chunk by chunk.
  for (const url of ['/compat/stream', '/compat/401']) {
    const response = await fetch(url);
    const reader = response.body.getReader();
    let text = '';
    let chunks = 0;
    for (;;) { const { done, value } = await reader.read(); if (done) break; chunks++; text += new TextDecoder().decode(value); }
    note('stream ' + url, { text, someChunks: chunks > 0, locked: response.body.locked, bodyUsed: response.bodyUsed });
  }

  // Errors and abort
  try { await fetch('http://127.0.0.1:1/unreachable'); note('network error', 'resolved'); } catch (error) { note('network error', errorOf(error)); }
  try { await fetch('http://['); note('bad url', 'resolved'); } catch (error) { note('bad url', errorOf(error)); }
  try { const p = fetch.call({}, '/compat/json'); note('fetch.call({})', 'returned ' + (p instanceof Promise)); await p; } catch (error) { note('fetch.call({}) error', errorOf(error)); }
  const controller = new AbortController();
  const aborted = fetch('/compat/slow', { signal: controller.signal });
  setTimeout(() => controller.abort(), 50);
  try { await aborted; note('abort', 'resolved'); } catch (error) { note('abort', errorOf(error)); }
  const reason = new Error('mine');
  const withReason = new AbortController();
  const pending = fetch('/compat/slow', { signal: withReason.signal });
  withReason.abort(reason);
  try { await pending; note('abort reason', 'resolved'); } catch (error) { note('abort reason identity', error === reason); }
  try { await fetch('/compat/json', { signal: AbortSignal.abort() }); } catch (error) { note('pre-aborted', errorOf(error)); }
  const midStream = new AbortController();
  const streamed = await fetch('/compat/stream', { signal: midStream.signal });
  const midReader = streamed.body.getReader();
  await midReader.read();
  midStream.abort();
  try { for (;;) { const { done } = await midReader.read(); if (done) break; } note('abort mid-stream', 'finished'); } catch (error) { note('abort mid-stream', errorOf(error)); }
  note('fetch returns a Promise', fetch('/compat/json') instanceof Promise);

  // An unhandled rejection must still be reported to the page, exactly once.
  const unhandled = [];
  const onUnhandled = (event) => { unhandled.push(errorOf(event.reason)); event.preventDefault(); };
  window.addEventListener('unhandledrejection', onUnhandled);
  fetch('http://127.0.0.1:1/unhandled');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  window.removeEventListener('unhandledrejection', onUnhandled);
  note('unhandled rejections', unhandled);

  // XMLHttpRequest: events in order and every response type, for a 200 and a 401.
  for (const type of ['', 'text', 'json', 'arraybuffer']) {
    note('xhr 200 ' + type, await xhr('GET', '/compat/json', type));
    note('xhr 401 ' + type, await xhr('GET', '/compat/401', type));
  }
  note('xhr 401 POST', await xhr('POST', '/compat/401', 'text', { body: 'x=1' }));
  note('xhr abort', await xhr('GET', '/compat/slow', 'text', { abortAfter: 50 }));
  note('xhr network error', await xhr('GET', 'http://127.0.0.1:1/unreachable', 'text'));
  const sync = new XMLHttpRequest();
  sync.open('GET', '/compat/401', false);
  sync.send();
  note('sync xhr 401', [sync.status, sync.responseText, sync.readyState]);
  const reused = new XMLHttpRequest();
  const first = await new Promise((resolve) => { reused.onloadend = () => resolve([reused.status, reused.responseText]); reused.open('GET', '/compat/401'); reused.send(); });
  const second = await new Promise((resolve) => { reused.onloadend = () => resolve([reused.status, reused.responseText]); reused.open('GET', '/compat/json'); reused.send(); });
  note('xhr reused', [first, second]);
  try { new XMLHttpRequest().open('BAD METHOD', '/x'); } catch (error) { note('xhr bad method', errorOf(error)); }
}

const runId = new URLSearchParams(location.search).get('run') ?? 'none';
run().catch((error) => note('battery failed', errorOf(error))).then(() =>
  fetch('/compat/result?run=' + encodeURIComponent(runId), { method: 'POST', body: JSON.stringify(results) }));
`;

export function compatPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fetch/XHR compatibility</title></head><body><h1>compat</h1><script>${battery}</script></body></html>`;
}
