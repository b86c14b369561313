import { MicrophoneError } from '../audio/microphone-error';
import type { MessageKey } from '../i18n/dictionaries';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { adviceFor, fetchClickTrack, postRecording } from './calibration-api';
import { recordClicks } from './click-recording';
import { defaultDeviceKey, loadDeviceLatency, maxLatencyMs, saveDeviceLatency } from './device-latency';
import { beatTimes, sliderStepMs, suggestedLatencyMs, tapBeatCount, tapContextTime } from './tap-along';

/** Seconds after the last beat during which late taps (a slow speaker) still count. */
const tapGraceSeconds = 1.2;

const markup = `
<section class="calibrate-page" aria-labelledby="calibrate-heading">
  <div class="page-intro">
    <h1 id="calibrate-heading" data-i18n="calibrate.heading"></h1>
    <p data-i18n="calibrate.intro"></p>
    <p class="calibrate-page__setup" data-i18n="calibrate.setup"></p>
  </div>

  <section class="calibrate-card calibrate-stored" data-testid="calibrate-stored" aria-labelledby="calibrate-stored-heading">
    <h2 id="calibrate-stored-heading" data-i18n="calibrate.storedHeading"></h2>
    <p class="calibrate-stored__value" data-testid="calibrate-stored-value">
      <span class="calibrate-stored__ms" data-testid="calibrate-stored-ms"></span>
      <span class="calibrate-stored__how" data-testid="calibrate-stored-how"></span>
    </p>
    <p class="calibrate-stored__none" data-testid="calibrate-stored-none" data-i18n="calibrate.storedNone"></p>
  </section>

  <section class="calibrate-card" aria-labelledby="calibrate-auto-heading">
    <h2 id="calibrate-auto-heading" data-i18n="calibrate.autoHeading"></h2>
    <p class="calibrate-card__hint" data-i18n="calibrate.autoHint"></p>
    <div class="controls">
      <button type="button" class="start-stop" data-testid="calibrate-measure"></button>
      <p class="status" data-testid="calibrate-status" role="status"></p>
    </div>
    <dl class="calibrate-result" data-testid="calibrate-result" hidden>
      <div><dt data-i18n="calibrate.resultDelay"></dt><dd data-testid="calibrate-result-ms"></dd></div>
      <div><dt data-i18n="calibrate.resultClicks"></dt><dd data-testid="calibrate-result-clicks"></dd></div>
    </dl>
    <p class="notice notice--info" data-testid="calibrate-saved" hidden></p>
    <p class="notice" data-testid="calibrate-notice" role="alert" hidden></p>
  </section>

  <section class="calibrate-card" aria-labelledby="calibrate-manual-heading">
    <h2 id="calibrate-manual-heading" data-i18n="calibrate.manualHeading"></h2>
    <p class="calibrate-card__hint" data-i18n="calibrate.manualHint"></p>
    <label class="calibrate-slider">
      <span data-i18n="calibrate.sliderLabel"></span>
      <span class="calibrate-slider__row">
        <input type="range" min="0" max="${maxLatencyMs}" step="${sliderStepMs}" value="0" data-testid="calibrate-slider" />
        <output class="calibrate-slider__value" data-testid="calibrate-slider-value"></output>
      </span>
    </label>
    <div class="controls">
      <button type="button" class="secondary-button" data-testid="calibrate-save" data-i18n="calibrate.save"></button>
      <p class="status" data-testid="calibrate-manual-status" role="status"></p>
    </div>

    <div class="calibrate-tap">
      <h3 data-i18n="calibrate.tapHeading"></h3>
      <p class="calibrate-card__hint" data-i18n="calibrate.tapHint"></p>
      <div class="calibrate-tap__row">
        <button type="button" class="secondary-button" data-testid="calibrate-tap-start" data-i18n="calibrate.tapStart"></button>
        <button type="button" class="calibrate-tap__button" data-testid="calibrate-tap" data-i18n="calibrate.tapButton" disabled></button>
      </div>
      <p class="status" data-testid="calibrate-tap-result" role="status"></p>
    </div>
  </section>
</section>`;

type Phase = 'idle' | 'loading' | 'askingMic' | 'listening' | 'analysing';

const phaseStatus: Record<Exclude<Phase, 'idle'>, MessageKey> = {
  loading: 'calibrate.loading',
  askingMic: 'calibrate.askingMic',
  listening: 'calibrate.listening',
  analysing: 'calibrate.analysing',
};

