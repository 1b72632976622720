// Real auth servers from npm (test/real-servers/), driven live in Chromium: each case is recorded as
// a HAR and the built CLI must rank the right cause first on it; then the same requests are made
// with the extension loaded and the popup must rank the right cause first. Cases Why401 gets wrong
// today are marked `knownWrongToday` and expected to fail (see test/real-servers/README.md).
import { test as base, expect, type Browser } from '@playwright/test';
import { cliTopCause } from '../real-servers/diagnose-fixture';
import { launchRecorder } from '../real-servers/launch-recorder';
import { runCaseWithPopup, type ChromiumExtensionDriver } from '../real-servers/popup-top-cause';
import type { ServerInstance } from '../real-servers/real-server-case';
import { recordFixture } from '../real-servers/record-fixture';
import { REAL_SERVERS } from '../real-servers/servers/index';
import { CHROME_DIST, launchChromium } from './support/chromium-driver';

interface WorkerFixtures {
  projectName: string;
  servers: Map<string, ServerInstance>;
  recorder: Browser;
  extension: ChromiumExtensionDriver;
}

const test = base.extend<object, WorkerFixtures>({
  projectName: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use, workerInfo) => use(workerInfo.project.name),
    { scope: 'worker' },
  ],
  servers: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const started = await Promise.all(
        REAL_SERVERS.map(async (definition) => [definition.name, await definition.start()] as const),
      );
      await use(new Map(started));
      await Promise.all(started.map(([, server]) => server.close()));
    },
    { scope: 'worker' },
  ],
  recorder: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const browser = await launchRecorder();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({ servers }, use) => {
      // Loopback stays direct; only the proxied cases' host goes through the forward proxy.
      const proxies = [...servers.values()].flatMap((server) =>
        server.proxy ? [`--proxy-server=${server.proxy}`] : [],
      );
      const driver = await launchChromium(CHROME_DIST, proxies.slice(0, 1));
      await use(driver);
      await driver.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.skip(
  ({ projectName }) => projectName !== 'chromium',
  "Chromium only: the Firefox driver cannot answer login prompts (BiDi has no auth-prompt command there) nor take a proxy; the recorded HARs are Chromium's",
);

for (const definition of REAL_SERVERS) {
  test.describe(definition.name, () => {
    for (const testCase of definition.cases) {
      const inHar = testCase.expect;
      const inPopup = testCase.inPopup ?? testCase.expect;
      const known = testCase.knownWrongToday;

      test(`${testCase.name}: on the HAR Chromium records, the CLI ranks ${inHar.cause} (${inHar.likelihood}) first`, async ({
        servers,
        recorder,
      }, testInfo) => {
        test.fail(known?.cli !== undefined, `today the CLI says ${known?.cli}`);
        const server = servers.get(definition.name);
        if (!server) throw new Error(`${definition.name} did not start`);
        const paths = await recordFixture(recorder, definition.name, server, testCase, testInfo.outputPath());
        const top = await cliTopCause(paths.har);
        expect(
          { cause: top.cause, likelihood: top.likelihood },
          `${testCase.induced}: ${inHar.why}; CLI said ${top.ranked}`,
        ).toEqual({ cause: inHar.cause, likelihood: inHar.likelihood });
      });

      test(`${testCase.name}: with the extension loaded, the popup ranks ${inPopup.cause} (${inPopup.likelihood}) first`, async ({
        servers,
        extension,
      }) => {
        test.fail(known?.popup !== undefined, `today the popup says ${known?.popup}`);
        const server = servers.get(definition.name);
        if (!server) throw new Error(`${definition.name} did not start`);
        const run = await runCaseWithPopup(extension, server, testCase);
        try {
          // The headers' answer comes first; a body read afterwards may refine it.
          let said = '';
          await expect
            .poll(
              async () => {
                const top = await run.top();
                said = top.ranked;
                return { cause: top.cause, likelihood: top.likelihood };
              },
              { message: `${testCase.induced}: ${inPopup.why}; popup said ${said}`, timeout: 4_000 },
            )
            .toEqual({ cause: inPopup.cause, likelihood: inPopup.likelihood });
        } finally {
          await run.close();
        }
      });
    }
  });
}
