import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './main';
import { captureIo } from './testing/capture-io';

// The sample HAR carries planted secrets. None of them, nor their base64 forms, may reach any output.
const SAMPLE = join(import.meta.dirname, '../../test/cli/sample.har');
const har = readFileSync(SAMPLE, 'utf8');
const jwt = /Bearer (eyJ[\w-]+\.[\w-]+\.[\w-]+)/.exec(har)?.[1] ?? '';
const basic = /Basic ([A-Za-z0-9+/=]{20,})/.exec(har)?.[1] ?? '';

const SECRETS = [
  ['bearer token', jwt],
  ['JWT payload', jwt.split('.')[1] ?? ''],
  ['JWT signature', 'CANARYSIGnatureXyZ0123456789abcdefABCDEF'],
  ['Basic credential', basic],
  ['Basic user', 'canary-user'],
  ['Basic password', 'canary-pass-77'],
  ['API key', 'canary-api-key-3f9a1c'],
  ['cookie value', 'canary-cookie-value-8d2e'],
  ['Set-Cookie value', 'canary-setcookie-val-99'],
  ['password in the query', 'canary-query-pass-41'],
] as const;

const forms = (secret: string) => [
  secret,
  Buffer.from(secret).toString('base64'),
  Buffer.from(secret).toString('base64url'),
];

const OUTPUTS = [
  ['text', []],
  ['text for visitors', ['--audience', 'visitor']],
  ['text for owners', ['--audience', 'owner']],
  ['JSON', ['--json']],
  ['JSON for owners', ['--json', '--audience', 'owner']],
  ['Markdown', ['--markdown']],
  ['Markdown for visitors', ['--markdown', '--audience', 'visitor']],
] as const;

describe('no secret reaches the output', () => {
  it('plants every secret in the fixture', () => {
    for (const [, secret] of SECRETS) expect(secret.length).toBeGreaterThan(8);
    expect(jwt.length).toBeGreaterThan(100);
    // The JWT is echoed in the base64-encoded body too.
    expect(
      Buffer.from(/"text": "([^"]+)",\s+"encoding": "base64"/.exec(har)?.[1] ?? '', 'base64').toString(),
    ).toContain(jwt);
  });

  it.each(OUTPUTS)('%s', async (_name, flags) => {
    const io = captureIo({ isTTY: true });
    expect(await run(['diagnose', ...flags, SAMPLE], io)).toBe(0);
    const output = io.out() + io.err();
    expect(output.length).toBeGreaterThan(500);
    for (const [what, secret] of SECRETS) {
      for (const form of forms(secret)) expect(output.includes(form), `${what} (${form.slice(0, 12)}…)`).toBe(false);
    }
  });
});
