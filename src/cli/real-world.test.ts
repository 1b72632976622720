// Issue #13, "The CLI on real-world HARs": a 5,000-entry HAR, filters, several files, wrong types,
// numbering, colour, plain text without ids or backticks, missing dates, help, progress.
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonFilesOutput, JsonOutput } from './json-output';
import { run } from './main';
import { NONE, SAMPLE, SINGLE, scratchDir } from './testing/cli-fixtures';
import { captureIo, type CaptureOptions } from './testing/capture-io';
import { harOf } from '../har/testing/har-builder';
import { refusalStormHar, STORM_ENDPOINTS, STORM_REFUSALS_PER_ENDPOINT } from './testing/refusal-storm-har';

let scratch: { dir: string; path(name: string): string };
const tmp = (name: string) => scratch.path(name);
let STORM = '';

beforeAll(() => {
  scratch = scratchDir();
  STORM = tmp('storm.har');
  writeFileSync(STORM, refusalStormHar(5_000));
  writeFileSync(tmp('truncated.har'), readFileSync(SAMPLE, 'utf8').slice(0, 1234));
  writeFileSync(
    tmp('no-dates.har'),
    harOf([
      {
        url: 'https://api.example.com/v1/me',
        status: 401,
        startedDateTime: null,
        requestHeaders: { Authorization: 'Bearer undefined' },
        responseHeaders: { 'WWW-Authenticate': 'Bearer realm="api"' },
      },
      {
        url: 'https://api.example.com/v1/you',
        status: 401,
        startedDateTime: 'not a date',
        responseHeaders: { 'WWW-Authenticate': 'Bearer realm="api"' },
      },
    ]),
  );
});

