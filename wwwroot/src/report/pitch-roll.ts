import { noteName } from '../music/notes';
import { prepareCanvas, creditColour } from './canvas-size';
import { midiToY, pitchAxisFor, rowHeight, timeToX, type PitchAxis, type SungPoint, type TimeView, type TimedNote } from './report-geometry';

/** A chart note as the piano roll draws it. */
export interface RollNote extends TimedNote {
  index: number;
  golden: boolean;
  /** 0–1, what the note earned; null while it has not been judged (drawn neutral). */
  credit: number | null;
}

/** Everything the piano roll shows. */
export interface RollContent {
  notes: readonly RollNote[];
  /** The sung pitch, already folded onto the notes; a null pitch breaks the line. */
  sung: readonly SungPoint[];
  /** Song times where lines begin, drawn as dashed boundaries. */
  phraseStarts: readonly number[];
  /** MIDI notes the pitch axis must show. */
  axisMidis: readonly number[];
}

/**
 * The piano roll on a canvas: the chart's notes as bars at their pitch (coloured by credit, golden ones outlined in
 * gold), the sung pitch as a line over them, line boundaries and the playhead.
 */
export class PitchRoll {
  constructor(readonly canvas: HTMLCanvasElement) {}

  draw(view: TimeView, content: RollContent, playheadSeconds: number | null): void {
    const prepared = prepareCanvas(this.canvas);
    if (!prepared) return;
    const { g, width, height } = prepared;
    const axis: PitchAxis = pitchAxisFor(content.axisMidis, height);
    const v: TimeView = { ...view, width };
    const row = rowHeight(axis);

    // Rows: black keys shaded, each C labelled, as on a keyboard turned on its side.
    g.font = '11px system-ui, sans-serif';
    g.textBaseline = 'middle';
    for (let midi = axis.lowMidi; midi <= axis.highMidi; midi++) {
      const y = midiToY(axis, midi) - row / 2;
      if ([1, 3, 6, 8, 10].includes(((midi % 12) + 12) % 12)) {
        g.fillStyle = 'rgba(120, 110, 160, 0.10)';
        g.fillRect(0, y, width, row);
      }
      if (midi % 12 === 0) {
        g.fillStyle = 'rgba(120, 110, 160, 0.35)';
        g.fillRect(0, y + row - 1, width, 1);
        g.fillStyle = 'rgba(60, 50, 100, 0.8)';
        g.fillText(noteName(midi), 4, y + row / 2);
      }
    }

    g.strokeStyle = 'rgba(60, 50, 100, 0.45)';
    g.setLineDash([4, 4]);
    g.lineWidth = 1;
    for (const start of content.phraseStarts) {
      const x = Math.round(timeToX(v, start)) + 0.5;
      if (x < 0 || x > width) continue;
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x, height);
      g.stroke();
    }
    g.setLineDash([]);

    const barHeight = Math.max(4, row * 0.8);
    for (const note of content.notes) {
      const x0 = timeToX(v, note.startSeconds);
      const x1 = timeToX(v, note.endSeconds);
      if (x1 < 0 || x0 > width) continue;
      const y = midiToY(axis, note.midi) - barHeight / 2;
      g.fillStyle = note.credit === null ? 'rgba(150, 145, 175, 0.55)' : creditColour(note.credit);
      g.fillRect(x0, y, Math.max(2, x1 - x0), barHeight);
      if (note.golden) {
        g.strokeStyle = '#d9a400';
        g.lineWidth = 2;
        g.strokeRect(x0 + 1, y + 1, Math.max(1, x1 - x0 - 2), barHeight - 2);
      }
    }

    g.strokeStyle = '#2b1d7a';
    g.lineWidth = 2;
    g.lineJoin = 'round';
    g.beginPath();
    let drawing = false;
    for (const point of content.sung) {
      const x = timeToX(v, point.seconds);
      if (point.midi === null || x < -10 || x > width + 10) {
        drawing = false;
        continue;
      }
      const y = midiToY(axis, point.midi);
      if (drawing) g.lineTo(x, y);
      else g.moveTo(x, y);
      drawing = true;
    }
    g.stroke();

    drawPlayhead(g, v, playheadSeconds, height);
  }
}

/** The playhead: a red line at song time <paramref>seconds</paramref>, when it is in view. */
export function drawPlayhead(g: CanvasRenderingContext2D, view: TimeView, seconds: number | null, height: number): void {
  if (seconds === null) return;
  const x = Math.round(timeToX(view, seconds)) + 0.5;
  if (x < 0 || x > view.width) return;
  g.strokeStyle = '#e0245e';
  g.lineWidth = 2;
  g.beginPath();
  g.moveTo(x, 0);
  g.lineTo(x, height);
  g.stroke();
}
