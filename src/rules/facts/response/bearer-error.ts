// RFC 6750 §3 error attributes from the first Bearer (or RFC 9449 DPoP, which reuses them, §7.1)
// challenge that carries any. Values are masked and trimmed: Facts may be stored and shown.
import { maskSecrets, redactUrl } from '../../redact/mask-secrets';
import type { BearerError, Challenge } from '../../types';
import { challengeParam, isScheme } from '../challenges/find-param';

const MAX_SCOPES = 64;
const MAX_SCOPE_LENGTH = 200;
const FIELDS = ['error', 'error_description', 'error_uri', 'scope', 'realm'] as const;

/** RFC 6750 §3: `scope` is a space-delimited, case-sensitive list. */
function splitScope(scope: string): string[] {
  const out: string[] = [];
  for (const s of scope.split(/[ \t\r\n]+/)) {
    if (s.length === 0 || s.length > MAX_SCOPE_LENGTH) continue;
    out.push(s);
    if (out.length >= MAX_SCOPES) break;
  }
  return out;
}

export function bearerErrorOf(challenges: readonly Challenge[]): BearerError | undefined {
  for (const c of challenges) {
    if (!isScheme(c, 'bearer') && !isScheme(c, 'dpop')) continue;
    if (!FIELDS.some((f) => challengeParam(c, f) !== undefined)) continue;
    const out: BearerError = { scheme: c.scheme.slice(0, 32) };
    const error = challengeParam(c, 'error');
    const description = challengeParam(c, 'error_description');
    const uri = challengeParam(c, 'error_uri');
    const scope = challengeParam(c, 'scope');
    const realm = challengeParam(c, 'realm');
    if (error !== undefined) out.error = maskSecrets(error.trim(), 100);
    if (description !== undefined) out.errorDescription = maskSecrets(description.trim(), 500);
    if (uri !== undefined) out.errorUri = redactUrl(uri.trim()).slice(0, 500);
    if (scope !== undefined) out.scope = splitScope(scope);
    if (realm !== undefined) out.realm = maskSecrets(realm.trim(), 200);
    return out;
  }
  return undefined;
}
