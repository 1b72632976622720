// Every string the popup shows goes through `t()`. In the extension it asks `i18n.getMessage` (the
// browser picks the language); tests configure a catalog instead. Params are formatted first with the
// shared `formatParam` (durations, times, code spans; server text sanitised).
import type { Message, MessageParam } from '../../rules/types';
import type { MessageCatalog } from '../../shared/i18n/catalog';
import type { MessageKey } from '../../shared/i18n/message-key';
import { formatMessage } from '../../shared/i18n/format-message';
import { formatParam } from '../../shared/i18n/format-param';

type GetMessage = (key: string, substitutions?: string[]) => string;

let getMessage: GetMessage = (key) => key;
let locale = 'en';

/** The extension: `browser.i18n.getMessage` and the browser's UI language. */
export function setMessageSource(fn: GetMessage, uiLocale: string): void {
  getMessage = fn;
  locale = uiLocale;
}

/** Tests and tools: a catalog (e.g. the merged English one) and a fixed locale. */
export function setCatalog(catalog: MessageCatalog, catalogLocale = 'en'): void {
  locale = catalogLocale;
  getMessage = (key, substitutions = []) =>
    formatMessage(catalog, { key, params: substitutions }, { locale: catalogLocale });
}

export function uiLocale(): string {
  return locale;
}

/** The message for `key`; an unknown key shows as itself, visible in review rather than blank. */
export function t(key: MessageKey, params: readonly MessageParam[] = []): string {
  const substitutions = params.map((param) => formatParam(param, { locale }));
  return getMessage(key, substitutions) || key;
}

export function tm(message: Message): string {
  // Stored messages come from the rule module, whose keys are checked where they are made (msg()).
  return t(message.key as MessageKey, message.params);
}
