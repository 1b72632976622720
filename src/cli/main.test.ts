import { openSync, ftruncateSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './main';
import { NONE, SAMPLE, SINGLE, scratchDir } from './testing/cli-fixtures';
import { captureIo } from './testing/capture-io';
import { harEntry, harText } from '../har/testing/har-builder';

let scratch: { dir: string; path(name: string): string };
const tmp = (name: string) => scratch.path(name);

beforeAll(() => {
  scratch = scratchDir();
  const sample = readFileSync(SAMPLE, 'utf8');
  writeFileSync(tmp('truncated.har'), sample.slice(0, 1234));
  writeFileSync(tmp('empty.har'), '');
  writeFileSync(tmp('blank.har'), ' \n\t\n');
  writeFileSync(tmp('not-json.har'), 'this is not json');
  writeFileSync(tmp('array.json'), '[1, 2, 3]');
  writeFileSync(tmp('other.json'), '{"name": "package", "version": "1.0.0"}');
  writeFileSync(tmp('no-entries.har'), '{"log": {"version": "1.2"}}');
  writeFileSync(tmp('bad-entry.har'), '{"log": {"entries": [{"request": {}}]}}');
  const ok = harEntry({ url: 'https://api.example.com/v1/me', status: 200 });
  writeFileSync(
    tmp('string-status.har'),
    harText([ok, { ...ok, response: { ...(ok.response as object), status: '401' } }]),
  );
  writeFileSync(
    tmp('object-headers.har'),
    harText([{ ...ok, request: { ...(ok.request as object), headers: { Authorization: 'Bearer x' } } }]),
  );
  writeFileSync(
    tmp('bad-header.json'),
    JSON.stringify({
      ...ok,
      response: { ...(ok.response as object), headers: [{ name: 'WWW-Authenticate', value: 5 }] },
    }),
  );
  writeFileSync(tmp('binary.har'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  writeFileSync(tmp('latin1.har'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  // A sparse file: 513 MB on paper, nothing on disk; the size check must refuse it before reading.
  const fd = openSync(tmp('huge.har'), 'w');
  ftruncateSync(fd, 513 * 1024 * 1024);
  closeSync(fd);
});

async function cli(argv: string[], options: Parameters<typeof captureIo>[0] = {}) {
  const io = captureIo(options);
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('help and version', () => {
  it.each([[['--help']], [['-h']], [['help']], [['diagnose', '--help']]])('%j prints usage', async (argv) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(0);
    expect(out).toContain('Usage:');
    expect(err).toBe('');
  });

  it.each([[['--version']], [['-V']]])('%j prints the package version', async (argv) => {
    const { code, out } = await cli(argv);
    expect(code).toBe(0);
    expect(out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('usage errors: one line, a hint to --help, exit 2', () => {
  it.each<[string[], string]>([
    [[], 'why401: missing command'],
    [['frobnicate'], "why401: unknown command 'frobnicate'"],
    [['diagnose', '--frob', SAMPLE], "why401: unknown option '--frob'"],
    [['diagnose'], 'why401: diagnose needs a FILE'],
    [['diagnose', '-', '-'], 'why401: standard input (-) can be read only once'],
    [['diagnsoe', SAMPLE], "why401: unknown command 'diagnsoe'; did you mean 'diagnose'?"],
    [['pasre', 'Basic'], "why401: unknown command 'pasre'; did you mean 'parse'?"],
    [['diagnose', '--jsno', SAMPLE], "why401: unknown option '--jsno'; did you mean '--json'?"],
    [['diagnose', '--no-colour', SAMPLE], "why401: unknown option '--no-colour'; did you mean '--no-color'?"],
    [['diagnose', '--markdwon', SAMPLE], "why401: unknown option '--markdwon'; did you mean '--markdown'?"],
    [
      ['diagnose', '--audience', 'ownr', SAMPLE],
      "why401: --audience must be visitor, developer or owner, not 'ownr'; did you mean 'owner'?",
    ],
    [
      ['diagnose', '--cause', 'credentials-expird', SAMPLE],
      "why401: unknown cause 'credentials-expird'; did you mean 'credentials-expired'?",
    ],
    [
      ['diagnose', '--status', '403', SAMPLE],
      "why401: --status takes 401 or 407 (the statuses why401 explains), not '403'",
    ],
    [['diagnose', '--limit', '0', SAMPLE], "why401: --limit takes a whole number of 1 or more, not '0'"],
    [['diagnose', '--limit', 'ten', SAMPLE], "why401: --limit takes a whole number of 1 or more, not 'ten'"],
    [['parse', '--limit', '3', 'Basic'], 'why401: parse takes only --json'],
    [['diagnose', '--json', '--markdown', SAMPLE], 'why401: choose one of --json and --markdown'],
    [['diagnose', '--audience', 'boss', SAMPLE], "why401: --audience must be visitor, developer or owner, not 'boss'"],
    [['diagnose', SAMPLE, '--audience'], "why401: option '--audience' needs a value"],
    [['parse'], 'why401: parse needs at least one header VALUE'],
    [['parse', '--markdown', 'Basic'], 'why401: parse takes only --json'],
    [['\u001b[31mred'], "why401: unknown command '[31mred'"],
  ])('%j', async (argv, start) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(start)).toBe(true);
    expect(err).toContain("see 'why401 --help'");
    expect(err.split('\n')).toHaveLength(2);
  });
});

describe('bad input: one line naming the problem, exit 2, no stack trace', () => {
  it.each<[string, () => string, string]>([
    ['missing file', () => tmp('nope.har'), 'no such file'],
    ['directory', () => scratch.dir, 'is a directory'],
    ['empty file', () => tmp('empty.har'), 'file is empty'],
    ['blank file', () => tmp('blank.har'), 'file is empty'],
    ['binary file', () => tmp('binary.har'), 'binary data, not a text file'],
    ['not UTF-8', () => tmp('latin1.har'), 'not UTF-8 text'],
    ['not JSON', () => tmp('not-json.har'), "unexpected character 't' at byte 0"],
    ['truncated HAR', () => tmp('truncated.har'), 'unexpected end of JSON at byte 1234'],
    ['JSON array', () => tmp('array.json'), 'not a HAR file: the top level is not a JSON object'],
    ['other JSON', () => tmp('other.json'), 'not a HAR file: expected log.entries'],
    ['log without entries', () => tmp('no-entries.har'), 'not a HAR file: log.entries is missing'],
    ['entry without response', () => tmp('bad-entry.har'), 'log.entries[0].response: missing (expected an object)'],
    [
      'status that is a string',
      () => tmp('string-status.har'),
      'log.entries[1].response.status: expected a number, got "401"',
    ],
    [
      'headers that are not a list',
      () => tmp('object-headers.har'),
      'log.entries[0].request.headers: expected a list, got an object',
    ],
    [
      'single exchange with a bad header',
      () => tmp('bad-header.json'),
      'response.headers[0].value: expected a string, got 5',
    ],
    ['larger than 512 MB', () => tmp('huge.har'), 'file too large (537919488 bytes; the limit is 512 MB)'],
  ])('%s', async (_name, path, problem) => {
    const { code, out, err } = await cli(['diagnose', path()]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.startsWith(`why401: cannot read HAR '${path()}': ${problem}`)).toBe(true);
    expect(err.split('\n')).toEqual([expect.any(String), '']);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('names standard input', async () => {
    const { code, err } = await cli(['diagnose', '-'], { stdin: '{"log":' });
    expect(code).toBe(2);
    expect(err).toBe('why401: cannot read HAR standard input: unexpected end of JSON at byte 7\n');
  });
});

describe('diagnose', () => {
  it('says so when there is no 401 or 407', async () => {
    const { code, out, err } = await cli(['diagnose', NONE]);
    expect([code, out, err]).toEqual([0, 'No 401 or 407 responses among 3 entries.\n', '']);
  });

  it('explains every 401 of a HAR, with context from earlier entries', async () => {
    const { code, out, err } = await cli(['diagnose', SAMPLE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('4 of 8 entries were refused with 401 or 407.');
    // Numbered from 1, as people count: log.entries[2] is entry 3.
    expect(out).toContain('Entries are numbered from 1, in file order.');
    expect(out.match(/^#\d+ /gm)).toEqual(['#3 ', '#5 ', '#6 ', '#7 ']);
    // Base64 body decoded: the body's message is evidence.
    expect(out).toContain('“Token expired” [response body]');
    // lastSuccess from the same origin (api.example.com), not from app.example.com.
    expect(out).toContain('[earlier response from “https://api.example.com/v1/ping”');
    expect(out).toContain('Most likely cause: Credentials expired (likely)');
    expect(out).toContain('What to do (developer):');
  });

  it.each<[string, string]>([
    ['visitor', 'What to do (visitor):'],
    ['owner', 'What to do (site owner):'],
  ])('gives advice for --audience %s', async (audience, heading) => {
    const { out } = await cli(['diagnose', '--audience', audience, SAMPLE]);
    expect(out).toContain(heading);
  });

  it('reads one exchange in HAR-entry shape', async () => {
    const { code, out } = await cli(['diagnose', SINGLE]);
    expect(code).toBe(0);
    expect(out).toContain('1 of 1 entries were refused');
    expect(out).toContain('Most likely cause: Malformed credentials');
  });

  it('reads standard input with -', async () => {
    const { code, out } = await cli(['diagnose', '-'], { stdin: readFileSync(SAMPLE, 'utf8') });
    expect(code).toBe(0);
    expect(out).toContain('4 of 8 entries were refused');
  });

  it('writes a Markdown report with --markdown', async () => {
    const { code, out } = await cli(['diagnose', '--markdown', SAMPLE]);
    expect(code).toBe(0);
    expect(out.match(/^## Why401 report: /gm)).toHaveLength(4);
    expect(out).toContain('### Most likely cause: Credentials expired (likely)');
    expect(out).toContain(
      "```sh\ncurl -i -X 'GET' 'https://api.example.com/v1/me' -H 'Authorization: Bearer <token>'\n```",
    );
  });
});

describe('colour', () => {
  it.each<[string, { isTTY: boolean; env?: Record<string, string> }, string[], boolean]>([
    ['terminal', { isTTY: true }, [], true],
    ['pipe', { isTTY: false }, [], false],
    ['NO_COLOR set', { isTTY: true, env: { NO_COLOR: '1' } }, [], false],
    ['NO_COLOR empty (per no-color.org: ignored)', { isTTY: true, env: { NO_COLOR: '' } }, [], true],
    ['--no-color', { isTTY: true }, ['--no-color'], false],
  ])('%s', async (_name, io, flags, coloured) => {
    const { out } = await cli(['diagnose', ...flags, SAMPLE], io);
    expect(out.includes('\u001b[')).toBe(coloured);
  });

  it('never colours JSON or Markdown', async () => {
    for (const format of ['--json', '--markdown']) {
      const { out } = await cli(['diagnose', format, SAMPLE], { isTTY: true });
      expect(out.includes('\u001b[')).toBe(false);
    }
  });
});

describe('parse', () => {
  it.each<[string[], unknown]>([
    [['Basic realm="Intranet"'], [{ scheme: 'Basic', params: [['realm', 'Intranet']], token68: null }]],
    [
      ['Bearer realm="api", error="invalid_token"', 'Negotiate'],
      [
        {
          scheme: 'Bearer',
          params: [
            ['realm', 'api'],
            ['error', 'invalid_token'],
          ],
          token68: null,
        },
        { scheme: 'Negotiate', params: [], token68: null },
      ],
    ],
    [
      ['Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"'],
      [
        {
          scheme: 'Newauth',
          params: [
            ['realm', 'apps'],
            ['type', '1'],
            ['title', 'Login to "apps"'],
          ],
          token68: null,
        },
        { scheme: 'Basic', params: [['realm', 'simple']], token68: null },
      ],
    ],
    [['Negotiate YIIBhg=='], [{ scheme: 'Negotiate', params: [], token68: 'YIIBhg==' }]],
    [[''], []],
  ])('--json %j', async (values, expected) => {
    const { code, out } = await cli(['parse', '--json', ...values]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('prints challenges one per line', async () => {
    const { out } = await cli(['parse', 'Basic realm="a", Bearer error="invalid_token"']);
    expect(out).toBe('Basic realm="a"\nBearer error="invalid_token"\n');
  });

  it('says when there is none', async () => {
    expect((await cli(['parse', ''])).out).toBe('No challenges found.\n');
  });
});
