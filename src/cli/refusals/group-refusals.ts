import type { CauseId } from '../../rules/types';
import type { DiagnosedEntry } from '../../har/diagnose-har';
import { urlPattern } from './url-pattern';

/**
 * Refusals that are the same problem seen again: the same most likely cause, method and URL
 * pattern. A browser retrying or polling a dead session makes hundreds of them; one explanation
 * with a count and the entry numbers says the same in a screenful.
 */
export interface RefusalGroup {
  cause: CauseId;
  method: string;
  urlPattern: string;
  /** In input order; the first one is the one explained. */
  entries: DiagnosedEntry[];
}

/** Groups in order of their first entry. With `group: false` every entry is a group of one. */
export function groupRefusals(entries: readonly DiagnosedEntry[], options: { group: boolean }): RefusalGroup[] {
  const groups = new Map<string, RefusalGroup>();
  const out: RefusalGroup[] = [];
  for (const entry of entries) {
    const { request } = entry.diagnosis.facts;
    const cause = entry.diagnosis.causes[0]?.id ?? 'unknown';
    const pattern = urlPattern(request.url);
    const key = JSON.stringify([cause, request.method, pattern]);
    const existing = options.group ? groups.get(key) : undefined;
    if (existing) {
      existing.entries.push(entry);
    } else {
      const group: RefusalGroup = { cause, method: request.method, urlPattern: pattern, entries: [entry] };
      groups.set(key, group);
      out.push(group);
    }
  }
  return out;
}

/** The first `limit` groups, and what was left out. */
export function limitGroups(
  groups: readonly RefusalGroup[],
  limit: number | undefined,
): { shown: RefusalGroup[]; omittedGroups: number; omittedEntries: number } {
  const shown = limit === undefined ? [...groups] : groups.slice(0, limit);
  const omitted = groups.slice(shown.length);
  return {
    shown,
    omittedGroups: omitted.length,
    omittedEntries: omitted.reduce((sum, g) => sum + g.entries.length, 0),
  };
}
