// Chromium answers a Basic or Digest challenge (and a proxy's) with its login prompt and sends what
// the person typed on a retry that neither its network log (HAR) nor webRequest shows: the refusal seen
// may be the first attempt of a login that went on. When that is possible, what the request carried is
// unknown, not absent (docs/design.md, Facts).
import type { Header } from '../types';
import { parseChallenges } from './challenges/parse-challenges';
import { hasHeader, headerValues } from './header-list';
import { isPasswordScheme } from '../knowledge/schemes';

export function loginPromptMayHaveAnswered(
  status: number,
  requestHeaders: readonly Header[],
  responseHeaders: readonly Header[],
): boolean {
  if (status === 407) return !hasHeader(requestHeaders, 'proxy-authorization');
  if (status !== 401 || hasHeader(requestHeaders, 'authorization')) return false;
  return parseChallenges(headerValues(responseHeaders, 'www-authenticate')).some((challenge) =>
    isPasswordScheme(challenge.scheme),
  );
}
