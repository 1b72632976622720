import { describe, expect, it } from 'vitest';
import { pickCatalog } from './pick-catalog';

describe("the static page's language: the reader's first one Why401 speaks, else English", () => {
  it.each<[string[], string, string]>([
    [['de-AT', 'en'], 'de-AT', 'Why401-HAR-Werkbank'],
    [['fr-FR', 'de'], 'de', 'Why401-HAR-Werkbank'],
    [['en-GB', 'de'], 'en-GB', 'Why401 HAR workbench'],
    [['fr-FR'], 'en', 'Why401 HAR workbench'],
    [[], 'en', 'Why401 HAR workbench'],
  ])('%j -> %s', (languages, language, title) => {
    const picked = pickCatalog(languages);
    expect(picked.language).toBe(language);
    expect(picked.catalog.workbench_title?.message).toBe(title);
    // Whole catalogues: the rules' and the popup's messages too, not only the page's own.
    expect(picked.catalog.popup_what_to_do).toBeDefined();
  });
});
