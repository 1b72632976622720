// The workbench as an extension page: the browser's i18n (the browser picks the language) and the HAR
// worker as a file of the extension (its CSP allows workers from 'self' only, not Blob URLs).
// vite.web.config.ts swaps this module for web-host.ts in the static build.
import { browser } from '../../shared/browser';
import { setMessageSource } from '../../ui/i18n/t';
import HarWorker from '../har-worker?worker';

export function setUpMessages(): string {
  const language = browser.i18n.getUILanguage();
  setMessageSource((key, substitutions) => browser.i18n.getMessage(key, substitutions), language);
  return language;
}

export function startWorker(): Worker {
  return new HarWorker();
}
