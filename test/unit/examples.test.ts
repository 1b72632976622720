// The HAR recordings in examples/ (scripts/record-examples.ts) are what the docs quote: each must keep
// giving its documented primary cause, and hold no credential that is not a CANARY fake.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../../src/har/diagnose-har';
import { parseHar } from '../../src/har/parse-har';

const EXAMPLES = resolve(import.meta.dirname, '../../examples');

const PRIMARY: Record<string, string> = {
  'expired-jwt.har': 'credentials-expired',
  'session-lapsed.har': 'credentials-expired',
  'bad-credentials.har': 'credentials-rejected',
  'insufficient-scope.har': 'insufficient-permissions',
  'basic-navigation.har': 'missing-credentials',
  'missing-credentials.har': 'missing-credentials',
};

describe('examples/*.har', () => {
  it.each(Object.entries(PRIMARY))('%s: one refusal, most likely %s', (file, cause) => {
    const text = readFileSync(resolve(EXAMPLES, file), 'utf8');
    const refused = diagnoseHar(parseHar(text));
    expect(refused).toHaveLength(1);
    expect(refused[0]?.diagnosis.causes[0]?.id).toBe(cause);
  });

  it.each(Object.keys(PRIMARY))('%s: every JWT and API key in it is a CANARY fake', (file) => {
    const text = readFileSync(resolve(EXAMPLES, file), 'utf8');
    for (const token of text.match(/eyJ[\w-]*\.[\w-]+\.[\w-]*/g) ?? []) expect(token).toContain('CANARY');
    for (const key of text.match(/\b(?:sk|pk|ghp|gho|xox[bp])[-_][\w-]{8,}/g) ?? []) expect(key).toContain('CANARY');
  });
});
