import { MicrophoneError } from '../audio/microphone-error';
import type { MessageKey } from '../i18n/dictionaries';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { noteName, parseNoteName } from '../music/notes';
import { loadRange } from '../range/saved-range';
import { ringDashOffset, ringPoint, ringState } from './progress-ring';
import { deviceKeeper, type TimbreResultKeeper } from './saved-timbre';
import { diagnose, fetchModelInfo, type DiagnosisProblem, type MidiRange } from './timbre-client';
import { probabilityRows, singItLink, type TimbreModelInfo, type TimbreResult } from './timbre-contract';
import { TimbreRecording } from './timbre-recording';
import { describeVoice, labelKey, recommendationReason } from './voice-descriptors';
import { meterFraction } from './voice-level';

/** The longest take the page records, in s: enough for several phrases; the server would take up to its own maximum. */
const pageMaximumSeconds = 30;
/** What the page assumes until the server describes its model (the documented limits). */
const fallbackLimits = { minimumSeconds: 10, minimumVoicedSeconds: 6, maximumSeconds: 120 };

const ringRadius = 52;
const ringCircumference = 2 * Math.PI * ringRadius;

const problemKeys: Record<DiagnosisProblem, MessageKey> = {
  tooShort: 'timbre.problem.tooShort',
  tooLong: 'timbre.problem.tooLong',
  notEnoughSinging: 'timbre.problem.notEnoughSinging',
  tooLarge: 'timbre.problem.tooLarge',
  rejected: 'timbre.problem.rejected',
  badAnswer: 'timbre.problem.badAnswer',
  unreachable: 'timbre.problem.unreachable',
};

const markup = `
<section class="timbre-page" aria-labelledby="timbre-heading">
  <div class="page-intro">
    <h1 id="timbre-heading" data-i18n="timbre.heading"></h1>
    <p data-i18n="timbre.intro"></p>
    <p class="timbre-baseline" data-testid="timbre-baseline"></p>
  </div>

  <section class="timbre-recorder" data-testid="timbre-recorder">
    <div class="timbre-ring" role="progressbar" aria-valuemin="0" data-testid="timbre-ring">
      <svg viewBox="0 0 120 120" aria-hidden="true">
        <circle class="timbre-ring__track" cx="60" cy="60" r="${ringRadius}"></circle>
        <circle class="timbre-ring__fill" cx="60" cy="60" r="${ringRadius}" transform="rotate(-90 60 60)"
          stroke-dasharray="${ringCircumference}" stroke-dashoffset="${ringCircumference}"></circle>
        <circle class="timbre-ring__minimum" r="4"></circle>
      </svg>
      <span class="timbre-ring__seconds" data-testid="timbre-seconds"></span>
    </div>
    <div class="timbre-recorder__side">
      <p class="timbre-recorder__instruction" data-testid="timbre-instruction"></p>
      <p class="notice" data-testid="timbre-notice" role="alert" hidden></p>
      <div class="timbre-level" role="meter" aria-valuemin="0" aria-valuemax="100" data-i18n-aria-label="timbre.levelLabel" data-testid="timbre-level">
        <span class="timbre-level__fill"></span>
      </div>
      <div class="controls">
        <button type="button" class="start-stop" data-testid="timbre-start" data-i18n="timbre.start"></button>
        <button type="button" class="start-stop is-running" data-testid="timbre-stop" data-i18n="timbre.stop" hidden></button>
      </div>
      <p class="timbre-range-note" data-testid="timbre-range-note"></p>
    </div>
  </section>

  <section class="timbre-result" data-testid="timbre-result" hidden aria-labelledby="timbre-result-heading">
    <div class="timbre-result__head">
      <h2 id="timbre-result-heading" data-i18n="timbre.resultHeading"></h2>
      <span class="timbre-result__date" data-testid="timbre-saved-on"></span>
    </div>
    <p class="timbre-result__closest"><span data-i18n="timbre.closest"></span>
      <strong class="timbre-result__label" data-testid="timbre-label"></strong></p>
    <ul class="timbre-bars" data-testid="timbre-probabilities" data-i18n-aria-label="timbre.probabilitiesLabel"></ul>
    <h3 data-i18n="timbre.measurementsHeading"></h3>
    <p class="timbre-result__sung" data-testid="timbre-sung"></p>
    <dl class="timbre-descriptors" data-testid="timbre-descriptors"></dl>
    <h3 data-i18n="timbre.songsHeading"></h3>
    <p class="timbre-result__range" data-testid="timbre-result-range" hidden></p>
    <ol class="timbre-songs" data-testid="timbre-songs"></ol>
    <p class="timbre-result__none" data-testid="timbre-songs-none" data-i18n="timbre.songsNone" hidden></p>
    <p class="timbre-result__kept" data-testid="timbre-kept"></p>
  </section>
</section>`;

