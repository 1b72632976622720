// The sentences around "Export these refusals": the button's title (what it exports, or why it cannot)
// and the status after it, which counts what the sanitizer replaced and never shows a value.
import type { SanitizeSummary } from '../har/sanitize/sanitize-har';
import { REMOVED_KINDS } from '../har/sanitize/summary';
import { t } from '../ui/i18n/t';

export function exportTitle(listed: number, total: number): string {
  if (listed === 0) return t('devtools_export_title_none');
  if (listed < total) return t('devtools_export_title_filtered', [listed, total]);
  return t('devtools_export_title_all', [listed]);
}

/** `credential headers: 3, cookie values: 2 (JWTs among them: 1)`, or that nothing was found. */
export function removedCounts(summary: SanitizeSummary): string {
  const parts = REMOVED_KINDS.filter((kind) => summary.removed[kind] > 0).map((kind) =>
    t(`devtools_removed_${kind}`, [summary.removed[kind]]),
  );
  if (parts.length === 0) return t('devtools_removed_nothing');
  const counts = parts.join(', ');
  return summary.jwts > 0 ? t('devtools_removed_with_jwts', [counts, summary.jwts]) : counts;
}

export function exportStatus(how: 'saved' | 'copied', fileName: string, summary: SanitizeSummary): string {
  return t(`devtools_export_${how}`, [fileName, summary.entries, removedCounts(summary)]);
}
