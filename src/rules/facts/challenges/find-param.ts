// Look-ups over parsed challenges. Schemes and param names are case-insensitive
// (RFC 9110 §11.1 for schemes, §11.2 for param names).

import type { Challenge } from '../../types';

/**
 * Value of the first param called `name` (any case), or undefined. Duplicates keep their order; the
 * first wins, as in browsers.
 */
export function challengeParam(c: Challenge, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of c.params) {
    // Names are lower-cased by the parser; lower-case again for challenges built by hand.
    if (key === wanted || key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** Whether the challenge's scheme is `scheme` (any case). */
export function isScheme(c: Challenge, scheme: string): boolean {
  return c.scheme.toLowerCase() === scheme.toLowerCase();
}

/** Whether any challenge uses `scheme` (any case). */
export function hasScheme(challenges: readonly Challenge[], scheme: string): boolean {
  return challenges.some((c) => isScheme(c, scheme));
}
