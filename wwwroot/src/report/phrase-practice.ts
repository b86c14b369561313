import type { ChunkResult, LineRating } from '../connection/hub-contract';
import type { MessageKey } from '../i18n/dictionaries';
import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { midiOf } from '../music/notes';
import { notesOf, practiceSpan, type PracticeSpan } from './phrase-list';
import { PitchRoll, type RollNote } from './pitch-roll';
import { PracticeError, PracticeSession } from './practice-session';
import { lineRatingOf, lineScore, passesPractice, practicePassScore } from './rating';
import type { ReportNote, ReportPhrase, TakeReport } from './report-contract';
import { foldOntoNote, noteAt, type SungPoint, type TimeView } from './report-geometry';
import { creditColour } from './canvas-size';

/** Pause between two passes, ms: time to read the result and breathe. */
const pauseBetweenPassesMs = 1500;

const markup = `
<section class="report-practice" data-testid="practice" aria-live="polite">
  <h3 data-testid="practice-heading"></h3>
  <p class="report-practice__goal" data-testid="practice-goal"></p>
  <p class="report-practice__lyrics" data-testid="practice-lyrics"></p>
  <canvas class="report-practice__roll" data-testid="practice-roll"></canvas>
  <p class="status" data-testid="practice-status" role="status"></p>
  <p class="report-practice__live" data-testid="practice-live-score"></p>
  <ol class="report-practice__passes" data-testid="practice-passes"></ol>
  <p class="notice" data-testid="practice-error" role="alert" hidden></p>
  <div class="controls">
    <button type="button" class="secondary-button" data-testid="practice-move-on"></button>
  </div>
</section>`;

/**
 * The "practise this" loop for one line: the line's lyrics and notes coloured live as they are sung, a small piano
 * roll of the stretch with the sung pitch, the pass's running score, and each pass's result. It loops until a pass
 * rates great or better (the line's perfection ≥ 80 %, the hub's own rating) or the singer presses Move on.
 */
export class PhrasePractice {
  private readonly root: HTMLElement;
  private readonly notes: ReportNote[];
  private readonly span: PracticeSpan;
  private readonly session: PracticeSession;
  private readonly roll: PitchRoll;
  private readonly hits = new Map<number, number>();
  private readonly sung: SungPoint[] = [];
  private songTime: number | null = null;
  private phase: { key: MessageKey; params?: Record<string, string | number> } = { key: 'report.practice.loading' };
  private error: Notice | null = null;
  private readonly passes: { pass: number; score: number; rating: LineRating }[] = [];
  private finished = false;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(
    host: HTMLElement,
    report: TakeReport,
    private readonly phrase: ReportPhrase,
    private readonly onClosed: () => void,
  ) {
    host.innerHTML = markup;
    this.root = host.querySelector<HTMLElement>('.report-practice')!;
    this.notes = notesOf(report.notes, phrase.index);
    this.span = practiceSpan(phrase, report.notes);
    this.roll = new PitchRoll(this.el<HTMLCanvasElement>('practice-roll'));
    this.buildLyrics();
    this.el('practice-move-on').addEventListener('click', () => void this.close());
    this.unsubscribe = onLanguageChange(() => this.render());
    this.session = new PracticeSession(report.song.id, report.difficulty, phrase.index, this.span, {
      onPhase: (phase, pass) => this.setPhase(phase, pass),
      onResult: (result, songStart) => this.took(result, songStart),
      onSongTime: (seconds) => {
        this.songTime = seconds;
        this.drawRoll();
      },
      onError: (notice) => {
        this.error = notice;
        this.render();
      },
    });
    this.render();
    this.root.scrollIntoView({ block: 'nearest' });
    void this.run();
  }

  private el<T extends HTMLElement = HTMLElement>(testId: string): T {
    return this.root.querySelector<T>(`[data-testid="${testId}"]`)!;
  }

