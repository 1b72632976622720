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
if (root) render(<PopupRoot connection={browserConnection(location.search)} />, root);
