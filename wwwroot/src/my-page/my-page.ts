import { fetchMe, type AccountProfile } from '../account/account-api';
import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { ratingOf } from '../report/rating';
import { h } from '../home/dom';
import { formatDate, formatDateTime, formatScore } from '../home/format';
import {
  deleteTake,
  fetchBest,
  fetchLatestRange,
  fetchLatestTimbre,
  fetchProgress,
  fetchTakes,
  reportPagePath,
  type ProgressPoint,
  type RangeDiagnosis,
  type Read,
  type SongBest,
  type TakeHistoryEntry,
  type TakeHistoryPage,
  type TimbreDiagnosis,
} from '../home/takes-api';
import { ProgressChart } from './progress-chart';

/** Takes per page of the history. */
const pageSize = 10;

/**
 * My page (`/my`): the signed-in singer's latest range and timbre results, their whole training history (paged;
 * each take opens its report, plays its replay or is deleted after a confirmation), and a chart of their scores
 * over time, of every song or one. An anonymous visitor is asked to sign in.
 */
export class MyPage {
  private readonly root: HTMLElement;
  private readonly chart = new ProgressChart();
  private readonly audio = h('audio', { class: 'my-replay__audio', controls: true, preload: 'none', 'data-testid': 'replay-audio' });
  private profile: AccountProfile | null = null;
  private loaded = false;
  private range: Read<RangeDiagnosis | null> | null = null;
  private timbre: Read<TimbreDiagnosis | null> | null = null;
  private history: Read<TakeHistoryPage> | null = null;
  private offset = 0;
  private songs: SongBest[] = [];
  private songId: string | null = null;
  private progress: Read<ProgressPoint[]> | null = null;
  private replaying: TakeHistoryEntry | null = null;
  private notice: Notice | null = null;

  constructor(root: HTMLElement) {
    this.root = h('section', { class: 'my-page', 'data-testid': 'my-page', 'aria-busy': 'true' });
    root.append(this.root);
    onLanguageChange(() => this.render());
    void this.load();
  }

  private async load(): Promise<void> {
    this.profile = await fetchMe();
    if (this.profile) {
      const [range, timbre, best] = await Promise.all([fetchLatestRange(), fetchLatestTimbre(), fetchBest(), this.loadHistory(), this.loadProgress()]);
      this.range = range;
      this.timbre = timbre;
      this.songs = best.ok ? best.value : [];
    }
    this.loaded = true;
    this.root.removeAttribute('aria-busy');
    this.render();
  }

  private async loadHistory(): Promise<void> {
    this.history = await fetchTakes(this.offset, pageSize);
  }

  private async loadProgress(): Promise<void> {
    this.progress = await fetchProgress(this.songId);
  }

  private render(): void {
    if (!this.loaded) return;
    if (!this.profile) {
      this.root.replaceChildren(h('section', { class: 'home-card my-signed-out', 'data-testid': 'my-signed-out' },
        h('h1', {}, t('my.heading')),
        h('p', {}, t('my.signedOut')),
        h('a', { class: 'start-stop home-cta', href: '/signin?next=%2Fmy', 'data-testid': 'my-signin' }, t('account.submitSignIn'))));
      return;
    }
    this.root.replaceChildren(
      h('div', { class: 'page-intro' }, h('h1', {}, t('my.heading')), h('p', {}, t('my.intro', { name: this.profile.displayName }))),
      ...(this.notice ? [h('p', { class: 'notice', role: 'alert', 'data-testid': 'my-notice' }, noticeText(this.notice))] : []),
      h('div', { class: 'my-diagnoses' }, this.rangeCard(), this.timbreCard()),
      this.chartCard(),
      this.historyCard(),
      this.replayCard());
  }

