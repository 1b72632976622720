import type { RunAction } from '../../ui/actions';
import { t } from '../../ui/i18n/t';

export function NoAccessState({ run }: { run: RunAction }) {
  return (
    <section class="state" data-state="no-access">
      <h1>{t('popup_no_access_title')}</h1>
      <p>{t('popup_no_access_body')}</p>
      <button type="button" class="primary" onClick={() => run({ kind: 'grant-host-access' })}>
        {t('popup_action_grant_host_access')}
      </button>
    </section>
  );
}
