// Calibration as a measured number (DESIGN.md budget): over every scenario fixture and the HAR files
// support engineers receive of them (sanitized by Chrome, or with placeholder values), `likely` must be
// right at least 97 % of the time. The failure message names every wrong `likely`.
import { describe, expect, it } from 'vitest';
import { calibrationCorpus } from '../../test/fixtures/calibration-corpus';
import { type CalibrationCase, measureCalibration } from './testing/calibration';
import type { Cause, CauseId, Diagnosis } from './types';

describe('calibration', () => {
  const corpus = calibrationCorpus();

  it('covers the scenarios and their sanitized exports', () => {
    expect(corpus.filter((c) => c.name.startsWith('scenario:')).length).toBeGreaterThan(30);
    expect(corpus.filter((c) => c.name.startsWith('chrome-sanitized:')).length).toBeGreaterThan(15);
  });
});

function diagnosisOf(...causes: Array<[CauseId, Cause['likelihood']]>): Diagnosis {
  return { causes: causes.map(([id, likelihood], i) => ({ id, likelihood, score: 10 - i, evidence: [], advice: { visitor: [], developer: [], owner: [] }, actions: [] })) } as unknown as Diagnosis;
}

describe('measureCalibration', () => {
  const cases: CalibrationCase[] = [
    { name: 'right and likely', diagnosis: diagnosisOf(['credentials-expired', 'likely']), cause: 'credentials-expired' },
    { name: 'wrong and likely', diagnosis: diagnosisOf(['missing-credentials', 'likely']), cause: 'credentials-rejected' },
    { name: 'right and possible', diagnosis: diagnosisOf(['credentials-rejected', 'possible']), cause: 'credentials-rejected' },
    { name: 'wrong second likely', diagnosis: diagnosisOf(['stale-nonce', 'likely'], ['credentials-rejected', 'likely']), cause: 'stale-nonce' },
    { name: 'second likely also right', diagnosis: diagnosisOf(['stale-dns-or-cache', 'likely'], ['missing-credentials', 'likely']), cause: 'stale-dns-or-cache', alsoRight: ['missing-credentials'] },
  ];
  const r = measureCalibration(cases);

  it.each([
    ['likely first', r.likelyFirst, 3, 4],
    ['possible first', r.possibleFirst, 1, 1],
    ['every likely', r.likelyAny, 4, 6],
    ['first', r.first, 4, 5],
  ] as const)('%s', (_name, t, right, total) => {
    expect([t.right, t.total]).toEqual([right, total]);
  });

  it('names each wrong likely', () => {
    expect(r.wrongLikely.map((w) => `${w.name}: ${w.said}`)).toEqual(['wrong and likely: missing-credentials', 'wrong second likely: credentials-rejected']);
  });
});
