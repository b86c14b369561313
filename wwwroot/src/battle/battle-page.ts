import type { HubConnection } from '@microsoft/signalr';
import { boardHubConnection, type BoardRow } from '../boards/board-client';
import { h } from '../home/dom';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { fetchSongs } from '../songs/song-client';
import {
  chooseBattleSongs,
  fetchBattleHistory,
  fetchBattleWeek,
  fetchCurrentBattle,
  type BattleHistory,
  type BattleOutcome,
  type BattleSong,
  type BattleWeek,
  type CurrentBattle,
} from './battle-client';
import { clockSkew, nextMonday, timeLeft } from './battle-countdown';

const historyPage = 10;

const markup = `
<section class="battle-page" aria-labelledby="battle-heading">
  <div class="page-intro">
    <h1 id="battle-heading" data-i18n="battle.heading"></h1>
    <p data-i18n="battle.intro"></p>
  </div>
  <div class="battle-countdown" data-testid="battle-countdown" role="timer" aria-live="off">
    <span class="battle-countdown__label" data-i18n="battle.endsIn"></span>
    <span class="battle-countdown__time" data-testid="battle-countdown-time"></span>
    <span class="battle-countdown__end" data-testid="battle-countdown-end"></span>
  </div>
  <p class="status" data-testid="battle-status" role="status"></p>
  <div class="battle-songs" data-testid="battle-songs"></div>
  <section class="battle-admin" data-testid="battle-admin" aria-labelledby="battle-admin-heading" hidden>
    <h2 id="battle-admin-heading" data-i18n="battle.adminHeading"></h2>
    <form class="battle-admin__form">
      <label class="board-filters__field">
        <span data-i18n="battle.adminWeek"></span>
        <select data-testid="battle-admin-week"></select>
      </label>
      <div class="battle-admin__songs"></div>
      <button type="submit" class="start-stop battle-admin__save" data-testid="battle-admin-save" data-i18n="battle.adminSave"></button>
      <p class="status" data-testid="battle-admin-status" role="status"></p>
    </form>
  </section>
  <section class="battle-last" data-testid="battle-last" aria-labelledby="battle-last-heading" hidden>
    <h2 id="battle-last-heading" data-i18n="battle.lastWeek"></h2>
    <ul class="battle-results"></ul>
  </section>
  <section class="battle-history" data-testid="battle-history" aria-labelledby="battle-history-heading">
    <h2 id="battle-history-heading" data-i18n="battle.history"></h2>
    <ol class="battle-history__weeks"></ol>
    <button type="button" class="secondary-button" data-testid="battle-history-more" data-i18n="battle.more" hidden></button>
  </section>
</section>`;

/**
 * The weekly battle (씽킹 배틀): this week's three songs with their boards and a countdown to the week's end (Seoul's
 * week, shown in the singer's own time), last week's winners and the history; an admin also chooses the songs of this
 * or next week. The boards are read again whenever the boards' hub says a take entered one of them.
 */
export class BattlePage {
  private readonly root: HTMLElement;
  private readonly songsBox: HTMLElement;
  private readonly status: HTMLElement;
  private readonly countdownTime: HTMLElement;
  private readonly countdownEnd: HTMLElement;
  private readonly admin: HTMLElement;
  private readonly adminWeek: HTMLSelectElement;
  private readonly adminSongs: HTMLElement;
  private readonly adminStatus: HTMLElement;
  private readonly last: HTMLElement;
  private readonly historyList: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly hub: HubConnection;
  private current: CurrentBattle | null = null;
  private skew = 0;
  private history: BattleWeek[] = [];
  private historyTotal = 0;
  private library: { id: string; title: string; artist: string }[] = [];
  private adminNotice: Notice | null = null;
  private watched = new Set<string>();
  private loading: AbortController | null = null;
  private reloadedAtEnd = false;

