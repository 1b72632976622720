// Re-records every kept HAR fixture: `npx tsx test/real-servers/record-all.ts [server-name ...]`
// (after `npm run build:cli`). Prints each case's expectation beside the CLI's answer.
import { cliTopCause } from './diagnose-fixture';
import { FIXTURE_DIR } from './fixture-paths';
import { launchRecorder } from './launch-recorder';
import { recordFixture } from './record-fixture';
import { REAL_SERVERS } from './servers/index';

const only = new Set(process.argv.slice(2));
const browser = await launchRecorder();
try {
  for (const definition of REAL_SERVERS.filter((d) => only.size === 0 || only.has(d.name))) {
    const server = await definition.start();
    try {
      for (const testCase of definition.cases) {
        const paths = await recordFixture(browser, definition.name, server, testCase, FIXTURE_DIR);
        const [cli, sanitized] = await Promise.all([cliTopCause(paths.har), cliTopCause(paths.sanitized)]);
        const expected = testCase.expect;
        const verdict = cli.cause === expected.cause && cli.likelihood === expected.likelihood ? 'ok   ' : 'WRONG';
        console.log(
          `${verdict} ${definition.name}-${testCase.name}: expected ${expected.cause} (${expected.likelihood}); CLI ${cli.ranked}; sanitized ${sanitized.ranked}`,
        );
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
