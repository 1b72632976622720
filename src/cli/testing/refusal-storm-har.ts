import { harEntry, harText, type EntrySpec } from '../../har/testing/har-builder';

// What issue #13 saw in the field: a single-page app whose session died keeps calling the same six
// endpoints. In 5,000 entries, six endpoints are refused 294 times each (1,764 refusals) with ids
// and query values that change on every call; the rest are 200s. Built in memory, never committed.

const EXPIRED_JWT = `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: 'CANARY', exp: 1714560000 - 3600 })).toString('base64url')}.CANARYsig`;

/** One of the six refused endpoints, by slot, for call number `n`. */
const REFUSED: ReadonlyArray<(n: number) => EntrySpec> = [
  (n) => ({
    url: `https://app.example.com/api/items/${n}?page=${n % 10}`,
    status: 401,
    requestHeaders: { Authorization: `Bearer ${EXPIRED_JWT}` },
    responseHeaders: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  }),
  () => ({
    url: 'https://app.example.com/api/me',
    status: 401,
    requestHeaders: { Authorization: `Bearer ${EXPIRED_JWT}` },
    responseHeaders: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
  }),
  (n) => ({
    method: 'POST',
    url: `https://app.example.com/api/orders/3f2b6a1c-9d4e-4f5a-8b7c-${String(n).padStart(12, '0')}`,
    status: 401,
    requestHeaders: { Authorization: 'Bearer undefined' },
    responseHeaders: { 'WWW-Authenticate': 'Bearer realm="api"' },
  }),
  (n) => ({
    url: `https://app.example.com/api/notifications?since=${n}`,
    status: 401,
    responseHeaders: { 'WWW-Authenticate': 'Bearer realm="api"' },
  }),
  (n) => ({
    url: `https://proxy.example.com/telemetry/${n}`,
    status: 407,
    responseHeaders: { 'Proxy-Authenticate': 'Basic realm="corp-proxy"' },
  }),
  () => ({
    url: 'https://intranet.example.com/wiki/',
    status: 401,
    responseHeaders: { 'WWW-Authenticate': 'Negotiate' },
  }),
];

const PERIOD = 17;
const FIRST_REFUSED_SLOT = 2;

export function refusalStormHar(entries = 5_000): string {
  const list: Array<Record<string, unknown>> = [];
  for (let i = 0; i < entries; i++) {
    const slot = (i % PERIOD) - FIRST_REFUSED_SLOT;
    const refused = REFUSED[slot];
    const spec = refused
      ? refused(Math.floor(i / PERIOD))
      : { url: `https://app.example.com/static/chunk-${i}.js`, status: 200 };
    list.push(harEntry(spec, i));
  }
  return harText(list);
}

/** Entries of `refusalStormHar(5_000)` per endpoint: slots 2..7 of every 17 (5,000 = 17 × 294 + 2). */
export const STORM_REFUSALS_PER_ENDPOINT = 294;
export const STORM_ENDPOINTS = REFUSED.length;
