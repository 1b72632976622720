// Calibration: how often `likely` is right (docs/design.md budget: >= 97 % on the project's fixtures). A
// diagnosis is an answer; its first cause is what a reader acts on. Counted apart: first causes marked
// `likely` (the confident answers), first causes marked `possible`, and every `likely` cause anywhere in
// a diagnosis (a second `likely` that is wrong misleads as much as a first one). Pure: the caller builds
// the diagnoses (from scenarios, HAR files, variants of both).
import type { CauseId, Diagnosis } from '../types';

export interface CalibrationCase {
  /** Shown when the case is wrong, e.g. `scenario:github-bad-credentials` or `chrome-sanitized:...`. */
  name: string;
  diagnosis: Diagnosis;
  /** The cause that is right. */
  cause: CauseId;
  /** Further causes that are also true of the exchange (a second problem): never wrong when `likely`. */
  alsoRight?: readonly CauseId[];
}

export interface Tally {
  right: number;
  total: number;
  /** right / total; 1 when there is nothing to count. */
  precision: number;
}

export interface WrongAnswer {
  name: string;
  said: CauseId;
  right: CauseId;
}

export interface CalibrationReport {
  cases: number;
  /** The first cause is the right one, whatever its likelihood. */
  first: Tally;
  /** First causes marked `likely`: the headline number. */
  likelyFirst: Tally;
  /** First causes marked `possible`. */
  possibleFirst: Tally;
  /** Every `likely` cause of every diagnosis. */
  likelyAny: Tally;
  /** Every `likely` cause that is not right, by case. */
  wrongLikely: WrongAnswer[];
}

function tally(right: number, total: number): Tally {
  return { right, total, precision: total === 0 ? 1 : right / total };
}

export function measureCalibration(cases: readonly CalibrationCase[]): CalibrationReport {
  // right / total per question: is the first cause right? a first `likely` one? a first `possible`
  // one? any `likely` one?
  const first = { right: 0, total: cases.length };
  const likelyFirst = { right: 0, total: 0 };
  const possibleFirst = { right: 0, total: 0 };
  const likelyAny = { right: 0, total: 0 };
  const wrongLikely: WrongAnswer[] = [];
  const count = (counter: { right: number; total: number }, isRight: boolean): void => {
    counter.total += 1;
    if (isRight) counter.right += 1;
  };
  for (const c of cases) {
    const right = (id: CauseId): boolean => id === c.cause || (c.alsoRight?.includes(id) ?? false);
    const [top] = c.diagnosis.causes;
    if (top === undefined) continue;
    if (top.id === c.cause) first.right += 1;
    if (top.likelihood === 'likely') count(likelyFirst, right(top.id));
    else count(possibleFirst, top.id === c.cause);
    for (const cause of c.diagnosis.causes) {
      if (cause.likelihood !== 'likely') continue;
      count(likelyAny, right(cause.id));
      if (!right(cause.id)) wrongLikely.push({ name: c.name, said: cause.id, right: c.cause });
    }
  }
  return {
    cases: cases.length,
    first: tally(first.right, first.total),
    likelyFirst: tally(likelyFirst.right, likelyFirst.total),
    possibleFirst: tally(possibleFirst.right, possibleFirst.total),
    likelyAny: tally(likelyAny.right, likelyAny.total),
    wrongLikely,
  };
}

/** One line per number, for the test's failure message and the benchmark. */
export function formatCalibration(report: CalibrationReport): string {
  const pct = (t: Tally): string => `${(t.precision * 100).toFixed(1)} % (${t.right}/${t.total})`;
  const lines = [
    `cases: ${report.cases}`,
    `likely first causes right: ${pct(report.likelyFirst)}`,
    `every likely cause right: ${pct(report.likelyAny)}`,
    `possible first causes right: ${pct(report.possibleFirst)}`,
    `first cause right: ${pct(report.first)}`,
  ];
  for (const w of report.wrongLikely) lines.push(`  wrong likely: ${w.name} said ${w.said}, right is ${w.right}`);
  return lines.join('\n');
}
