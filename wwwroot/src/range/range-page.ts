import type { RangeResult, TakeSummary } from '../connection/hub-contract';
import type { MessageKey } from '../i18n/dictionaries';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { nearestNote, noteName, parseNoteName } from '../music/notes';
import { LiveTake, TakeStartError } from '../singing/live-take';
import { PitchHistory } from '../singing/pitch-history';
import { readPitch } from '../singing/pitch-reading';
import { PianoKeyboard, type KeyboardRange } from './piano-keyboard';
import { PianoTone } from './piano-tone';
import { loadRange, saveRange } from './saved-range';

/** How often the range so far is asked for while singing, in ms: often enough to follow a held note. */
const pollMilliseconds = 1000;
/** How often the sung figures change within one note, in s: slow enough to read. */
const textRefreshSeconds = 0.1;
/** Where the keyboard rests before anyone sings: A3, the middle of most voices. */
const restingMidi = 57;

const stepCount = 3;
const stepText: Record<number, { instruction: MessageKey; hint: MessageKey }> = {
  1: { instruction: 'range.step1', hint: 'range.step1Hint' },
  2: { instruction: 'range.step2', hint: 'range.step2Hint' },
  3: { instruction: 'range.step3', hint: 'range.step3Hint' },
};

const markup = `
<section class="range-page" aria-labelledby="range-heading">
  <div class="page-intro">
    <h1 id="range-heading" data-i18n="range.heading"></h1>
    <p data-i18n="range.intro"></p>
  </div>

  <section class="range-keys">
    <div class="range-readout is-silent">
      <span class="range-readout__note">
        <span class="range-readout__name" data-testid="note-name"></span>
        <span class="range-readout__solfege" data-testid="note-solfege"></span>
      </span>
      <span class="range-readout__hz"><span data-testid="note-hz"></span> <span data-i18n="live.hzUnit"></span></span>
      <span class="range-readout__cents" data-testid="note-cents"></span>
    </div>
    <div class="range-keys__scroller" data-testid="piano" role="group" data-i18n-aria-label="range.keyboardLabel" tabindex="0"></div>
  </section>

  <section class="range-test" data-testid="range-test">
    <div class="range-test__progress" data-testid="range-progress-block" hidden>
      <span class="range-test__step" data-testid="range-progress"></span>
      <div class="range-test__bar" role="progressbar" aria-valuemin="0" aria-valuemax="${stepCount}">
        <span class="range-test__bar-fill"></span>
      </div>
    </div>
    <p class="range-test__instruction" data-testid="range-instruction"></p>
    <p class="range-test__hint" data-testid="range-hint"></p>
    <dl class="range-test__so-far" data-testid="range-so-far" hidden>
      <div><dt data-i18n="range.sofarLowest"></dt><dd data-testid="so-far-lowest"></dd></div>
      <div><dt data-i18n="range.sofarHighest"></dt><dd data-testid="so-far-highest"></dd></div>
    </dl>
    <div class="controls">
      <button type="button" class="start-stop" data-testid="range-start" data-i18n="range.start"></button>
      <button type="button" class="start-stop" data-testid="range-next" data-i18n="range.next" hidden></button>
      <button type="button" class="start-stop is-running" data-testid="range-finish" data-i18n="range.finish" hidden></button>
      <button type="button" class="secondary-button" data-testid="range-restart" data-i18n="range.restart" hidden></button>
    </div>
    <p class="status" data-testid="status" role="status"></p>
    <p class="notice" data-testid="notice" role="alert" hidden></p>
  </section>

  <section class="range-result" data-testid="range-result" hidden aria-labelledby="range-result-heading">
    <div class="range-result__head">
      <h2 id="range-result-heading" data-i18n="range.resultHeading"></h2>
      <span class="range-result__date" data-testid="range-saved-on"></span>
    </div>
    <div class="range-result__body" data-testid="range-result-body">
      <dl class="range-result__figures">
        <div><dt data-i18n="range.lowest"></dt>
          <dd><span class="range-result__note" data-testid="result-lowest"></span> <span class="range-result__hz" data-testid="result-lowest-hz"></span></dd></div>
        <div><dt data-i18n="range.highest"></dt>
          <dd><span class="range-result__note" data-testid="result-highest"></span> <span class="range-result__hz" data-testid="result-highest-hz"></span></dd></div>
        <div><dt data-i18n="range.span"></dt><dd data-testid="result-span"></dd></div>
        <div><dt data-i18n="range.voiceType"></dt><dd data-testid="result-voice-type"></dd></div>
        <div><dt data-i18n="range.tessitura"></dt><dd data-testid="result-tessitura"></dd></div>
      </dl>
      <p class="range-result__legend" aria-hidden="true">
        <span class="legend legend--range" data-i18n="range.legendRange"></span>
        <span class="legend legend--tessitura" data-i18n="range.legendTessitura"></span>
      </p>
    </div>
    <p class="range-result__none" data-testid="range-no-stable" data-i18n="range.noStable" hidden></p>
    <p class="range-result__none" data-testid="range-not-saved" data-i18n="range.notSaved" hidden></p>
  </section>
</section>`;