  /** Ends the pass under way and the loop, and removes the panel. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    await this.session.close();
    this.root.remove();
    this.onClosed();
  }

  private async run(): Promise<void> {
    try {
      await this.session.open();
      for (let pass = 1; !this.closed; pass++) {
        this.hits.clear();
        this.sung.length = 0;
        this.el('practice-live-score').textContent = '';
        this.colourNotes();
        const outcome = await this.session.pass(pass);
        if (this.closed) return;
        const score = lineScore(this.notes, (i) => this.hits.get(this.notes[i].index) ?? 0) ?? 0;
        const rating = outcome.rating ?? lineRatingOf(score);
        this.passes.push({ pass, score, rating });
        if (passesPractice(rating)) {
          this.finished = true;
          this.render();
          return;
        }
        this.render();
        await new Promise((resolve) => setTimeout(resolve, pauseBetweenPassesMs));
      }
    } catch (error) {
      this.error = error instanceof PracticeError ? error.notice : { key: 'error.micOther', params: { detail: String(error) } };
      this.render();
      await this.session.close();
    }
  }

  private setPhase(phase: 'loading' | 'listen' | 'sing' | 'scoring', pass: number): void {
    const key: MessageKey =
      phase === 'loading' ? 'report.practice.loading' : phase === 'listen' ? 'report.practice.listen' : phase === 'sing' ? 'report.practice.sing' : 'report.practice.scoring';
    if (key === this.phase.key && this.phase.params?.pass === pass) return;
    this.phase = { key, params: { pass } };
    this.render();
  }

  private took(result: ChunkResult, songStart: number): void {
    for (const note of result.notes) this.hits.set(note.id, note.hit);
    result.frequencyHz.forEach((hz, i) => {
      const seconds = songStart + (result.firstFrame + i) * result.hopSeconds;
      if (!(hz > 0)) {
        this.sung.push({ seconds, midi: null });
        return;
      }
      const midi = midiOf(hz);
      const note = noteAt(this.notes, seconds);
      this.sung.push({ seconds, midi: note ? foldOntoNote(midi, note.midi) : midi });
    });
    this.colourNotes();
    const score = lineScore(this.notes, (i) => this.hits.get(this.notes[i].index) ?? 0);
    this.el('practice-live-score').textContent = score === null ? '' : t('report.practice.liveScore', { score: Math.round(score) });
  }

  private buildLyrics(): void {
    const lyrics = this.el('practice-lyrics');
    for (const note of this.notes) {
      const syllable = document.createElement('span');
      syllable.className = 'report-practice__syllable';
      syllable.dataset.testid = `practice-note-${note.index}`;
      syllable.textContent = note.text;
      lyrics.append(syllable);
    }
  }

  /** Colours each syllable by how much of its note has been earned in this pass: grey until sung, red to green. */
  private colourNotes(): void {
    for (const note of this.notes) {
      const syllable = this.el(`practice-note-${note.index}`);
      const hit = this.hits.get(note.index);
      if (hit === undefined) {
        syllable.style.color = '';
        syllable.classList.remove('is-sung', 'is-hit');
        delete syllable.dataset.hit;
        continue;
      }
      syllable.style.color = creditColour(hit);
      syllable.dataset.hit = hit.toFixed(2);
      syllable.classList.add('is-sung');
      syllable.classList.toggle('is-hit', hit >= 0.6);
    }
    this.drawRoll();
  }

  private drawRoll(): void {
    const notes: RollNote[] = this.notes.map((n) => ({
      index: n.index,
      startSeconds: n.startSeconds,
      endSeconds: n.endSeconds,
      midi: n.midi,
      golden: n.type === 'golden' || n.type === 'rapGolden',
      credit: this.hits.get(n.index) ?? null,
    }));
    const view: TimeView = { startSeconds: this.span.startSeconds, spanSeconds: this.span.endSeconds - this.span.startSeconds, width: 1 };
    this.roll.draw(view, { notes, sung: this.sung, phraseStarts: [], axisMidis: this.notes.map((n) => n.midi) }, this.songTime);
  }

  private render(): void {
    this.el('practice-heading').textContent = t('report.practice.heading', { line: this.phrase.index + 1 });
    this.el('practice-goal').textContent = t('report.practice.goal', { target: practicePassScore });
    const last = this.passes.at(-1);
    this.el('practice-status').textContent = this.finished
      ? t('report.practice.mastered', { score: Math.round(last?.score ?? 0) })
      : last && this.phase.key === 'report.practice.listen' && this.phase.params?.pass === last.pass + 1
        ? t('report.practice.again', { target: practicePassScore })
        : t(this.phase.key, this.phase.params);
    this.root.classList.toggle('is-mastered', this.finished);
    const list = this.el('practice-passes');
    list.replaceChildren(
      ...this.passes.map((p) => {
        const item = document.createElement('li');
        item.dataset.testid = `practice-pass-${p.pass}`;
        item.dataset.rating = p.rating;
        item.textContent = t('report.practice.result', {
          pass: p.pass,
          score: Math.round(p.score),
          rating: t(`report.lineRating.${p.rating}` as MessageKey),
        });
        return item;
      }),
    );
    const error = this.el('practice-error');
    error.hidden = this.error === null;
    error.textContent = this.error ? noticeText(this.error) : '';
    this.el('practice-move-on').textContent = t(this.finished || this.error ? 'report.practice.close' : 'report.practice.moveOn');
  }
}
