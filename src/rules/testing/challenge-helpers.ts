// Shorthand for expected challenges in the table-driven tests.

import type { Challenge } from '../types';

export function ch(scheme: string, params: Array<[string, string]> = [], token68: string | null = null): Challenge {
  return { scheme, params, token68 };
}