async function cli(argv: string[], options: CaptureOptions = {}) {
  const io = captureIo(options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

const REFUSED = STORM_ENDPOINTS * STORM_REFUSALS_PER_ENDPOINT;

describe('a 5,000-entry HAR: the same six refusals, 294 times each', () => {
  it('is summarised first, then grouped: about a hundred lines, not thirty thousand', async () => {
    const { code, out, err } = await cli(['diagnose', STORM]);
    expect([code, err]).toEqual([0, '']);
    expect(out.split('\n').length).toBeLessThan(150);
    expect(out.split('\n').slice(0, 4)).toEqual([
      '1,764 of 5,000 entries were refused with 401 or 407.',
      'By status: 401 × 1,470 · 407 × 294',
      'By most likely cause: Credentials expired × 588 · Malformed credentials × 294 · Missing credentials × 294 · Proxy or firewall × 294 · Integrated authentication unavailable × 294',
      'Kinds of refusal (same most likely cause, method and URL pattern): 6. Entries are numbered from 1, in file order.',
    ]);
    expect(out.match(/^#\d+ /gm)).toEqual(['#3 ', '#4 ', '#5 ', '#6 ', '#7 ', '#8 ']);
    expect(out.match(/294 refusals like this one/g)).toHaveLength(STORM_ENDPOINTS);
    expect(out).toContain(
      '   294 refusals like this one (GET “https://app.example.com/api/items/{id}?page=*”): entries 3, 20, 37, 54, 71 … 4,984',
    );
  });

  it.each<[string, string[], number, string]>([
    ['--status 407', ['--status', '407'], 1, 'The filters keep 294 of them.'],
    ['--status 401,407', ['--status', '401,407'], 6, 'The filters keep 1,764 of them.'],
    ['--url glob', ['--url', '*/api/*'], 4, 'The filters keep 1,176 of them.'],
    [
      'two --url globs',
      ['--url', '*/api/me', '--url', 'https://proxy.example.com/*'],
      2,
      'The filters keep 588 of them.',
    ],
    ['--cause', ['--cause', 'malformed-credentials'], 1, 'The filters keep 294 of them.'],
    [
      'filters combined',
      ['--status', '401', '--cause', 'credentials-expired', '--url', '*/me'],
      1,
      'The filters keep 294 of them.',
    ],
    ['no match', ['--status', '407', '--cause', 'credentials-expired'], 0, 'None of them matches the filters.'],
  ])('%s', async (_name, flags, groups, line) => {
    const { code, out } = await cli(['diagnose', ...flags, STORM]);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe(line);
    expect(out.match(/^#\d+ /gm) ?? []).toHaveLength(groups);
  });

  it('--limit prints the first groups and says what was left out', async () => {
    const { out } = await cli(['diagnose', '--limit', '2', STORM]);
    expect(out.match(/^#\d+ /gm)).toEqual(['#3 ', '#4 ']);
    expect(out.trimEnd().split('\n').at(-1)).toBe('Left out by --limit: 4 of 6 kinds of refusal (1,176 entries).');
  });

  it('--no-group prints every entry; --limit then counts entries', async () => {
    expect((await cli(['diagnose', '--no-group', STORM])).out.match(/^#\d+ /gm)).toHaveLength(REFUSED);
    const { out } = await cli(['diagnose', '--no-group', '--limit', '3', STORM]);
    expect(out.match(/^#\d+ /gm)).toEqual(['#3 ', '#4 ', '#5 ']);
    expect(out).not.toContain('refusals like this one');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Left out by --limit: 1,761 of 1,764 entries.');
  });

  it('--markdown is grouped too, each section saying how often and where', async () => {
    const { out } = await cli(['diagnose', '--markdown', STORM]);
    expect(
      out.startsWith(
        '**1,764 of 5,000 entries were refused with 401 or 407.**\n\n- By status: 401 × 1,470 · 407 × 294\n',
      ),
    ).toBe(true);
    expect(out.match(/^## Why401 report: /gm)).toHaveLength(STORM_ENDPOINTS);
    expect(out).toContain(
      '_294 refusals like this one (GET `https://app.example.com/api/items/{id}?page=*`): entries 3, 20, 37, 54, 71 … 4,984_',
    );
  });

  it('--json keeps one object per entry, 0-based, and adds the summary and groups as new fields', async () => {
    const { out } = await cli(['diagnose', '--json', STORM]);
    const json = JSON.parse(out) as JsonOutput;
    expect(json.version).toBe(1);
    expect(json.entries).toHaveLength(REFUSED);
    expect(json.entries[0]?.index).toBe(2);
    expect(json.summary).toMatchObject({
      refused: REFUSED,
      matched: REFUSED,
      byStatus: { 401: 1_470, 407: 294 },
      omittedGroups: 0,
      omittedEntries: 0,
    });
    expect(json.summary.byCause['credentials-expired']).toBe(588);
    expect(json.groups.map((g) => [g.cause, g.count])).toHaveLength(STORM_ENDPOINTS);
    expect(json.groups[0]).toMatchObject({
      cause: 'credentials-expired',
      method: 'GET',
      urlPattern: 'https://app.example.com/api/items/{id}?page=*',
      count: 294,
    });
    expect(json.groups[0]?.indices.slice(0, 3)).toEqual([2, 19, 36]);
  });

  it('--json with filters and --limit lists only the entries of the groups kept', async () => {
    const json = JSON.parse(
      (await cli(['diagnose', '--json', '--url', '*/api/*', '--limit', '1', STORM])).out,
    ) as JsonOutput;
    expect(json.entryCount).toBe(5_000);
    expect(json.entries).toHaveLength(294);
    expect(json.summary).toMatchObject({ refused: REFUSED, matched: 1_176, omittedGroups: 3, omittedEntries: 882 });
  });
});

describe('several files', () => {
  it('diagnoses each under its own heading', async () => {
    const { code, out, err } = await cli(['diagnose', SAMPLE, SINGLE, NONE]);
    expect([code, err]).toEqual([0, '']);
    expect(out.match(/^==> .* <==$/gm)).toEqual([`==> ${SAMPLE} <==`, `==> ${SINGLE} <==`, `==> ${NONE} <==`]);
    expect(out).toContain(`==> ${NONE} <==\n\nNo 401 or 407 responses among 3 entries.\n`);
  });

  it('names a bad file, still diagnoses the others, and exits 2', async () => {
    const { code, out, err } = await cli(['diagnose', SAMPLE, tmp('truncated.har'), SINGLE]);
    expect(code).toBe(2);
    expect(out).toContain(`==> ${tmp('truncated.har')} <==\n\nNot diagnosed: unexpected end of JSON at byte 1234\n`);
    expect(out).toContain('4 of 8 entries were refused');
    expect(out).toContain('1 of 1 entries were refused');
    expect(err.split('\n')).toEqual([
      `why401: cannot read HAR '${tmp('truncated.har')}': unexpected end of JSON at byte 1234`,
      'why401: 1 of 3 files could not be read (named above); the others were diagnosed',
      '',
    ]);
  });

  it('--json wraps them: one item per file, an error item for a bad one', async () => {
    const { code, out } = await cli(['diagnose', '--json', SAMPLE, tmp('truncated.har')]);
    expect(code).toBe(2);
    const json = JSON.parse(out) as JsonFilesOutput;
    expect(json.version).toBe(1);
    expect(json.files.map((f) => f.file)).toEqual([SAMPLE, tmp('truncated.har')]);
    expect(json.files[0]).toMatchObject({ entryCount: 8, summary: { refused: 4 } });
    expect(json.files[1]).toEqual({ file: tmp('truncated.har'), error: 'unexpected end of JSON at byte 1234' });
  });

  it('--markdown gives each file a heading', async () => {
    const { out } = await cli(['diagnose', '--markdown', SAMPLE, SINGLE]);
    expect(out.match(/^# .*$/gm)).toHaveLength(2);
    expect(out.match(/^## Why401 report: /gm)).toHaveLength(5);
  });
});

describe('plain text says things as people do', () => {
  it('phrases credential problems instead of printing their ids', async () => {
    const { out } = await cli(['diagnose', SINGLE]);
    expect(out).toContain(
      'Credentials sent: Authorization: Bearer (9 chars; the word undefined instead of a credential)',
    );
    expect(out).not.toContain('literal-undefined');
  });

  it.each<[string, () => string[]]>([
    ['sample.har', () => [SAMPLE]],
    ['single-exchange.json', () => [SINGLE]],
    ['sample.har for owners', () => ['--audience', 'owner', SAMPLE]],
    ['the 5,000-entry HAR', () => [STORM]],
  ])('%s: no Markdown backticks', async (_name, args) => {
    const { out } = await cli(['diagnose', ...args()]);
    expect(out.length).toBeGreaterThan(300);
    expect(out).not.toContain('`');
  });

  it('Markdown keeps its code spans', async () => {
    expect((await cli(['diagnose', '--markdown', SAMPLE])).out).toContain('(_token claim `exp`_)');
  });

  it('prints no date, not 1970, when startedDateTime is missing or unreadable (Markdown: "unknown")', async () => {
    const text = (await cli(['diagnose', tmp('no-dates.har')])).out;
    expect(text).not.toContain('1970');
    expect(text.match(/^ {3}401 Unauthorized$/gm)).toHaveLength(2);
    const markdown = (await cli(['diagnose', '--markdown', tmp('no-dates.har')])).out;
    expect(markdown).not.toContain('1970');
    expect(markdown.match(/^- \*\*Time:\*\* unknown$/gm)).toHaveLength(2);
  });
});

describe('colour', () => {
  it.each<[string, CaptureOptions, string[], boolean]>([
    ['FORCE_COLOR=1 on a pipe', { isTTY: false, env: { FORCE_COLOR: '1' } }, [], true],
    ['FORCE_COLOR=3 on a pipe', { isTTY: false, env: { FORCE_COLOR: '3' } }, [], true],
    ['FORCE_COLOR=0 on a terminal', { isTTY: true, env: { FORCE_COLOR: '0' } }, [], false],
    ['TERM=dumb on a terminal', { isTTY: true, env: { TERM: 'dumb' } }, [], false],
    ['--no-color beats FORCE_COLOR', { isTTY: false, env: { FORCE_COLOR: '1' } }, ['--no-color'], false],
  ])('%s', async (_name, io, flags, coloured) => {
    const { out } = await cli(['diagnose', ...flags, SAMPLE], io);
    expect(out.includes('\u001b[')).toBe(coloured);
  });
});

describe('--help', () => {
  it('documents the new options and names no source file', async () => {
    const { out } = await cli(['--help']);
    expect(out).not.toMatch(/src\/|\.ts\b/);
    for (const option of ['--status', '--url', '--cause', '--limit', '--no-group', 'FILE...'])
      expect(out).toContain(option);
    expect(out).toContain('numbered from 1');
  });
});

describe('progress', () => {
  /** A clock that moves 700 ms every time it is read: every run is long. */
  const slowClock = () => {
    let t = 0;
    return () => (t += 700);
  };

  it('shows on a terminal stderr during a long run, and is erased', async () => {
    const { code, out, err } = await cli(['diagnose', STORM], { stderrIsTTY: true, now: slowClock() });
    expect(code).toBe(0);
    expect(err).toContain(`Diagnosing ${STORM}: `);
    expect(err.endsWith('\r\u001b[K')).toBe(true);
    expect(out).not.toContain('Diagnosing');
  });

  it('never shows when stderr is not a terminal', async () => {
    expect((await cli(['diagnose', STORM], { stderrIsTTY: false, now: slowClock() })).err).toBe('');
  });
});
