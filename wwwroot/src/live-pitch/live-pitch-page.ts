import type { TakeSummary } from '../connection/hub-contract';
import type { MessageKey } from '../i18n/dictionaries';
import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { nearestNote } from '../music/notes';
import { LiveTake, TakeStartError } from '../singing/live-take';
import { PitchHistory } from '../singing/pitch-history';
import { readPitch } from '../singing/pitch-reading';
import { CentsNeedle } from './cents-needle';
import { PitchTrace } from './pitch-trace';

/** How often the numbers change, in s: slow enough to read, fast enough to follow a melody. */
const textRefreshSeconds = 0.1;
/** How far the trace clock may run ahead of the newest frame while waiting for the next, in s. */
const maxExtrapolationSeconds = 0.15;

const markup = `
<section class="live-pitch" aria-labelledby="live-heading">
  <div class="live-pitch__intro">
    <h1 id="live-heading" data-i18n="live.heading"></h1>
    <p data-i18n="live.intro"></p>
  </div>

  <div class="readout is-silent" aria-live="off">
    <div class="readout__note">
      <span class="readout__label" data-i18n="live.noteLabel"></span>
      <span class="readout__note-name" data-testid="note-name"></span>
      <span class="readout__solfege" data-testid="note-solfege"></span>
    </div>
    <div class="readout__hz">
      <span class="readout__label" data-i18n="live.hzLabel"></span>
      <span><span class="readout__hz-value" data-testid="note-hz"></span> <span class="readout__unit" data-i18n="live.hzUnit"></span></span>
    </div>
    <div class="gauge is-silent" role="meter" aria-valuemin="-50" aria-valuemax="50" data-i18n-aria-label="live.centsLabel">
      <div class="gauge__scale">
        <span class="gauge__tick gauge__tick--major" style="left:0%"></span>
        <span class="gauge__tick" style="left:25%"></span>
        <span class="gauge__tick gauge__tick--centre" style="left:50%"></span>
        <span class="gauge__tick" style="left:75%"></span>
        <span class="gauge__tick gauge__tick--major" style="left:100%"></span>
        <span class="gauge__needle"></span>
      </div>
      <div class="gauge__legend">
        <span data-i18n="live.flat"></span>
        <span class="gauge__cents" data-testid="note-cents"></span>
        <span data-i18n="live.sharp"></span>
      </div>
    </div>
  </div>

  <div class="controls">
    <button type="button" class="start-stop" data-testid="start-stop"></button>
    <p class="status" data-testid="status" role="status"></p>
  </div>
  <p class="notice" data-testid="notice" role="alert" hidden></p>

  <figure class="trace">
    <canvas class="trace__canvas" data-testid="pitch-trace" data-i18n-aria-label="live.traceLabel" role="img"></canvas>
    <figcaption class="trace__caption" data-i18n="live.traceLabel"></figcaption>
  </figure>


  <section class="summary" data-testid="summary" hidden aria-labelledby="summary-heading">
    <h2 id="summary-heading" data-i18n="summary.heading"></h2>
    <dl>
      <div><dt data-i18n="summary.duration"></dt><dd data-testid="summary-duration"></dd></div>
      <div><dt data-i18n="summary.voiced"></dt><dd data-testid="summary-voiced"></dd></div>
    </dl>
    <p class="summary__missing" hidden></p>
  </section>
</section>`;

type Phase = 'idle' | 'starting' | 'running' | 'stopping';

