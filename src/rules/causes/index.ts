// Every rule family, in CAUSE_IDS order. Adding a family = one file + one line here.
import type { Rule } from './candidate';
import { bodyTextRules } from './from-body-words';
import { staleCacheRules } from './stale-dns-or-cache';
import { clockSkewRules } from './clock-skew';
import { expiredCredentialsRules } from './credentials-expired';
import { integratedAuthRules } from './integrated-auth-unavailable';
import { knownSignalRules } from './from-known-messages';
import { malformedCredentialsRules } from './malformed-credentials';
import { missingCredentialsRules } from './missing-credentials';
import { credentialsNotSentRules } from './credentials-not-sent';
import { staleNonceRules } from './stale-nonce';
import { insufficientPermissionsRules } from './insufficient-permissions';
import { proxyRules } from './proxy-or-firewall';
import { rejectedCredentialsRules } from './credentials-rejected';
import { revokedCredentialsRules } from './credentials-revoked';
import { serverMisconfiguredRules } from './server-misconfigured';

export const ALL_RULES: readonly Rule[] = [
  missingCredentialsRules,
  credentialsNotSentRules,
  rejectedCredentialsRules,
  expiredCredentialsRules,
  revokedCredentialsRules,
  malformedCredentialsRules,
  insufficientPermissionsRules,
  integratedAuthRules,
  staleNonceRules,
  clockSkewRules,
  proxyRules,
  serverMisconfiguredRules,
  staleCacheRules,
  knownSignalRules,
  bodyTextRules,
];
