// The rule module's numbers: diagnose() per call, the challenge parser's throughput and its worst
// 1 MB pathological header, all in this Node process.
import { performance } from 'node:perf_hooks';
import { parseChallenges } from '../../src/rules';
import { benchmarkDiagnose } from '../../src/rules/testing/diagnose-bench';
import { pathologicalHeaders } from '../../src/rules/testing/bench-inputs';
import { scenarioExchange } from '../../src/rules/testing/scenario-exchange';
import { loadScenarios } from '../../test/fixtures/load-scenarios';
import { calibrationCorpus } from '../../test/fixtures/calibration-corpus';
import { type CalibrationReport, measureCalibration } from '../../src/rules/testing/calibration';

/** Calibration over the scenarios, their sanitized HAR variants and the real-server HARs. */
export function calibration(): CalibrationReport {
  return measureCalibration(calibrationCorpus());
}

export function diagnoseMicros(): { median: number; p95: number } {
  const exchanges = loadScenarios().map(scenarioExchange);
  const result = benchmarkDiagnose(exchanges, () => performance.now(), { batches: 30, perBatch: 50 });
  return { median: result.medianMicros, p95: result.p95Micros };
}

/** Flat copies: `repeat()` builds rope strings that are slower to read than what a browser hands over. */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

function bestOf<T>(runs: number, work: () => T): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The slowest 1 MB pathological shape, best of 5 runs each (ms), and which shape it was. */
export function parserWorst1Mb(): { millis: number; shape: string } {
  let worst = { millis: 0, shape: '' };
  for (const header of pathologicalHeaders(1024 * 1024)) {
    const value = flat(header.value);
    const millis = bestOf(5, () => parseChallenges([value]));
    if (millis > worst.millis) worst = { millis, shape: header.name };
  }
  return worst;
}

/** Typical real-world challenge lines, parsed over and over: MB per second. */
export function parserThroughputMbPerSecond(): number {
  const lines = loadScenarios().flatMap((scenario) =>
    scenario.response.headers
      .filter((header) => /^(www|proxy)-authenticate$/i.test(header.name))
      .map((header) => flat(header.value)),
  );
  const bytes = lines.reduce((sum, line) => sum + line.length, 0);
  const rounds = 2_000;
  const millis = bestOf(3, () => {
    for (let i = 0; i < rounds; i++) parseChallenges(lines);
  });
  return (bytes * rounds) / (1024 * 1024) / (millis / 1000);
}
