// Property tests over diagnose(): any exchange, however broken, gets a ranked, bounded, serialisable
// diagnosis (never empty, never a throw), and planted secrets never come out.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from './index';
import { CAUSE_IDS, type Exchange } from './types';

const SECRET = 'CANARYsecretvalue0123456789abcdef';
const names = fc.constantFrom(
  'Authorization',
  'Proxy-Authorization',
  'Cookie',
  'X-API-Key',
  'WWW-Authenticate',
  'Proxy-Authenticate',
  'Set-Cookie',
  'Date',
  'Server',
  'DPoP-Nonce',
  'Via',
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(
    `Bearer ${SECRET}`,
    `Basic ${btoa(`user:${SECRET}`)}`,
    `sid=${SECRET}; theme=dark`,
    `Bearer error="invalid_token", realm="${'a'.repeat(5000)}"`,
    'Digest stale=true, realm="x", nonce="n"',
  ),
);
/** Response headers: anything, plus a server echoing the secret in an ordinary header. */
const responseHeader = fc.oneof(
  fc.record({
    name: fc.oneof(names, fc.string({ maxLength: 20 })),
    value: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })),
  }),
  fc.record({
    name: fc.constantFrom('WWW-Authenticate', 'Proxy-Authenticate'),
    value: fc.constantFrom(
      `Bearer error="invalid_token", realm="${'a'.repeat(5000)}"`,
      'Digest stale=true, realm="x", nonce="n"',
      'Negotiate',
      'Basic realm="x"',
    ),
  }),
  fc.record({
    name: fc.constantFrom('Server', 'Via', 'X-Debug'),
    value: fc.constantFrom(`Bearer ${SECRET}`, `token=${SECRET}`, `{"access_token":"${SECRET}"}`),
  }),
);

const exchange: fc.Arbitrary<Exchange> = fc.record({
  url: fc.oneof(
    fc.webUrl({ withQueryParameters: true }),
    fc.string(),
    fc.constant(`https://x.test/?api_key=${SECRET}`),
  ),
  method: fc.oneof(fc.constantFrom('GET', 'POST', 'OPTIONS'), fc.string({ maxLength: 10 })),
  status: fc.constantFrom(401, 407, 401),
  statusText: fc.string({ maxLength: 80 }),
  requestHeaders: fc.array(fc.record({ name: fc.oneof(names, fc.string({ maxLength: 20 })), value: headerValue }), {
    maxLength: 8,
  }),
  responseHeaders: fc.array(responseHeader, { maxLength: 8 }),
  responseBody: fc.oneof(fc.string({ maxLength: 2000 }), fc.constant(`{"token":"${SECRET}","error":"jwt expired"}`)),
  startedAt: fc.oneof(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.constant(Number.NaN)),
});

describe('diagnose() properties', () => {
  it('never throws; ranks at least one known cause; stays bounded; keeps no secret', () => {
    fc.assert(
      fc.property(exchange, (x) => {
        const diagnosis = diagnose(x);
        expect(diagnosis.causes.length).toBeGreaterThan(0);
        for (const cause of diagnosis.causes) expect(CAUSE_IDS).toContain(cause.id);
        const json = JSON.stringify(diagnosis);
        expect(json.length).toBeLessThan(200_000);
        expect(json).not.toContain(SECRET);
        expect(json).not.toContain(btoa(`user:${SECRET}`));
      }),
      { numRuns: 400 },
    );
  });
});
