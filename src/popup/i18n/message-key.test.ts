// The popup's message keys are checked at compile time (typecheck is part of npm test): the
// `@ts-expect-error` below fails the typecheck if a misspelt key ever compiles again.
import { describe, expect, it } from 'vitest';
import { t } from '../../ui/i18n/t';

describe('message keys', () => {
  it('the popup can only show a key of the shipped catalogues', () => {
    expect(t('popup_status_reloading')).toBe('popup_status_reloading');
    // @ts-expect-error a key that is in no catalogue
    expect(t('popup_status_reloadng')).toBe('popup_status_reloadng');
  });
});
