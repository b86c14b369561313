/** The score scale's top: totals run 0–10 000. */
export const maxScore = 10_000;

/** Space kept around the plot, in CSS pixels: the left for the score labels, the bottom for the dates. */
export interface ChartInsets {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const defaultInsets: ChartInsets = { left: 56, right: 12, top: 12, bottom: 28 };

/** A point of the chart, in CSS pixels from the canvas's top left. */
export interface ChartPoint {
  x: number;
  y: number;
}

/**
 * Where each take's score goes on a `width` × `height` chart: takes evenly spaced left to right in the order sung
 * (so a busy evening does not crowd into one spot), scores from 0 at the plot's bottom to 10 000 at its top. A single
 * take sits in the middle.
 */
export function chartPoints(scores: readonly number[], width: number, height: number, insets: ChartInsets = defaultInsets): ChartPoint[] {
  const plotWidth = Math.max(0, width - insets.left - insets.right);
  const plotHeight = Math.max(0, height - insets.top - insets.bottom);
  const step = scores.length > 1 ? plotWidth / (scores.length - 1) : 0;
  return scores.map((score, index) => ({
    x: insets.left + (scores.length > 1 ? index * step : plotWidth / 2),
    y: insets.top + plotHeight * (1 - clamp(score, 0, maxScore) / maxScore),
  }));
}

/** The y of the score gridlines (0, 2 500, 5 000, 7 500, 10 000), bottom first. */
export function gridLines(height: number, insets: ChartInsets = defaultInsets): { score: number; y: number }[] {
  const plotHeight = Math.max(0, height - insets.top - insets.bottom);
  return [0, 2500, 5000, 7500, 10_000].map((score) => ({ score, y: insets.top + plotHeight * (1 - score / maxScore) }));
}

/** The index of the point nearest `x` (for the chart's tooltip), or -1 without points. */
export function nearestPoint(points: readonly ChartPoint[], x: number): number {
  let best = -1;
  let bestDistance = Infinity;
  points.forEach((point, index) => {
    const distance = Math.abs(point.x - x);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
