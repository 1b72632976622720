// credentials-revoked: the server says the credential was withdrawn (logout, revocation, block list).
import { bearerDescriptionSays } from './bearer-description';
import type { Rule } from './candidate';
import { SAYS_REVOKED } from '../knowledge/phrases';

export const revokedCredentialsRules: Rule = (facts) =>
  bearerDescriptionSays(facts, SAYS_REVOKED, 'credentials-revoked');
