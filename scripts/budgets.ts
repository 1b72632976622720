// The budgets of docs/design.md, in one place: the benchmark report and the bundle-size check read them here.
// Browser timings are ratios or differences taken side by side in one run (shared, noisy machines).
export const BUDGETS = {
  /** One diagnose() call, median. */
  diagnoseMedianMicros: 50,
  /** WWW-Authenticate parser on a 1 MB header (worst pathological shape). */
  parser1MbMillis: 50,
  /**
   * Chromium page load, Why401 over an empty extension that holds only `webRequest` (Chromium's floor
   * for any webRequest or declarativeNetRequest extension): 300 sub-requests, loopback, median of ≥ 15
   * rotating rounds. The ratio over no extension is reported beside it.
   */
  chromiumOverFloorRatio: 1.03,
  /** Firefox page load, Why401 over no extension: the typical page of 300 sub-requests. */
  firefoxTypicalRatio: 1.08,
  /** Firefox page load, Why401 over no extension: 300 fetches. */
  firefoxApiRatio: 1.15,
  /** Time Why401 adds to one refused fetch, median. */
  refusedFetchAddedMillis: 3,
  /** Popup: its own time, script start to the first diagnosis painted, 200 stored records. */
  popupOwnMillis: 25,
  /** Popup: open to first diagnosis, over a blank extension page opened the same way. */
  popupOverBlankMillis: 30,
  /** Popup after a 10,000-response storm on one tab. */
  popupAfterStormMillis: 200,
  /** Popup bundle, JS + CSS, gzip. */
  popupBundleBytes: 30 * 1024,
  /** Background bundle, gzip (the knowledge tables are data: docs/design.md counts them in). */
  backgroundBundleBytes: 32 * 1024,
  /**
   * The static workbench page (dist/web), JS + CSS, gzip: the rule module, the HAR reader and every
   * locale's messages, all in one page that must open from disk. Not a design.md budget: a guard
   * against an accidental dependency, about 40 % above its size when it was built.
   */
  workbenchBundleBytes: 128 * 1024,
  /** A 100 MB HAR with 50,000 entries through `why401 diagnose`. */
  bigHarSeconds: 10,
  /** Calibration: `likely` answers that are wrong, percent (docs/design.md: right >= 97 %). */
  likelyWrongPercent: 3,
} as const;

export type BudgetName = keyof typeof BUDGETS;
