import { HttpTransportType, HubConnectionBuilder, LogLevel, type HubConnection } from '@microsoft/signalr';
import { MessagePackHubProtocol } from '@microsoft/signalr-protocol-msgpack';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { fetchSongs } from '../songs/song-client';
import { boardHubPath, boardQuery, fetchBoard, type BoardChoice, type BoardRow, type BoardView } from './board-client';
import { recentWeeks } from './board-weeks';

const markup = `
<section class="board-page" aria-labelledby="board-heading">
  <div class="page-intro">
    <h1 id="board-heading" data-i18n="boards.heading"></h1>
    <p data-i18n="boards.intro"></p>
  </div>
  <div class="board-filters">
    <label class="board-filters__field">
      <span data-i18n="boards.song"></span>
      <select data-testid="board-song"></select>
    </label>
    <label class="board-filters__field">
      <span data-i18n="boards.week"></span>
      <select data-testid="board-week"></select>
    </label>
  </div>
  <p class="board-span" data-testid="board-span"></p>
  <p class="status" data-testid="board-status" role="status"></p>
  <ol class="board-list" data-testid="board-top"></ol>
  <section class="board-mine" data-testid="board-mine" hidden>
    <h2 data-i18n="boards.mine"></h2>
    <ol class="board-list"></ol>
  </section>
</section>`;

/**
 * The leaderboard page: a song (or every song) and a week (or all time) pick a board; it shows the first 50 with the
 * signed-in singer's row and neighbours highlighted, and reads the board again whenever the hub says a take entered it.
 */
export class BoardPage {
  private readonly songSelect: HTMLSelectElement;
  private readonly weekSelect: HTMLSelectElement;
  private readonly top: HTMLOListElement;
  private readonly mine: HTMLElement;
  private readonly status: HTMLElement;
  private readonly span: HTMLElement;
  private readonly hub: HubConnection;
  private readonly weeks = recentWeeks(new Date(), 5);
  private songs: { id: string; title: string }[] = [];
  private view: BoardView | null = null;
  private watched: string | null = null;
  private loading: AbortController | null = null;

  constructor(root: HTMLElement) {
    root.innerHTML = markup;
    this.songSelect = root.querySelector('[data-testid="board-song"]')!;
    this.weekSelect = root.querySelector('[data-testid="board-week"]')!;
    this.top = root.querySelector('[data-testid="board-top"]')!;
    this.mine = root.querySelector('[data-testid="board-mine"]')!;
    this.status = root.querySelector('[data-testid="board-status"]')!;
    this.span = root.querySelector('[data-testid="board-span"]')!;
    this.hub = new HubConnectionBuilder()
      // WebSocket straight away, without the negotiate request: behind a round-robin proxy the negotiate and the
      // socket could reach different hosts, and only the host that negotiated would know the connection.
      .withUrl(boardHubPath, { transport: HttpTransportType.WebSockets, skipNegotiation: true })
      .withHubProtocol(new MessagePackHubProtocol())
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    this.hub.on('boardChanged', (key: string) => {
      if (key === this.view?.key) void this.load();
    });
    // After a reconnect the server has forgotten the group, and changes may have been missed meanwhile.
    this.hub.onreconnected(() => {
      this.watched = null;
      void this.load();
    });

    this.songSelect.addEventListener('change', () => void this.load());
    this.weekSelect.addEventListener('change', () => void this.load());
    onLanguageChange(() => {
      this.fillPickers();
      this.render();
    });
    this.fillPickers();
    void this.start();
  }

  private get choice(): BoardChoice {
    return { songId: this.songSelect.value || null, week: this.weekSelect.value || null };
  }

  private async start(): Promise<void> {
    try {
      this.songs = (await fetchSongs()).map((s) => ({ id: s.id, title: s.title }));
      this.fillPickers();
    } catch {
      // The global board needs no song list; the song picker stays at "every song".
    }
    try {
      await this.hub.start();
    } catch {
      this.status.textContent = t('boards.noLive');
    }
    await this.load();
  }

  private fillPickers(): void {
    const song = this.songSelect.value;
    const week = this.weekSelect.options.length > 0 ? this.weekSelect.value : this.weeks[0];
    this.songSelect.replaceChildren(
      new Option(t('boards.allSongs'), ''),
      ...this.songs.map((s) => new Option(s.title, s.id)),
    );
    this.songSelect.value = song;
    const weekLabels = this.weeks.map((monday, i) =>
      new Option(i === 0 ? t('boards.thisWeek') : i === 1 ? t('boards.lastWeek') : t('boards.weeksAgo', { count: i, monday }), monday),
    );
    this.weekSelect.replaceChildren(...weekLabels, new Option(t('boards.allTime'), ''));
    this.weekSelect.value = week;
  }

  private async load(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.status.textContent = t('boards.loading');
    try {
      const view = await fetchBoard(this.choice, loading.signal);
      if (loading.signal.aborted) return;
      this.view = view;
      this.status.textContent = '';
      this.render();
      await this.watch(view);
    } catch (error) {
      if (loading.signal.aborted) return;
      this.status.textContent = t('boards.error', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async watch(view: BoardView): Promise<void> {
    if (this.watched === view.key || this.hub.state !== 'Connected') return;
    if (this.watched !== null) await this.hub.invoke('unwatch', this.watched);
    const query = boardQuery(this.choice);
    this.watched = await this.hub.invoke<string>('watch', query.kind, query.songId, query.week);
    // Tells a watcher (and a test) that pushes for this board now arrive.
    this.status.closest('section')!.setAttribute('data-watching', this.watched);
  }

  private render(): void {
    const view = this.view;
    if (!view) return;
    this.span.textContent = view.from && view.to
      ? t('boards.span', { from: day(view.from), to: day(new Date(Date.parse(view.to) - 1).toISOString()) })
      : t('boards.allTimeSpan');
    this.top.replaceChildren(...view.top.map((row) => this.row(row, view)));
    if (view.top.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'board-list__empty';
      empty.textContent = t('boards.empty');
      this.top.append(empty);
    }
    const inTop = view.me !== null && view.top.some((r) => r.isMe);
    // The top 50 already shows the singer and their neighbours when they are in it.
    const around = inTop ? [] : view.around;
    this.mine.hidden = around.length === 0;
    this.mine.querySelector('ol')!.replaceChildren(...around.map((row) => this.row(row, view)));
  }

  private row(row: BoardRow, view: BoardView): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'board-row';
    item.dataset.testid = 'board-row';
    const near = view.me !== null && Math.abs(row.rank - view.me.rank) <= 2;
    if (row.isMe) item.classList.add('board-row--me');
    else if (near) item.classList.add('board-row--near');
    const rank = document.createElement('span');
    rank.className = 'board-row__rank';
    rank.textContent = String(row.rank);
    const name = document.createElement('span');
    name.className = 'board-row__name';
    name.dataset.testid = 'board-row-name';
    name.textContent = row.isMe ? `${row.displayName} (${t('boards.you')})` : row.displayName;
    const detail = document.createElement('span');
    detail.className = 'board-row__detail';
    detail.textContent = [t('boards.level', { level: row.level }), view.kind === 'week' ? row.songTitle : null].filter(Boolean).join(' · ');
    const score = document.createElement('span');
    score.className = 'board-row__score';
    score.textContent = Math.round(row.score).toLocaleString(language() === 'ko' ? 'ko-KR' : 'en-US');
    item.append(rank, name, detail, score);
    return item;
  }
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString(language() === 'ko' ? 'ko-KR' : 'en-GB', { timeZone: 'Asia/Seoul', month: 'short', day: 'numeric' });
}