/**
 * The latency calibration page: measures the device's delay by playing clicks and timing them in the microphone,
 * or lets the singer set it by hand (helped by tapping along to a beat), and stores it for this microphone.
 */
export class CalibrationPage {
  private readonly root: HTMLElement;
  private phase: Phase = 'idle';
  /** The microphone the page last measured with; the browser's default until then. */
  private deviceKey = defaultDeviceKey;
  private result: { latencyMs: number; matchedClicks: number; expectedClicks: number } | null = null;
  private saved: 'saved' | 'notSaved' | null = null;
  private notice: Notice[] = [];
  private manualStatus: MessageKey | null = null;
  private tapStatus: Notice | null = null;
  private tapping: { context: AudioContext; beats: number[]; taps: number[] } | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
    root.innerHTML = markup;
    this.find('[data-testid="calibrate-measure"]').addEventListener('click', () => void this.measure());
    this.slider.addEventListener('input', () => {
      this.manualStatus = null;
      this.render();
    });
    this.find('[data-testid="calibrate-save"]').addEventListener('click', () => this.saveManual());
    this.find('[data-testid="calibrate-tap-start"]').addEventListener('click', () => void this.playBeat());
    this.find('[data-testid="calibrate-tap"]').addEventListener('pointerdown', (event) => this.tap(event));
    document.addEventListener('keydown', (event) => {
      if (event.code !== 'Space' || !this.tapping || event.repeat) return;
      event.preventDefault();
      this.tap(event);
    });
    onLanguageChange(() => this.render());