  private rangeCard(): HTMLElement {
    const card = h('section', { class: 'home-card my-diagnosis', 'data-testid': 'my-range' }, h('h2', {}, t('my.rangeHeading')));
    const range = this.range;
    if (range && !range.ok) card.append(h('p', { class: 'notice' }, noticeText(range.notice)));
    else if (!range?.value) {
      card.append(h('p', { class: 'home-empty' }, t('my.rangeNone')), h('a', { class: 'home-link', href: '/range', 'data-testid': 'my-measure-range' }, t('my.measureRange')));
    } else {
      const value = range.value;
      card.append(
        h('p', { class: 'my-diagnosis__main', 'data-testid': 'my-range-notes' }, `${value.lowestNote} – ${value.highestNote}`),
        h('p', { class: 'my-diagnosis__sub' }, value.voiceType ? t(`voice.${value.voiceType}` as 'voice.bass') : ''),
        h('p', { class: 'my-diagnosis__date' }, t('my.measuredOn', { date: formatDate(value.measuredAt) })),
        h('a', { class: 'home-link', href: '/range' }, t('my.measureAgain')));
    }
    return card;
  }

  private timbreCard(): HTMLElement {
    const card = h('section', { class: 'home-card my-diagnosis', 'data-testid': 'my-timbre' }, h('h2', {}, t('my.timbreHeading')));
    const timbre = this.timbre;
    if (timbre && !timbre.ok) card.append(h('p', { class: 'notice' }, noticeText(timbre.notice)));
    else if (!timbre?.value) {
      card.append(h('p', { class: 'home-empty' }, t('my.timbreNone')), h('a', { class: 'home-link', href: '/timbre', 'data-testid': 'my-measure-timbre' }, t('my.measureTimbre')));
    } else {
      const value = timbre.value;
      const share = Math.round((value.probabilities[value.label] ?? 0) * 100);
      card.append(
        h('p', { class: 'my-diagnosis__main', 'data-testid': 'my-timbre-label' }, t(`timbre.label.${value.label}`)),
        h('p', { class: 'my-diagnosis__sub' }, t('my.timbreShare', { percent: share })),
        h('p', { class: 'my-diagnosis__date' }, t('my.measuredOn', { date: formatDate(value.measuredAt) })),
        h('a', { class: 'home-link', href: '/timbre' }, t('my.measureAgain')));
    }
    return card;
  }

  private chartCard(): HTMLElement {
    const picker = h('select', { class: 'my-chart__picker', 'data-testid': 'progress-song', 'aria-label': t('my.chartSong') },
      h('option', { value: '' }, t('my.chartAllSongs')),
      ...this.songs.map((song) => h('option', { value: song.songId }, song.songTitle ?? song.songId)));
    picker.value = this.songId ?? '';
    picker.addEventListener('change', async () => {
      this.songId = picker.value || null;
      await this.loadProgress();
      this.render();
    });
    const card = h('section', { class: 'home-card my-chart', 'data-testid': 'my-progress', 'aria-labelledby': 'chart-heading' },
      h('div', { class: 'my-card-head' }, h('h2', { id: 'chart-heading' }, t('my.chartHeading')), picker));
    const progress = this.progress;
    if (progress && !progress.ok) card.append(h('p', { class: 'notice' }, noticeText(progress.notice)));
    const points = progress?.ok ? progress.value : [];
    card.append(this.chart.canvas);
    if (points.length === 0) card.append(h('p', { class: 'home-empty', 'data-testid': 'progress-empty' }, t('my.chartEmpty')));
    // Drawn after the canvas is back in the page, so it has a width.
    queueMicrotask(() => this.chart.show(points));
    return card;
  }

  private historyCard(): HTMLElement {
    const card = h('section', { class: 'home-card my-history', 'data-testid': 'my-history', 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, t('my.historyHeading')));
    const history = this.history;
    if (!history) return card;
    if (!history.ok) {
      card.append(h('p', { class: 'notice', role: 'alert' }, noticeText(history.notice)));
      return card;
    }
    const { takes, totalCount } = history.value;
    if (takes.length === 0) {
      card.append(h('p', { class: 'home-empty', 'data-testid': 'history-empty' }, t('my.historyEmpty')), h('a', { class: 'home-link', href: '/karaoke' }, t('home.singNow')));
      return card;
    }
    card.append(h('ul', { class: 'my-history__list' }, ...takes.map((take) => this.historyRow(take))));
    const pages = Math.max(1, Math.ceil(totalCount / pageSize));
    const page = Math.floor(this.offset / pageSize) + 1;
    const previous = h('button', { type: 'button', class: 'my-pager__button', 'data-testid': 'history-previous', disabled: page <= 1 }, t('my.previousPage'));
    const next = h('button', { type: 'button', class: 'my-pager__button', 'data-testid': 'history-next', disabled: page >= pages }, t('my.nextPage'));
    previous.addEventListener('click', () => void this.turnPage(-1));
    next.addEventListener('click', () => void this.turnPage(1));
    card.append(h('div', { class: 'my-pager' }, previous, h('span', { 'data-testid': 'history-page' }, t('my.pageOf', { page, pages, count: totalCount })), next));
    return card;
  }

