import { en, type MessageKey } from '../i18n/dictionaries';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { adviceNotice } from './advice';
import { PitchRoll, type RollContent, type RollNote } from './pitch-roll';
import { PhrasePractice } from './phrase-practice';
import { notesOf, phrasesInOrder, sectionsToPractise, trend } from './phrase-list';
import { ratingOf } from './rating';
import { fetchReport } from './report-client';
import type { RatingLabel, ReportPhrase, TakeReport } from './report-contract';
import { sungLine, type TimeBounds } from './report-geometry';
import { SharedTimeline } from './shared-timeline';
import { TimingGraph, type TimingBar } from './timing-graph';

/** How long to wait before asking again while the report is still being made, ms. */
const pendingRetryMs = 1000;

const markup = `
<section class="report-page" data-testid="report" aria-labelledby="report-heading">
  <div class="page-intro">
    <h1 id="report-heading" data-i18n="report.heading"></h1>
  </div>
  <p class="status" data-testid="report-status" role="status"></p>
  <p class="notice" data-testid="report-error" role="alert" hidden></p>
  <div class="report-body" data-testid="report-body" hidden>
    <section class="report-card report-head">
      <div class="report-head__song">
        <h2 class="report-head__title" data-testid="report-song"></h2>
        <p class="report-head__artist" data-testid="report-artist"></p>
        <p class="report-head__meta"><span data-testid="report-date"></span> · <span data-i18n="report.difficulty"></span>
          <span data-testid="report-difficulty"></span></p>
      </div>
      <div class="report-scores">
        <div class="report-total">
          <span class="report-total__label" data-i18n="report.total"></span>
          <span class="report-total__value" data-testid="report-total"></span>
          <span class="report-total__rating" data-testid="report-rating"></span>
        </div>
        <dl class="report-dims">
          <div><dt data-i18n="report.pitch"></dt><dd data-testid="report-pitch"></dd></div>
          <div><dt data-i18n="report.rhythm"></dt><dd data-testid="report-rhythm"></dd></div>
          <div><dt data-i18n="report.lyrics"></dt><dd data-testid="report-lyrics"></dd></div>
        </dl>
        <p class="report-dims__hint" data-i18n="report.lyricsHint"></p>
      </div>
      <div class="report-previous" data-testid="report-previous" hidden>
        <h3 class="report-previous__title" data-testid="report-previous-title"></h3>
        <p class="report-previous__total"><span data-testid="report-previous-total"></span>
          <span class="report-previous__rating" data-testid="report-previous-rating"></span></p>
        <ul class="report-previous__dims" data-testid="report-previous-dims"></ul>
      </div>
    </section>

    <section class="report-card">
      <h2 data-i18n="report.adviceHeading"></h2>
      <ul class="report-advice" data-testid="report-advice"></ul>
    </section>

    <section class="report-card report-graphs">
      <div class="report-graphs__bar">
        <h2 data-i18n="report.rollHeading"></h2>
        <div class="report-zoom" role="group">
          <button type="button" class="secondary-button" data-testid="report-zoom-out" data-i18n="report.zoomOut"></button>
          <button type="button" class="secondary-button" data-testid="report-zoom-all" data-i18n="report.zoomAll"></button>
          <button type="button" class="secondary-button" data-testid="report-zoom-in" data-i18n="report.zoomIn"></button>
        </div>
      </div>
      <canvas class="report-roll" data-testid="report-roll" role="img" data-i18n-aria-label="report.rollLabel"></canvas>
      <h2 data-i18n="report.timingHeading"></h2>
      <canvas class="report-timing" data-testid="report-timing" role="img" data-i18n-aria-label="report.timingLabel"></canvas>
      <p class="report-legend"><span class="report-legend__band" data-i18n="report.onTime"></span></p>
      <div class="report-replay">
        <span data-i18n="report.replay"></span>
        <audio controls preload="metadata" data-testid="report-replay"></audio>
      </div>
      <p class="notice" data-testid="report-replay-error" role="alert" hidden></p>
    </section>

    <section class="report-card" data-testid="report-practise">
      <h2 data-i18n="report.practiseHeading"></h2>
      <p data-testid="report-practise-none" hidden></p>
      <ul class="report-practise"></ul>
      <div data-testid="practice-host"></div>
    </section>

    <section class="report-card">
      <h2 data-i18n="report.phrasesHeading"></h2>
      <table class="report-phrases" data-testid="report-phrases">
        <thead><tr>
          <th scope="col" data-i18n="report.line"></th>
          <th scope="col" data-i18n="report.lineLyrics"></th>
          <th scope="col" data-i18n="report.lineScore"></th>
          <th scope="col" data-i18n="report.lineRating"></th>
          <th scope="col" data-i18n="report.pitch"></th>
          <th scope="col" data-i18n="report.rhythm"></th>
          <th scope="col" data-i18n="report.lyrics"></th>
          <th scope="col" data-i18n="report.lineFaults"></th>
        </tr></thead>
        <tbody></tbody>
      </table>
    </section>
  </div>
</section>`;

