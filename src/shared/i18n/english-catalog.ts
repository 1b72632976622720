/// <reference types="vite/client" />
import type { MessageCatalog } from './catalog';

// Every `src/locales/en/*.json` (rules, CLI, extension) merged into one catalog. The glob is
// resolved at build time by vite (and by vitest), so the CLI bundle carries the JSON inline and
// reads no file at run time.
const modules = import.meta.glob<MessageCatalog>('../../locales/en/*.json', { eager: true, import: 'default' });

/** The English messages of every part of Why401. Keys are unique across files. */
export const englishCatalog: MessageCatalog = mergeCatalogs(Object.values(modules));

export function mergeCatalogs(catalogs: readonly MessageCatalog[]): MessageCatalog {
  const merged: MessageCatalog = {};
  for (const catalog of catalogs) Object.assign(merged, catalog);
  return merged;
}