  private historyRow(take: TakeHistoryEntry): HTMLElement {
    const title = take.songTitle ?? (take.songId ? take.songId : t('my.freeSinging'));
    const score = take.totalScore;
    const what = h('span', { class: 'my-history__what' },
      h('span', { class: 'my-history__song' }, title),
      h('span', { class: 'my-history__date' }, formatDateTime(take.endedAt)));
    const figures = h('span', { class: 'my-history__figures' },
      h('span', { class: 'my-history__score' }, score === null ? '—' : formatScore(score)),
      score === null ? null : h('span', { class: 'my-history__rating' }, t(`report.rating.${ratingOf(score)}`)));
    const main = take.reportUrl
      ? h('a', { class: 'my-history__open', href: reportPagePath(take.id), 'data-testid': 'history-report' }, what, figures)
      : h('span', { class: 'my-history__open' }, what, figures);
    const actions = h('span', { class: 'my-history__actions' });
    if (take.audioUrl) {
      const play = h('button', { type: 'button', class: 'my-history__action', 'data-testid': 'history-play', 'aria-label': t('my.playLabel', { song: title }) }, t('my.play'));
      play.addEventListener('click', () => this.replay(take));
      actions.append(play);
    }
    const remove = h('button', { type: 'button', class: 'my-history__action is-danger', 'data-testid': 'history-delete', 'aria-label': t('my.deleteLabel', { song: title }) }, t('my.delete'));
    remove.addEventListener('click', () => void this.remove(take, title));
    actions.append(remove);
    return h('li', { class: this.replaying?.id === take.id ? 'my-history__row is-playing' : 'my-history__row', 'data-testid': 'history-row', 'data-take-id': take.id }, main, actions);
  }

  private replayCard(): HTMLElement {
    const take = this.replaying;
    const card = h('section', { class: 'home-card my-replay', 'data-testid': 'my-replay', 'aria-labelledby': 'replay-heading' },
      h('h2', { id: 'replay-heading' }, t('my.replayHeading')),
      h('p', { class: take ? 'my-replay__title' : 'home-empty', 'data-testid': 'replay-title' }, take
        ? `${take.songTitle ?? take.songId ?? t('my.freeSinging')} · ${formatDateTime(take.endedAt)}`
        : t('my.replayNone')));
    this.audio.hidden = take === null;
    card.append(this.audio);
    return card;
  }

  private replay(take: TakeHistoryEntry): void {
    if (!take.audioUrl) return;
    this.replaying = take;
    this.audio.src = take.audioUrl;
    this.render();
    void this.audio.play().catch(() => {
      // A browser may refuse to start playing by itself; the controls are there to start it.
    });
    this.root.querySelector('[data-testid="my-replay"]')?.scrollIntoView({ block: 'nearest' });
  }

  private async turnPage(direction: number): Promise<void> {
    this.offset = Math.max(0, this.offset + direction * pageSize);
    await this.loadHistory();
    this.render();
  }

  private async remove(take: TakeHistoryEntry, title: string): Promise<void> {
    if (!window.confirm(t('my.deleteConfirm', { song: title, date: formatDateTime(take.endedAt) }))) return;
    this.notice = await deleteTake(take.id);
    if (this.notice) {
      this.render();
      return;
    }
    if (this.replaying?.id === take.id) {
      this.replaying = null;
      this.audio.removeAttribute('src');
    }
    await this.loadHistory();
    // A page emptied by the delete shows the one before it.
    if (this.history?.ok && this.history.value.takes.length === 0 && this.offset > 0) {
      this.offset -= pageSize;
      await this.loadHistory();
    }
    // A diagnosis measured in the take goes with it.
    const [best, range, timbre] = await Promise.all([fetchBest(), fetchLatestRange(), fetchLatestTimbre(), this.loadProgress()]);
    this.songs = best.ok ? best.value : this.songs;
    this.range = range;
    this.timbre = timbre;
    this.render();
  }
}
