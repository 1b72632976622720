// The workbench as a static page (dist/web, any host or file://): no extension API, so the messages
// come from the bundled catalogues, and the worker from a Blob (a page opened from file:// may not
// load a worker from a file). vite.web.config.ts puts this module in place of extension-host.ts.
import { setCatalog } from '../../ui/i18n/t';
import HarWorker from '../har-worker?worker&inline';
import { pickCatalog } from './pick-catalog';

export function setUpMessages(): string {
  const { catalog, language } = pickCatalog(navigator.languages);
  setCatalog(catalog, language);
  return language;
}

export function startWorker(): Worker {
  return new HarWorker();
}
