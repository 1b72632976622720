// `why401 sanitize`: stdout, -o (written whole, then renamed), standard input, --quiet, bad input,
// hostile sizes; no canary of the sample HAR reaches any output, and the result diagnoses as before.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonOutput } from './json-output';
import { run } from './main';
import { SAMPLE, SINGLE, scratchDir } from './testing/cli-fixtures';
import { captureIo, type CaptureOptions } from './testing/capture-io';
import { harEntry, harText } from '../har/testing/har-builder';
import { refusalStormHar } from './testing/refusal-storm-har';

let scratch: { dir: string; path(name: string): string };
beforeAll(() => {
  scratch = scratchDir();
});

async function cli(argv: string[], options: CaptureOptions = {}) {
  const io = captureIo(options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const sample = readFileSync(SAMPLE, 'utf8');

/** The sample's planted secrets (src/cli/canary.test.ts), and the forms they could leak in. */
const CANARIES = [
  'canary-cookie-value-8d2e',
  'CANARY-ping-token-1f3e9a7c5b2d',
  'CANARYSIGnatureXyZ0123456789abcdefABCDEF',
  'canary-api-key-3f9a1c',
  'canary-query-pass-41',
  'canary-setcookie-val-99',
  'canary-user',
  'canary-pass-77',
];
const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('base64url'),
];

function expectNoCanary(text: string): void {
  for (const secret of CANARIES) for (const form of forms(secret)) expect(text).not.toContain(form);
  expect(text).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/);
}

