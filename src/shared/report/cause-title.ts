import type { Audience, CauseId } from '../../rules/types';
import type { RuleMessageKey, Snake } from '../../rules/message-key';
import type { MessageCatalog } from '../i18n/catalog';
import { formatMessage } from '../i18n/format-message';
import type { FormatOptions } from '../i18n/format-param';

// The rule module's catalog (src/locales/en/rules.json) names each cause twice: in plain words for
// visitors (`cause_<id>_title`) and technically for developers and owners (`cause_<id>_title_dev`),
// plus a one-sentence `cause_<id>_summary`. The key convention lives here, in one place.

export function causeTitleKey(id: CauseId, audience: Audience): RuleMessageKey {
  return `cause_${snake(id)}_title${audience === 'visitor' ? '' : '_dev'}`;
}

export function causeSummaryKey(id: CauseId): RuleMessageKey {
  return `cause_${snake(id)}_summary`;
}

/** The cause's title for the audience; the other title, then the id, when a key is missing. */
export function causeTitle(catalog: MessageCatalog, id: CauseId, audience: Audience, options: FormatOptions): string {
  const keys = [causeTitleKey(id, audience), causeTitleKey(id, audience === 'visitor' ? 'developer' : 'visitor')];
  const key = keys.find((k) => Object.hasOwn(catalog, k));
  return key === undefined ? id : formatMessage(catalog, { key }, options);
}

/** One-sentence explanation of the cause, or undefined when the catalog has none. */
export function causeSummary(catalog: MessageCatalog, id: CauseId, options: FormatOptions): string | undefined {
  const key = causeSummaryKey(id);
  return Object.hasOwn(catalog, key) ? formatMessage(catalog, { key }, options) : undefined;
}

function snake<S extends CauseId>(id: S): Snake<S> {
  return id.replaceAll('-', '_') as Snake<S>;
}
