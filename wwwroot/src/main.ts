import { AccountPage } from './account/account-page';
import { BattlePage } from './battle/battle-page';
import { BoardPage } from './boards/board-page';
import { CalibrationPage } from './calibration/calibration-page';
import { HomePage } from './home/home-page';
import { initI18n } from './i18n/i18n';
import { KaraokePage } from './karaoke/karaoke-page';
import { LivePitchPage } from './live-pitch/live-pitch-page';
import { MyPage } from './my-page/my-page';
import { RangePage } from './range/range-page';
import { takeIdFromPath } from './report/report-client';
import { ReportPage } from './report/report-page';
import { initAppShell } from './shell/app-shell';
import { SongUploadPage } from './song-upload/song-upload-page';
import { TimbrePage } from './timbre/timbre-page';

const pageRoot = document.getElementById('page');
if (!pageRoot) throw new Error('index.html lacks <main id="page">.');

// The Host serves index.html for every page route; the path picks the page. Home is the singer's start page.
const path = location.pathname.replace(/\/+$/, '');
if (path === '') {
  new HomePage(pageRoot);
  initAppShell('home');
  initI18n('home.title');
} else if (path === '/my') {
  new MyPage(pageRoot);
  initAppShell('my');
  initI18n('my.title');
} else if (path === '/karaoke') {
  new KaraokePage(pageRoot);
  initAppShell('karaoke');
  initI18n('karaoke.title');
} else if (path === '/range') {
  new RangePage(pageRoot);
  initAppShell('range');
  initI18n('range.title');
} else if (path.startsWith('/report/') || path === '/report') {
  new ReportPage(pageRoot, takeIdFromPath(path));
  initAppShell('report');
  initI18n('report.title');
} else if (path === '/calibrate') {
  new CalibrationPage(pageRoot);
  initAppShell('calibrate');
  initI18n('calibrate.title');
} else if (path === '/signin' || path === '/signup') {
  new AccountPage(pageRoot, path === '/signin' ? 'signin' : 'signup');
  initAppShell('account');
  initI18n(path === '/signin' ? 'account.signInTitle' : 'account.signUpTitle');
} else if (path === '/timbre') {
  new TimbrePage(pageRoot);
  initAppShell('timbre');
  initI18n('timbre.title');
} else if (path === '/boards') {
  new BoardPage(pageRoot);
  initAppShell('boards');
  initI18n('boards.title');
} else if (path === '/battle') {
  new BattlePage(pageRoot);
  initAppShell('battle');
  initI18n('battle.title');
} else if (path === '/songs/new') {
  new SongUploadPage(pageRoot);
  initAppShell('songs-new');
  initI18n('upload.title');
} else {
  new LivePitchPage(pageRoot);
  initAppShell('live');
  initI18n('app.title');
}
