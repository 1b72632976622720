// Every rule family, in CAUSE_IDS order. Adding a family = one file + one line here.
import type { Rule } from './candidate';
import { bodyTextRules } from './rules-body-text';
import { staleCacheRules } from './rules-cache';
import { clockSkewRules } from './rules-clock';
import { expiredCredentialsRules } from './rules-expired';
import { integratedAuthRules } from './rules-integrated';
import { knownSignalRules } from './rules-known';
import { malformedCredentialsRules } from './rules-malformed';
import { missingCredentialsRules } from './rules-missing';
import { staleNonceRules } from './rules-nonce';
import { insufficientPermissionsRules } from './rules-permissions';
import { proxyRules } from './rules-proxy';
import { rejectedCredentialsRules } from './rules-rejected';
import { revokedCredentialsRules } from './rules-revoked';
import { serverMisconfiguredRules } from './rules-server';

export const ALL_RULES: readonly Rule[] = [
  missingCredentialsRules,
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