/**
 * The report of one take at `/report/<takeId>`: its scores and rating beside the previous take's, advice, the piano
 * roll and timing graph with a replay that moves their playhead, the line-by-line breakdown, and the lines to practise.
 */
export class ReportPage {
  private readonly root: HTMLElement;
  private report: TakeReport | null = null;
  private timeline: SharedTimeline | null = null;
  private roll: PitchRoll | null = null;
  private timing: TimingGraph | null = null;
  private rollContent: RollContent | null = null;
  private bars: TimingBar[] = [];
  private phraseStarts: number[] = [];
  private playhead: number | null = null;
  private frame = 0;
  private drawQueued = false;
  /** Texts with values, kept as notices so a language switch words them again. */
  private readonly worded: { element: HTMLElement; notice: () => Notice | string }[] = [];
  private practice: PhrasePractice | null = null;

  constructor(host: HTMLElement, private readonly takeId: string | null) {
    host.innerHTML = markup;
    this.root = host.querySelector<HTMLElement>('.report-page')!;
    onLanguageChange(() => this.reword());
    void this.load();
  }

  private el<T extends HTMLElement = HTMLElement>(testId: string): T {
    return this.root.querySelector<T>(`[data-testid="${testId}"]`)!;
  }

  private say(element: HTMLElement, notice: () => Notice | string): void {
    this.worded.push({ element, notice });
    const value = notice();
    element.textContent = typeof value === 'string' ? value : noticeText(value);
  }

  private reword(): void {
    for (const { element, notice } of this.worded) {
      const value = notice();
      element.textContent = typeof value === 'string' ? value : noticeText(value);
    }
    this.queueDraw();
  }

  private async load(): Promise<void> {
    const status = this.el('report-status');
    if (this.takeId === null) {
      this.fail({ key: 'report.notFound' });
      return;
    }
    this.say(status, () => ({ key: 'report.loading' }));
    for (;;) {
      const answer = await fetchReport(this.takeId);
      if (answer.kind === 'ready') {
        this.worded.splice(0);
        status.textContent = '';
        status.hidden = true;
        this.show(answer.report);
        return;
      }
      if (answer.kind === 'notFound') {
        this.fail({ key: 'report.notFound' });
        return;
      }
      if (answer.kind === 'failed') {
        this.fail({ key: 'report.loadFailed', params: { status: answer.status || '—' } });
        return;
      }
      this.worded.splice(0);
      this.say(status, () => ({ key: 'report.pending' }));
      await new Promise((resolve) => setTimeout(resolve, pendingRetryMs));
    }
  }

  private fail(notice: Notice): void {
    const status = this.el('report-status');
    status.hidden = true;
    const error = this.el('report-error');
    error.hidden = false;
    this.worded.splice(0);
    this.say(error, () => notice);
  }

  private show(report: TakeReport): void {
    this.report = report;
    this.el('report-body').hidden = false;
    this.showHeader(report);
    this.showAdvice(report);
    this.showGraphs(report);
    this.showPractise(report);
    this.showPhrases(report);
  }

