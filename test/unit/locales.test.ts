// Every locale under src/locales/ is complete: it has each English area file with exactly the English
// keys, the same named placeholders (pointing at the same `$n` substitutions), and every placeholder a
// message uses is declared. The English files are the source of truth, so their descriptions (the notes
// for translators) must not be empty. The checks follow Chrome's messages.json rules:
// https://developer.chrome.com/docs/extensions/reference/api/i18n#concepts_and_usage
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES_DIR, localeNames, mergeLocale, type LocaleCatalog, type LocaleEntry } from '../../scripts/locales.ts';

const SOURCE = 'en';
const KEY = /^[A-Za-z0-9_]+$/;
/** `$NAME$` references in a message; `$$` is a literal dollar sign and is removed first. */
const PLACEHOLDER_USE = /\$([A-Za-z0-9_@]+)\$/g;
/** Chrome's limits for the store listing (manifest `name` and `description`). */
const LIMITS: Record<string, number> = { extension_name: 75, extension_description: 132 };

function areaFiles(lang: string): string[] {
  return readdirSync(join(LOCALES_DIR, lang))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

function readArea(lang: string, file: string): LocaleCatalog {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, file), 'utf8')) as LocaleCatalog;
}

/** Declared placeholders as `name -> content`, names lower-cased (Chrome matches them case-insensitively). */
function declared(entry: LocaleEntry): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {}))
    result[name.toLowerCase()] = placeholder.content;
  return result;
}

/** Placeholder names a message refers to, lower-cased, sorted, without duplicates. */
function used(message: string): string[] {
  const names = [...message.replaceAll('$$', '').matchAll(PLACEHOLDER_USE)].map((match) =>
    (match[1] ?? '').toLowerCase(),
  );
  return [...new Set(names)].sort();
}

const english = Object.fromEntries(areaFiles(SOURCE).map((file) => [file, readArea(SOURCE, file)])) as Record<
  string,
  LocaleCatalog
>;
const locales = localeNames();

describe('locale folders', () => {
  it('include English and at least one other language', () => {
    expect(locales).toContain(SOURCE);
    expect(locales.length).toBeGreaterThan(1);
  });

  it('English has area files with messages', () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    for (const catalog of Object.values(english)) expect(Object.keys(catalog).length).toBeGreaterThan(0);
  });

  it('every English entry has a non-empty description for translators', () => {
    const missing: string[] = [];
    for (const [file, catalog] of Object.entries(english)) {
      for (const [key, entry] of Object.entries(catalog)) {
        if (typeof entry.description !== 'string' || entry.description.trim() === '') missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe.each(locales)('locale %s', (lang) => {
  it('has exactly the English area files', () => {
    expect(areaFiles(lang)).toEqual(Object.keys(english));
  });

  describe.each(Object.keys(english))('%s', (file) => {
    const source = english[file] ?? {};
    const path = join(LOCALES_DIR, lang, file);
    const catalog = (): LocaleCatalog => readArea(lang, file);

    it('exists', () => {
      expect(existsSync(path), path).toBe(true);
    });

    it('has exactly the English keys', () => {
      expect(Object.keys(catalog()).sort()).toEqual(Object.keys(source).sort());
    });

    it('keys are valid Chrome message names', () => {
      expect(Object.keys(catalog()).filter((key) => !KEY.test(key))).toEqual([]);
    });

    it('every message is a non-empty string', () => {
      const empty = Object.entries(catalog())
        .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    });

    it('declares the same placeholders as English, with the same $n contents', () => {
      const mismatches: string[] = [];
      for (const [key, entry] of Object.entries(catalog())) {
        const want = source[key];
        if (!want) continue; // reported by the key test
        const got = JSON.stringify(Object.entries(declared(entry)).sort());
        const expected = JSON.stringify(Object.entries(declared(want)).sort());
        if (got !== expected) mismatches.push(`${key}: ${got} instead of ${expected}`);
      }
      expect(mismatches).toEqual([]);
    });

    it('placeholder contents are $1..$9', () => {
      const wrong: string[] = [];
      for (const [key, entry] of Object.entries(catalog())) {
        for (const [name, content] of Object.entries(declared(entry))) {
          if (!/^\$[1-9]$/.test(content)) wrong.push(`${key}.${name}: ${content}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('every placeholder a message uses is declared', () => {
      const undeclared: string[] = [];
      for (const [key, entry] of Object.entries(catalog())) {
        const names = declared(entry);
        for (const name of used(entry.message))
          if (!(name in names)) undeclared.push(`${key}: $${name.toUpperCase()}$`);
      }
      expect(undeclared).toEqual([]);
    });

    it('every message uses each placeholder its English message uses', () => {
      // A translation may use more of the declared placeholders (a plural form that needs the
      // number), never fewer: a dropped $HOST$ or $CAUSE$ loses information.
      const dropped: string[] = [];
      for (const [key, entry] of Object.entries(catalog())) {
        const want = source[key];
        if (!want) continue;
        const names = used(entry.message);
        for (const name of used(want.message))
          if (!names.includes(name)) dropped.push(`${key}: $${name.toUpperCase()}$`);
      }
      expect(dropped).toEqual([]);
    });
  });

  it('merges into one messages.json without a key defined twice', () => {
    expect(() => mergeLocale(lang)).not.toThrow();
  });

  it.each(Object.entries(LIMITS))('%s is at most %i characters', (key, limit) => {
    const entry = mergeLocale(lang)[key];
    expect(entry, `${key} is missing`).toBeDefined();
    expect(entry?.message.length, entry?.message).toBeLessThanOrEqual(limit);
  });
});
