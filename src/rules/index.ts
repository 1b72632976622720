// The rule module's public API: Exchange -> Facts -> Diagnosis (DESIGN.md, data flow). Pure.
import type { DiagnoseContext, Diagnosis, Exchange } from './types';
import { diagnoseFacts } from './diagnose-facts';
import { takeFacts } from './facts/take-facts';

/** Diagnoses one exchange. The Exchange may hold secrets; the Diagnosis never does. */
export function diagnose(exchange: Exchange, context?: DiagnoseContext): Diagnosis {
  return diagnoseFacts(takeFacts(exchange), context);
}

export { takeFacts, diagnoseFacts };
export { parseChallenges } from './facts/challenges/parse-challenges';
export { formatChallenge } from './facts/challenges/format-challenge';
export { maskSecrets, redactUrl } from './redact/mask-secrets';
export { earlierResponse } from './context/earlier-response';
export { firstHeader, hasHeader, headerValues } from './facts/header-list';
export { isCrossSite } from './facts/site';
export { cookieLifetimes } from './facts/credentials/cookie-names';
export type * from './types';
export { CAUSE_IDS, AUDIENCES } from './types';