  private showHeader(report: TakeReport): void {
    this.el('report-song').textContent = report.song.title;
    this.el('report-artist').textContent = report.song.artist;
    this.say(this.el('report-date'), () => ({ key: 'report.sungOn', params: { date: formatDate(report.endedUtc) } }));
    this.say(this.el('report-difficulty'), () => ({ key: `report.difficulty.${report.difficulty}` as MessageKey }));
    this.el('report-total').textContent = String(Math.round(report.total));
    this.say(this.el('report-rating'), () => ({ key: ratingKey(report.rating, report.total) }));
    this.say(this.el('report-pitch'), () => outOf100(report.pitch));
    this.say(this.el('report-rhythm'), () => outOf100(report.rhythm));
    this.say(this.el('report-lyrics'), () => outOf100(report.lyrics));

    const previous = report.previous;
    if (!previous) return;
    this.el('report-previous').hidden = false;
    this.say(this.el('report-previous-title'), () => ({ key: 'report.previous', params: { date: formatDate(previous.endedUtc) } }));
    const total = this.el('report-previous-total');
    total.textContent = String(Math.round(previous.total));
    total.append(arrow(trend(report.total, previous.total, 0.5), 'report-previous-total-trend'));
    this.say(this.el('report-previous-rating'), () => ({ key: ratingKey(previous.rating, previous.total) }));
    const dims = this.el('report-previous-dims');
    const rows: [MessageKey, number, number, string][] = [
      ['report.pitch', previous.pitch, report.pitch, 'pitch'],
      ['report.rhythm', previous.rhythm, report.rhythm, 'rhythm'],
      ['report.lyrics', previous.lyrics, report.lyrics, 'lyrics'],
    ];
    for (const [key, before, now, name] of rows) {
      const item = document.createElement('li');
      const label = document.createElement('span');
      label.dataset.i18n = key;
      label.textContent = t(key);
      const value = document.createElement('span');
      value.className = 'report-previous__value';
      value.textContent = String(Math.round(before * 100));
      item.append(label, ' ', value, arrow(trend(now, before), `report-previous-${name}-trend`));
      dims.append(item);
    }
  }

  private showAdvice(report: TakeReport): void {
    const list = this.el('report-advice');
    for (const advice of report.advice) {
      const notice = adviceNotice(advice);
      if (!notice) continue;
      const item = document.createElement('li');
      item.dataset.code = advice.code;
      this.say(item, () => notice);
      list.append(item);
    }
    if (list.childElementCount === 0) {
      const item = document.createElement('li');
      item.className = 'report-advice__none';
      this.say(item, () => ({ key: 'report.adviceNone' }));
      list.append(item);
    }
  }

