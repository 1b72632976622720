// The budgets of DESIGN.md, in one place: the benchmark report and the bundle-size check read them here.
export const BUDGETS = {
  /** One diagnose() call, median. */
  diagnoseMedianMicros: 50,
  /** WWW-Authenticate parser on a 1 MB header (worst pathological shape). */
  parser1MbMillis: 50,
  /** Page load with the extension / without, 300 sub-requests on loopback, median ratio. */
  pageLoadRatio: 1.05,
  /** Popup: open to first diagnosis shown, 200 stored records. */
  popupOpenMillis: 100,
  /** Popup after a 10,000-response storm on one tab. */
  popupAfterStormMillis: 200,
  /** Popup bundle, JS + CSS, gzip. */
  popupBundleBytes: 30 * 1024,
  /** Background bundle, gzip (the knowledge tables are data: DESIGN.md counts them in). */
  backgroundBundleBytes: 32 * 1024,
  /** A 100 MB HAR with 50,000 entries through `why401 diagnose`. */
  bigHarSeconds: 10,
  /** Calibration: `likely` answers that are wrong, percent (DESIGN.md: right >= 97 %). */
  likelyWrongPercent: 3,
} as const;

export type BudgetName = keyof typeof BUDGETS;
