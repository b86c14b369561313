import { fetchMe, type AccountProfile } from '../account/account-api';
import type { MessageKey } from '../i18n/dictionaries';
import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText } from '../i18n/notice';
import { ratingOf } from '../report/rating';
import { h } from './dom';
import { formatDateTime, formatScore } from './format';
import { levelProgress } from './level-progress';
import { scoreChange, scoreChangeArrow, scoreChangeKey } from './score-change';
import {
  fetchProgress,
  reportPagePath,
  fetchTakes,
  fetchWeekly,
  previousTake,
  type Read,
  type TakeHistoryEntry,
  type WeeklyBoard,
} from './takes-api';
import { weeklyRanking } from './weekly-ranking';

/** How many lines of the week's board Home shows. */
const boardSize = 10;
/** How far back Home looks for the latest scored take: free-singing takes in between have no score. */
const latestLookback = 20;

interface LatestRecord {
  take: TakeHistoryEntry;
  previousScore: number | null;
}

interface HomeData {
  profile: AccountProfile | null;
  latest: Read<LatestRecord | null> | null;
  board: Read<WeeklyBoard>;
}

const entryPoints: { href: string; title: MessageKey; text: MessageKey; testId: string }[] = [
  { href: '/karaoke', title: 'karaoke.nav', text: 'home.entry.karaoke', testId: 'entry-karaoke' },
  { href: '/range', title: 'nav.range', text: 'home.entry.range', testId: 'entry-range' },
  { href: '/timbre', title: 'timbre.nav', text: 'home.entry.timbre', testId: 'entry-timbre' },
  { href: '/live', title: 'nav.livePitch', text: 'home.entry.live', testId: 'entry-live' },
];

/**
 * Home (`/`). A signed-in singer sees their level and its progress, their latest precision-training record with the
 * change from their previous take of that song, and the week's board. An anonymous visitor sees what SingKing does,
 * sign-up and sign-in, the ways in, and the same board.
 */
export class HomePage {
  private readonly root: HTMLElement;
  private data: HomeData | null = null;

  constructor(root: HTMLElement) {
    this.root = h('section', { class: 'home-page', 'data-testid': 'home-page', 'aria-busy': 'true' });
    root.append(this.root);
    onLanguageChange(() => this.render());
    void this.load();
  }

  private async load(): Promise<void> {
    const [profile, board] = await Promise.all([fetchMe(), fetchWeekly(boardSize)]);
    const latest = profile ? await loadLatest() : null;
    this.data = { profile, latest, board };
    this.root.removeAttribute('aria-busy');
    this.render();
  }

  private render(): void {
    if (!this.data) return;
    const { profile, latest, board } = this.data;
    this.root.replaceChildren(
      ...(profile ? [profileCard(profile), latestCard(latest)] : [welcome(), entries()]),
      weeklyRanking(board),
    );
  }
}

async function loadLatest(): Promise<Read<LatestRecord | null>> {
  const page = await fetchTakes(0, latestLookback);
  if (!page.ok) return page;
  const take = page.value.takes.find((entry) => entry.totalScore !== null && entry.songId !== null && entry.status === 'complete');
  if (!take || take.songId === null) return { ok: true, value: null };
  const progress = await fetchProgress(take.songId);
  const previous = progress.ok ? previousTake(progress.value, take.id) : null;
  return { ok: true, value: { take, previousScore: previous?.totalScore ?? null } };
}

