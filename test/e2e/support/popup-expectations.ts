// What the popup can be expected to rank first for a scenario replayed in a real browser: shared by
// the scenario specs and the 401 gallery spec so both assert the same thing.
import { diagnose } from '../../../src/rules';
import { scenarioExchange } from '../../../src/rules/diagnose/scenario-exchange';
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

/**
 * webRequest never shows response bodies, so a cause that only the body names (GitHub's "Bad
 * credentials", simplejwt's "Token is blacklisted") cannot reach the popup until body capture lands.
 * For those, the popup must show what the headers alone tell, exactly as the rule module decides it.
 */
export function causeFromHeadersAlone(scenario: Scenario): string | undefined {
  const { responseBody: _body, ...withoutBody } = scenarioExchange(scenario);
  return diagnose(withoutBody, scenario.context ?? {}).causes[0]?.id;
}
