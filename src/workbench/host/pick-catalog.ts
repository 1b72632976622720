/// <reference types="vite/client" />
// Every locale's messages, bundled into the static workbench (the extension reads them through the
// browser instead). English is the fallback, as `default_locale` is for the extension.
import type { MessageCatalog } from '../../shared/i18n/catalog';
import { mergeCatalogs } from '../../shared/i18n/english-catalog';

const modules = import.meta.glob<MessageCatalog>('../../locales/*/*.json', { eager: true, import: 'default' });

function catalogOf(language: string): MessageCatalog | undefined {
  const parts = Object.entries(modules)
    .filter(([path]) => path.split('/').at(-2) === language)
    .map(([, catalog]) => catalog);
  return parts.length > 0 ? mergeCatalogs(parts) : undefined;
}

/** The first of the reader's languages Why401 speaks (`de-AT` -> `de`), else English. */
export function pickCatalog(languages: readonly string[]): { catalog: MessageCatalog; language: string } {
  for (const tag of languages) {
    const catalog = catalogOf(tag.toLowerCase().split('-')[0] ?? '');
    // The tag as the reader gave it: dates and numbers follow `en-GB`, not just `en`.
    if (catalog) return { catalog, language: tag };
  }
  return { catalog: catalogOf('en') ?? {}, language: 'en' };
}
