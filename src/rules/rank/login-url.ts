// Diagnosis.loginUrl: a challenge's `realm` (some servers put their login page there) or RFC 6750 /
// OAuth `authorization_uri`, when it is an absolute http(s) URL. Never a script: only http and https.
import type { Challenge } from '../types';
import { challengeParam } from '../facts/challenges/find-param';

const LOGIN_PARAMS = ['authorization_uri', 'realm'] as const;

export function findLoginUrl(challenges: readonly Challenge[], redact: (url: string) => string): string | undefined {
  for (const name of LOGIN_PARAMS) {
    for (const c of challenges) {
      const value = challengeParam(c, name);
      const url = value === undefined ? undefined : absoluteHttpUrl(value);
      if (url !== undefined) return redact(url);
    }
  }
  return undefined;
}

function absoluteHttpUrl(value: string): string | undefined {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
