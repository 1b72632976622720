// Property tests: whatever a HAR file holds (broken structure, wrong types, hostile strings, deep
// nesting), the loader and the CLI answer with a diagnosis or a one-line error: never a crash, a hang or
// a stack trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './main';
import { captureIo } from './testing/capture-io';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';

const header = fc.record({
  name: fc.oneof(fc.constantFrom('WWW-Authenticate', 'Authorization', 'Cookie', 'Set-Cookie', 'Date'), fc.string()),
  value: fc.oneof(fc.string(), fc.string({ unit: 'binary' })),
});
const looseValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

/** Entries that look like HAR entries, with any field possibly missing or of the wrong type. */
const entry = fc.record(
  {
    startedDateTime: fc.oneof(
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      looseValue,
    ),
    request: fc.record(
      {
        method: fc.oneof(fc.constantFrom('GET', 'POST', 'OPTIONS'), looseValue),
        url: fc.oneof(fc.webUrl(), fc.string(), looseValue),
        headers: fc.oneof(fc.array(header, { maxLength: 6 }), looseValue),
      },
      { requiredKeys: [] },
    ),
    response: fc.record(
      {
        status: fc.oneof(fc.constantFrom(200, 401, 407, 403), fc.integer(), looseValue),
        headers: fc.oneof(fc.array(header, { maxLength: 6 }), looseValue),
        content: fc.record(
          { text: fc.oneof(fc.string(), fc.base64String()), encoding: fc.constantFrom('base64', undefined, 'gzip') },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
    serverIPAddress: looseValue,
    pageref: looseValue,
  },
  { requiredKeys: [] },
);

const harText = fc.oneof(
  fc.array(entry, { maxLength: 8 }).map((entries) => JSON.stringify({ log: { version: '1.2', entries } })),
  fc.json(),
  fc.string(),
  fc.array(entry, { maxLength: 3 }).map((entries) => JSON.stringify({ log: { entries } }).slice(0, -7)), // truncated
);

describe('HAR loader properties', () => {
  it('parseHar + diagnoseHar never throw anything but a clear error', () => {
    fc.assert(
      fc.property(harText, (text) => {
        try {
          diagnoseHar(parseHar(text));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).not.toMatch(/\n\s+at /); // no stack in the message
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the CLI answers any input with exit 0 or 2 and at most one line on stderr', async () => {
    await fc.assert(
      fc.asyncProperty(harText, async (text) => {
        const io = captureIo({ stdin: text });
        const code = await run(['diagnose', '-', '--json'], io);
        expect([0, 2]).toContain(code);
        if (code === 2) expect(io.err().trim().split('\n')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });

  it('deeply nested JSON is refused or read, not a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const io = captureIo({ stdin: deep });
    expect([0, 2]).toContain(await run(['diagnose', '-'], io));
  });
});
