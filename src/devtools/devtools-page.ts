// The extension's DevTools page: lives while DevTools is open for a tab, and only creates the Why401
// panel. The panel's page (panel.html) reads the network log itself, and only once it is first shown.
// Then it answers the popup's "is DevTools open for this tab?" so the popup can point at the panel.
import { browser } from '../shared/browser';
import { type DevtoolsOpenAnswer, parseDevtoolsOpenQuery } from '../shared/messages';
import { devtoolsApi, settle } from './devtools-api';

const devtools = devtoolsApi();
if (devtools) {
  const title = browser.i18n.getMessage('devtools_panel_title') || 'Why401';
  void settle((callback) =>
    devtools.panels.create(title, '/icons/icon-32.png', '/src/devtools/panel.html', callback),
  ).then(() => {
    const tabId = devtools.inspectedWindow.tabId;
    browser.runtime.onMessage.addListener((message: unknown) => {
      const query = parseDevtoolsOpenQuery(message);
      // Only this tab's DevTools answers; returning undefined leaves the question to the others.
      if (query?.tabId !== tabId) return undefined;
      const answer: DevtoolsOpenAnswer = { devtoolsOpen: true };
      return Promise.resolve(answer);
    });
  });
}
