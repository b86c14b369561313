import { deviceKeyOf, loadDeviceLatency } from '../calibration/device-latency';
import type { ChunkResult, Difficulty, LineRating, TakeSummary } from '../connection/hub-contract';
import type { MessageKey } from '../i18n/dictionaries';
import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { TakeStartError } from '../singing/live-take';
import { fetchSong, SongLoadError } from '../songs/song-client';
import type { SongDetails, SongNote, SongPhrase } from '../songs/song-types';
import { KaraokeTake } from './karaoke-take';
import { shownLines, syllableProgress, syllableStates, syllableText } from './lyrics';
import { PianoRoll, type RollNote } from './piano-roll';
import { foldOntoNote, midiOfFrequency, noteHit } from './roll-geometry';
import { languageLabel, minutes, SongPicker, tagLabel } from './song-picker';

/** Where the chosen difficulty is remembered. */
const difficultyStorageKey = 'singking.karaoke.difficulty';
/** How long a line's rating stays up, in ms. */
const ratingMilliseconds = 1600;

const markup = `
<section class="karaoke" aria-labelledby="karaoke-title">
  <div class="karaoke__picker" data-testid="song-picker"></div>

  <div class="karaoke__missing" data-testid="song-missing" hidden>
    <h1 data-i18n="karaoke.notFoundHeading"></h1>
    <p class="notice" role="alert" data-testid="song-missing-text"></p>
    <a class="secondary-button" href="/karaoke" data-testid="back-to-songs" data-i18n="karaoke.allSongs"></a>
  </div>

  <div class="karaoke__song" data-testid="song-screen" hidden>
    <div class="karaoke__head">
      <a class="karaoke__back" href="/karaoke" data-testid="back-to-list" data-i18n="karaoke.allSongs"></a>
      <h1 id="karaoke-title" data-testid="song-title"></h1>
      <p class="karaoke__artist" data-testid="song-artist"></p>
      <p class="karaoke__tags" data-testid="song-tags"></p>
    </div>

    <section class="karaoke__summary" data-testid="karaoke-summary" hidden aria-labelledby="karaoke-summary-heading">
      <h2 id="karaoke-summary-heading" data-i18n="karaoke.summaryHeading"></h2>
      <dl>
        <div><dt data-i18n="karaoke.score"></dt><dd data-testid="summary-score"></dd></div>
        <div><dt data-i18n="karaoke.notesHit"></dt><dd data-testid="summary-notes"></dd></div>
      </dl>
      <ol class="karaoke__lines" data-testid="summary-lines"></ol>
      <p data-testid="summary-none" data-i18n="karaoke.noSummary" hidden></p>
      <a class="secondary-button report-open-link" data-testid="karaoke-report-link" data-i18n="report.open" hidden></a>
      <button type="button" class="start-stop" data-testid="karaoke-again" data-i18n="karaoke.again"></button>
    </section>
    <div class="karaoke__setup" data-testid="karaoke-setup">
      <fieldset class="karaoke__difficulty">
        <legend data-i18n="karaoke.difficultyLegend"></legend>
        <label><input type="radio" name="difficulty" value="easy" data-testid="difficulty-easy" /> <span data-i18n="karaoke.difficulty.easy"></span></label>
        <label><input type="radio" name="difficulty" value="medium" data-testid="difficulty-medium" /> <span data-i18n="karaoke.difficulty.medium"></span></label>
        <label><input type="radio" name="difficulty" value="hard" data-testid="difficulty-hard" /> <span data-i18n="karaoke.difficulty.hard"></span></label>
      </fieldset>
      <p class="karaoke__delay" data-testid="karaoke-delay"><span data-testid="karaoke-delay-text"></span> <a href="/calibrate" data-testid="karaoke-calibrate"></a></p>
      <p class="karaoke__advice" data-i18n="karaoke.headphones"></p>
      <div class="controls">
        <button type="button" class="start-stop" data-testid="karaoke-start" data-i18n="karaoke.start"></button>
      </div>
    </div>

    <div class="karaoke__stage" data-testid="karaoke-stage" data-state="idle">
      <div class="karaoke__scoreline">
        <span class="karaoke__score-label" data-i18n="karaoke.score"></span>
        <span class="karaoke__score" data-testid="karaoke-score">0</span>
        <span class="karaoke__clock" data-testid="karaoke-clock"></span>
      </div>
      <div class="karaoke__roll">
        <canvas class="karaoke__canvas" data-testid="piano-roll" role="img" data-i18n-aria-label="karaoke.rollLabel"></canvas>
        <div class="karaoke__countdown" data-testid="karaoke-countdown" aria-live="assertive" hidden></div>
        <div class="karaoke__rating" data-testid="karaoke-rating" aria-live="polite" hidden></div>
      </div>
      <div class="karaoke__lyrics" data-testid="karaoke-lyrics">
        <p class="karaoke__line karaoke__line--current" data-testid="lyrics-current"></p>
        <p class="karaoke__line karaoke__line--next" data-testid="lyrics-next"></p>
      </div>
      <div class="controls karaoke__controls">
        <button type="button" class="secondary-button" data-testid="karaoke-pause" hidden></button>
        <button type="button" class="secondary-button" data-testid="karaoke-restart" data-i18n="karaoke.restart" hidden></button>
        <button type="button" class="start-stop is-running" data-testid="karaoke-stop" data-i18n="karaoke.stop" hidden></button>
      </div>
      <p class="status" data-testid="status" role="status"></p>
      <p class="notice" data-testid="notice" role="alert" hidden></p>
      <ol class="visually-hidden" data-testid="karaoke-notes" data-i18n-aria-label="karaoke.notesLabel"></ol>
    </div>

  </div>
</section>`;

