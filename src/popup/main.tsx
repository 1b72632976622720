import { render } from 'preact';
import { browser } from '../shared/browser';
import { browserConnection } from './browser-connection';
import { setMessageSource } from '../ui/i18n/t';
import { PopupRoot } from './popup-root';

setMessageSource((key, substitutions) => browser.i18n.getMessage(key, substitutions), browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
// Tests and screenshots check both palettes without emulating a media query.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

const root = document.getElementById('app');
const connection = browserConnection(location.search);
let rendered = false;
const show = (): void => {
  if (rendered || !root) return;
  rendered = true;
  render(<PopupRoot connection={connection} />, root);
};
// The first render waits for the first read (early.ts has usually started it well before), so the popup
// renders its cards once rather than a loading state first; a read slower than a frame shows that state.
connection.subscribe((data) => data.view.kind !== 'loading' && show());
requestAnimationFrame(show);
