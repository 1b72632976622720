import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../har/diagnose-har';
import { BODY_EXCERPT_LIMIT } from '../rules/limits';
import { parseHar } from '../har/parse-har';
import { refusalsHar } from './refusals-har';
import { recordedRefusals } from './testing/recorded-refusals';

describe.each(['chromium', 'firefox'] as const)('refusalsHar (%s)', (browser) => {
  it('is a HAR the CLI reads back to the same top causes', async () => {
    const refusals = await recordedRefusals(browser);
    const har = refusalsHar(refusals, '0.1.0');
    const diagnosed = diagnoseHar(parseHar(JSON.stringify(har)));
    expect(diagnosed.map((entry) => entry.diagnosis.causes[0]?.id)).toEqual(
      refusals.map((refusal) => refusal.diagnosis.causes[0]?.id),
    );
  });

  it('holds no body beyond the excerpt and no reader function', async () => {
    const har = refusalsHar(await recordedRefusals(browser), '0.1.0');
    for (const entry of har.log.entries) {
      expect(Object.values(entry).some((value) => typeof value === 'function')).toBe(false);
      expect(String(entry.response.content?.text ?? '').length).toBeLessThanOrEqual(BODY_EXCERPT_LIMIT);
    }
  });
});
