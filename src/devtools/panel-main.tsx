import { render } from 'preact';
import { browser } from '../shared/browser';
import { loadReportCatalog } from '../shared/i18n/load-report-catalog';
import { workerCommands } from '../shared/worker-commands';
import { setMessageSource } from '../ui/i18n/t';
import { copyText } from './copy-text';
import { devtoolsApi } from './devtools-api';
import { PanelRoot } from './panel-root';
import { createRefusalCollector } from './refusal-collector';
import { saveFile } from './save-file';
import { applyTheme } from './theme';

setMessageSource((key, substitutions) => browser.i18n.getMessage(key, substitutions), browser.i18n.getUILanguage());
document.documentElement.lang = browser.i18n.getUILanguage();
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';

const devtools = devtoolsApi();
const root = document.getElementById('app');
if (devtools && root) {
  applyTheme(document.documentElement, devtools.panels, new URLSearchParams(location.search).get('theme'));
  // Chromium's network log drops the retry a login prompt answered (src/har/detect-sanitized.ts).
  const chromium = /\b(?:Chrome|Chromium|Edg)\//.test(navigator.userAgent);
  const collector = createRefusalCollector(devtools.network, { chromium });
  render(
    <PanelRoot
      collector={collector}
      loadCatalog={loadReportCatalog}
      copyText={(text) => copyText(text)}
      pageActions={workerCommands}
      tabId={devtools.inspectedWindow.tabId}
      saveFile={(text, fileName) => saveFile(text, fileName)}
      version={browser.runtime.getManifest().version}
    />,
    root,
  );
}
