import type { DiagnosedEntry } from '../../har/diagnose-har';
import { groupRefusals, limitGroups, type RefusalGroup } from './group-refusals';
import { filterRefusals, hasFilters, type RefusalFilters } from './refusal-filters';
import { countRefusals, type RefusalCounts } from './summarize-refusals';

export interface ReportChoices {
  filters: RefusalFilters;
  group: boolean;
  limit: number | undefined;
}

/** One file's refusals, filtered, counted and grouped: what every output format prints. */
export interface RefusalReport {
  /** Entries in the input, all statuses. */
  entryCount: number;
  /** Every 401/407 entry, before filters. */
  refused: number;
  filtered: boolean;
  /** The entries the filters keep. */
  matched: DiagnosedEntry[];
  /** Counts over `matched`. */
  counts: RefusalCounts;
  /** Every group of `matched` (one per entry with `group: false`). */
  groups: RefusalGroup[];
  /** The first `limit` groups: the ones printed. */
  shown: RefusalGroup[];
  omittedGroups: number;
  omittedEntries: number;
  grouped: boolean;
}

/** Filters first, then grouping, then the limit (issue #13). */
export function buildRefusalReport(
  refused: readonly DiagnosedEntry[],
  entryCount: number,
  choices: ReportChoices,
): RefusalReport {
  const matched = filterRefusals(refused, choices.filters);
  const groups = groupRefusals(matched, { group: choices.group });
  const { shown, omittedGroups, omittedEntries } = limitGroups(groups, choices.limit);
  return {
    entryCount,
    refused: refused.length,
    filtered: hasFilters(choices.filters),
    matched,
    counts: countRefusals(matched),
    groups,
    shown,
    omittedGroups,
    omittedEntries,
    grouped: choices.group,
  };
}