  constructor(root: HTMLElement) {
    root.innerHTML = markup;
    this.root = root.querySelector('.battle-page')!;
    this.songsBox = root.querySelector('[data-testid="battle-songs"]')!;
    this.status = root.querySelector('[data-testid="battle-status"]')!;
    this.countdownTime = root.querySelector('[data-testid="battle-countdown-time"]')!;
    this.countdownEnd = root.querySelector('[data-testid="battle-countdown-end"]')!;
    this.admin = root.querySelector('[data-testid="battle-admin"]')!;
    this.adminWeek = root.querySelector('[data-testid="battle-admin-week"]')!;
    this.adminSongs = root.querySelector('.battle-admin__songs')!;
    this.adminStatus = root.querySelector('[data-testid="battle-admin-status"]')!;
    this.last = root.querySelector('[data-testid="battle-last"]')!;
    this.historyList = root.querySelector('.battle-history__weeks')!;
    this.more = root.querySelector('[data-testid="battle-history-more"]')!;
    this.hub = boardHubConnection();
    this.hub.on('boardChanged', (key: string) => {
      if (this.current?.songs.some((s) => s.board.key === key)) void this.load();
    });
    // After a reconnect the server has forgotten the groups, and changes may have been missed meanwhile.
    this.hub.onreconnected(() => {
      this.watched.clear();
      void this.load();
    });

    this.admin.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.adminWeek.addEventListener('change', () => void this.loadAdminWeek());
    this.more.addEventListener('click', () => void this.loadHistory(this.history.length));
    onLanguageChange(() => this.render());
    window.setInterval(() => this.tick(), 1000);
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      await this.hub.start();
    } catch {
      this.status.textContent = t('battle.noLive');
    }
    await Promise.all([this.load(), this.loadHistory(0)]);
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    try {
      const current = await fetchCurrentBattle(loading.signal);
      if (loading.signal.aborted) return;
      const firstAdminView = current.isAdmin && !this.current?.isAdmin;
      this.current = current;
      this.skew = clockSkew(current.serverTime, Date.now());
      this.reloadedAtEnd = false;
      if (this.status.textContent !== t('battle.noLive')) this.status.textContent = '';
      this.render();
      if (firstAdminView) await this.prepareAdmin();
      await this.watch(current);
    } catch (error) {
      if (loading.signal.aborted) return;
      this.status.textContent = t('battle.error', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async loadHistory(offset: number): Promise<void> {
    try {
      const page: BattleHistory = await fetchBattleHistory(offset, historyPage);
      this.history = offset === 0 ? page.weeks : [...this.history, ...page.weeks];
      this.historyTotal = page.totalCount;
      this.renderHistory();
    } catch (error) {
      this.status.textContent = t('battle.error', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async watch(current: CurrentBattle): Promise<void> {
    if (this.hub.state !== 'Connected') return;
    for (const song of current.songs) {
      if (this.watched.has(song.board.key)) continue;
      this.watched.add(await this.hub.invoke<string>('watch', 'songWeek', song.songId, current.week));
    }
    // Tells a watcher (and a test) that pushes for these boards now arrive.
    this.root.setAttribute('data-watching', String(this.watched.size));
  }

  private tick(): void {
    const current = this.current;
    if (!current) return;
    const left = timeLeft(current.to, Date.now(), this.skew);
    this.countdownTime.textContent = left.over
      ? t('battle.over')
      : t('battle.timeLeft', { days: left.days, hours: pad(left.hours), minutes: pad(left.minutes), seconds: pad(left.seconds) });
    // A new week has begun: its battle (and last week's winners, once fixed) come from the server.
    if (left.over && !this.reloadedAtEnd) {
      this.reloadedAtEnd = true;
      window.setTimeout(() => {
        void this.load();
        void this.loadHistory(0);
      }, 5000);
    }
  }

  private render(): void {
    const current = this.current;
    if (!current) return;
    this.countdownEnd.textContent = t('battle.endsAt', { when: localDateTime(current.to) });
    this.tick();
    this.songsBox.replaceChildren(...current.songs.map((song) => this.songCard(song)));
    if (current.songs.length === 0) this.songsBox.append(h('p', { class: 'battle-empty', 'data-testid': 'battle-empty' }, t('battle.noSongs')));
    this.renderAdmin();
    this.renderHistory();
  }

  private songCard(song: BattleSong): HTMLElement {
    const board = song.board;
    const rows = board.top.map((row) => this.row(row));
    if (rows.length === 0) rows.push(h('li', { class: 'board-list__empty' }, t('battle.boardEmpty')));
    const inTop = board.top.some((r) => r.isMe);
    const mine = board.me !== null && !inTop
      ? h('ol', { class: 'board-list battle-song__mine', 'data-testid': 'battle-mine' }, this.row(board.me))
      : null;
    return h(
      'article',
      { class: 'battle-song', 'data-testid': 'battle-song', 'data-song-id': song.songId },
      h('p', { class: 'battle-song__slot' }, t('battle.slot', { slot: song.slot })),
      h('h2', { class: 'battle-song__title', 'data-testid': 'battle-song-title' }, song.title ?? song.songId),
      h('p', { class: 'battle-song__artist' }, song.artist ?? ''),
      h('a', { class: 'start-stop battle-song__sing', href: `/karaoke?song=${encodeURIComponent(song.songId)}`, 'data-testid': 'battle-sing' }, t('battle.sing')),
      h('ol', { class: 'board-list battle-song__board', 'data-testid': 'battle-board' }, ...rows),
      mine,
    );
  }

  private row(row: BoardRow): HTMLLIElement {
    const item = h(
      'li',
      { class: row.isMe ? 'board-row board-row--me' : 'board-row', 'data-testid': 'battle-row' },
      h('span', { class: 'board-row__rank' }, String(row.rank)),
      h('span', { class: 'board-row__name' }, row.isMe ? `${row.displayName} (${t('boards.you')})` : row.displayName),
      h('span', { class: 'board-row__detail' }, t('boards.level', { level: row.level })),
      h('span', { class: 'board-row__score' }, score(row.score)),
    );
    return item;
  }

  private renderHistory(): void {
    const current = this.current;
    const lastMonday = current ? new Date(Date.parse(`${current.week}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10) : null;
    const lastWeek = this.history.find((w) => w.week === lastMonday) ?? null;
    this.last.hidden = lastWeek === null;
    if (lastWeek) this.last.querySelector('ul')!.replaceChildren(...lastWeek.battles.map((b) => this.outcome(b)));
    const older = this.history.filter((w) => w !== lastWeek);
    this.historyList.replaceChildren(
      ...older.map((week) =>
        h(
          'li',
          { class: 'battle-history__week', 'data-testid': 'battle-history-week', 'data-week': week.week },
          h('h3', {}, t('battle.weekOf', { from: localDate(week.from), to: localDate(new Date(Date.parse(week.to) - 1).toISOString()) })),
          h('ul', { class: 'battle-results' }, ...week.battles.map((b) => this.outcome(b))),
        ),
      ),
    );
    if (older.length === 0) this.historyList.append(h('li', { class: 'battle-history__empty' }, t('battle.noHistory')));
    this.more.hidden = this.history.length >= this.historyTotal;
  }

  private outcome(battle: BattleOutcome): HTMLLIElement {
    const result = battle.winner
      ? t('battle.winner', { name: battle.winner.displayName, score: score(battle.winner.score) })
      : battle.closed ? t('battle.noEntries') : t('battle.deciding');
    return h(
      'li',
      { class: 'battle-result', 'data-testid': 'battle-result' },
      h('span', { class: 'battle-result__song' }, battle.title ?? battle.songId),
      h('span', { class: battle.winner ? 'battle-result__winner' : 'battle-result__none' }, result),
    );
  }

  private async prepareAdmin(): Promise<void> {
    try {
      this.library = (await fetchSongs()).map((s) => ({ id: s.id, title: s.title, artist: s.artist }));
    } catch {
      this.library = [];
    }
    this.renderAdmin();
    await this.loadAdminWeek();
    // The form now holds the week's stored choice; a choice made before this would have been overwritten.
    this.admin.setAttribute('data-ready', 'true');
  }

  private renderAdmin(): void {
    const current = this.current;
    this.admin.hidden = !current?.isAdmin;
    if (!current?.isAdmin) return;
    const week = this.adminWeek.value || current.week;
    const next = nextMonday(current.week);
    this.adminWeek.replaceChildren(
      new Option(t('battle.thisWeek', { monday: current.week }), current.week),
      new Option(t('battle.nextWeek', { monday: next }), next),
    );
    this.adminWeek.value = week === next ? next : current.week;
    const chosen = [...this.adminSongs.querySelectorAll('select')].map((s) => s.value);
    this.adminSongs.replaceChildren(
      ...[0, 1, 2].map((i) => {
        const select = h('select', { 'data-testid': `battle-admin-song-${i + 1}`, required: true });
        select.append(new Option(t('battle.pickSong'), ''), ...this.library.map((s) => new Option(`${s.title} — ${s.artist}`, s.id)));
        select.value = chosen[i] ?? '';
        return h('label', { class: 'board-filters__field' }, h('span', {}, t('battle.slot', { slot: i + 1 })), select);
      }),
    );
    this.adminStatus.textContent = this.adminNotice ? noticeText(this.adminNotice) : '';
  }

  private async loadAdminWeek(): Promise<void> {
    try {
      const week = await fetchBattleWeek(this.adminWeek.value);
      const selects = [...this.adminSongs.querySelectorAll('select')];
      selects.forEach((select, i) => (select.value = week.battles[i]?.songId ?? ''));
    } catch {
      // The form starts empty; saving still works.
    }
  }

  private async save(): Promise<void> {
    const songIds = [...this.adminSongs.querySelectorAll('select')].map((s) => s.value);
    this.adminNotice = { key: 'battle.adminSaving' };
    this.adminStatus.textContent = noticeText(this.adminNotice);
    const problem = await chooseBattleSongs(this.adminWeek.value, songIds);
    this.adminNotice = problem ?? { key: 'battle.adminSaved' };
    this.adminStatus.textContent = noticeText(this.adminNotice);
    if (!problem) await this.load();
  }
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function locale(): string {
  return language() === 'ko' ? 'ko-KR' : 'en-GB';
}

function score(value: number): string {
  return Math.round(value).toLocaleString(language() === 'ko' ? 'ko-KR' : 'en-US');
}

/** The instant in the singer's own time zone: the week is Seoul's, the clock on the wall is theirs. */
function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString(locale(), { weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A day of a past week, in Seoul's calendar, as the weeks are. */
function localDate(iso: string): string {
  return new Date(iso).toLocaleDateString(locale(), { timeZone: 'Asia/Seoul', month: 'short', day: 'numeric' });
}
