import { describe, expect, it } from 'vitest';
import { englishCatalog, mergeCatalogs } from './english-catalog';

describe('englishCatalog', () => {
  it('holds the messages of every locales/en file', () => {
    expect(englishCatalog.extension_name?.message).toContain('Why401');
    expect(englishCatalog.cli_no_auth_failures?.message).toBeDefined();
  });

  it('has a description for every message (translators need the context)', () => {
    const missing = Object.entries(englishCatalog).filter(([, entry]) => !entry.description);
    expect(missing.map(([key]) => key)).toEqual([]);
  });
});

describe('mergeCatalogs', () => {
  it('merges in order', () => {
    expect(mergeCatalogs([{ a: { message: '1' } }, { b: { message: '2' } }])).toEqual({
      a: { message: '1' },
      b: { message: '2' },
    });
  });
});
