import { sanitizeText } from '../../shared/i18n/sanitize-text';
import { t } from '../../ui/i18n/t';
import type { HarSummary } from '../worker-protocol';

/** The file at a glance: its name, its entries, how many were refused, and whether a sanitizer ran. */
export function FileSummary({ name, summary, refused }: { name: string; summary: HarSummary; refused: number }) {
  return (
    <dl class="file-summary" aria-label={t('workbench_summary_label')} data-summary>
      <dt>{t('workbench_summary_file')}</dt>
      <dd>
        <code>{sanitizeText(name, 200)}</code>
      </dd>
      <dt>{t('workbench_summary_entries')}</dt>
      <dd data-entries={summary.entries}>{summary.entries}</dd>
      <dt>{t('workbench_summary_refused')}</dt>
      <dd data-refused={refused}>{refused}</dd>
      <dt>{t('workbench_summary_sanitized')}</dt>
      <dd data-sanitized={String(summary.sanitized)}>
        {t(summary.sanitized ? 'workbench_sanitized_yes' : 'workbench_sanitized_no')}
      </dd>
    </dl>
  );
}