  private showGraphs(report: TakeReport): void {
    const rollCanvas = this.el<HTMLCanvasElement>('report-roll');
    const timingCanvas = this.el<HTMLCanvasElement>('report-timing');
    const audio = this.el<HTMLAudioElement>('report-replay');
    this.roll = new PitchRoll(rollCanvas);
    this.timing = new TimingGraph(timingCanvas);

    const notes = [...report.notes].sort((a, b) => a.startSeconds - b.startSeconds);
    const rollNotes: RollNote[] = notes.map((n) => ({
      index: n.index,
      startSeconds: n.startSeconds,
      endSeconds: n.endSeconds,
      midi: n.midi,
      golden: n.type === 'golden' || n.type === 'rapGolden',
      credit: n.credit,
    }));
    this.phraseStarts = phrasesInOrder(report.phrases).map((p) => p.startSeconds);
    this.rollContent = {
      notes: rollNotes,
      sung: sungLine(report.pitchTrack, notes),
      phraseStarts: this.phraseStarts,
      axisMidis: notes.map((n) => n.midi),
    };
    this.bars = notes.map((n) => ({ startSeconds: n.startSeconds, endSeconds: n.endSeconds, onsetDeviationMs: n.onsetDeviationMs }));
    rollCanvas.dataset.notes = String(rollNotes.length);
    rollCanvas.dataset.sungPoints = String(this.rollContent.sung.filter((p) => p.midi !== null).length);
    timingCanvas.dataset.bars = String(this.bars.filter((b) => b.onsetDeviationMs !== null).length);

    const first = notes.length > 0 ? notes[0].startSeconds : 0;
    const last = notes.length > 0 ? Math.max(...notes.map((n) => n.endSeconds)) : Math.max(1, report.durationSeconds);
    const bounds: TimeBounds = { firstSeconds: Math.max(0, first - 1), lastSeconds: last + 1, minSpanSeconds: 2 };
    this.timeline = new SharedTimeline(bounds, () => this.queueDraw(), (seconds) => this.seek(seconds));
    this.timeline.attach(rollCanvas);
    this.timeline.attach(timingCanvas);
    this.el('report-zoom-in').addEventListener('click', () => this.timeline?.zoomIn());
    this.el('report-zoom-out').addEventListener('click', () => this.timeline?.zoomOut());
    this.el('report-zoom-all').addEventListener('click', () => this.timeline?.showAll());

    audio.src = report.audio.url;
    const songTime = () => audio.currentTime + report.audio.startSeconds;
    const follow = () => {
      this.playhead = songTime();
      this.timeline?.follow(this.playhead);
      this.queueDraw();
      if (!audio.paused) this.frame = requestAnimationFrame(follow);
    };
    audio.addEventListener('play', () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(follow);
    });
    audio.addEventListener('seeked', follow);
    audio.addEventListener('pause', follow);
    audio.addEventListener('error', () => {
      const error = this.el('report-replay-error');
      error.hidden = false;
      this.say(error, () => ({ key: 'report.replayFailed' }));
    });