    const stored = loadDeviceLatency(localStorage, this.deviceKey);
    if (stored) this.slider.value = String(stored.latencyMs);
    this.render();
  }

  private get slider(): HTMLInputElement {
    return this.find<HTMLInputElement>('[data-testid="calibrate-slider"]');
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The calibration page lacks ${selector}.`);
    return element;
  }

  private async measure(): Promise<void> {
    if (this.phase !== 'idle') return;
    this.notice = [];
    this.saved = null;
    this.result = null;
    this.setPhase('loading');
    try {
      // Fetched before the microphone opens, so the microphone is on only while the clicks play.
      let clicks: ArrayBuffer;
      try {
        clicks = await fetchClickTrack();
      } catch {
        this.notice = [{ key: 'calibrate.network' }];
        return;
      }
      this.setPhase('askingMic');
      let recording;
      try {
        recording = await recordClicks(clicks, () => this.setPhase('listening'));
      } catch (error) {
        const problem = MicrophoneError.from(error);
        this.notice = [{ key: problem.problem, params: { detail: problem.detail } }, { key: 'calibrate.manualInstead' }];
        return;
      }
      this.deviceKey = recording.deviceKey;
      this.setPhase('analysing');
      let answer;
      try {
        answer = await postRecording(recording.wav);
      } catch {
        this.notice = [{ key: 'calibrate.network' }];
        return;
      }
      if (answer.kind !== 'measured') {
        this.notice = [adviceFor(answer)];
        return;
      }
      const latencyMs = Math.min(maxLatencyMs, Math.max(0, answer.latencyMs));
      this.result = { latencyMs, matchedClicks: answer.matchedClicks, expectedClicks: 8 };
      const kept = saveDeviceLatency(localStorage, this.deviceKey, { latencyMs, source: 'measured', savedAt: new Date() });
      this.saved = kept ? 'saved' : 'notSaved';
      this.slider.value = String(Math.round(latencyMs / sliderStepMs) * sliderStepMs);
      this.manualStatus = null;
    } finally {
      this.phase = 'idle';
      this.render();
    }
  }

  private setPhase(phase: Phase): void {
    this.phase = phase;
    this.render();
  }

  private saveManual(): void {
    const latencyMs = Number(this.slider.value);
    const kept = saveDeviceLatency(localStorage, this.deviceKey, { latencyMs, source: 'manual', savedAt: new Date() });
    this.manualStatus = kept ? 'calibrate.savedManual' : 'calibrate.notSaved';
    this.render();
  }

  /** Plays a steady beat of clicks on one AudioContext and collects taps on its clock. */
  private async playBeat(): Promise<void> {
    if (this.tapping) return;
    const context = new AudioContext({ latencyHint: 'interactive' });
    if (context.state === 'suspended') await context.resume();
    const beats = beatTimes(context.currentTime + 0.6, tapBeatCount);
    for (const [index, beat] of beats.entries()) {
      const tone = context.createOscillator();
      tone.frequency.value = index === 0 ? 1600 : 1000;
      const gain = context.createGain();
      gain.gain.setValueAtTime(0, beat);
      gain.gain.linearRampToValueAtTime(0.6, beat + 0.002);
      gain.gain.exponentialRampToValueAtTime(0.001, beat + 0.06);
      tone.connect(gain).connect(context.destination);
      tone.start(beat);
      tone.stop(beat + 0.07);
    }
    this.tapping = { context, beats, taps: [] };
    this.tapStatus = { key: 'calibrate.tapCount', params: { count: 0 } };
    this.render();
    this.find('[data-testid="calibrate-tap"]').focus();

    const end = beats[beats.length - 1] + tapGraceSeconds;
    await new Promise<void>((resolve) => window.setTimeout(resolve, (end - context.currentTime) * 1000));
    const { taps } = this.tapping;
    this.tapping = null;
    await context.close().catch(() => undefined);
    const suggestion = suggestedLatencyMs(taps, beats);
    if (suggestion === null) {
      this.tapStatus = { key: 'calibrate.tapTooFew' };
    } else {
      this.slider.value = String(suggestion);
      this.manualStatus = null;
      this.tapStatus = { key: 'calibrate.tapSuggested', params: { ms: suggestion } };
    }
    this.render();
  }

  private tap(event: Event): void {
    if (!this.tapping) return;
    const { context, taps } = this.tapping;
    taps.push(tapContextTime(context.currentTime, performance.now(), event.timeStamp));
    this.tapStatus = { key: 'calibrate.tapCount', params: { count: taps.length } };
    this.render();
  }

  private render(): void {
    const busy = this.phase !== 'idle';
    const measure = this.find<HTMLButtonElement>('[data-testid="calibrate-measure"]');
    measure.disabled = busy;
    measure.textContent = t(this.result ? 'calibrate.measureAgain' : 'calibrate.measure');
    this.find('[data-testid="calibrate-status"]').textContent = busy ? t(phaseStatus[this.phase as Exclude<Phase, 'idle'>]) : '';

    const number = new Intl.NumberFormat(language() === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 1 });
    const result = this.find('[data-testid="calibrate-result"]');
    result.hidden = this.result === null;
    if (this.result) {
      this.find('[data-testid="calibrate-result-ms"]').textContent = t('calibrate.storedValue', { ms: number.format(this.result.latencyMs) });
      this.find('[data-testid="calibrate-result-clicks"]').textContent = t('calibrate.resultClicksValue', {
        heard: this.result.matchedClicks,
        expected: this.result.expectedClicks,
      });
    }
    const saved = this.find('[data-testid="calibrate-saved"]');
    saved.hidden = this.saved === null;
    saved.textContent = this.saved === 'saved' ? t('calibrate.saved') : this.saved === 'notSaved' ? t('calibrate.notSaved') : '';
    const notice = this.find('[data-testid="calibrate-notice"]');
    notice.hidden = this.notice.length === 0;
    notice.textContent = this.notice.map(noticeText).join(' ');

    this.find('[data-testid="calibrate-slider-value"]').textContent = t('calibrate.sliderValue', { ms: this.slider.value });
    this.slider.setAttribute('aria-valuetext', t('calibrate.sliderValue', { ms: this.slider.value }));
    this.find('[data-testid="calibrate-manual-status"]').textContent = this.manualStatus ? t(this.manualStatus) : '';
    this.find<HTMLButtonElement>('[data-testid="calibrate-tap-start"]').disabled = this.tapping !== null;
    this.find<HTMLButtonElement>('[data-testid="calibrate-tap"]').disabled = this.tapping === null;
    this.find('[data-testid="calibrate-tap-result"]').textContent = this.tapStatus ? noticeText(this.tapStatus) : '';

    this.renderStored(number);
  }

  private renderStored(number: Intl.NumberFormat): void {
    const stored = loadDeviceLatency(localStorage, this.deviceKey);
    this.find('[data-testid="calibrate-stored-none"]').hidden = stored !== null;
    this.find('[data-testid="calibrate-stored-value"]').hidden = stored === null;
    this.find('[data-testid="calibrate-stored-ms"]').textContent = stored ? t('calibrate.storedValue', { ms: number.format(stored.latencyMs) }) : '';
    const date = new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-US', { dateStyle: 'medium' });
    this.find('[data-testid="calibrate-stored-how"]').textContent = stored
      ? t(stored.source === 'measured' ? 'calibrate.storedMeasured' : 'calibrate.storedManual', { date: date.format(stored.savedAt) })
      : '';
  }
}
