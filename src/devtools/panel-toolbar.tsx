import type { Audience, CauseId } from '../rules/types';
import { causeTitleKey } from '../shared/report/cause-title';
import { t } from '../ui/i18n/t';
import { exportTitle } from './export-status';

export type PanelView = 'cards' | 'table';
const VIEWS: readonly PanelView[] = ['cards', 'table'];

interface Props {
  view: PanelView;
  causes: readonly CauseId[];
  audience: Audience;
  filter: CauseId | undefined;
  preserveLog: boolean;
  onView: (view: PanelView) => void;
  onFilter: (cause: CauseId | undefined) => void;
  onPreserveLog: (preserve: boolean) => void;
  onClear: () => void;
  /** Refusals listed (after the filter) and counted: what the export takes, said in its title. */
  listed: number;
  total: number;
  onExport: () => void;
}

/**
 * The panel's controls, in DevTools' order: what to show, then the log's own switches, then the export
 * of what is listed (a sanitized HAR, export-refusals.ts).
 */
export function PanelToolbar({
  view,
  causes,
  audience,
  filter,
  preserveLog,
  onView,
  onFilter,
  onPreserveLog,
  onClear,
  listed,
  total,
  onExport,
}: Props) {
  return (
    <div class="toolbar" role="toolbar">
      <fieldset class="view-switch">
        <legend>{t('devtools_view_legend')}</legend>
        {VIEWS.map((value) => (
          <label key={value}>
            <input type="radio" name="view" value={value} checked={value === view} onChange={() => onView(value)} />
            <span>{t(`devtools_view_${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <label class="filter">
        {t('devtools_filter_label')}{' '}
        <select
          name="cause"
          value={filter ?? ''}
          onChange={(event) => onFilter((event.currentTarget.value || undefined) as CauseId | undefined)}
        >
          <option value="">{t('devtools_filter_all')}</option>
          {causes.map((cause) => (
            <option key={cause} value={cause}>
              {t(causeTitleKey(cause, audience))}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          name="preserve-log"
          checked={preserveLog}
          onChange={(event) => onPreserveLog(event.currentTarget.checked)}
        />
        {t('devtools_preserve_log')}
      </label>
      <button type="button" data-action="clear-log" onClick={onClear}>
        {t('devtools_clear')}
      </button>
      {/* Disabled with its reason in the title: a disabled button's title still shows on hover. */}
      <button
        type="button"
        data-action="export-har"
        disabled={listed === 0}
        title={exportTitle(listed, total)}
        onClick={onExport}
      >
        {t('devtools_export')}
      </button>
    </div>
  );
}
