import type { CauseId, Message } from '../rules/types';
import { entryNumberList } from './entry-numbers';
import type { RefusalGroup } from './refusals/group-refusals';
import type { RefusalReport } from './refusals/refusal-report';

// The sentences around the diagnoses, shared by the text and Markdown outputs. Each output passes
// its own formatter (plain text, or Markdown-escaped), so catalog text is formatted exactly once.

export interface SummaryFormat {
  /** A catalog message in the output's form. */
  t(message: Message): string;
  /** How a cause is named in the counts (its title for the audience). */
  causeName(cause: CauseId): string;
}

/** The summary printed before any detail: how many refused, of which status and cause, how grouped. */
export function summaryLines(report: RefusalReport, format: SummaryFormat): string[] {
  const { t } = format;
  if (report.refused === 0) return [t({ key: 'cli_no_auth_failures', params: [report.entryCount] })];
  const lines = [t({ key: 'cli_summary', params: [report.refused, report.entryCount] })];
  if (report.filtered) {
    if (report.matched.length === 0) return [...lines, t({ key: 'cli_no_match' })];
    lines.push(t({ key: 'cli_summary_filtered', params: [report.matched.length] }));
  }
  // One refusal needs no breakdown; the entry numbering is always explained.
  if (report.matched.length > 1) {
    const counts = (items: ReadonlyArray<readonly [string, number]>) =>
      items.map(([name, count]) => t({ key: 'cli_count_item', params: [name, count] })).join(' · ');
    const { byStatus, byCause } = report.counts;
    lines.push(`${t({ key: 'cli_by_status' })}: ${counts(byStatus.map(([status, count]) => [String(status), count]))}`);
    lines.push(
      `${t({ key: 'cli_by_cause' })}: ${counts(byCause.map(([cause, count]) => [format.causeName(cause), count]))}`,
    );
  }
  const collapsed = report.groups.length < report.matched.length;
  lines.push(collapsed ? t({ key: 'cli_groups', params: [report.groups.length] }) : t({ key: 'cli_numbering' }));
  return lines;
}

/** `294 refusals like this one (GET https://…/items/{id}): entries 3, 20, 37 … 4,985`, for groups of 2 or more. */
export function repeatsMessage(group: RefusalGroup, locale: string): Message | undefined {
  if (group.entries.length < 2) return undefined;
  const entries = entryNumberList(
    group.entries.map((e) => e.index),
    locale,
  );
  return {
    key: 'cli_group_repeats',
    params: [group.entries.length, group.method, { code: group.urlPattern }, entries],
  };
}

/** What `--limit` left out, if anything. */
export function omittedMessage(report: RefusalReport): Message | undefined {
  if (report.omittedGroups === 0) return undefined;
  if (!report.grouped) return { key: 'cli_omitted_entries', params: [report.omittedEntries, report.matched.length] };
  return { key: 'cli_omitted_groups', params: [report.omittedGroups, report.groups.length, report.omittedEntries] };
}