function profileCard(profile: AccountProfile): HTMLElement {
  const progress = levelProgress(profile.experiencePoints, profile.levelStartsAt, profile.nextLevelAt);
  const percent = Math.round(progress.fraction * 100);
  return h('section', { class: 'home-card home-profile', 'data-testid': 'home-profile', 'aria-labelledby': 'home-name' },
    h('p', { class: 'home-profile__greeting' }, t('home.greeting')),
    h('h1', { id: 'home-name', class: 'home-profile__name', 'data-testid': 'home-name' }, profile.displayName),
    h('div', { class: 'home-profile__level' },
      h('span', { class: 'home-profile__badge', 'data-testid': 'home-level' }, t('account.level', { level: profile.level })),
      h('span', { class: 'home-profile__points', 'data-testid': 'home-points' }, t('home.points', { points: formatScore(profile.experiencePoints) }))),
    h('div', {
      class: 'home-profile__bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent,
      'aria-label': t('home.levelProgressLabel'), 'data-testid': 'home-level-bar',
    }, h('span', { class: 'home-profile__fill', style: `width: ${percent}%` })),
    h('p', { class: 'home-profile__next', 'data-testid': 'home-next-level' }, progress.span === 0
      ? t('home.topLevel')
      : t('home.toNextLevel', { remaining: formatScore(progress.remaining), level: profile.level + 1 })),
    h('a', { class: 'home-link', href: '/my', 'data-testid': 'home-to-my' }, t('home.toMyPage')));
}

function latestCard(latest: Read<LatestRecord | null> | null): HTMLElement {
  const section = h('section', { class: 'home-card home-latest', 'data-testid': 'home-latest', 'aria-labelledby': 'latest-heading' },
    h('h2', { id: 'latest-heading' }, t('home.latestHeading')));
  if (!latest) return section;
  if (!latest.ok) {
    section.append(h('p', { class: 'notice', role: 'alert' }, noticeText(latest.notice)));
    return section;
  }
  if (!latest.value) {
    section.append(
      h('p', { class: 'home-empty', 'data-testid': 'home-latest-empty' }, t('home.latestEmpty')),
      h('a', { class: 'start-stop home-cta', href: '/karaoke' }, t('home.singNow')));
    return section;
  }
  const { take, previousScore } = latest.value;
  const score = take.totalScore ?? 0;
  const change = scoreChange(score, previousScore);
  const arrow = scoreChangeArrow(change);
  section.append(
    h('p', { class: 'home-latest__song', 'data-testid': 'home-latest-song' }, take.songTitle ?? take.songId ?? ''),
    h('p', { class: 'home-latest__score' },
      h('span', { class: 'home-latest__total', 'data-testid': 'home-latest-score' }, formatScore(score)),
      h('span', { class: 'home-latest__rating', 'data-testid': 'home-latest-rating' }, t(`report.rating.${ratingOf(score)}`))),
    h('p', { class: `home-latest__change is-${change.direction}`, 'data-testid': 'home-latest-change' },
      arrow ? h('span', { 'aria-hidden': 'true' }, `${arrow} `) : null,
      t(scoreChangeKey(change), { difference: formatScore(change.difference), previous: formatScore(previousScore ?? 0) })),
    h('p', { class: 'home-latest__date', 'data-testid': 'home-latest-date' }, formatDateTime(take.endedAt)),
  );
  if (take.reportUrl) section.append(h('a', { class: 'home-link', href: reportPagePath(take.id), 'data-testid': 'home-latest-report' }, t('home.openReport')));
  return section;
}

function welcome(): HTMLElement {
  return h('section', { class: 'home-card home-welcome', 'data-testid': 'home-welcome', 'aria-labelledby': 'welcome-heading' },
    h('h1', { id: 'welcome-heading' }, t('home.welcomeHeading')),
    h('p', {}, t('home.welcomeText')),
    h('div', { class: 'home-welcome__actions' },
      h('a', { class: 'start-stop home-cta', href: '/signup', 'data-testid': 'home-signup' }, t('account.submitSignUp')),
      h('a', { class: 'home-cta home-cta--secondary', href: '/signin?next=%2F', 'data-testid': 'home-signin' }, t('account.submitSignIn'))));
}

function entries(): HTMLElement {
  return h('nav', { class: 'home-entries', 'data-testid': 'home-entries', 'aria-label': t('home.entriesLabel') },
    ...entryPoints.map((entry) => h('a', { class: 'home-card home-entry', href: entry.href, 'data-testid': entry.testId },
      h('span', { class: 'home-entry__title' }, t(entry.title)),
      h('span', { class: 'home-entry__text' }, t(entry.text)))));
}
