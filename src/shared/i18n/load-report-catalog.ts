// The Markdown report is formatted from a message catalog (src/shared/report), not through
// `i18n.getMessage`, so the popup reads the packaged `_locales/<lang>/messages.json` of the UI
// language. A file inside the extension: no network request.
import { browser } from '../browser';
import type { MessageCatalog } from './catalog';

function candidates(uiLocale: string): string[] {
  const tag = uiLocale.replace('-', '_');
  return [...new Set([tag, tag.split('_')[0] ?? 'en', 'en'])];
}

export async function loadReportCatalog(): Promise<MessageCatalog | undefined> {
  for (const lang of candidates(browser.i18n.getMessage('@@ui_locale') || 'en')) {
    try {
      const response = await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`));
      if (response.ok) return (await response.json()) as MessageCatalog;
    } catch {
      // Not shipped in this language: try the next one.
    }
  }
  return undefined;
}
