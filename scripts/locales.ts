// The extension's messages live in small files per area (`src/locales/<lang>/<area>.json`, Chrome's
// messages.json format) so that the rules, the popup and the CLI each own theirs. The build merges them
// into `_locales/<lang>/messages.json`; a key defined twice is a build error, not a silent override.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleCatalog = Record<string, LocaleEntry>;

export const LOCALES_DIR = new URL('../src/locales/', import.meta.url).pathname;

export function localeNames(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function mergeLocale(lang: string, dir = LOCALES_DIR): LocaleCatalog {
  const merged: LocaleCatalog = {};
  const folder = join(dir, lang);
  for (const file of readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const part = JSON.parse(readFileSync(join(folder, file), 'utf8')) as LocaleCatalog;
    for (const [key, entry] of Object.entries(part)) {
      if (key in merged) throw new Error(`locale ${lang}: key "${key}" is defined twice (again in ${file})`);
      merged[key] = entry;
    }
  }
  return merged;
}
