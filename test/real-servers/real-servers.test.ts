// The CLI over the kept HARs of every real-server case (recorded by record-all.ts with Chromium):
// the right top cause on the HAR as recorded, and never a confident wrong answer on the sanitized
// copy Chrome exports by default. Cases Why401 gets wrong today are marked and expected to fail.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { captureIo } from '../../src/cli/testing/capture-io';
import { cliTopCause, type CliRunner } from './diagnose-fixture';
import { FIXTURE_DIR, SANITIZED_DIR, fixtureName } from './fixture-paths';
import { carriedCredentials, type RecordedHar } from './sanitize-har';
import { REAL_SERVERS } from './servers/index';

const inProcess: CliRunner = async (args) => {
  const io = captureIo();
  const code = await run(args, io);
  if (code !== 0) throw new Error(`why401 ${args.join(' ')} exited ${code}: ${io.err()}`);
  return io.out();
};

/** The request of the entry the case is about: the last 401/407. */
function lastRefusal(harPath: string) {
  const har = JSON.parse(readFileSync(harPath, 'utf8')) as RecordedHar;
  const entry = har.log.entries.findLast((e) => [401, 407].includes(Number(e.response.status)));
  if (!entry) throw new Error(`no 401/407 in ${harPath}`);
  return entry;
}

const rows = REAL_SERVERS.flatMap((server) =>
  server.cases.map((testCase) => ({
    id: `${server.name}-${testCase.name}`,
    file: fixtureName(server.name, testCase.name),
    testCase,
  })),
);

describe.each(rows)('$id', ({ file, testCase }) => {
  const expected = testCase.expect;
  const known = testCase.knownWrongToday;
  const harPath = join(FIXTURE_DIR, file);
  const sanitizedPath = join(SANITIZED_DIR, file);

  it('has its recorded HAR and the sanitized copy (npx tsx test/real-servers/record-all.ts)', () => {
    expect(existsSync(harPath), harPath).toBe(true);
    expect(existsSync(sanitizedPath), sanitizedPath).toBe(true);
  });

  (known?.cli ? it.fails : it)(
    `the CLI ranks ${expected.cause} (${expected.likelihood}) first: ${testCase.induced}`,
    async () => {
      const top = await cliTopCause(harPath, inProcess);
      expect({ cause: top.cause, likelihood: top.likelihood }, `${expected.why}; CLI said ${top.ranked}`).toEqual({
        cause: expected.cause,
        likelihood: expected.likelihood,
      });
    },
  );

  (known?.sanitized ? it.fails : it)(
    'on the sanitized copy, a likely answer is the right one, and never "missing" for a request that carried credentials',
    async () => {
      const top = await cliTopCause(sanitizedPath, inProcess);
      const message = `sanitized copy: CLI said ${top.ranked}`;
      if (carriedCredentials(lastRefusal(harPath)))
        expect(`${top.cause} (${top.likelihood})`, message).not.toBe('missing-credentials (likely)');
      if (top.likelihood === 'likely') expect(top.cause, message).toBe(expected.cause);
    },
  );
});
