// Records one case as a HAR with real Chromium (Playwright's recordHar), as a person's browser saw it.
import type { Browser } from '@playwright/test';
import { driveSteps } from './drive-case';
import { START_PATH, type RealServerCase, type ServerInstance } from './real-server-case';

/** The icon request Chromium makes for every page is not part of any case. */
const NOT_FAVICON = /^(?!.*\/favicon\.ico$)/;

export async function recordCase<S extends ServerInstance>(
  browser: Browser,
  server: S,
  testCase: RealServerCase<S>,
  harPath: string,
): Promise<void> {
  const steps = await testCase.steps(server);
  // Chromium never sends loopback through a proxy (the start page stays direct); the proxied cases
  // use a non-loopback host name. Playwright would otherwise add `<-loopback>` to the bypass list.
  const proxy = server.proxy ? { server: server.proxy, bypass: '127.0.0.1' } : undefined;
  const context = await browser.newContext({
    recordHar: { path: harPath, content: 'embed', urlFilter: NOT_FAVICON },
    ...(proxy ? { proxy } : {}),
  });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${START_PATH}`);
    await driveSteps(page, steps);
  } finally {
    // Closing the context writes the HAR.
    await context.close();
  }
}
