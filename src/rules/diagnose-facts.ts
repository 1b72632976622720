// diagnose(): Facts (+ context) -> ranked causes. Works on stored Facts alone, so the extension can
// re-diagnose later without the (secret-bearing) Exchange.
import type { CauseCandidate } from './causes/candidate';
import type { DiagnoseContext, Diagnosis, Facts } from './types';
import { redactUrl } from './redact/mask-secrets';
import { safeContext } from './context/earlier-response';
import { ALL_RULES } from './causes/index';
import { findLoginUrl } from './rank/login-url';
import { rankCauses } from './rank/rank-causes';
import { ruleFailed } from './rule-errors';

const NO_CONTEXT: DiagnoseContext = {};

export function diagnoseFacts(facts: Facts, given: DiagnoseContext = NO_CONTEXT): Diagnosis {
  const context = safeContext(given);
  const candidates: CauseCandidate[] = [];
  for (const rule of ALL_RULES) {
    try {
      candidates.push(...rule(facts, context));
    } catch (error) {
      ruleFailed(error, rule.name); // swallowed in production, thrown in tests (rule-errors.ts)
    }
  }
  const causes = rankCauses(candidates, facts);
  const loginUrl = findLoginUrl(facts.challenges, redactUrl);
  return loginUrl === undefined ? { facts, causes } : { facts, causes, loginUrl };
}
