// Renders the popup over a fake connection with the merged English catalog, as a user would see it.
import { render } from '@testing-library/preact';
import { englishCatalog } from '../../shared/i18n/english-catalog';
import type { PopupData } from '../connection';
import { setCatalog } from '../../ui/i18n/t';
import { PopupRoot } from '../popup-root';
import { fakeConnection } from './fake-connection';

export { englishCatalog };
/** A fixed "now" one hour after the scenarios' usual request time, so relative times are stable. */
export const NOW = Date.UTC(2026, 10, 26, 15, 0, 0);

export function renderPopup(initial: Partial<PopupData> = {}) {
  setCatalog(englishCatalog, 'en');
  const connection = fakeConnection({ reportCatalog: englishCatalog, ...initial });
  const result = render(<PopupRoot connection={connection} now={() => NOW} />);
  return { ...result, connection };
}
