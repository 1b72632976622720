// credentials-revoked: the server says the credential was withdrawn (logout, revocation, block list).
import { bearerDescriptionSays } from './bearer-description';
import type { Rule } from './candidate';

const REVOKED_TEXT = /revok|blacklist|blocklist|logged.?out|deactivat|disabled/i;

export const revokedCredentialsRules: Rule = (facts) => bearerDescriptionSays(facts, REVOKED_TEXT, 'credentials-revoked');
