// Property tests (issue 16): a HAR with canaries planted in every field a secret travels in never keeps
// one after sanitizing, in any form (plain, base64, inside a JWT), and stays a HAR the reader accepts,
// with the same entries in the same order and the same timings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHar } from '../parse-har';
import { sanitizeHar } from './sanitize-har';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const b64url = (text: string) => Buffer.from(text).toString('base64url');

/** A planted secret: letters and digits, unlike anything else in the file. */
const canary = fc.stringMatching(/^[A-Za-z0-9]{16,32}$/).map((tail) => `CNRY7${tail}`);

/** A signed-looking JWT whose subject and signature are the canary (its kept claims are not). */
const jwtOf = (secret: string) =>
  `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(`{"sub":"${secret}","exp":1700000000,"scope":"read"}`)}.${secret}`;

type Entry = Record<string, unknown>;
type Plant = (secret: string) => { entry?: (e: Entry) => void; page?: string };

const header = (e: Entry, side: 'request' | 'response', name: string, value: string) =>
  ((e[side] as { headers: unknown[] }).headers as unknown[]).push({ name, value });
const request = (e: Entry) => e.request as Record<string, unknown>;
const response = (e: Entry) => e.response as Record<string, unknown>;

/** Every place a secret travels in a HAR, one planting per row. */
const PLANTS: Record<string, Plant> = {
  'Authorization Bearer': (s) => ({ entry: (e) => header(e, 'request', 'Authorization', `Bearer ${s}`) }),
  'Authorization Bearer JWT': (s) => ({ entry: (e) => header(e, 'request', 'authorization', `Bearer ${jwtOf(s)}`) }),
  'Authorization Basic': (s) => ({ entry: (e) => header(e, 'request', 'Authorization', `Basic ${b64(`${s}:${s}`)}`) }),
  'Authorization quoted token': (s) => ({ entry: (e) => header(e, 'request', 'Authorization', `Token "${s}"`) }),
  'Authorization bare token': (s) => ({ entry: (e) => header(e, 'request', 'Authorization', s) }),
  'Authorization Digest': (s) => ({
    entry: (e) =>
      header(
        e,
        'request',
        'Authorization',
        `Digest username="${s}", realm="r", nonce="n1", response="${s}", nc=00000002`,
      ),
  }),
  'Proxy-Authorization Basic': (s) => ({
    entry: (e) => header(e, 'request', 'Proxy-Authorization', `Basic ${b64(`u:${s}`)}`),
  }),
  'X-API-Key header': (s) => ({ entry: (e) => header(e, 'request', 'X-API-Key', s) }),
  'secret-named header': (s) => ({ entry: (e) => header(e, 'request', 'X-Session-Token', s) }),
  'Cookie header': (s) => ({ entry: (e) => header(e, 'request', 'Cookie', `theme=dark; sid=${s}; x=1`) }),
  'Set-Cookie header': (s) => ({
    entry: (e) => header(e, 'response', 'Set-Cookie', `sid=${s}; Path=/; HttpOnly; Secure; SameSite=Lax`),
  }),
  'request.cookies': (s) => ({ entry: (e) => (request(e).cookies = [{ name: 'sid', value: s, httpOnly: true }]) }),
  'response.cookies': (s) => ({ entry: (e) => (response(e).cookies = [{ name: 'sid', value: s, path: '/' }]) }),
  'query parameter': (s) => ({
    entry: (e) => {
      request(e).url = `https://api.example.com/v1?page=2&access_token=${s}`;
      request(e).queryString = [
        { name: 'page', value: '2' },
        { name: 'access_token', value: s },
      ];
    },
  }),
  'HTTP/2 :path': (s) => ({ entry: (e) => header(e, 'request', ':path', `/v1/cb?code=${s}&state=1`) }),
  'OAuth token request body': (s) => ({
    entry: (e) =>
      (request(e).postData = {
        mimeType: 'application/x-www-form-urlencoded',
        text: `grant_type=authorization_code&code=${s}&redirect_uri=https%3A%2F%2Fapp%2F`,
      }),
  }),
  'API key query parameter': (s) => ({ entry: (e) => (request(e).url = `https://api.example.com/v1?appid=${s}`) }),
  'JWT in the query by value': (s) => ({ entry: (e) => (request(e).url = `https://a.example/cb?x=${jwtOf(s)}`) }),
  fragment: (s) => ({ entry: (e) => (request(e).url = `https://app.example.com/cb#access_token=${s}&state=xyz`) }),
  'user info': (s) => ({ entry: (e) => (request(e).url = `https://admin:${s}@app.example.com/`) }),
  'JSON body': (s) => ({
    entry: (e) => (request(e).postData = { mimeType: 'application/json', text: `{"user":"u","password":"${s}"}` }),
  }),
  'JSON body, escaped quote': (s) => ({
    entry: (e) =>
      (request(e).postData = { mimeType: 'application/json', text: `{"password":"a\\"${s}","n":{"pin":1234}}` }),
  }),
  'form body': (s) => ({
    entry: (e) =>
      (request(e).postData = {
        mimeType: 'application/x-www-form-urlencoded',
        text: `user=u&password=${s}`,
        params: [
          { name: 'user', value: 'u' },
          { name: 'password', value: s },
        ],
      }),
  }),
  'multipart body': (s) => ({
    entry: (e) =>
      (request(e).postData = {
        mimeType: 'multipart/form-data; boundary=----b0',
        text: `------b0\r\nContent-Disposition: form-data; name="user"\r\n\r\nu\r\n------b0\r\nContent-Disposition: form-data; name="client_secret"\r\n\r\n${s}\r\n------b0--\r\n`,
      }),
  }),
  'response body JSON': (s) => ({
    entry: (e) =>
      (response(e).content = { mimeType: 'application/json', text: `{"access_token":"${s}","expires_in":3600}` }),
  }),
  'response body base64': (s) => ({
    entry: (e) =>
      (response(e).content = {
        mimeType: 'application/json',
        encoding: 'base64',
        text: b64(`{"refresh_token":"${s}"}`),
      }),
  }),
  'response body JWT in HTML': (s) => ({
    entry: (e) => (response(e).content = { mimeType: 'text/html', text: `<p>id: ${jwtOf(s)}</p>` }),
  }),
  redirectURL: (s) => ({ entry: (e) => (response(e).redirectURL = `https://app.example.com/cb?code=${s}`) }),
  'Location header': (s) => ({
    entry: (e) => header(e, 'response', 'Location', `https://app.example.com/#id_token=${s}`),
  }),
  'custom field': (s) => ({ entry: (e) => (e._debug = { note: `token ${jwtOf(s)}`, list: [jwtOf(s)] }) }),
  'page title': (s) => ({ page: `https://app.example.com/?session=${s}` }),
  'page title JWT': (s) => ({ page: `Welcome ${jwtOf(s)}` }),
};