type Phase = 'setup' | 'starting' | 'singing' | 'stopping';

/** A note of the first voice with its id (its index in file order, as the hub numbers notes) and its line. */
interface IndexedNote {
  id: number;
  note: SongNote;
  roll: RollNote;
  item: HTMLLIElement;
  hit: number | undefined;
  final: boolean;
}

/** The Karaoke page: pick a song, sing it to its backing track, and see every note land. */
export class KaraokePage {
  private readonly picker: SongPicker;
  private song: SongDetails | null = null;
  private notes: IndexedNote[] = [];
  private roll: PianoRoll | null = null;
  private take: KaraokeTake | null = null;
  /** A take being replaced by Restart, whose ending is not shown. */
  private discarding: KaraokeTake | null = null;
  private phase: Phase = 'setup';
  private status: MessageKey = 'status.idle';
  private notice: Notice | null = null;
  private score = 0;
  private summary: TakeSummary | null | undefined = undefined;
  /** Delay of the device in ms, null when never calibrated. */
  private latencyMs: number | null;
  private ratingTimer = 0;
  private animationHandle = 0;
  private shownLyrics = '';
  private loadToken = 0;

  constructor(private readonly root: HTMLElement) {
    root.innerHTML = markup;
    this.picker = new SongPicker(this.find('[data-testid="song-picker"]'), (id) => this.navigate(id));
    this.latencyMs = loadDeviceLatency(localStorage, deviceKeyOf(null))?.latencyMs ?? null;

    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name="difficulty"]')) {
      radio.checked = radio.value === rememberedDifficulty();
      radio.addEventListener('change', () => rememberDifficulty(radio.value as Difficulty));
    }
    this.find('[data-testid="karaoke-start"]').addEventListener('click', () => void this.start());
    this.find('[data-testid="karaoke-again"]').addEventListener('click', () => void this.start());
    this.find('[data-testid="karaoke-pause"]').addEventListener('click', () => void this.togglePause());
    this.find('[data-testid="karaoke-restart"]').addEventListener('click', () => void this.restart());
    this.find('[data-testid="karaoke-stop"]').addEventListener('click', () => void this.stop());
    for (const link of this.root.querySelectorAll<HTMLAnchorElement>('[data-testid="back-to-list"], [data-testid="back-to-songs"]')) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.navigate(null);
      });
    }
    window.addEventListener('popstate', () => void this.route());
    onLanguageChange(() => this.render());
    void this.route();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The Karaoke page lacks ${selector}.`);
    return element;
  }

  /** Shows the song <paramref>id</paramref> (or the list for null) and records it in the address. */
  private navigate(id: string | null): void {
    const url = id === null ? '/karaoke' : `/karaoke?song=${encodeURIComponent(id)}`;
    history.pushState(null, '', url);
    void this.route();
  }

  /** Shows what the address asks for: ?song=<id> opens a song, otherwise the list. */
  private async route(): Promise<void> {
    const id = new URLSearchParams(location.search).get('song');
    await this.leaveSong();
    const token = ++this.loadToken;
    this.find('[data-testid="song-picker"]').hidden = id !== null;
    this.find('[data-testid="song-missing"]').hidden = true;
    this.find('[data-testid="song-screen"]').hidden = true;
    if (id === null) {
      await this.picker.load();
      return;
    }
    try {
      const song = await fetchSong(id);
      if (token !== this.loadToken) return;
      this.showSong(song);
    } catch (error) {
      if (token !== this.loadToken) return;
      const missing = this.find('[data-testid="song-missing"]');
      missing.hidden = false;
      const notFound = error instanceof SongLoadError && error.problem === 'notFound';
      this.find('[data-testid="song-missing-text"]').textContent = notFound
        ? t('karaoke.notFound', { id })
        : t('karaoke.error.list', { detail: error instanceof Error ? error.message : String(error) });
    }
  }

  private async leaveSong(): Promise<void> {
    const take = this.take;
    if (take) {
      this.discarding = take;
      await take.stop();
    }
    cancelAnimationFrame(this.animationHandle);
    this.roll?.dispose();
    this.roll = null;
    this.song = null;
  }

  private showSong(song: SongDetails): void {
    this.song = song;
    this.find('[data-testid="song-screen"]').hidden = false;
    const list = this.find('[data-testid="karaoke-notes"]');
    const phrases = song.voices[0]?.phrases ?? [];
    this.notes = [];
    list.replaceChildren();
    phrases.forEach((phrase) => {
      for (const note of phrase.notes) {
        const item = document.createElement('li');
        item.dataset.noteId = String(this.notes.length);
        item.dataset.type = note.type;
        item.textContent = syllableText(note.text).trim() || '~';
        list.append(item);
        this.notes.push({ id: this.notes.length, note, roll: { note, hit: 'pending' }, item, hit: undefined, final: false });
      }
    });
    this.roll = new PianoRoll(this.find('[data-testid="piano-roll"]'), song.song.lowestMidi, song.song.highestMidi);
    this.resetTake();
    this.phase = 'setup';
    this.status = 'status.idle';
    this.notice = null;
    this.summary = undefined;
    this.render();
    this.animationHandle = requestAnimationFrame(() => this.animate());
  }

  /** Clears what the last take drew: note colours, trace, score, ratings. */
  private resetTake(): void {
    for (const note of this.notes) {
      note.hit = undefined;
      note.final = false;
      this.paintNote(note);
    }
    this.roll?.clearTrace();
    delete this.find('[data-testid="piano-roll"]').dataset.firstVoiced;
    this.score = 0;
    this.shownLyrics = '';
  }

  private async start(): Promise<void> {
    const song = this.song;
    if (!song || this.phase !== 'setup') return;
    this.phase = 'starting';
    this.notice = null;
    this.summary = undefined;
    this.resetTake();
    this.render();
    const take = new KaraokeTake(song.song.id, rememberedDifficulty(), {
      onStatus: (status) => {
        if (this.discarding === take || this.take !== take) return;
        this.status = status;
        this.render();
      },
      onNotice: (notice) => {
        if (this.discarding === take || this.take !== take) return;
        this.notice = notice;
        this.render();
      },
      onLatency: (latencyMs) => {
        this.latencyMs = latencyMs;
        this.render();
      },
      onScheduled: () => {
        this.phase = 'singing';
        this.render();
        this.find('[data-testid="karaoke-stage"]').scrollIntoView({ block: 'nearest' });
      },
      onResult: (result, takeStartSong) => {
        if (this.take === take && this.discarding !== take) this.showResult(result, takeStartSong, take.deviceLatencyMs);
      },
      onEnded: (summary) => this.ended(take, summary),
    });
    this.take = take;
    try {
      await take.start();
    } catch (error) {
      if (this.take !== take) return;
      this.take = null;
      this.phase = 'setup';
      this.status = 'status.idle';
      this.notice = error instanceof TakeStartError ? error.notice : { key: 'error.micOther', params: { detail: String(error) } };
      this.render();
    }
  }

  private async togglePause(): Promise<void> {
    const take = this.take;
    if (!take || this.phase !== 'singing') return;
    if (take.paused) await take.resume();
    else await take.pause();
    this.render();
  }

  private async stop(): Promise<void> {
    const take = this.take;
    if (!take || this.phase !== 'singing') return;
    this.phase = 'stopping';
    this.render();
    await take.stop();
  }

  private async restart(): Promise<void> {
    const take = this.take;
    if (!take || this.phase !== 'singing') return;
    this.discarding = take;
    this.phase = 'stopping';
    this.render();
    await take.stop();
    this.discarding = null;
    this.phase = 'setup';
    await this.start();
  }

  private ended(take: KaraokeTake, summary: TakeSummary | null): void {
    if (this.take !== take) return;
    this.take = null;
    if (this.discarding === take) return;
    this.phase = 'setup';
    this.summary = summary;
    this.render();
    this.find('[data-testid="karaoke-summary"]').scrollIntoView({ block: 'nearest' });
  }

  private showResult(result: ChunkResult, takeStartSong: number, latencyMs: number): void {
    const shift = latencyMs / 1000;
    const canvas = this.find('[data-testid="piano-roll"]');
    for (let i = 0; i < result.frequencyHz.length; i++) {
      // When the singer sang it: captured at song time T, in answer to what they heard the device's delay earlier.
      const time = takeStartSong + (result.firstFrame + i) * result.hopSeconds - shift;
      const frequency = result.frequencyHz[i];
      // Where the singer was first heard, in song time: how well the song clock lines the voice up can be checked.
      if (frequency > 0 && canvas.dataset.firstVoiced === undefined) canvas.dataset.firstVoiced = time.toFixed(3);
      this.roll?.addTrace(time, frequency > 0 ? foldOntoNote(midiOfFrequency(frequency), this.pitchAt(time)) : 0);
    }
    for (const progress of result.notes ?? []) {
      const note = this.notes[progress.id];
      if (!note || note.final) continue;
      note.hit = progress.hit;
      note.final = progress.final;
      this.paintNote(note);
    }
    const phrases = this.song?.voices[0]?.phrases ?? [];
    for (const rating of result.phrases ?? []) {
      if (rating.index < phrases.length) this.popRating(rating.rating);
    }
    this.score = result.score ?? 0;
    this.find('[data-testid="karaoke-score"]').textContent = String(Math.round(this.score));
  }

  /** The pitch of the sung note sounding at song time <paramref>seconds</paramref>, or null. */
  private pitchAt(seconds: number): number | null {
    for (const { note } of this.notes) {
      if (note.startSeconds > seconds) break;
      if (seconds < note.endSeconds && note.type !== 'freestyle' && note.type !== 'rap' && note.type !== 'goldenRap') return note.midi;
    }
    return null;
  }

  private paintNote(note: IndexedNote): void {
    note.roll.hit = noteHit(note.hit, note.final);
    note.item.dataset.hit = note.roll.hit;
    note.item.dataset.final = String(note.final);
  }

  private popRating(rating: LineRating): void {
    const element = this.find('[data-testid="karaoke-rating"]');
    element.textContent = t(`karaoke.rating.${rating}`);
    element.dataset.rating = rating;
    element.hidden = false;
    // Restarted so the pop-up plays again for every line.
    element.classList.remove('is-popping');
    void element.offsetWidth;
    element.classList.add('is-popping');
    window.clearTimeout(this.ratingTimer);
    this.ratingTimer = window.setTimeout(() => (element.hidden = true), ratingMilliseconds);
  }

  private animate(): void {
    const song = this.song;
    if (!song) return;
    const now = this.take?.songSecondsNow() ?? null;
    const at = now ?? (song.voices[0]?.phrases[0]?.startSeconds ?? 0) - 2;
    this.roll?.draw(this.notes.map((n) => n.roll), at);
    this.renderLyrics(song.voices[0]?.phrases ?? [], at);
    this.renderCountdown(now);
    this.animationHandle = requestAnimationFrame(() => this.animate());
  }

  private renderCountdown(now: number | null): void {
    const countdown = this.find('[data-testid="karaoke-countdown"]');
    const counting = now !== null && now < 0 && this.phase === 'singing';
    countdown.hidden = !counting;
    if (counting) {
      const text = String(Math.ceil(-now));
      if (countdown.textContent !== text) countdown.textContent = text;
    }
    const clock = this.find('[data-testid="karaoke-clock"]');
    const clockText = now !== null && now >= 0 && this.song ? `${minutes(now)} / ${minutes(this.song.song.durationSeconds)}` : '';
    if (clock.textContent !== clockText) clock.textContent = clockText;
  }

  /** Redraws the lyrics only when a line or a syllable's state changes, plus the sung syllable's fill. */
  private renderLyrics(phrases: readonly SongPhrase[], now: number): void {
    const { current, next } = shownLines(phrases, now);
    const states = current >= 0 ? syllableStates(phrases[current], now) : [];
    const key = `${current}|${states.join(',')}`;
    const currentLine = this.find('[data-testid="lyrics-current"]');
    if (key !== this.shownLyrics) {
      this.shownLyrics = key;
      currentLine.replaceChildren(
        ...(current >= 0
          ? phrases[current].notes.map((note, i) => {
              const span = document.createElement('span');
              span.className = `syllable syllable--${states[i]}`;
              span.dataset.state = states[i];
              span.textContent = syllableText(note.text);
              return span;
            })
          : []),
      );
      currentLine.dataset.line = String(current);
      this.find('[data-testid="lyrics-next"]').textContent = next >= 0 ? phrases[next].lyrics : '';
    }
    const singing = currentLine.querySelector<HTMLElement>('.syllable--singing');
    if (singing && current >= 0) {
      const index = Array.prototype.indexOf.call(currentLine.children, singing);
      singing.style.setProperty('--progress', String(syllableProgress(phrases[current].notes[index], now)));
    }
  }

  /** Redraws every translated string and control from the page's state. */
  private render(): void {
    const song = this.song;
    if (!song) return;
    const inTake = this.phase === 'starting' || this.phase === 'singing' || this.phase === 'stopping';
    const paused = this.take?.paused ?? false;
    document.title = `${song.song.title} — ${t('karaoke.title')}`;
    this.find('[data-testid="song-title"]').textContent = song.song.title;
    this.find('[data-testid="song-artist"]').textContent = song.song.artist;
    this.find('[data-testid="song-tags"]').textContent = [
      languageLabel(song.song.language),
      tagLabel('style', song.song.style),
      tagLabel('difficulty', song.song.difficulty),
      minutes(song.song.durationSeconds),
    ]
      .filter((part) => part)
      .join(' · ');

    this.find('[data-testid="karaoke-setup"]').hidden = inTake;
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name="difficulty"]')) radio.disabled = inTake;
    this.find('[data-testid="karaoke-delay-text"]').textContent =
      this.latencyMs === null ? t('karaoke.notCalibrated') : t('karaoke.delay', { ms: Math.round(this.latencyMs) });
    this.find('[data-testid="karaoke-calibrate"]').textContent = this.latencyMs === null ? t('karaoke.calibrate') : t('karaoke.recalibrate');

    const stage = this.find('[data-testid="karaoke-stage"]');
    stage.dataset.state = this.phase === 'singing' ? (paused ? 'paused' : 'singing') : this.phase === 'setup' ? (this.summary === undefined ? 'idle' : 'ended') : this.phase;
    const show = (testId: string, visible: boolean) => (this.find(`[data-testid="${testId}"]`).hidden = !visible);
    show('karaoke-start', !inTake && this.summary === undefined);
    this.find<HTMLButtonElement>('[data-testid="karaoke-start"]').disabled = this.phase !== 'setup';
    show('karaoke-pause', this.phase === 'singing');
    show('karaoke-restart', this.phase === 'singing');
    show('karaoke-stop', this.phase === 'singing');
    this.find('[data-testid="karaoke-pause"]').textContent = t(paused ? 'karaoke.resume' : 'karaoke.pause');
    this.find('[data-testid="karaoke-score"]').textContent = String(Math.round(this.score));

    this.find('[data-testid="status"]').textContent = t(this.status);
    const notice = this.find('[data-testid="notice"]');
    notice.hidden = this.notice === null;
    notice.textContent = this.notice ? noticeText(this.notice) : '';
    notice.classList.toggle('notice--info', this.notice?.key.startsWith('status.') ?? false);
    this.renderSummary();
    this.shownLyrics = '';
  }

  private renderSummary(): void {
    const card = this.find('[data-testid="karaoke-summary"]');
    const summary = this.summary;
    card.hidden = summary === undefined || this.phase !== 'setup';
    if (summary === undefined) return;
    const karaoke = summary?.karaoke ?? null;
    this.find('[data-testid="summary-none"]').hidden = karaoke !== null;
    this.find('[data-testid="summary-score"]').textContent = karaoke ? String(Math.round(karaoke.score)) : '—';
    this.find('[data-testid="summary-notes"]').textContent = karaoke
      ? t('karaoke.notesHitValue', { hit: karaoke.notesHit, scored: karaoke.notesScored })
      : '—';
    // The take's full report (advice, graphs, practice) lives on its own page once the server has made it.
    const reportLink = this.find<HTMLAnchorElement>('[data-testid="karaoke-report-link"]');
    reportLink.hidden = !summary?.report;
    if (summary?.report) reportLink.href = `/report/${encodeURIComponent(summary.takeId)}`;
    const phrases = this.song?.voices[0]?.phrases ?? [];
    this.find('[data-testid="summary-lines"]').replaceChildren(
      ...(karaoke?.phrases ?? []).map((rating) => {
        const item = document.createElement('li');
        item.dataset.rating = rating.rating;
        const lyrics = document.createElement('span');
        lyrics.className = 'karaoke__line-lyrics';
        lyrics.textContent = phrases[rating.index]?.lyrics ?? '';
        const label = document.createElement('strong');
        label.className = `karaoke__line-rating karaoke__line-rating--${rating.rating}`;
        label.textContent = t(`karaoke.rating.${rating.rating}`);
        item.append(lyrics, ' ', label);
        return item;
      }),
    );
  }
}

function rememberedDifficulty(): Difficulty {
  try {
    const value = localStorage.getItem(difficultyStorageKey);
    if (value === 'easy' || value === 'medium' || value === 'hard') return value;
  } catch {
    // Storage can be disabled; medium is the default.
  }
  return 'medium';
}

function rememberDifficulty(difficulty: Difficulty): void {
  try {
    localStorage.setItem(difficultyStorageKey, difficulty);
  } catch {
    // Remembering is a convenience.
  }
}
