import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../har/diagnose-har';
import { parseHar } from '../har/parse-har';
import { sanitizeHar } from '../har/sanitize/sanitize-har';
import { exportFileName, exportRefusals, listedRefusals } from './export-refusals';
import type { Refusal } from './refusal-collector';
import { refusalsHar } from './refusals-har';
import { recordedRefusals } from './testing/recorded-refusals';

const AT = new Date(2026, 10, 3, 7, 5); // local time, as the file name is written

function withUrl(url: unknown): Refusal[] {
  return [{ seq: 1, entry: { request: { url }, response: {} }, diagnosis: { causes: [] } } as unknown as Refusal];
}

describe('exportFileName', () => {
  it.each([
    ['http://127.0.0.1:8080/api/me', 'why401-refusals-127.0.0.1-20261103-0705.har'],
    ['https://user:secret@API.Example.com/v1?token=x', 'why401-refusals-api.example.com-20261103-0705.har'],
    ['https://[::1]:3000/', 'why401-refusals-_1_-20261103-0705.har'],
    ['not a url', 'why401-refusals-page-20261103-0705.har'],
    [undefined, 'why401-refusals-page-20261103-0705.har'],
  ])('%s → %s', (url, name) => {
    expect(exportFileName(withUrl(url), AT)).toBe(name);
  });
});

describe.each(['chromium', 'firefox'] as const)('exportRefusals (%s stream)', (browser) => {
  it('writes what `why401 sanitize` writes for the same HAR', async () => {
    const refusals = await recordedRefusals(browser);
    const { text, summary } = exportRefusals(refusals, '0.1.0', AT);
    const expected = sanitizeHar(refusalsHar(refusals, '0.1.0'));
    expect(text).toBe(`${JSON.stringify(expected.har, null, 2)}\n`);
    expect(summary).toEqual(expected.summary);
    expect(summary.entries).toBe(refusals.length);
  });

  it('holds placeholders, never the recorded secrets, and reads back to the same causes', async () => {
    const refusals = await recordedRefusals(browser);
    const raw = JSON.stringify(refusalsHar(refusals, '0.1.0'));
    const { text, summary } = exportRefusals(refusals, '0.1.0', AT);
    const secrets = [...raw.matchAll(/CANARY-[\w-]+|eyJ[\w-]+\.[\w-]+\.[\w-]+/g)].map((m) => m[0]);
    if (browser === 'chromium') expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(Object.values(summary.removed).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const diagnosed = diagnoseHar(parseHar(text));
    expect(diagnosed.map((entry) => entry.diagnosis.causes[0]?.id)).toEqual(
      refusals.map((refusal) => refusal.diagnosis.causes[0]?.id),
    );
  });
});

describe('listedRefusals', () => {
  it.each([
    [undefined, 4],
    ['missing-credentials', 1],
    ['server-misconfigured', 1],
    ['credentials-expired', 2],
  ] as const)('filter %s lists %i', async (filter, count) => {
    const refusals = await recordedRefusals('chromium');
    const listed = listedRefusals(refusals, filter);
    expect(listed).toHaveLength(count);
    if (filter) for (const refusal of listed) expect(refusal.diagnosis.causes[0]?.id).toBe(filter);
  });
});
