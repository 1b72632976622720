// Calibration as a measured number (docs/design.md budget): over every scenario fixture, the HAR files
// support engineers receive of them (sanitized by Chrome, or with placeholder values), and the HARs
// recorded from real server software (test/fixtures/real-servers, as recorded and sanitized), `likely` must be
// right at least 97 % of the time. The failure message names every wrong `likely`.
import { describe, expect, it } from 'vitest';
import { calibrationCorpus } from '../../test/fixtures/calibration-corpus';
import { type CalibrationCase, formatCalibration, measureCalibration } from './testing/calibration';
import type { Cause, CauseId, Diagnosis } from './types';

/** docs/design.md budget: `likely` answers right at least 97 % of the time. */
const LIKELY_PRECISION = 0.97;

describe('calibration', () => {
  const corpus = calibrationCorpus();
  const report = measureCalibration(corpus);
  const summary = formatCalibration(report);

  it('covers the scenarios and their sanitized exports', () => {
    expect(corpus.filter((c) => c.name.startsWith('scenario:')).length).toBeGreaterThan(30);
    expect(corpus.filter((c) => c.name.startsWith('chrome-sanitized:')).length).toBeGreaterThan(15);
    expect(corpus.filter((c) => c.name.startsWith('real-server:')).length).toBeGreaterThanOrEqual(25);
  });

  it(`likely first causes are right >= ${LIKELY_PRECISION * 100} %`, () => {
    expect(report.likelyFirst.precision, summary).toBeGreaterThanOrEqual(LIKELY_PRECISION);
  });

  it(`every likely cause is right >= ${LIKELY_PRECISION * 100} %`, () => {
    expect(report.likelyAny.precision, summary).toBeGreaterThanOrEqual(LIKELY_PRECISION);
  });

  it('a HAR that hides or replaces credentials never makes "missing credentials" likely', () => {
    const wrong = corpus.filter(
      (c) =>
        !c.name.startsWith('scenario:') &&
        c.cause !== 'missing-credentials' &&
        c.diagnosis.causes.some((k) => k.id === 'missing-credentials' && k.likelihood === 'likely'),
    );
    expect(wrong.map((c) => c.name)).toEqual([]);
  });

  it('still names the right cause first for most exchanges (knowing less is no excuse for answering nothing)', () => {
    expect(report.first.precision, summary).toBeGreaterThanOrEqual(0.9);
  });
});

function diagnosisOf(...causes: Array<[CauseId, Cause['likelihood']]>): Diagnosis {
  return {
    causes: causes.map(([id, likelihood], i) => ({
      id,
      likelihood,
      score: 10 - i,
      evidence: [],
      advice: { visitor: [], developer: [], owner: [] },
      actions: [],
    })),
  } as unknown as Diagnosis;
}

describe('measureCalibration', () => {
  const cases: CalibrationCase[] = [
    {
      name: 'right and likely',
      diagnosis: diagnosisOf(['credentials-expired', 'likely']),
      cause: 'credentials-expired',
    },
    {
      name: 'wrong and likely',
      diagnosis: diagnosisOf(['missing-credentials', 'likely']),
      cause: 'credentials-rejected',
    },
    {
      name: 'right and possible',
      diagnosis: diagnosisOf(['credentials-rejected', 'possible']),
      cause: 'credentials-rejected',
    },
    {
      name: 'wrong second likely',
      diagnosis: diagnosisOf(['stale-nonce', 'likely'], ['credentials-rejected', 'likely']),
      cause: 'stale-nonce',
    },
    {
      name: 'second likely also right',
      diagnosis: diagnosisOf(['stale-dns-or-cache', 'likely'], ['missing-credentials', 'likely']),
      cause: 'stale-dns-or-cache',
      alsoRight: ['missing-credentials'],
    },
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
    expect(r.wrongLikely.map((w) => `${w.name}: ${w.said}`)).toEqual([
      'wrong and likely: missing-credentials',
      'wrong second likely: credentials-rejected',
    ]);
  });
});
