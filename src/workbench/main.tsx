import { render } from 'preact';
import { WorkbenchRoot } from './components/workbench-root';
import { t } from '../ui/i18n/t';
import { setUpMessages, startWorker } from './host/extension-host';

const language = setUpMessages();
document.documentElement.lang = language;
document.title = t('workbench_title');
// Tests and screenshots check both palettes without emulating a media query.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

const root = document.getElementById('app');
if (root) render(<WorkbenchRoot startWorker={startWorker} />, root);
