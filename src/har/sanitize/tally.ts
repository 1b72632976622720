import type { RemovedKind, SanitizeSummary } from './summary';

/** Counts placeholders as they are written, into the summary of the run. */
export interface Tally {
  /** One placeholder of `kind` was written; `jwt` when it stood for a JWT. */
  add(kind: RemovedKind, jwt?: boolean): void;
}

export function tallyInto(summary: SanitizeSummary): Tally {
  return {
    add(kind, jwt = false) {
      summary.removed[kind] += 1;
      if (jwt) summary.jwts += 1;
    },
  };
}
