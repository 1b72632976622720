import type { CauseId } from '../../rules/types';
import type { DiagnosedEntry } from '../../har/diagnose-har';
import { compileUrlGlob } from './url-glob';

/** What `--status`, `--url` and `--cause` ask for; an empty list lets everything through. */
export interface RefusalFilters {
  statuses: readonly number[];
  /** Globs over the whole (redacted) URL; an entry matches when any of them does. */
  urls: readonly string[];
  /** Ids of the most likely cause. */
  causes: readonly CauseId[];
}

export function hasFilters(filters: RefusalFilters): boolean {
  return filters.statuses.length + filters.urls.length + filters.causes.length > 0;
}

/** The entries every given filter lets through, in input order. Filters apply before grouping. */
export function filterRefusals(entries: readonly DiagnosedEntry[], filters: RefusalFilters): DiagnosedEntry[] {
  if (!hasFilters(filters)) return [...entries];
  const globs = filters.urls.map(compileUrlGlob);
  return entries.filter(({ diagnosis }) => {
    const { status } = diagnosis.facts.response;
    if (filters.statuses.length > 0 && !filters.statuses.includes(status)) return false;
    if (globs.length > 0 && !globs.some((glob) => glob.test(diagnosis.facts.request.url))) return false;
    const top = diagnosis.causes[0]?.id ?? 'unknown';
    return filters.causes.length === 0 || filters.causes.includes(top);
  });
}