type Phase = 'idle' | 'starting' | 'testing' | 'finishing';

/** What the result card shows: a range with the time it was measured, or a take in which no note was held. */
type Outcome = { range: RangeResult; measuredAt: Date; saved: boolean } | { range: null; measuredAt: Date };

/**
 * The Range page: a guided three-step take (comfortable note, lowest, highest) that finds the singer's range, with a
 * piano keyboard that plays notes, lights the sung key and shows the result.
 */
export class RangePage {
  private readonly root: HTMLElement;
  private readonly keyboard: PianoKeyboard;
  private readonly tone: PianoTone;
  private readonly history = new PitchHistory();
  private phase: Phase = 'idle';
  private step = 0;
  private take: LiveTake | null = null;
  /** Set while a take is being replaced by Restart, so its ending is not taken for the result. */
  private discarding: LiveTake | null = null;
  private status: MessageKey = 'status.idle';
  private notice: Notice | null = null;
  private soFar: RangeResult | null = null;
  private outcome: Outcome | null = null;
  private pollHandle = 0;
  private polling = false;
  private takeOffset = 0;
  private shownFrequency = 0;
  private sinceTextRefresh = Number.POSITIVE_INFINITY;
  private lastAnimation = 0;
  private animationHandle = 0;

  constructor(root: HTMLElement) {
    this.root = root;
    root.innerHTML = markup;
    const scroller = this.find('[data-testid="piano"]');
    scroller.dataset.outputState = 'none';
    scroller.dataset.notesPlayed = '0';
    this.tone = new PianoTone((state) => {
      scroller.dataset.outputState = state.output;
      scroller.dataset.notesPlayed = String(state.notesPlayed);
    });
    this.keyboard = new PianoKeyboard(scroller, (midi) => void this.tone.play(midi));

    this.find('[data-testid="range-start"]').addEventListener('click', () => void this.start());
    this.find('[data-testid="range-next"]').addEventListener('click', () => this.next());
    this.find('[data-testid="range-finish"]').addEventListener('click', () => void this.finish());
    this.find('[data-testid="range-restart"]').addEventListener('click', () => void this.restart());
    onLanguageChange(() => this.render());

    const saved = loadRange(localStorage);
    if (saved) this.outcome = { range: saved.result, measuredAt: saved.savedAt, saved: true };
    this.render();
    // After layout, so the keyboard knows its width.
    requestAnimationFrame(() => {
      if (this.outcome?.range) this.revealResult(this.outcome.range);
      else this.keyboard.reveal(restingMidi);
    });
    this.animationHandle = requestAnimationFrame((time) => this.animate(time));
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The Range page lacks ${selector}.`);
    return element;
  }

  private async start(): Promise<void> {
    if (this.phase !== 'idle') return;
    this.phase = 'starting';
    this.step = 1;
    this.notice = null;
    this.soFar = null;
    this.render();
    const take = new LiveTake({
      onTakeStarted: () => {
        // A new take (at Start, or after a reconnect) counts its frames from 0 again and has no range yet.
        // An empty history's last time is −∞, so the first take starts at 0.
        this.takeOffset = Math.max(this.history.lastTime + 0.01, 0);
        this.soFar = null;
        this.render();
      },
      onFrames: (result) => {
        for (let i = 0; i < result.frequencyHz.length; i++) {
          this.history.push(this.takeOffset + (result.firstFrame + i) * result.hopSeconds, result.frequencyHz[i]);
        }
      },
      onStatus: (status) => {
        if (this.discarding === take) return;
        this.status = status;
        this.render();
      },
      onNotice: (notice) => {
        if (this.discarding === take) return;
        this.notice = notice;
        this.render();
      },
      onEnded: (summary) => this.ended(take, summary),
    });
    this.take = take;
    try {
      await take.start();
      this.phase = 'testing';
      this.startPolling();
    } catch (error) {
      this.take = null;
      this.phase = 'idle';
      this.step = 0;
      this.status = 'status.idle';
      this.notice =
        error instanceof TakeStartError
          ? error.notice
          : { key: 'error.micOther', params: { detail: error instanceof Error ? error.message : String(error) } };
    }
    this.render();
  }

  private next(): void {
    if (this.phase !== 'testing' || this.step >= stepCount) return;
    this.step++;
    this.render();
    void this.poll();
  }

  private async finish(): Promise<void> {
    if (this.phase !== 'testing') return;
    this.phase = 'finishing';
    this.stopPolling();
    this.render();
    await this.take?.stop();
  }

  private async restart(): Promise<void> {
    if (this.phase !== 'testing') return;
    const take = this.take;
    this.discarding = take;
    this.stopPolling();
    this.phase = 'finishing';
    this.render();
    await take?.stop();
    this.discarding = null;
    this.phase = 'idle';
    await this.start();
  }

  private ended(take: LiveTake, summary: TakeSummary | null): void {
    if (this.take !== take) return;
    this.take = null;
    this.stopPolling();
    const finished = this.phase === 'finishing' && this.discarding !== take;
    if (this.discarding !== take) {
      this.phase = 'idle';
      this.step = 0;
    }
    // Only a take the singer finished has a result; one cut short (a lost connection) shows its notice instead.
    if (finished && summary) {
      const measuredAt = new Date();
      const range = summary.range ?? null;
      this.outcome = range ? { range, measuredAt, saved: saveRange(localStorage, range, measuredAt) } : { range: null, measuredAt };
      if (range) this.revealResult(range);
    }
    this.render();
  }

  private startPolling(): void {
    this.stopPolling();
    this.pollHandle = window.setInterval(() => void this.poll(), pollMilliseconds);
  }

  private stopPolling(): void {
    window.clearInterval(this.pollHandle);
    this.pollHandle = 0;
  }

  private async poll(): Promise<void> {
    const take = this.take;
    if (!take || this.phase !== 'testing' || this.polling) return;
    this.polling = true;
    try {
      const range = await take.range();
      if (this.take === take && this.phase === 'testing' && range) {
        this.soFar = range;
        this.render();
      }
    } catch {
      // The range so far is a convenience; the take's own notices speak for a refused or dropped connection.
    } finally {
      this.polling = false;
    }
  }

  private revealResult(range: RangeResult): void {
    const marks = keyboardRange(range);
    if (marks) this.keyboard.revealRange(marks.lowest, marks.highest);
  }

  private animate(nowMs: number): void {
    const delta = this.lastAnimation ? Math.min((nowMs - this.lastAnimation) / 1000, 0.25) : 0;
    this.lastAnimation = nowMs;
    const reading = readPitch(this.history).frequencyHz;
    this.sinceTextRefresh += delta;
    const changedNote =
      (reading > 0) !== (this.shownFrequency > 0) ||
      (reading > 0 && nearestNote(reading).midi !== nearestNote(this.shownFrequency).midi);
    if (changedNote || (reading > 0 && this.sinceTextRefresh >= textRefreshSeconds)) {
      this.shownFrequency = reading;
      this.sinceTextRefresh = 0;
      this.renderReading();
    }
    this.animationHandle = requestAnimationFrame((time) => this.animate(time));
  }

  private renderReading(): void {
    const frequency = this.shownFrequency;
    this.find('.range-readout').classList.toggle('is-silent', frequency <= 0);
    const name = this.find('[data-testid="note-name"]');
    const solfege = this.find('[data-testid="note-solfege"]');
    const hz = this.find('[data-testid="note-hz"]');
    const cents = this.find('[data-testid="note-cents"]');
    if (frequency <= 0) {
      name.textContent = hz.textContent = t('live.silent');
      solfege.textContent = cents.textContent = '';
      this.keyboard.light(null);
      return;
    }
    const note = nearestNote(frequency);
    name.textContent = note.name;
    solfege.textContent = note.solfege;
    hz.textContent = frequency.toFixed(1);
    const rounded = Math.round(note.cents);
    cents.textContent = t('live.centsValue', { cents: rounded > 0 ? `+${rounded}` : rounded === 0 ? '0' : `−${-rounded}` });
    this.keyboard.light(note.midi);
  }

  /** Redraws every translated string and every control from the page's state. */
  private render(): void {
    const testing = this.phase === 'testing';
    const inTake = this.phase !== 'idle';
    const show = (testId: string, visible: boolean) => (this.find(`[data-testid="${testId}"]`).hidden = !visible);

    show('range-start', this.phase === 'idle' || this.phase === 'starting');
    this.find<HTMLButtonElement>('[data-testid="range-start"]').disabled = this.phase === 'starting';
    show('range-next', inTake && this.phase !== 'starting' && this.step < stepCount);
    show('range-finish', inTake && this.phase !== 'starting' && this.step === stepCount);
    show('range-restart', testing);
    for (const testId of ['range-next', 'range-finish']) {
      this.find<HTMLButtonElement>(`[data-testid="${testId}"]`).disabled = !testing;
    }

    show('range-progress-block', inTake);
    this.find('[data-testid="range-progress"]').textContent = t('range.progress', { step: this.step, count: stepCount });
    const bar = this.find('.range-test__bar');
    bar.setAttribute('aria-valuenow', String(this.step));
    bar.setAttribute('aria-valuetext', t('range.progress', { step: this.step, count: stepCount }));
    bar.style.setProperty('--progress', String(this.step / stepCount));
    const text = stepText[this.step];
    this.find('[data-testid="range-instruction"]').textContent = text ? t(text.instruction) : t('range.ready');
    this.find('[data-testid="range-hint"]').textContent = text ? t(text.hint) : '';
    this.find('[data-testid="range-hint"]').hidden = !text;
    this.find('[data-testid="range-test"]').dataset.step = String(this.step);

    show('range-so-far', inTake);
    this.find('[data-testid="so-far-lowest"]').textContent = this.soFar ? noteWithHz(this.soFar.lowest, this.soFar.lowestHz) : t('range.none');
    this.find('[data-testid="so-far-highest"]').textContent = this.soFar ? noteWithHz(this.soFar.highest, this.soFar.highestHz) : t('range.none');

    this.find('[data-testid="status"]').textContent = t(this.status);
    const notice = this.find('[data-testid="notice"]');
    notice.hidden = this.notice === null;
    notice.textContent = this.notice ? noticeText(this.notice) : '';
    notice.classList.toggle('notice--info', this.notice?.key.startsWith('status.') ?? false);

    this.renderOutcome();
    this.renderReading();
  }

  private renderOutcome(): void {
    const outcome = this.outcome;
    const card = this.find('[data-testid="range-result"]');
    card.hidden = outcome === null;
    const range = outcome?.range ?? null;
    this.keyboard.showRange(range ? keyboardRange(range) : null);
    this.find('[data-testid="range-result-body"]').hidden = range === null;
    this.find('[data-testid="range-no-stable"]').hidden = outcome === null || range !== null;
    this.find('[data-testid="range-not-saved"]').hidden = !(outcome?.range && !outcome.saved);
    if (!outcome) return;
    const date = new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
    this.find('[data-testid="range-saved-on"]').textContent = t('range.savedOn', { date: date.format(outcome.measuredAt) });
    if (!range) return;
    this.find('[data-testid="result-lowest"]').textContent = displayName(range.lowest);
    this.find('[data-testid="result-lowest-hz"]').textContent = t('range.hzValue', { hz: range.lowestHz.toFixed(1) });
    this.find('[data-testid="result-highest"]').textContent = displayName(range.highest);
    this.find('[data-testid="result-highest-hz"]').textContent = t('range.hzValue', { hz: range.highestHz.toFixed(1) });
    this.find('[data-testid="result-span"]').textContent = t('range.spanValue', {
      semitones: range.semitones,
      octaves: range.octaves.toFixed(1),
    });
    this.find('[data-testid="result-voice-type"]').textContent = t(`voice.${range.voiceType}`);
    this.find('[data-testid="result-tessitura"]').textContent = `${displayName(range.tessituraLow)} – ${displayName(range.tessituraHigh)}`;
  }

  /** Stops drawing, polling, any take in progress and the keyboard's sound. */
  async dispose(): Promise<void> {
    cancelAnimationFrame(this.animationHandle);
    this.stopPolling();
    await this.take?.stop();
    await this.tone.dispose();
  }
}

/** The page's spelling of a note the server names ("C#4" → "C♯4"); unknown text is shown as it came. */
function displayName(name: string): string {
  const midi = parseNoteName(name);
  return midi === null ? name : noteName(midi);
}

function noteWithHz(name: string, hz: number): string {
  return `${displayName(name)} · ${t('range.hzValue', { hz: hz.toFixed(1) })}`;
}

/** The MIDI notes a range result covers, or null when one of its names cannot be read. */
function keyboardRange(range: RangeResult): KeyboardRange | null {
  const [lowest, highest, tessituraLow, tessituraHigh] = [range.lowest, range.highest, range.tessituraLow, range.tessituraHigh].map(parseNoteName);
  if (lowest === null || highest === null || tessituraLow === null || tessituraHigh === null) return null;
  return { lowest, highest, tessituraLow, tessituraHigh };
}
