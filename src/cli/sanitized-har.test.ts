// A HAR as Chrome exports it by default (sanitized): every output says so, and no answer relies on
// the credentials the file does not show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromeSanitized, placeholderSanitized } from '../../test/fixtures/har-sanitizers';
import type { HarFile } from '../../test/fixtures/scenario-har';
import type { JsonOutput } from './json-output';
import { run } from './main';
import { captureIo } from './testing/capture-io';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../test/cli/sample.har'), 'utf8')) as HarFile;

async function output(har: HarFile, ...flags: string[]): Promise<string> {
  const io = captureIo({ stdin: JSON.stringify(har) });
  expect(await run(['diagnose', '-', ...flags], io)).toBe(0);
  return io.out();
}

describe('a sanitized HAR in the CLI', () => {
  const sanitized = chromeSanitized(sample);

  it('--json: a top-level and a per-entry field, and a note', async () => {
    const json = JSON.parse(await output(sanitized, '--json')) as JsonOutput;
    expect(json.sanitized).toBe('headers-removed');
    for (const entry of json.entries) {
      expect(entry).toMatchObject({ requestSide: 'sanitized', sanitized: 'headers-removed' });
      expect(entry.note).toMatch(/sanitized/);
    }
  });

  it('--json: "missing credentials" is never likely when the credentials were removed', async () => {
    const json = JSON.parse(await output(sanitized, '--json')) as JsonOutput;
    const likelyMissing = json.entries
      .flatMap((e) => e.causes)
      .filter((c) => c.id === 'missing-credentials' && c.likelihood === 'likely');
    expect(likelyMissing).toEqual([]);
  });

  it('--json of the file as recorded: complete, no note, no top-level field', async () => {
    const json = JSON.parse(await output(sample, '--json')) as JsonOutput;
    expect(json.sanitized).toBeUndefined();
    expect(json.entries.map((e) => e.requestSide)).not.toContain('sanitized');
    expect(json.entries.some((e) => e.note !== undefined && /sanitized/.test(e.note))).toBe(false);
  });

  it.each([
    ['text', []],
    ['Markdown', ['--markdown']],
  ] as const)('%s: says the HAR was sanitized and the credentials are unknown', async (_name, flags) => {
    const out = await output(sanitized, ...flags);
    expect(out).toContain(
      "This HAR was sanitized: the Authorization, Cookie and Set-Cookie headers were removed (Chrome's default export).",
    );
    expect(out).toMatch(/Credentials sent\W+unknown/);
  });

  it('placeholders: credentials were sent, of unknown shape', async () => {
    const json = JSON.parse(await output(placeholderSanitized(sample, 'redacted'), '--json')) as JsonOutput;
    expect(json.sanitized).toBe('values-replaced');
    expect(json.entries.some((e) => e.sanitized === 'values-replaced')).toBe(true);
    expect(await output(placeholderSanitized(sample, 'redacted'))).toContain('(placeholder, shape unknown)');
  });
});
