import { useState } from 'preact/hooks';
import type { ActionId, Audience } from '../../rules/types';
import type { ObservationRecord } from '../../shared/storage-schema';
import type { RunAction } from '../actions';
import { t } from '../i18n/t';
import { originOf } from '../text/shorten-url';

interface Props {
  record: ObservationRecord;
  actions: readonly ActionId[];
  audience: Audience;
  run: RunAction;
}

/** The fitting actions of the top cause, plus the report (always) and curl (not for visitors). */
function shownActions(actions: readonly ActionId[], audience: Audience): ActionId[] {
  const wanted = new Set<ActionId>(actions.filter((action) => action !== 'grant-host-access' && action !== 'copy-curl'));
  wanted.add('copy-report');
  if (audience !== 'visitor') wanted.add('copy-curl');
  // reload-bypass-cache supersedes a plain reload: one reload button is enough.
  if (wanted.has('reload-bypass-cache')) wanted.delete('reload');
  return [...wanted];
}

export function CardActions({ record, actions, audience, run }: Props) {
  const [cacheAndStorage, setCacheAndStorage] = useState(false);
  const shown = shownActions(actions, audience);
  const loginUrl = record.diagnosis.loginUrl ?? `${originOf(record.url) ?? ''}/`;
  return (
    <div class="actions">
      {shown.includes('private-window-hint') && <p class="hint">{t('popup_private_window_hint')}</p>}
      {shown.includes('clear-site-data') && (
        <div class="clear">
          <button type="button" class="primary" data-action="clear-site-data" onClick={() => run({ kind: 'clear-site-data', cacheAndStorage })}>
            {t('popup_action_clear_site_data')}
          </button>
          <label class="check">
            <input type="checkbox" checked={cacheAndStorage} onChange={(event) => setCacheAndStorage(event.currentTarget.checked)} />
            {t('popup_action_also_cache_storage')}
          </label>
        </div>
      )}
      <div class="buttons">
        {shown.includes('open-login') && loginUrl !== '/' && (
          <button type="button" data-action="open-login" onClick={() => run({ kind: 'open-login', url: loginUrl })}>
            {t('popup_action_open_login')}
          </button>
        )}
        {(shown.includes('reload') || shown.includes('reload-bypass-cache')) && (
          <button type="button" data-action="reload" onClick={() => run({ kind: 'reload', bypassCache: true })}>
            {t('popup_action_reload')}
          </button>
        )}
        <button type="button" data-action="copy-report" onClick={() => run({ kind: 'copy-report', record })}>
          {t('popup_action_copy_report')}
        </button>
        {shown.includes('copy-curl') && (
          <button type="button" data-action="copy-curl" onClick={() => run({ kind: 'copy-curl', record })}>
            {t('popup_action_copy_curl')}
          </button>
        )}
      </div>
    </div>
  );
}
