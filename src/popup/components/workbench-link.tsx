import type { RunAction } from '../../ui/actions';
import { t } from '../../ui/i18n/t';

/** The way to the HAR workbench: a customer's HAR is read there, not in the toolbar's small popup. */
export function WorkbenchLink({ run }: { run: RunAction }) {
  return (
    <p class="workbench-link">
      <button type="button" class="link" data-action="open-workbench" onClick={() => run({ kind: 'open-workbench' })}>
        {t('popup_action_open_workbench')}
      </button>
    </p>
  );
}
