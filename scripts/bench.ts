// `npm run bench`: every measurement of the project in one go (browser rows in real Chromium, and in
// Firefox for its own choices), printed as one table (measure, value, budget from docs/design.md, within or
// not) and written as JSON to artifacts/bench.json. Ratios are taken side by side in one run; absolute
// times are reported against their budget, never asserted in tests.
// `npm run bench -- --docs` also rewrites the tables in docs/benchmarks.md (every row) and README.md
// (the rows with a budget).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { BUDGETS } from './budgets';
import { pageLoadRatio, popupOpen, refusedFetchCost, storm } from './bench/browser-bench';
import { bundleSizes } from './bench/bundle-size';
import { firefoxBodyCapture } from './bench/firefox-bench';
import { bigHarRun } from './bench/har-bench';
import { calibration, diagnoseMicros, parserThroughputMbPerSecond, parserWorst1Mb } from './bench/rules-bench';

interface Row {
  measure: string;
  value: number;
  unit: string;
  /** For page-load rows measured over a floor: the same build over no extension, side by side. */
  overNoExtension?: number;
  budget?: number;
  /** Within budget when value <= budget. */
  within?: boolean;
  note?: string;
}

const rows: Row[] = [];
function row(
  measure: string,
  value: number,
  unit: string,
  budget?: number,
  note?: string,
  overNoExtension?: number,
): void {
  rows.push({
    measure,
    value,
    unit,
    ...(overNoExtension === undefined ? {} : { overNoExtension }),
    ...(budget === undefined ? {} : { budget, within: value <= budget }),
    ...(note ? { note } : {}),
  });
  const shown = budget === undefined ? '' : ` (budget ${budget} ${unit}: ${value <= budget ? 'within' : 'OVER'})`;
  console.error(`  ${measure}: ${round(value)} ${unit}${shown}`);
}

function round(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(3);
}

const root = new URL('../', import.meta.url).pathname;
const onlyNode = process.argv.includes('--node-only');
/** `BENCH_ONLY=chromium-load,popup npm run bench`: only these sections (with BENCH_ROUNDS, a short run while iterating). */
const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const runs = (section: string): boolean => !only || only.includes(section);
const writeDocs = process.argv.includes('--docs');
// A node-only run would drop the browser rows from the tables it rewrites.
if ((onlyNode || only) && writeDocs) {
  console.error('bench: --docs needs every row: run it without --node-only or BENCH_ONLY.');
  process.exit(2);
}

if (runs('rules')) {
  console.error('rule module');
  const diagnose = diagnoseMicros();
  row(
    'diagnose(), median per call',
    diagnose.median,
    'µs',
    BUDGETS.diagnoseMedianMicros,
    `p95 ${round(diagnose.p95)} µs over the scenario fixtures`,
  );
  const worst = parserWorst1Mb();
  row(
    'challenge parser, worst 1 MB pathological header',
    worst.millis,
    'ms',
    BUDGETS.parser1MbMillis,
    `shape: ${worst.shape}`,
  );
  row('challenge parser, real-world challenges', parserThroughputMbPerSecond(), 'MB/s');
  const calibrated = calibration();
  const tally = (t: { right: number; total: number }): string => `${t.right} of ${t.total}`;
  row(
    'likely answers that are wrong (calibration)',
    (1 - calibrated.likelyFirst.precision) * 100,
    '%',
    BUDGETS.likelyWrongPercent,
    `${tally(calibrated.likelyFirst)} likely first causes right over ${calibrated.cases} cases: scenarios, their sanitized HAR variants, real-server HARs; every likely cause: ${tally(calibrated.likelyAny)}`,
  );
  row(
    'possible first causes that are right (calibration)',
    calibrated.possibleFirst.precision * 100,
    '%',
    undefined,
    `${tally(calibrated.possibleFirst)}; first cause right overall: ${tally(calibrated.first)}`,
  );
}

if (runs('cli')) {
  console.error('CLI');
  const har = bigHarRun();
  row(
    `why401 diagnose, ${har.entries.toLocaleString('en')}-entry HAR (${har.megabytes.toFixed(0)} MB)`,
    har.seconds,
    's',
    BUDGETS.bigHarSeconds,
  );
}

if (runs('bundles')) {
  console.error('bundles');
  const sizes = bundleSizes(`${root}dist/chrome`);
  row('popup bundle, JS + CSS, gzip', sizes.popupBytes / 1024, 'KB', BUDGETS.popupBundleBytes / 1024);
  row('background bundle, gzip', sizes.backgroundBytes / 1024, 'KB', BUDGETS.backgroundBundleBytes / 1024);
}

if (!onlyNode && runs('chromium-load')) {
  console.error('Chromium');
  for (const kind of ['typical', 'api'] as const) {
    const page = kind === 'typical' ? 'typical page of 300 sub-requests' : '300 API fetches (worst case)';
    const load = await pageLoadRatio(kind);
    const rounds = `median of ${load.runs} rotating rounds; ${round(load.withMillis)} ms vs ${round(load.withoutMillis)} ms without any extension`;
    row(
      `Chromium, ${page}: Why401 over an empty extension holding only webRequest (the floor)`,
      load.aboveFloorRatio,
      '×',
      kind === 'typical' ? BUDGETS.chromiumOverFloorRatio : undefined,
      rounds,
      load.ratio,
    );
    if (load.baseAboveFloorRatio !== undefined)
      row(`Chromium, ${page}: the BENCH_BASE build over the floor`, load.baseAboveFloorRatio, '×');
    row(
      `Chromium, ${page}: the floor itself, over no extension`,
      load.floorRatio,
      '×',
      undefined,
      'Chromium proxies every request once any extension holds webRequest or declarativeNetRequest',
    );
    row(
      `Chromium, ${page}: Why401 after a "Look closer" ended on the tab, over the floor`,
      load.afterLookOverFloorRatio,
      '×',
      undefined,
      'its extraHeaders listener is gone: same as Why401 over the floor',
    );
    row(
      `Chromium, ${page}: a probe asking for extraHeaders on every request (not shipped), over no extension`,
      load.extraHeadersRatio,
      '×',
      undefined,
      'why Why401 asks for it only on "Look closer"',
    );
  }
}