type Phase = 'idle' | 'starting' | 'recording' | 'analysing';

/** What the result card shows: a diagnosis, when it was made, and whether this device kept it. */
interface Outcome {
  result: TimbreResult;
  recordedAt: Date;
  kept: boolean;
}

/**
 * The Timbre page: records 10–30 s of singing with a progress ring and a level meter, sends it for diagnosis, and shows
 * the closest timbre, the voice's measurements and songs that suit it; the last result stays on the device.
 */
export class TimbrePage {
  private readonly root: HTMLElement;
  private readonly keeper: TimbreResultKeeper;
  private phase: Phase = 'idle';
  private model: TimbreModelInfo | null = null;
  private modelLoaded = false;
  private recording: TimbreRecording | null = null;
  private elapsed = 0;
  private level = Number.NEGATIVE_INFINITY;
  private notice: Notice | null = null;
  private outcome: Outcome | null = null;

  constructor(root: HTMLElement, keeper: TimbreResultKeeper = deviceKeeper(localStorage)) {
    this.root = root;
    this.keeper = keeper;
    root.innerHTML = markup;
    this.find('[data-testid="timbre-start"]').addEventListener('click', () => void this.start());
    this.find('[data-testid="timbre-stop"]').addEventListener('click', () => void this.finish());
    onLanguageChange(() => this.render());

    const saved = keeper.load();
    if (saved) this.outcome = { result: saved.result, recordedAt: saved.savedAt, kept: true };
    this.render();
    void fetchModelInfo().then((model) => {
      this.model = model;
      this.modelLoaded = true;
      this.render();
    });
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The Timbre page lacks ${selector}.`);
    return element;
  }

  private get limits(): { minimumSeconds: number; minimumVoicedSeconds: number; maximumSeconds: number } {
    const model = this.model ?? fallbackLimits;
    return {
      minimumSeconds: model.minimumSeconds,
      minimumVoicedSeconds: model.minimumVoicedSeconds,
      maximumSeconds: Math.max(model.minimumSeconds, Math.min(pageMaximumSeconds, model.maximumSeconds)),
    };
  }

  /** The Range page's saved range in MIDI, or null when there is none. */
  private savedRange(): MidiRange | null {
    const saved = loadRange(localStorage);
    if (!saved) return null;
    const lowestMidi = parseNoteName(saved.result.lowest);
    const highestMidi = parseNoteName(saved.result.highest);
    if (lowestMidi === null || highestMidi === null || lowestMidi > highestMidi) return null;
    return { lowestMidi, highestMidi };
  }

  private async start(): Promise<void> {
    if (this.phase !== 'idle') return;
    this.phase = 'starting';
    this.notice = null;
    this.elapsed = 0;
    this.level = Number.NEGATIVE_INFINITY;
    this.render();
    try {
      this.recording = await TimbreRecording.start(
        (elapsed, level) => this.progress(elapsed, level),
        () => void this.lost(),
      );
      this.phase = 'recording';
    } catch (error) {
      this.phase = 'idle';
      const problem = MicrophoneError.from(error);
      this.notice = problem.problem === 'error.micOther' ? { key: problem.problem, params: { detail: problem.detail } } : { key: problem.problem };
    }
    this.render();
    this.revealNotice();
  }

  private progress(elapsed: number, level: number): void {
    if (this.phase !== 'recording') return;
    this.elapsed = elapsed;
    this.level = level;
    if (ringState(elapsed, this.limits.minimumSeconds, this.limits.maximumSeconds).full) {
      void this.finish();
      return;
    }
    this.renderRecorder();
  }

  private async lost(): Promise<void> {
    if (this.phase !== 'recording') return;
    const recording = this.recording;
    this.recording = null;
    this.phase = 'idle';
    this.notice = { key: 'timbre.micLost' };
    await recording?.stop().catch(() => undefined);
    this.render();
    this.revealNotice();
  }

  private async finish(): Promise<void> {
    const recording = this.recording;
    if (this.phase !== 'recording' || !recording) return;
    if (!ringState(this.elapsed, this.limits.minimumSeconds, this.limits.maximumSeconds).reachedMinimum) return;
    this.recording = null;
    this.phase = 'analysing';
    this.level = Number.NEGATIVE_INFINITY;
    this.render();
    const wav = await recording.stop();
    const outcome = await diagnose(wav, this.savedRange());
    this.phase = 'idle';
    if (outcome.kind === 'result') {
      const recordedAt = new Date();
      this.outcome = { result: outcome.result, recordedAt, kept: this.keeper.save(outcome.result, recordedAt) };
      this.notice = null;
      // The ring starts empty again for the next take; the card now says how much was sung.
      this.elapsed = 0;
    } else {
      const { minimumSeconds, minimumVoicedSeconds, maximumSeconds } = this.limits;
      this.notice = {
        key: problemKeys[outcome.problem],
        params: { minimum: minimumSeconds, voiced: minimumVoicedSeconds, maximum: this.model?.maximumSeconds ?? maximumSeconds, detail: outcome.detail },
      };
    }
    this.render();
    this.revealNotice();
  }

  /** On a phone the notice can sit below the fold: bring it into view so the singer reads what to do. */
  private revealNotice(): void {
    if (this.notice) this.find('[data-testid="timbre-notice"]').scrollIntoView({ block: 'nearest' });
  }

  /** Redraws every translated string and every control from the page's state. */
  private render(): void {
    this.renderIntro();
    this.renderRecorder();
    this.renderOutcome();
  }

  private renderIntro(): void {
    const baseline = this.find('[data-testid="timbre-baseline"]');
    const model = this.model;
    const accuracy = model?.heldOutAccuracy === null || model?.heldOutAccuracy === undefined ? null : Math.round(100 * model.heldOutAccuracy);
    baseline.hidden = !this.modelLoaded;
    if (model && !model.syntheticBaseline && accuracy !== null) baseline.textContent = t('timbre.realModel', { accuracy });
    else if (model?.syntheticBaseline !== false && accuracy !== null) baseline.textContent = t('timbre.baseline', { accuracy });
    else baseline.textContent = t('timbre.baselineUnknown');

    const note = this.find('[data-testid="timbre-range-note"]');
    const range = this.savedRange();
    if (range) {
      note.textContent = t('timbre.rangeUsed', { low: noteName(range.lowestMidi), high: noteName(range.highestMidi) });
    } else {
      note.textContent = '';
      const [before, after] = t('timbre.rangeMissing').split(t('timbre.rangeLink'));
      const link = document.createElement('a');
      link.href = '/range';
      link.textContent = t('timbre.rangeLink');
      note.append(before ?? '', link, after ?? '');
    }
  }

  private renderRecorder(): void {
    const { minimumSeconds, maximumSeconds } = this.limits;
    const ring = ringState(this.elapsed, minimumSeconds, maximumSeconds);
    const recording = this.phase === 'recording';
    const show = (testId: string, visible: boolean) => (this.find(`[data-testid="${testId}"]`).hidden = !visible);

    show('timbre-start', this.phase === 'idle' || this.phase === 'starting');
    this.find<HTMLButtonElement>('[data-testid="timbre-start"]').disabled = this.phase === 'starting';
    show('timbre-stop', recording || this.phase === 'analysing');
    this.find<HTMLButtonElement>('[data-testid="timbre-stop"]').disabled = !(recording && ring.reachedMinimum);

    const recorder = this.find('[data-testid="timbre-recorder"]');
    recorder.dataset.phase = this.phase;
    recorder.classList.toggle('is-long-enough', ring.reachedMinimum);
    const ringElement = this.find('[data-testid="timbre-ring"]');
    const seconds = Math.floor(this.elapsed);
    ringElement.setAttribute('aria-label', t('timbre.ringLabel'));
    ringElement.setAttribute('aria-valuemax', String(maximumSeconds));
    ringElement.setAttribute('aria-valuenow', String(seconds));
    ringElement.setAttribute('aria-valuetext', t('timbre.ringValue', { seconds, minimum: minimumSeconds }));
    this.find('.timbre-ring__fill').setAttribute('stroke-dashoffset', String(ringDashOffset(ringCircumference, ring.fraction)));
    const marker = ringPoint(ring.minimumFraction, ringRadius, 60, 60);
    const minimum = this.find('.timbre-ring__minimum');
    minimum.setAttribute('cx', marker.x.toFixed(2));
    minimum.setAttribute('cy', marker.y.toFixed(2));
    this.find('[data-testid="timbre-seconds"]').textContent = t('timbre.seconds', { seconds });

    const instruction =
      this.phase === 'starting'
        ? t('timbre.starting')
        : this.phase === 'analysing'
          ? t('timbre.analysing')
          : recording
            ? ring.reachedMinimum
              ? t('timbre.canStop', { maximum: maximumSeconds })
              : t('timbre.keepSinging', { seconds: ring.secondsToMinimum })
            : t('timbre.ready', { minimum: minimumSeconds, maximum: maximumSeconds });
    this.find('[data-testid="timbre-instruction"]').textContent = instruction;

    const meter = this.find('[data-testid="timbre-level"]');
    const fill = meterFraction(this.level);
    meter.setAttribute('aria-valuenow', String(Math.round(100 * fill)));
    meter.style.setProperty('--level', fill.toFixed(3));
    meter.classList.toggle('is-active', recording);

    const notice = this.find('[data-testid="timbre-notice"]');
    notice.hidden = this.notice === null;
    notice.textContent = this.notice ? noticeText(this.notice) : '';
  }

  private renderOutcome(): void {
    const outcome = this.outcome;
    this.find('[data-testid="timbre-result"]').hidden = outcome === null;
    if (!outcome) return;
    const { result } = outcome;
    const date = new Intl.DateTimeFormat(language() === 'ko' ? 'ko-KR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
    this.find('[data-testid="timbre-saved-on"]').textContent = t('timbre.savedOn', { date: date.format(outcome.recordedAt) });
    this.find('[data-testid="timbre-label"]').textContent = labelText(result.label);

    const bars = this.find('[data-testid="timbre-probabilities"]');
    bars.replaceChildren(
      ...probabilityRows(result).map((row) => {
        const item = document.createElement('li');
        item.className = 'timbre-bar';
        item.classList.toggle('is-top', row.label === result.label);
        item.dataset.label = row.label;
        item.style.setProperty('--share', String(row.probability));
        const name = document.createElement('span');
        name.className = 'timbre-bar__name';
        name.textContent = labelText(row.label);
        const track = document.createElement('span');
        track.className = 'timbre-bar__track';
        track.setAttribute('aria-hidden', 'true');
        track.append(document.createElement('span'));
        const value = document.createElement('span');
        value.className = 'timbre-bar__value';
        value.dataset.testid = 'timbre-percent';
        value.textContent = t('timbre.percent', { percent: row.percent });
        item.append(name, track, value);
        return item;
      }),
    );

    const d = result.descriptors;
    this.find('[data-testid="timbre-sung"]').textContent = t('timbre.sung', { voiced: d.voicedSeconds.toFixed(1), duration: d.durationSeconds.toFixed(1) });
    this.find('[data-testid="timbre-descriptors"]').replaceChildren(
      ...describeVoice(d).map((line) => {
        const group = document.createElement('div');
        group.className = 'timbre-descriptor';
        group.dataset.descriptor = line.id;
        const term = document.createElement('dt');
        term.textContent = t(line.name);
        const value = document.createElement('dd');
        value.className = 'timbre-descriptor__value';
        value.textContent = noticeText(line.value);
        const meaning = document.createElement('dd');
        meaning.className = 'timbre-descriptor__meaning';
        meaning.textContent = t(line.meaning);
        group.append(term, value, meaning);
        return group;
      }),
    );

    const ranged = result.recommendations.some((r) => r.fitsRange !== null);
    const rangeNote = this.find('[data-testid="timbre-result-range"]');
    const range = this.savedRange();
    rangeNote.hidden = !(ranged && range);
    rangeNote.textContent = ranged && range ? t('timbre.rangeUsed', { low: noteName(range.lowestMidi), high: noteName(range.highestMidi) }) : '';
    this.find('[data-testid="timbre-songs-none"]').hidden = result.recommendations.length > 0;
    this.find('[data-testid="timbre-songs"]').replaceChildren(
      ...result.recommendations.map((song) => {
        const item = document.createElement('li');
        item.className = 'timbre-song';
        item.dataset.songId = song.songId;
        const text = document.createElement('div');
        text.className = 'timbre-song__text';
        const title = document.createElement('strong');
        title.className = 'timbre-song__title';
        title.textContent = song.title;
        const artist = document.createElement('span');
        artist.className = 'timbre-song__artist';
        artist.textContent = song.artist;
        const reason = document.createElement('p');
        reason.className = 'timbre-song__reason';
        reason.textContent = recommendationReason(song, result, t);
        text.append(title, artist, reason);
        const link = document.createElement('a');
        link.className = 'timbre-song__sing';
        link.href = singItLink(song.songId);
        link.dataset.testid = 'timbre-sing-it';
        link.textContent = t('timbre.singIt');
        item.append(text, link);
        return item;
      }),
    );
    this.find('[data-testid="timbre-kept"]').textContent = t(outcome.kept ? 'timbre.keptOnDevice' : 'timbre.notSaved');
  }

  /** Stops a recording in progress and releases the microphone. */
  async dispose(): Promise<void> {
    const recording = this.recording;
    this.recording = null;
    this.phase = 'idle';
    await recording?.stop();
  }
}

/** The name of a timbre in the page's language, or the model's own label for one the dictionaries do not name. */
function labelText(label: string): string {
  const key = labelKey(label);
  return key ? t(key) : label;
}