/** The Live pitch page: Start, sing, and see the note, its frequency, the tuning needle and the pitch trace. */
export class LivePitchPage {
  private readonly history = new PitchHistory();
  private readonly trace: PitchTrace;
  private readonly needle: CentsNeedle;
  private readonly elements: {
    readout: HTMLElement;
    noteName: HTMLElement;
    solfege: HTMLElement;
    hz: HTMLElement;
    cents: HTMLElement;
    gauge: HTMLElement;
    button: HTMLButtonElement;
    status: HTMLElement;
    notice: HTMLElement;
    summary: HTMLElement;
    summaryDuration: HTMLElement;
    summaryVoiced: HTMLElement;
    summaryMissing: HTMLElement;
  };
  private phase: Phase = 'idle';
  private take: LiveTake | null = null;
  private status: MessageKey = 'status.idle';
  private notice: Notice | null = null;
  private summary: TakeSummary | null = null;
  /** Trace-clock seconds at which the current take's frame 0 sits. */
  private takeOffset = 0;
  /** performance.now() in ms when the newest frame arrived. */
  private lastArrival = 0;
  private lastAnimation = 0;
  private sinceTextRefresh = Number.POSITIVE_INFINITY;
  private shownFrequency = 0;
  private animationHandle = 0;

  constructor(root: HTMLElement) {
    root.innerHTML = markup;
    const find = <T extends HTMLElement>(selector: string) => {
      const element = root.querySelector<T>(selector);
      if (!element) throw new Error(`The Live pitch page lacks ${selector}.`);
      return element;
    };
    this.elements = {
      readout: find('.readout'),
      noteName: find('[data-testid="note-name"]'),
      solfege: find('[data-testid="note-solfege"]'),
      hz: find('[data-testid="note-hz"]'),
      cents: find('[data-testid="note-cents"]'),
      gauge: find('.gauge'),
      button: find<HTMLButtonElement>('[data-testid="start-stop"]'),
      status: find('[data-testid="status"]'),
      notice: find('[data-testid="notice"]'),
      summary: find('[data-testid="summary"]'),
      summaryDuration: find('[data-testid="summary-duration"]'),
      summaryVoiced: find('[data-testid="summary-voiced"]'),
      summaryMissing: find('.summary__missing'),
    };
    this.trace = new PitchTrace(find<HTMLCanvasElement>('.trace__canvas'));
    this.needle = new CentsNeedle(find('.gauge__needle'), find('.gauge'));
    this.elements.button.addEventListener('click', () => void this.toggle());
    onLanguageChange(() => this.renderText());
    this.renderText();
    this.animationHandle = requestAnimationFrame((time) => this.animate(time));
  }

  private async toggle(): Promise<void> {
    if (this.phase === 'idle') await this.start();
    else if (this.phase === 'running') await this.stop();
  }

  private async start(): Promise<void> {
    this.phase = 'starting';
    this.notice = null;
    this.summary = null;
    this.renderText();
    const take = new LiveTake({
      onTakeStarted: () => {
        // Frames of the new take count from 0 again; place them after everything already on the trace.
        this.takeOffset = Math.max(this.traceNow(performance.now()), this.history.lastTime + 0.01, 0);
        this.lastArrival = performance.now();
      },
      onFrames: (result) => {
        for (let i = 0; i < result.frequencyHz.length; i++) {
          this.history.push(this.takeOffset + (result.firstFrame + i) * result.hopSeconds, result.frequencyHz[i]);
        }
        if (result.frequencyHz.length > 0) this.lastArrival = performance.now();
      },
      onStatus: (status) => {
        this.status = status;
        this.renderText();
      },
      onNotice: (notice) => {
        this.notice = notice;
        this.renderText();
      },
      onEnded: (summary) => {
        this.summary = summary;
        this.take = null;
        this.phase = 'idle';
        this.renderText();
      },
    });
    this.take = take;
    try {
      await take.start();
      this.phase = 'running';
    } catch (error) {
      this.take = null;
      this.phase = 'idle';
      this.status = 'status.idle';
      this.notice =
        error instanceof TakeStartError
          ? error.notice
          : { key: 'error.micOther', params: { detail: error instanceof Error ? error.message : String(error) } };
    }
    this.renderText();
  }

  private async stop(): Promise<void> {
    this.phase = 'stopping';
    this.renderText();
    await this.take?.stop();
  }