function baseEntry(i: number): Entry {
  return {
    pageref: 'page_1',
    startedDateTime: new Date(Date.UTC(2024, 4, 1, 14, 0, i)).toISOString(),
    time: 12.5 + i,
    request: {
      method: 'GET',
      url: `https://api.example.com/v1/items/${i}`,
      httpVersion: 'h2',
      headers: [],
      cookies: [],
    },
    response: { status: i % 2 === 0 ? 401 : 200, statusText: '', headers: [], cookies: [], content: { size: 0 } },
    timings: { send: 0.5, wait: 10 + i, receive: 2 },
  };
}

/** Texts of the output, with base64 bodies decoded too. */
function outputs(har: unknown): string {
  const text = JSON.stringify(har);
  const decoded: string[] = [];
  JSON.stringify(har, (key, value: unknown) => {
    if (key === 'content' && typeof value === 'object' && value !== null) {
      const c = value as { text?: unknown; encoding?: unknown };
      if (c.encoding === 'base64' && typeof c.text === 'string') decoded.push(Buffer.from(c.text, 'base64').toString());
    }
    return value;
  });
  return [text, ...decoded].join('\n');
}

const plantNames = fc.subarray(Object.keys(PLANTS), { minLength: 1 });

describe('sanitizeHar properties', () => {
  it('no planted canary survives, in any form, and the HAR is still read with the same entries and timings', () => {
    fc.assert(
      fc.property(plantNames, fc.array(canary, { minLength: 1, maxLength: 4 }), (names, secrets) => {
        const entries = names.map((_, i) => baseEntry(i));
        const pages = [{ id: 'page_1', title: 'Home', startedDateTime: '2024-05-01T14:00:00.000Z' }];
        names.forEach((name, i) => {
          const secret = secrets[i % secrets.length] ?? 'CNRY7x';
          const plant = PLANTS[name]?.(secret);
          const entry = entries[i];
          if (plant?.entry && entry) plant.entry(entry);
          if (plant?.page !== undefined) pages.push({ id: `page_${i + 2}`, title: plant.page, startedDateTime: '' });
        });
        const input = { log: { version: '1.2', creator: { name: 't', version: '1' }, pages, entries } };
        const before = JSON.stringify(input);
        const { har } = sanitizeHar(input);
        expect(JSON.stringify(input)).toBe(before); // the input is not changed
        const out = outputs(har);
        for (const secret of secrets) {
          for (const form of [secret, b64(secret), b64url(secret), jwtOf(secret)]) expect(out).not.toContain(form);
        }
        const doc = parseHar(JSON.stringify(har));
        expect(doc.entries).toHaveLength(entries.length);
        expect(
          doc.entries.map((e) => [e.startedDateTime, (e as unknown as Entry).timings, (e as unknown as Entry).time]),
        ).toEqual(entries.map((e) => [e.startedDateTime, e.timings, e.time]));
      }),
      { numRuns: 300 },
    );
  });

  const noise = fc.record({
    name: fc.oneof(fc.constantFrom('Authorization', 'Cookie', 'Set-Cookie', 'X-API-Key', 'Location'), fc.string()),
    value: fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('Bearer ', 'Basic', '')),
  });

  it('any header, body or field: a HAR the reader accepts, never a throw', () => {
    fc.assert(
      fc.property(
        fc.array(noise, { maxLength: 6 }),
        fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
        fc.jsonValue(),
        (headers, body, custom) => {
          const entry = baseEntry(0);
          (entry.request as Entry).headers = headers;
          (entry.response as Entry).headers = headers;
          (entry.request as Entry).postData = { mimeType: 'application/json', text: body };
          (entry.response as Entry).content = { text: body, mimeType: 'text/plain' };
          entry._custom = custom;
          const { har, summary } = sanitizeHar({ log: { entries: [entry] } });
          expect(parseHar(JSON.stringify(har)).entries).toHaveLength(1);
          expect(summary.entries).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
