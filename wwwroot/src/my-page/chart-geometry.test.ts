import { describe, expect, it } from 'vitest';
import { chartPoints, gridLines, nearestPoint } from './chart-geometry';

const insets = { left: 40, right: 10, top: 10, bottom: 20 };

describe('chartPoints', () => {
  it('spreads takes evenly from the left edge of the plot to its right edge', () => {
    const xs = chartPoints([1000, 2000, 3000], 250, 130, insets).map((p) => p.x);

    expect(xs).toEqual([40, 140, 240]);
  });

  it('puts 0 at the bottom of the plot and 10 000 at its top', () => {
    const ys = chartPoints([0, 10_000, 5000], 250, 130, insets).map((p) => p.y);

    expect(ys).toEqual([110, 10, 60]);
  });

  it('puts a single take in the middle', () => {
    expect(chartPoints([5000], 250, 130, insets)).toEqual([{ x: 140, y: 60 }]);
  });

  it('keeps a score outside 0–10 000 inside the plot', () => {
    expect(chartPoints([-5, 12_000], 250, 130, insets).map((p) => p.y)).toEqual([110, 10]);
  });

  it('has no points without takes', () => {
    expect(chartPoints([], 250, 130, insets)).toEqual([]);
  });
});

describe('gridLines', () => {
  it('marks every 2 500 points from the bottom up', () => {
    expect(gridLines(130, insets)).toEqual([
      { score: 0, y: 110 },
      { score: 2500, y: 85 },
      { score: 5000, y: 60 },
      { score: 7500, y: 35 },
      { score: 10_000, y: 10 },
    ]);
  });
});

describe('nearestPoint', () => {
  it('finds the point closest to the pointer across', () => {
    expect(nearestPoint([{ x: 40, y: 0 }, { x: 140, y: 0 }, { x: 240, y: 0 }], 170)).toBe(1);
  });

  it('is -1 without points', () => {
    expect(nearestPoint([], 10)).toBe(-1);
  });
});
