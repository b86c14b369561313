import { prepareCanvas } from './canvas-size';
import { drawPlayhead } from './pitch-roll';
import { deviationToY, onTimeMs, timeToX, type TimeView } from './report-geometry';

/** A note's start as the timing graph draws it. */
export interface TimingBar {
  /** The chart note's start, song seconds: where the bar stands. */
  startSeconds: number;
  endSeconds: number;
  /** Sung start − chart start, ms (positive late); null when the note was not sung (drawn as a small cross). */
  onsetDeviationMs: number | null;
}

/**
 * Each note's timing on a canvas, in time order on the roll's time axis: a bar up for a late start, down for an early
 * one, from a zero line, over a shaded band of ±80 ms that counts as on time.
 */
export class TimingGraph {
  constructor(readonly canvas: HTMLCanvasElement) {}

  draw(view: TimeView, bars: readonly TimingBar[], phraseStarts: readonly number[], playheadSeconds: number | null, labels: { late: string; early: string }): void {
    const prepared = prepareCanvas(this.canvas);
    if (!prepared) return;
    const { g, width, height } = prepared;
    const v: TimeView = { ...view, width };
    const zero = deviationToY(0, height);

    g.fillStyle = 'rgba(40, 160, 90, 0.15)';
    const bandTop = deviationToY(onTimeMs, height);
    g.fillRect(0, bandTop, width, deviationToY(-onTimeMs, height) - bandTop);
    g.fillStyle = 'rgba(60, 50, 100, 0.6)';
    g.fillRect(0, Math.round(zero), width, 1);

    g.font = '11px system-ui, sans-serif';
    g.textBaseline = 'top';
    g.fillText(labels.late, 4, 3);
    g.textBaseline = 'bottom';
    g.fillText(labels.early, 4, height - 3);

    g.strokeStyle = 'rgba(60, 50, 100, 0.35)';
    g.setLineDash([4, 4]);
    for (const start of phraseStarts) {
      const x = Math.round(timeToX(v, start)) + 0.5;
      if (x < 0 || x > width) continue;
      g.beginPath();
      g.moveTo(x, 0);
      g.lineTo(x, height);
      g.stroke();
    }
    g.setLineDash([]);

    for (const bar of bars) {
      const x0 = timeToX(v, bar.startSeconds);
      const noteWidth = timeToX(v, bar.endSeconds) - x0;
      if (x0 + noteWidth < 0 || x0 > width) continue;
      const w = Math.max(3, Math.min(14, noteWidth * 0.6));
      if (bar.onsetDeviationMs === null) {
        g.strokeStyle = 'rgba(200, 40, 60, 0.7)';
        g.lineWidth = 1.5;
        g.beginPath();
        g.moveTo(x0, zero - 4);
        g.lineTo(x0 + 6, zero + 4);
        g.moveTo(x0 + 6, zero - 4);
        g.lineTo(x0, zero + 4);
        g.stroke();
        continue;
      }
      const y = deviationToY(bar.onsetDeviationMs, height);
      const onTime = Math.abs(bar.onsetDeviationMs) <= onTimeMs;
      g.fillStyle = onTime ? '#2e9e5b' : bar.onsetDeviationMs > 0 ? '#e07b24' : '#3c6fd1';
      g.fillRect(x0, Math.min(y, zero), w, Math.max(1.5, Math.abs(zero - y)));
    }

    drawPlayhead(g, v, playheadSeconds, height);
  }
}
