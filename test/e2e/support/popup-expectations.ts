// What the popup can be expected to rank first for a scenario replayed in a real browser, for the 401
// gallery spec; test/e2e/scenarios.spec.ts holds the same rules and should import them from here.
import { diagnose } from '../../../src/rules';
import { scenarioExchange } from '../../../src/rules/testing/scenario-exchange';
import type { Scenario } from '../../fixtures/scenario';

/** What Chromium itself keeps from extensions, per scenario kind. Firefox shows all of these. */
export function chromiumLimit(via: string | undefined, status: number): string | undefined {
  if (via === 'preflight') {
    return 'Chromium shows CORS preflights to webRequest only with `extraHeaders`, which Why401 does not ask for (it slows every request; see the benchmark)';
  }
  if (status === 407 && via === 'navigation') {
    return 'Chromium refuses a 407 from an origin server that is not its configured proxy (ERR_UNEXPECTED_PROXY_AUTH) before extensions see the headers';
  }
  return undefined;
}

/** The cause the rule module ranks first when the response body is not known. */
export function causeFromHeadersAlone(scenario: Scenario): string | undefined {
  const { responseBody: _body, ...withoutBody } = scenarioExchange(scenario);
  return diagnose(withoutBody, scenario.context ?? {}).causes[0]?.id;
}

/**
 * Scenarios whose expected cause is named only by the body, which the browser withholds from the page
 * (and so from Why401's content scripts), and why. For these the popup must show what the headers
 * alone tell, exactly as the rule module decides it.
 */
export function bodyOutOfReach(scenario: Scenario, browser: 'chromium' | 'firefox'): string | undefined {
  const challenge =
    scenario.response.headers.find((header) => header.name.toLowerCase() === 'www-authenticate')?.value ?? '';
  if (browser === 'chromium' && scenario.request.via !== 'navigation' && /^\s*(basic|digest)\b/i.test(challenge)) {
    return 'Chromium holds a fetch answered with a Basic/Digest challenge for its login prompt, which headless cannot answer: the page never receives the response, so no body';
  }
  return undefined;
}

/**
 * What the popup must rank first once everything has arrived: the scenario's expected cause, unless
 * the body that names it is out of the browser's reach (then: what the headers alone tell, and why).
 */
export function expectedPopupCause(
  scenario: Scenario,
  browser: 'chromium' | 'firefox',
): { cause: string | undefined; bodyLimit?: string } {
  const fromHeaders = causeFromHeadersAlone(scenario);
  const bodyLimit = fromHeaders === scenario.expect.cause ? undefined : bodyOutOfReach(scenario, browser);
  return bodyLimit ? { cause: fromHeaders, bodyLimit } : { cause: scenario.expect.cause };
}
