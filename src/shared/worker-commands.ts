// The page actions the worker carries out for any extension page (the popup, the DevTools panel):
// one client of the command protocol in messages.ts.
import { browser } from './browser';
import type { Command, ResultOf } from './messages';

function send<C extends Command>(command: C): Promise<ResultOf<C>> {
  return browser.runtime.sendMessage(command) as Promise<ResultOf<C>>;
}

export const workerCommands = {
  clearSiteData: (tabId: number, urls: string[], cacheAndStorage: boolean) =>
    send({ type: 'clear-site-data', tabId, urls, cacheAndStorage, reload: true }),
  reload: (tabId: number, bypassCache: boolean) => send({ type: 'reload', tabId, bypassCache }),
  openLogin: (tabId: number, url: string) => send({ type: 'open-login', tabId, url }),
  lookCloser: (tabId: number) => send({ type: 'look-closer', tabId }),
};
