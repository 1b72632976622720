// Carries out one action (a card's or a page's) and returns the sentence the live region says about it;
// the popup and the DevTools panel run the same code with their own ports.
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { curlCommand } from '../shared/report/curl-command';
import { markdownReport } from '../shared/report/markdown-report';
import type { ActionContext, ActionPorts, PopupAction } from './actions';
import type { MessageKey } from '../shared/i18n/message-key';
import { t, uiLocale } from './i18n/t';
import { hostOf, shortenUrl } from './text/shorten-url';

function failed(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return t('popup_status_failed', [sanitizeText(text, 200)]);
}

async function copy(actions: ActionPorts, text: string, done: MessageKey): Promise<string> {
  try {
    await actions.copyText(text);
    return t(done);
  } catch (error) {
    return failed(error);
  }
}

export async function runAction(action: PopupAction, data: ActionContext, actions: ActionPorts): Promise<string> {
  const { tabId } = data;
  switch (action.kind) {
    case 'copy-report': {
      if (!data.reportCatalog) return t('popup_status_report_unavailable');
      const report = markdownReport(
        action.records.map((record) => record.diagnosis),
        { audience: data.audience, catalog: data.reportCatalog, locale: uiLocale() },
      );
      return copy(actions, report, 'popup_status_report_copied');
    }
    case 'copy-curl':
      return copy(actions, curlCommand(action.record.diagnosis.facts), 'popup_status_curl_copied');
    case 'grant-host-access':
      if (!actions.requestHostAccess) return '';
      return t((await actions.requestHostAccess()) ? 'popup_status_access_granted' : 'popup_status_access_denied');
    case 'open-workbench':
      if (!actions.openWorkbench) return '';
      try {
        await actions.openWorkbench();
        return t('popup_status_workbench_opened');
      } catch (error) {
        return failed(error);
      }
  }
  if (tabId === undefined) return t('popup_status_no_tab');
  try {
    switch (action.kind) {
      case 'clear-site-data': {
        const result = await actions.clearSiteData(tabId, action.urls, action.cacheAndStorage);
        if (!result.ok) return failed(result.error);
        const hosts = [...new Set(action.urls.map(hostOf))].join(', ');
        if (result.cookiesRemoved === 0) return t('popup_status_cookies_none', [hosts]);
        return t(`popup_status_cookies_removed_${result.cookiesRemoved === 1 ? 'one' : 'other'}`, [
          result.cookiesRemoved,
          hosts,
        ]);
      }
      case 'reload': {
        const result = await actions.reload(tabId, action.bypassCache);
        return result.ok ? t('popup_status_reloading') : failed(result.error);
      }
      case 'open-login': {
        const result = await actions.openLogin(tabId, action.url);
        return result.ok ? t('popup_status_login_opened', [shortenUrl(action.url)]) : failed(result.error);
      }
      case 'look-closer': {
        const result = await actions.lookCloser(tabId);
        return result.ok ? t('popup_status_look_closer_started') : failed(result.error);
      }
    }
  } catch (error) {
    return failed(error);
  }
}
