// RFC 7616 §3.4: `nc` counts the requests a client made with one nonce; a client only counts on from a
// nonce the server accepted. So a refused response with nc > 1, answered by a challenge with a new
// nonce, used a nonce that had worked: the server retired it (one-time nonces, a nonce lifetime) and
// did not say `stale=true` (§3.3), which is the stale-nonce story, not a wrong password.
import type { Challenge } from '../../types';
import { parseChallenges } from '../challenges/parse-challenges';
import { challengeParam, isScheme } from '../challenges/find-param';

/** The Authorization value is read with the challenge parser: `Digest` auth-params share its syntax. */
export function digestNonceReplaced(authorization: string | undefined, challenges: readonly Challenge[]): boolean {
  if (authorization === undefined || !/^\s*digest\s/i.test(authorization)) return false;
  const [sent] = parseChallenges([authorization.slice(0, 4096)]);
  if (sent === undefined) return false;
  const nonce = challengeParam(sent, 'nonce');
  const nc = Number.parseInt(challengeParam(sent, 'nc') ?? '', 16);
  if (nonce === undefined || !Number.isFinite(nc) || nc <= 1) return false;
  const offered = challenges.filter((c) => isScheme(c, 'digest')).map((c) => challengeParam(c, 'nonce'));
  return offered.length > 0 && offered.every((n) => n !== undefined && n !== nonce);
}
