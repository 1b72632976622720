// The rule module's public API: Exchange -> Facts -> Diagnosis (docs/design.md, data flow). Pure.
import type { DiagnoseContext, Diagnosis, Exchange } from './types';
import { diagnoseFacts } from './diagnose-facts';
import { takeFacts } from './facts/take-facts';

/** Diagnoses one exchange. The Exchange may hold secrets; the Diagnosis never does. */
export function diagnose(exchange: Exchange, context?: DiagnoseContext): Diagnosis {
  return diagnoseFacts(takeFacts(exchange), context);
}

export { takeFacts, diagnoseFacts };
export { parseChallenges } from './facts/challenges/parse-challenges';
export { firstHeader, formatChallenge } from './present';
export { maskSecrets, redactUrl } from './redact/mask-secrets';
export { isSecretName, isSecretQueryName } from './redact/secret-names';
export { isSanitizerPlaceholder } from './knowledge/sanitizer-placeholders';
export { describeAuthorization } from './facts/credentials/describe-authorization';
export { decodeJwt } from './facts/credentials/decode-jwt';
export { earlierResponse } from './context/earlier-response';
export { hasHeader } from './facts/header-list';
export { isResourceType } from './facts/resource-type';
export { loginPromptMayHaveAnswered } from './facts/login-prompt';
export { isCrossSite, siteOf } from './facts/site';
export { findApiKeys } from './facts/credentials/api-keys';
export { isBrowserAnsweredScheme } from './knowledge/schemes';
export { cookieLifetimes } from './facts/credentials/cookie-names';
export type * from './types';
export { CAUSE_IDS, AUDIENCES } from './types';