    new ResizeObserver(() => this.queueDraw()).observe(rollCanvas);
    this.queueDraw();
  }

  /** Plays the take from song time <paramref>seconds</paramref> (a click on a graph). */
  private seek(seconds: number): void {
    const report = this.report;
    if (!report) return;
    const audio = this.el<HTMLAudioElement>('report-replay');
    const target = Math.max(0, seconds - report.audio.startSeconds);
    audio.currentTime = Number.isFinite(audio.duration) ? Math.min(target, audio.duration) : target;
    this.playhead = seconds;
    this.queueDraw();
  }

  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => {
      this.drawQueued = false;
      this.draw();
    });
  }

  private draw(): void {
    const timeline = this.timeline;
    if (!timeline || !this.roll || !this.timing || !this.rollContent) return;
    timeline.setWidth(this.roll.canvas.clientWidth);
    this.roll.draw(timeline.view, this.rollContent, this.playhead);
    this.timing.draw(timeline.view, this.bars, this.phraseStarts, this.playhead, { late: t('report.late'), early: t('report.early') });
    // The visible stretch, for the tests and for anyone inspecting the page: song seconds at the left edge and across.
    const shown = `${timeline.view.startSeconds.toFixed(2)}+${timeline.view.spanSeconds.toFixed(2)}`;
    this.roll.canvas.dataset.view = shown;
    if (this.playhead !== null) this.roll.canvas.dataset.playhead = this.playhead.toFixed(3);
    this.timing.canvas.dataset.view = shown;
    this.roll.canvas.dataset.drawn = 'true';
    this.timing.canvas.dataset.drawn = 'true';
  }

  private showPractise(report: TakeReport): void {
    const list = this.root.querySelector<HTMLUListElement>('.report-practise')!;
    const sections = sectionsToPractise(report.phrases);
    const none = this.el('report-practise-none');
    if (sections.length === 0) {
      none.hidden = false;
      this.say(none, () => ({ key: 'report.practiseNone', params: { threshold: report.practiceThreshold } }));
      return;
    }
    for (const phrase of sections) {
      const item = document.createElement('li');
      item.className = 'report-practise__item';
      item.dataset.testid = `practise-line-${phrase.index}`;
      const what = document.createElement('div');
      const line = document.createElement('strong');
      this.say(line, () => ({ key: 'report.lineNumber', params: { line: phrase.index + 1 } }));
      const lyrics = document.createElement('span');
      lyrics.className = 'report-practise__lyrics';
      lyrics.textContent = phrase.lyrics;
      const score = document.createElement('span');
      score.className = 'report-practise__score';
      this.say(score, () => `${Math.round(phrase.score)} · ${t(`report.lineRating.${phrase.rating}` as MessageKey)}`);
      what.append(line, ' ', lyrics, ' ', score);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'start-stop';
      button.dataset.testid = `practise-${phrase.index}`;
      button.dataset.i18n = 'report.practiseThis';
      button.textContent = t('report.practiseThis');
      button.addEventListener('click', () => void this.startPractice(phrase));
      item.append(what, button);
      list.append(item);
    }
  }

  private async startPractice(phrase: ReportPhrase): Promise<void> {
    const report = this.report;
    if (!report) return;
    this.el<HTMLAudioElement>('report-replay').pause();
    // One take at a time: the loop under way ends its take before the next one opens.
    await this.practice?.close();
    const practice: PhrasePractice = new PhrasePractice(this.el('practice-host'), report, phrase, () => {
      if (this.practice === practice) this.practice = null;
    });
    this.practice = practice;
  }

  private showPhrases(report: TakeReport): void {
    const body = this.root.querySelector<HTMLTableSectionElement>('.report-phrases tbody')!;
    for (const phrase of phrasesInOrder(report.phrases)) {
      const row = document.createElement('tr');
      row.dataset.testid = `phrase-${phrase.index}`;
      if (phrase.needsPractice) row.classList.add('needs-practice');
      const cells: [MessageKey, () => Notice | string][] = [
        ['report.line', () => String(phrase.index + 1)],
        ['report.lineLyrics', () => phrase.lyrics || lyricsOf(report, phrase.index)],
        ['report.lineScore', () => String(Math.round(phrase.score))],
        ['report.lineRating', () => ({ key: `report.lineRating.${phrase.rating}` as MessageKey })],
        ['report.pitch', () => percent(phrase.pitch)],
        ['report.rhythm', () => percent(phrase.rhythm)],
        ['report.lyrics', () => percent(phrase.lyricDelivery)],
        ['report.lineFaults', () => faultsText(phrase)],
      ];
      for (const [label, text] of cells) {
        const cell = document.createElement('td');
        // The phone layout shows each cell under its column's name.
        const name = document.createElement('span');
        name.className = 'report-phrases__label';
        name.dataset.i18n = label;
        name.textContent = t(label);
        const value = document.createElement('span');
        value.className = 'report-phrases__value';
        this.say(value, text);
        cell.append(name, value);
        row.append(cell);
      }
      body.append(row);
    }
  }
}

/** The server's label of a take; a label this page does not know (a newer server) is read from the total instead. */
function ratingKey(label: RatingLabel, total: number): MessageKey {
  const key = `report.rating.${label}`;
  return (key in en ? key : `report.rating.${ratingOf(total)}`) as MessageKey;
}

function outOf100(value: number): Notice {
  return { key: 'report.outOf100', params: { score: Math.round(value * 100) } };
}

function percent(value: number | null): string {
  return value === null ? t('report.none') : String(Math.round(value * 100));
}

function faultsText(phrase: ReportPhrase): string {
  if (phrase.faults.length === 0) return t('report.none');
  return phrase.faults.map((f) => t(`report.fault.${f}` as MessageKey)).join(', ');
}

function lyricsOf(report: TakeReport, phrase: number): string {
  return notesOf(report.notes, phrase).map((n) => n.text).join('').trim();
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** An up, down or level arrow with a spoken name, for a score against the previous take. */
function arrow(direction: 'up' | 'down' | 'same', testId: string): HTMLElement {
  const span = document.createElement('span');
  span.className = `report-trend report-trend--${direction}`;
  span.dataset.testid = testId;
  span.dataset.trend = direction;
  span.textContent = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '＝';
  const key: MessageKey = direction === 'up' ? 'report.up' : direction === 'down' ? 'report.down' : 'report.same';
  span.dataset.i18nAriaLabel = key;
  span.setAttribute('aria-label', t(key));
  span.setAttribute('role', 'img');
  return span;
}
