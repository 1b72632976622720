// The panel's actions: the cards' copy buttons (the popup's report and curl, with the same wording).
// Page actions (clear cookies, reload, open the login page) stay in the popup: they need the worker.
import type { Audience } from '../rules/types';
import type { MessageCatalog } from '../shared/i18n/catalog';
import type { MessageKey } from '../shared/i18n/message-key';
import { sanitizeText } from '../shared/i18n/sanitize-text';
import { curlCommand } from '../shared/report/curl-command';
import { markdownReport } from '../shared/report/markdown-report';
import type { PopupAction } from '../ui/actions';
import { t, uiLocale } from '../ui/i18n/t';

export interface PanelActionContext {
  audience: Audience;
  catalog: MessageCatalog | undefined;
  copyText: (text: string) => Promise<void>;
}

async function copy(context: PanelActionContext, text: string, done: MessageKey): Promise<string> {
  try {
    await context.copyText(text);
    return t(done);
  } catch (error) {
    return t('popup_status_failed', [sanitizeText(error instanceof Error ? error.message : String(error), 200)]);
  }
}

/** Carries out a card's action and returns the sentence the live region says; others do not occur here. */
export async function runPanelAction(action: PopupAction, context: PanelActionContext): Promise<string> {
  switch (action.kind) {
    case 'copy-report': {
      if (!context.catalog) return t('popup_status_report_unavailable');
      const report = markdownReport(
        action.records.map((record) => record.diagnosis),
        { audience: context.audience, catalog: context.catalog, locale: uiLocale() },
      );
      return copy(context, report, 'popup_status_report_copied');
    }
    case 'copy-curl':
      return copy(context, curlCommand(action.record.diagnosis.facts), 'popup_status_curl_copied');
    default:
      return '';
  }
}
