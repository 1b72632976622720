import { useState } from 'preact/hooks';
import type { RunAction } from '../actions';
import { t } from '../i18n/t';
import type { PageActionsModel } from '../text/page-model';
import { hostOf, shortenUrl } from '../text/shorten-url';

/** The page's actions, each once: clearing where it can help, signing in where there is a real place to. */
export function PageActions({ model, run }: { model: PageActionsModel; run: RunAction }) {
  const [cacheAndStorage, setCacheAndStorage] = useState(false);
  const hosts = [...new Set(model.clearUrls.map(hostOf))].join(', ');
  const login = model.login;
  return (
    <div class="page-actions">
      {model.clearUrls.length > 0 && (
        <div class="clear">
          <button
            type="button"
            class="primary"
            data-action="clear-site-data"
            onClick={() => run({ kind: 'clear-site-data', urls: model.clearUrls, cacheAndStorage })}
          >
            {t('popup_action_clear_site_data', [hosts])}
          </button>
          <label class="check">
            <input
              type="checkbox"
              checked={cacheAndStorage}
              onChange={(event) => setCacheAndStorage(event.currentTarget.checked)}
            />
            {t('popup_action_also_cache_storage', [hosts])}
          </label>
        </div>
      )}
      <div class="buttons">
        {login && (
          <button
            type="button"
            data-action="open-login"
            data-login-source={login.source}
            onClick={() => run({ kind: 'open-login', url: login.url })}
          >
            {t(login.source === 'site' ? 'popup_action_open_site' : 'popup_action_open_login', [
              shortenUrl(login.url, 48),
            ])}
          </button>
        )}
        {model.reload && (
          <button type="button" data-action="reload" onClick={() => run({ kind: 'reload', bypassCache: true })}>
            {t('popup_action_reload')}
          </button>
        )}
        <button
          type="button"
          data-action="copy-report"
          onClick={() => run({ kind: 'copy-report', records: model.records })}
        >
          {t('popup_action_copy_report')}
        </button>
      </div>
    </div>
  );
}
