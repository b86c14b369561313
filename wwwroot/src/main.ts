import { initI18n } from './i18n/i18n';
import { LivePitchPage } from './live-pitch/live-pitch-page';
import { initAppShell } from './shell/app-shell';

// One page so far; later pages pick their module from location.pathname here.
const pageRoot = document.getElementById('page');
if (!pageRoot) throw new Error('index.html lacks <main id="page">.');
new LivePitchPage(pageRoot);
initAppShell('live');
initI18n();
