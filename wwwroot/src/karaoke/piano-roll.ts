import type { SongNote } from '../songs/song-types';
import { rollGeometry, rowHeight, visibleSeconds, xOf, yOf, type NoteHit, type RollGeometry } from './roll-geometry';

/** Frames farther apart than this (s) are not joined by a line: a breath or a gap, not a glide. */
const maxJoinSeconds = 0.035;
/** Seconds of the singer's trace kept behind the now line. */
const traceKeepSeconds = 12;

const colours: Record<NoteHit, string> = {
  pending: '#c9cedd',
  hit: '#12a150',
  partial: '#f2b51d',
  miss: '#d9483b',
};
const gold = '#d4a017';
const gridColour = '#e1e4ee';
const nowColour = '#ff6b4a';
const traceColour = '#2b1d7a';
const labelColour = '#5b6275';

/** One note as the roll draws it. */
export interface RollNote {
  note: SongNote;
  hit: NoteHit;
}

/**
 * Draws the karaoke piano roll on a canvas: the song's notes as bars at their pitch moving right to left past the now
 * line, golden notes gold-edged with a shine, freestyle dashed, each bar coloured by how it was sung, and the singer's
 * pitch trace.
 */
export class PianoRoll {
  private readonly context: CanvasRenderingContext2D;
  private readonly resizeObserver: ResizeObserver;
  private geometry: RollGeometry;
  private cssWidth = 0;
  private cssHeight = 0;
  /** The singer's trace: song time (s) and drawn pitch (MIDI, 0 when unvoiced) of each frame, oldest first. */
  private traceTimes: number[] = [];
  private traceMidis: number[] = [];

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly lowestMidi: number,
    private readonly highestMidi: number,
  ) {
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available.');
    this.context = context;
    this.geometry = rollGeometry(1, 1, lowestMidi, highestMidi);
    this.resizeObserver = new ResizeObserver(() => this.fit());
    this.resizeObserver.observe(canvas);
    this.fit();
  }

  /** Adds a frame of the singer's trace at song time <paramref>songSeconds</paramref>, pitch already folded (0 = unvoiced). */
  addTrace(songSeconds: number, midi: number): void {
    this.traceTimes.push(songSeconds);
    this.traceMidis.push(midi);
  }

  clearTrace(): void {
    this.traceTimes = [];
    this.traceMidis = [];
  }

  /** Draws the roll at song time <paramref>now</paramref>: the notes, the trace frames up to now and the now line. */
  draw(notes: readonly RollNote[], now: number): void {
    const { context: g, cssWidth: width, cssHeight: height, geometry } = this;
    if (width === 0 || height === 0) return;
    g.clearRect(0, 0, width, height);
    const row = rowHeight(geometry);

    // One faint line per C and per E–F step, so the pitch of a bar can be read against the grid.
    g.lineWidth = 1;
    g.font = '11px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (let midi = geometry.lowMidi; midi <= geometry.highMidi; midi++) {
      const pitchClass = ((midi % 12) + 12) % 12;
      if (pitchClass !== 0 && pitchClass !== 5) continue;
      const y = Math.round(yOf(geometry, midi) + row / 2) + 0.5;
      g.strokeStyle = gridColour;
      g.beginPath();
      g.moveTo(0, y);
      g.lineTo(width, y);
      g.stroke();
      if (pitchClass === 0) {
        g.fillStyle = labelColour;
        g.fillText(`C${Math.floor(midi / 12) - 1}`, 4, yOf(geometry, midi));
      }
    }

    const { from, to } = visibleSeconds(geometry, now);
    for (const { note, hit } of notes) {
      if (note.endSeconds < from || note.startSeconds > to) continue;
      const x0 = xOf(geometry, note.startSeconds, now);
      const x1 = xOf(geometry, note.endSeconds, now);
      const barHeight = Math.max(4, row * 0.7);
      const y = yOf(geometry, note.midi) - barHeight / 2;
      const radius = Math.min(barHeight / 2, 6);
      g.beginPath();
      g.roundRect(x0, y, Math.max(2, x1 - x0), barHeight, radius);
      if (note.type === 'freestyle') {
        g.setLineDash([6, 4]);
        g.strokeStyle = labelColour;
        g.lineWidth = 1.5;
        g.stroke();
        g.setLineDash([]);
        continue;
      }
      g.fillStyle = colours[hit];
      g.fill();
      if (note.type === 'rap' || note.type === 'goldenRap') {
        g.setLineDash([2, 3]);
        g.strokeStyle = traceColour;
        g.lineWidth = 1.5;
        g.stroke();
        g.setLineDash([]);
      }
      if (note.type === 'golden' || note.type === 'goldenRap') {
        g.strokeStyle = gold;
        g.lineWidth = 2.5;
        g.stroke();
        // The shine: a pale band along the top of the bar.
        g.fillStyle = 'rgba(255, 240, 180, 0.75)';
        g.beginPath();
        g.roundRect(x0 + 2, y + 2, Math.max(0, x1 - x0 - 4), Math.max(1, barHeight * 0.25), radius / 2);
        g.fill();
      }
    }

    this.dropOldTrace(now);
    g.strokeStyle = traceColour;
    g.lineWidth = 3;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.beginPath();
    let previousTime = Number.NEGATIVE_INFINITY;
    let drawing = false;
    for (let i = 0; i < this.traceTimes.length; i++) {
      const time = this.traceTimes[i];
      const midi = this.traceMidis[i];
      if (time > now) break;
      if (midi <= 0 || time < from) {
        drawing = false;
        continue;
      }
      const x = xOf(geometry, time, now);
      const y = yOf(geometry, Math.min(geometry.highMidi + 0.5, Math.max(geometry.lowMidi - 0.5, midi)));
      if (drawing && time - previousTime <= maxJoinSeconds) g.lineTo(x, y);
      else {
        g.moveTo(x, y);
        g.lineTo(x + 0.5, y);
      }
      drawing = true;
      previousTime = time;
    }
    g.stroke();

    g.strokeStyle = nowColour;
    g.lineWidth = 2;
    g.beginPath();
    g.moveTo(geometry.nowX, 0);
    g.lineTo(geometry.nowX, height);
    g.stroke();
  }

  dispose(): void {
    this.resizeObserver.disconnect();
  }

  private dropOldTrace(now: number): void {
    let drop = 0;
    while (drop < this.traceTimes.length && this.traceTimes[drop] < now - traceKeepSeconds) drop++;
    if (drop > 0) {
      this.traceTimes.splice(0, drop);
      this.traceMidis.splice(0, drop);
    }
  }

  private fit(): void {
    const rect = this.canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    this.cssWidth = rect.width;
    this.cssHeight = rect.height;
    this.canvas.width = Math.round(rect.width * ratio);
    this.canvas.height = Math.round(rect.height * ratio);
    this.context.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.geometry = rollGeometry(rect.width, rect.height, this.lowestMidi, this.highestMidi);
  }
}
