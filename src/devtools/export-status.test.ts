import { beforeAll, describe, expect, it } from 'vitest';
import { emptySummary, type SanitizeSummary } from '../har/sanitize/summary';
import { englishCatalog } from '../shared/i18n/english-catalog';
import { setCatalog } from '../ui/i18n/t';
import { exportStatus, exportTitle, removedCounts } from './export-status';

beforeAll(() => setCatalog(englishCatalog, 'en'));

function summary(removed: Partial<SanitizeSummary['removed']>, jwts = 0): SanitizeSummary {
  const base = emptySummary(1);
  return { ...base, entries: 4, removed: { ...base.removed, ...removed }, jwts };
}

describe('removedCounts', () => {
  it.each([
    [{}, 0, 'no secret found'],
    [{ headers: 2 }, 0, 'credential headers: 2'],
    [
      { headers: 2, cookies: 4, otherFields: 3 },
      1,
      'credential headers: 2, cookie values: 4, other values: 3; JWTs among them: 1, their claims kept',
    ],
    [{ urlUserinfo: 1, queryParams: 2 }, 0, 'query parameters: 2, user names and passwords in URLs: 1'],
  ])('%j (jwts %i) → %s', (removed, jwts, text) => {
    expect(removedCounts(summary(removed, jwts))).toBe(text);
  });
});

describe('exportStatus', () => {
  it.each([
    ['saved', /^Saved why401-refusals-h-20261103-0705\.har \(refused requests: 4\); .*\(credential headers: 1\)\.$/],
    ['copied', /copied to the clipboard instead \(refused requests: 4\); .*\(credential headers: 1\)\.$/],
  ] as const)('%s', (how, sentence) => {
    expect(exportStatus(how, 'why401-refusals-h-20261103-0705.har', summary({ headers: 1 }))).toMatch(sentence);
  });
});

describe('exportTitle', () => {
  it.each([
    [0, 0, 'Nothing to export: no refused request is listed'],
    [4, 4, /^Download the listed refused requests \(4\) as a HAR file/],
    [1, 4, /^Download the listed refused requests \(1 of 4: the cause filter applies\)/],
  ])('%i of %i', (listed, total, title) => {
    expect(exportTitle(listed, total)).toMatch(title);
  });
});