  /** Seconds on the trace clock now: the newest frame's time, run on smoothly until the next frames arrive. */
  private traceNow(nowMs: number): number {
    if (this.history.length === 0) return 0;
    const running = this.phase === 'running' || this.phase === 'stopping';
    const ahead = running ? Math.min((nowMs - this.lastArrival) / 1000, maxExtrapolationSeconds) : 0;
    return this.history.lastTime + Math.max(0, ahead);
  }

  private animate(nowMs: number): void {
    const delta = this.lastAnimation ? Math.min((nowMs - this.lastAnimation) / 1000, 0.25) : 0;
    this.lastAnimation = nowMs;

    const reading = readPitch(this.history);
    this.needle.aim(reading.frequencyHz > 0 ? nearestNote(reading.frequencyHz).cents : null);
    this.needle.animate(delta);
    this.trace.draw(this.history, this.traceNow(nowMs), delta);

    this.sinceTextRefresh += delta;
    // Silence and a new note show at once; within a note, the figures change at most every textRefreshSeconds.
    const changedNote =
      (reading.frequencyHz > 0) !== (this.shownFrequency > 0) ||
      (reading.frequencyHz > 0 && nearestNote(reading.frequencyHz).midi !== nearestNote(this.shownFrequency).midi);
    if (changedNote || (reading.frequencyHz > 0 && this.sinceTextRefresh >= textRefreshSeconds)) {
      this.shownFrequency = reading.frequencyHz;
      this.sinceTextRefresh = 0;
      this.renderReading();
    }
    this.animationHandle = requestAnimationFrame((time) => this.animate(time));
  }

  private renderReading(): void {
    const { readout, noteName, solfege, hz, cents, gauge } = this.elements;
    readout.classList.toggle('is-silent', this.shownFrequency <= 0);
    if (this.shownFrequency <= 0) {
      const dash = t('live.silent');
      noteName.textContent = dash;
      solfege.textContent = '';
      hz.textContent = dash;
      cents.textContent = '';
      gauge.removeAttribute('aria-valuenow');
      gauge.removeAttribute('aria-valuetext');
      return;
    }
    const note = nearestNote(this.shownFrequency);
    noteName.textContent = note.name;
    solfege.textContent = note.solfege;
    hz.textContent = this.shownFrequency.toFixed(1);
    const rounded = Math.round(note.cents);
    cents.textContent = t('live.centsValue', { cents: rounded > 0 ? `+${rounded}` : rounded === 0 ? '0' : `−${-rounded}` });
    gauge.setAttribute('aria-valuenow', String(rounded));
    gauge.setAttribute('aria-valuetext', cents.textContent);
  }

  /** Redraws every translated string from the page's state (after a change of state or of language). */
  private renderText(): void {
    const { button, status, notice, summary, summaryDuration, summaryVoiced, summaryMissing } = this.elements;
    const running = this.phase === 'running' || this.phase === 'stopping';
    button.textContent = t(running ? 'live.stop' : 'live.start');
    button.classList.toggle('is-running', running);
    button.disabled = this.phase === 'starting' || this.phase === 'stopping';
    status.textContent = t(this.status);

    notice.hidden = this.notice === null;
    notice.textContent = this.notice ? noticeText(this.notice) : '';
    notice.classList.toggle('notice--info', this.notice?.key.startsWith('status.') ?? false);

    summary.hidden = this.summary === null;
    if (this.summary) {
      const { durationSeconds, frameCount, voicedFrameCount, missingChunks } = this.summary;
      summaryDuration.textContent = t('summary.durationValue', { seconds: durationSeconds.toFixed(1) });
      const percent = frameCount > 0 ? Math.round((100 * voicedFrameCount) / frameCount) : 0;
      summaryVoiced.textContent = t('summary.voicedValue', { percent });
      summaryMissing.hidden = missingChunks.length === 0;
      summaryMissing.textContent = t('summary.missing', { count: missingChunks.length });
    }
    this.renderReading();
  }

  /** Stops drawing and any take in progress. */
  async dispose(): Promise<void> {
    cancelAnimationFrame(this.animationHandle);
    this.trace.dispose();
    await this.take?.stop();
  }
}
