import type { CauseId } from '../../rules/types';
import type { MessageCatalog } from '../i18n/catalog';
import { formatMessage } from '../i18n/format-message';
import type { FormatOptions } from '../i18n/format-param';

// The rule module's catalog (src/locales/en/rules.json) names causes. Its key convention is looked
// up here, in one place, so the CLI, JSON output and reports agree; the id is the last resort.
export function causeTitleKeys(id: CauseId): string[] {
  const snake = id.replaceAll('-', '_');
  return [`cause_${snake}_title`, `cause_${snake}`, `title_${snake}`];
}

export function causeTitle(catalog: MessageCatalog, id: CauseId, options: FormatOptions): string {
  const key = causeTitleKeys(id).find((k) => Object.hasOwn(catalog, k));
  return key === undefined ? id : formatMessage(catalog, { key }, options);
}
