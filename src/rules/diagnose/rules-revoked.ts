// credentials-revoked: the server says the credential was withdrawn (logout, revocation, block list).
import type { Rule } from './candidate';
import { WEIGHT, candidate, msg } from './candidate';

const REVOKED_TEXT = /revok|blacklist|blocklist|logged.?out|deactivat|disabled/i;

export const revokedCredentialsRules: Rule = (facts) => {
  const be = facts.signals.bearerError;
  const text = be?.errorDescription;
  if (be === undefined || text === undefined || !REVOKED_TEXT.test(text)) return [];
  return [
    candidate('credentials-revoked', WEIGHT.strong + 2, 'direct', msg('ev_bearer_error_described', { code: be.error ?? be.scheme }, { code: text }), {
      kind: 'header',
      name: 'www-authenticate',
    }),
  ];
};