if (!onlyNode && runs('refused')) {
  const refused = await refusedFetchCost();
  row(
    'time Why401 adds to one refused fetch (worker diagnosis + body read)',
    refused.addedMillis,
    'ms',
    BUDGETS.refusedFetchAddedMillis,
    `median of ${refused.runs} alternating runs of 50 refused fetches: ${round(refused.withMillis)} ms vs ${round(refused.withoutMillis)} ms each`,
  );
  if (refused.baseAddedMillis !== undefined)
    row('time the BENCH_BASE build adds to one refused fetch', refused.baseAddedMillis, 'ms');
}

if (!onlyNode && runs('popup')) {
  const popup = await popupOpen();
  const spread = `${popup.tabs} tabs at the worker's cap of ${popup.records / popup.tabs} distinct problems per page; the popup reads its tab's`;
  row(
    `popup, its own time from script start to the first diagnosis painted, ${popup.records} stored records`,
    popup.ownMillis,
    'ms',
    BUDGETS.popupOwnMillis,
    spread,
  );
  row(
    'popup, open to first diagnosis, over a blank extension page opened the same way',
    popup.openMillis - popup.blankMillis,
    'ms',
    BUDGETS.popupOverBlankMillis,
    `${round(popup.openMillis)} ms vs ${round(popup.blankMillis)} ms, median of alternating opens`,
  );
  if (popup.base) {
    row('popup, the BENCH_BASE build: its own time', popup.base.ownMillis, 'ms');
    row('popup, the BENCH_BASE build: over its blank page', popup.base.overBlankMillis, 'ms');
  }
}

if (!onlyNode && runs('storm')) {
  const flood = await storm();
  row(
    `storm: ${flood.responses.toLocaleString('en')} refusals on one tab, all counted after`,
    flood.recordedMillis,
    'ms',
    undefined,
    `${flood.totalCounted} counted, ${flood.recordsKept} record(s) kept`,
  );
  row('storm: storage.session size afterwards', flood.sessionBytes / 1024, 'KB');
  row('storm: popup, open to first diagnosis', flood.popupMillis, 'ms', BUDGETS.popupAfterStormMillis);
}

if (!onlyNode && runs('firefox')) {
  console.error('Firefox');
  for (const kind of ['typical', 'api'] as const) {
    const page = kind === 'typical' ? 'typical page of 300 sub-requests' : '300 API fetches';
    const firefox = await firefoxBodyCapture(kind);
    const against = `over an extension with no permission, median of ${firefox.runs} rotating runs (${round(firefox.baselineMillis)} ms)`;
    row(
      `Firefox, ${page}: Why401 as shipped (content scripts read bodies)`,
      firefox.contentScriptsRatio,
      '×',
      kind === 'typical' ? BUDGETS.firefoxTypicalRatio : BUDGETS.firefoxApiRatio,
      against,
    );
    row(
      `Firefox, ${page}: Why401 reading bodies with filterResponseData instead (not shipped)`,
      firefox.filterResponseDataRatio,
      '×',
      undefined,
      'a blocking listener on every request: why Why401 uses content scripts',
    );
    row(`Firefox, ${page}: Why401 reading no bodies (worker only)`, firefox.workerOnlyRatio, '×');
    row(`Firefox, ${page}: an extension that only holds webRequest (Firefox's floor)`, firefox.floorRatio, '×');
  }
}

const report = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, rows };
mkdirSync(`${root}artifacts`, { recursive: true });
writeFileSync(`${root}artifacts/bench.json`, `${JSON.stringify(report, null, 2)}\n`);

const overNoExtension = (r: Row) => (r.overNoExtension === undefined ? '' : `${round(r.overNoExtension)} ×`);
const budgetCell = (r: Row) => (r.budget === undefined ? '' : `${r.budget} ${r.unit}`);
const within = (r: Row) => (r.within === undefined ? '' : r.within ? 'yes' : '**no**');
const table = [
  '| measure | value | over no extension | budget | within |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.measure}${r.note ? ` (${r.note})` : ''} | ${round(r.value)} ${r.unit} | ${overNoExtension(r)} | ${budgetCell(r)} | ${within(r)} |`,
  ),
].join('\n');
console.log(table);

if (writeDocs) {
  const stamp = `Measured ${report.date.slice(0, 10)} on ${report.cpus} cores, Node ${report.node}, by \`npm run bench\`.`;
  const budgeted = [
    '| measure | value | over no extension | budget | within |',
    '| --- | --- | --- | --- | --- |',
    ...rows
      .filter((r) => r.budget !== undefined)
      .map(
        (r) =>
          `| ${r.measure} | ${round(r.value)} ${r.unit} | ${overNoExtension(r)} | ${budgetCell(r)} | ${within(r)} |`,
      ),
  ].join('\n');
  replaceBetweenMarkers(`${root}docs/benchmarks.md`, `${stamp}\n\n${table}`);
  replaceBetweenMarkers(`${root}README.md`, `${stamp}\n\n${budgeted}`);
}

function replaceBetweenMarkers(path: string, content: string): void {
  const text = readFileSync(path, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${path} has no bench markers`);
  writeFileSync(path, `${text.slice(0, from + begin.length)}\n${content}\n${text.slice(to)}`);
}
