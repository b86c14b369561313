import { midiOf, noteName } from '../music/notes';
import type { PitchHistory } from '../singing/pitch-history';

/** Seconds of history across the canvas. */
export const traceSeconds = 8;
/** Semitones visible at once: two octaves, centred on what the singer sings. */
const visibleSemitones = 24;
/** Where the view rests before anyone sings: A3. */
const restingCentreMidi = 57;
/** Frames farther apart than this (s) are not joined by a line: a gap in the audio, not a glide. */
const maxJoinSeconds = 0.035;
/** Natural notes: a labelled line each when there is room; the sharps get a faint line only. */
const naturalPitchClasses = new Set([0, 2, 4, 5, 7, 9, 11]);
/** When a semitone is too short for E–F and B–C labels not to touch, F and B lose their labels (C D E G A keep theirs). */
const crowdedPitchClasses = new Set([0, 2, 4, 7, 9]);
/** Vertical room one label needs, in CSS px. */
const labelHeight = 14;

/** Draws the scrolling pitch trace on a canvas: time left to right, log frequency bottom to top. */
export class PitchTrace {
  private readonly context: CanvasRenderingContext2D;
  private centreMidi = restingCentreMidi;
  private cssWidth = 0;
  private cssHeight = 0;
  private readonly resizeObserver: ResizeObserver;
  private colours = { grid: '#c9cedd', label: '#5b6275', line: '#5a3dde', font: 'sans-serif' };

  constructor(private readonly canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available.');
    this.context = context;
    this.resizeObserver = new ResizeObserver(() => this.fitToElement());
    this.resizeObserver.observe(canvas);
    this.fitToElement();
  }

  /** Draws the frames of the last traceSeconds before <paramref>now</paramref> (seconds on the trace clock). */
  draw(history: PitchHistory, now: number, deltaSeconds: number): void {
    const { context: g, cssWidth: width, cssHeight: height } = this;
    if (width === 0 || height === 0) return;
    this.followSinger(history, now, deltaSeconds);

    const { grid: gridColour, label: labelColour, line: lineColour, font } = this.colours;

    g.clearRect(0, 0, width, height);
    const low = this.centreMidi - visibleSemitones / 2;
    const yOf = (midi: number) => height - ((midi - low) / visibleSemitones) * height;
    const xOf = (time: number) => width - ((now - time) / traceSeconds) * width;
    const labelWidth = 34;

    // Note grid: one line per semitone, labelled for the natural notes, stronger at each C.
    const labelled = height / visibleSemitones >= labelHeight ? naturalPitchClasses : crowdedPitchClasses;
    g.font = `12px ${font}`;
    g.textBaseline = 'middle';
    for (let midi = Math.ceil(low); midi <= low + visibleSemitones; midi++) {
      const y = Math.round(yOf(midi)) + 0.5;
      const pitchClass = ((midi % 12) + 12) % 12;
      g.strokeStyle = gridColour;
      g.globalAlpha = pitchClass === 0 ? 1 : naturalPitchClasses.has(pitchClass) ? 0.7 : 0.3;
      g.lineWidth = pitchClass === 0 ? 1.5 : 1;
      g.beginPath();
      g.moveTo(labelWidth, y);
      g.lineTo(width, y);
      g.stroke();
      g.globalAlpha = 1;
      if (labelled.has(pitchClass) && y > 8 && y < height - 8) {
        g.fillStyle = labelColour;
        g.fillText(noteName(midi), 4, y);
      }
    }

    // The sung pitch: segments of consecutive voiced frames, kept off the labels.
    g.save();
    g.beginPath();
    g.rect(labelWidth, 0, width - labelWidth, height);
    g.clip();
    g.strokeStyle = lineColour;
    g.lineWidth = 3;
    g.lineJoin = 'round';
    g.lineCap = 'round';
    g.beginPath();
    let previousTime = Number.NEGATIVE_INFINITY;
    let drawing = false;
    for (let i = 0; i < history.length; i++) {
      const time = history.timeAt(i);
      if (now - time > traceSeconds + 0.1) continue;
      const f = history.frequencyAt(i);
      if (f <= 0) {
        drawing = false;
        continue;
      }
      const x = xOf(time);
      const y = yOf(midiOf(f));
      if (drawing && time - previousTime <= maxJoinSeconds) g.lineTo(x, y);
      else {
        g.moveTo(x, y);
        // A lone frame still shows as a dot.
        g.lineTo(x + 0.01, y);
      }
      drawing = true;
      previousTime = time;
    }
    g.stroke();
    g.restore();
  }

  /** Moves the view smoothly so the recent singing stays in the middle third. */
  private followSinger(history: PitchHistory, now: number, deltaSeconds: number): void {
    let sum = 0;
    let count = 0;
    for (let i = history.length - 1; i >= 0; i--) {
      if (now - history.timeAt(i) > 1.5) break;
      const f = history.frequencyAt(i);
      if (f > 0) {
        sum += midiOf(f);
        count++;
      }
    }
    if (count < 5) return;
    const target = sum / count;
    if (Math.abs(target - this.centreMidi) < visibleSemitones / 6) return;
    // About a third of the way per 100 ms: quick enough to catch a leap, slow enough not to jolt.
    const step = 1 - Math.exp(-deltaSeconds * 4);
    this.centreMidi += (target - this.centreMidi) * step;
  }

  private fitToElement(): void {
    // Colours come from the stylesheet (custom properties), read here rather than on every frame.
    const styles = getComputedStyle(this.canvas);
    this.colours = {
      grid: styles.getPropertyValue('--trace-grid').trim() || this.colours.grid,
      label: styles.getPropertyValue('--trace-label').trim() || this.colours.label,
      line: styles.getPropertyValue('--trace-line').trim() || this.colours.line,
      font: styles.fontFamily || this.colours.font,
    };
    const rect = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.cssWidth = rect.width;
    this.cssHeight = rect.height;
    this.canvas.width = Math.max(1, Math.round(rect.width * ratio));
    this.canvas.height = Math.max(1, Math.round(rect.height * ratio));
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  dispose(): void {
    this.resizeObserver.disconnect();
  }
}
