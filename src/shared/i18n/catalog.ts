// The shape of one locale's messages, as in Chrome's `_locales/<lang>/messages.json`, so the same
// files feed the extension (through the browser's i18n API) and the CLI (through formatMessage).
// https://developer.chrome.com/docs/extensions/reference/api/i18n#concepts_and_usage

export interface MessagePlaceholder {
  /** `$1`..`$9` refer to the message's substitutions; other text is kept literally. */
  content: string;
  example?: string;
}

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, MessagePlaceholder>;
}

export type MessageCatalog = Record<string, CatalogEntry>;