describe('why401 sanitize', () => {
  it('writes the sanitized HAR to stdout and a one-line summary of counts to stderr', async () => {
    const { code, out, err } = await cli(['sanitize', SAMPLE]);
    expect(code).toBe(0);
    expect(sample).toContain('canary-cookie-value-8d2e'); // the input holds the canaries
    expectNoCanary(out);
    expectNoCanary(err);
    const har = JSON.parse(out) as { log: { entries: unknown[]; _why401Sanitized: { version: number } } };
    expect(har.log.entries).toHaveLength((JSON.parse(sample) as { log: { entries: unknown[] } }).log.entries.length);
    expect(har.log._why401Sanitized.version).toBe(1);
    expect(err).toMatch(/^why401: sanitized \d+ entries; replaced \d+ credential headers, .*\n$/);
  });

  it('diagnoses the same after sanitizing (--json)', async () => {
    const { out } = await cli(['sanitize', SAMPLE, '--quiet']);
    const before = await cli(['diagnose', SAMPLE, '--json']);
    const after = await cli(['diagnose', '-', '--json'], { stdin: out });
    expect(after.out).toBe(before.out);
    expectNoCanary(after.out);
    // A Chrome export (sample.har is signed WebInspector) with credentials: known, by shape, not "unknown".
    const json = JSON.parse(after.out) as JsonOutput;
    expect(json.sanitized).toBeUndefined();
    expect(json.entries.map((e) => e.requestSide)).not.toContain('sanitized');
  });

  it('--quiet: nothing on stderr', async () => {
    const { code, err } = await cli(['sanitize', SAMPLE, '--quiet']);
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('- reads standard input; a single exchange stays a single exchange, marked', async () => {
    const { code, out } = await cli(['sanitize', '-', '-q'], { stdin: readFileSync(SINGLE, 'utf8') });
    expect(code).toBe(0);
    const exchange = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(exchange)).toEqual(expect.arrayContaining(['request', 'response', '_why401Sanitized']));
  });

  it('-o writes the file whole, leaves no temporary file, and may replace its own input', async () => {
    const path = scratch.path('own.har');
    writeFileSync(path, sample);
    const { code, out } = await cli(['sanitize', path, '-o', path, '-q']);
    expect(code).toBe(0);
    expect(out).toBe('');
    expectNoCanary(readFileSync(path, 'utf8'));
    expect(readdirSync(scratch.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('-o into a folder that cannot be written: one line, exit 2, the old file untouched', async () => {
    const dir = scratch.path('locked');
    mkdirSync(dir);
    writeFileSync(`${dir}/out.har`, 'old');
    chmodSync(dir, 0o500);
    try {
      const { code, err } = await cli(['sanitize', SAMPLE, '--output', `${dir}/out.har`]);
      // root may write anyway; then the file is the sanitized one.
      if (code === 0) return;
      expect(code).toBe(2);
      expect(err).toMatch(/^why401: cannot write '.*out\.har' \(E[A-Z]+\)\n$/);
      expect(readFileSync(`${dir}/out.har`, 'utf8')).toBe('old');
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it.each([
    ['no such file', ['sanitize', 'no-such.har'], {}, /^why401: cannot read HAR 'no-such\.har': no such file\n$/],
    [
      'not JSON',
      ['sanitize', '-'],
      { stdin: '{"log": ' },
      /^why401: cannot read HAR standard input: .* at byte \d+\n$/,
    ],
    ['not a HAR', ['sanitize', '-'], { stdin: '{"a": 1}' }, /^why401: cannot read HAR standard input: not a HAR file/],
    [
      'a bad field',
      ['sanitize', '-'],
      { stdin: '{"log":{"entries":[{"request":{},"response":{}}]}}' },
      /log\.entries\[0\]\.request\.method/,
    ],
    ['no FILE', ['sanitize'], {}, /^why401: sanitize needs a FILE .*--help/],
    ['two FILEs', ['sanitize', 'a', 'b'], {}, /^why401: sanitize takes one FILE/],
    ['a diagnose option', ['sanitize', SAMPLE, '--json'], {}, /^why401: sanitize takes only -o FILE and --quiet/],
    ['-o for diagnose', ['diagnose', SAMPLE, '-o', 'x'], {}, /^why401: --output and --quiet belong to sanitize/],
    ['-o without a name', ['sanitize', SAMPLE, '-o'], {}, /^why401: option '-o.*' needs a value/],
  ] as const)('%s: one line, exit 2', async (_name, argv, options, message) => {
    const { code, out, err } = await cli([...argv], options);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('a 1 MB Authorization, Cookie and body: done quickly, nothing of it kept', async () => {
    const big = `CNRY7${'a1B2'.repeat(256 * 1024)}`;
    const entry = harEntry({
      url: 'https://api.example.com/x',
      status: 401,
      requestHeaders: { Authorization: `Bearer ${big}`, Cookie: `sid=${big}`, 'X-Note': big },
      body: `{"access_token":"${big}"}`,
    });
    const started = performance.now();
    const { code, out } = await cli(['sanitize', '-', '-q'], { stdin: harText([entry]) });
    expect(code).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(out).not.toContain('CNRY7');
    expect(out.length).toBeLessThan(20_000);
  });

  it('a storm of 5,000 entries: same count, order and timings, the same answer', async () => {
    const storm = refusalStormHar(5_000);
    const { code, out } = await cli(['sanitize', '-', '-q'], { stdin: storm });
    expect(code).toBe(0);
    const times = (text: string) =>
      (JSON.parse(text) as { log: { entries: Array<{ startedDateTime: string; timings: unknown }> } }).log.entries.map(
        (e) => [e.startedDateTime, e.timings],
      );
    expect(times(out)).toEqual(times(storm));
    expect(out).not.toContain('CANARY');
    const before = await cli(['diagnose', '-', '--json'], { stdin: storm });
    const after = await cli(['diagnose', '-', '--json'], { stdin: out });
    expect(after.out).toBe(before.out);
  });

  it('sanitizing twice changes nothing more (the second run finds nothing to remove)', async () => {
    const once = (await cli(['sanitize', SAMPLE, '-q'])).out;
    const twice = await cli(['sanitize', '-'], { stdin: once });
    const entries = (text: string) => (JSON.parse(text) as { log: { entries: unknown[] } }).log.entries;
    expect(entries(twice.out)).toEqual(entries(once));
    expect(twice.err).toMatch(/no secret found/);
  });
});
