import { describe, expect, it } from 'vitest';
import { ringDashOffset, ringPoint, ringState } from './progress-ring';

describe('progress ring', () => {
  it('fills a third of a 30 s ring after 10 s and allows stopping there', () => {
    const ring = ringState(10, 10, 30);

    expect(ring.fraction).toBeCloseTo(1 / 3, 10);
    expect(ring.reachedMinimum).toBe(true);
    expect(ring.full).toBe(false);
    expect(ring.secondsToMinimum).toBe(0);
  });

  it('does not allow stopping just before the minimum', () => {
    const ring = ringState(9.96, 10, 30);

    expect(ring.reachedMinimum).toBe(false);
    expect(ring.secondsToMinimum).toBe(1);
  });

  it('counts whole seconds left up', () => {
    expect(ringState(2.5, 10, 30).secondsToMinimum).toBe(8);
  });

  it('marks the minimum where it sits on the ring', () => {
    expect(ringState(0, 10, 30).minimumFraction).toBeCloseTo(1 / 3, 10);
  });

  it('is full at the maximum and never overfills', () => {
    const ring = ringState(31, 10, 30);

    expect(ring.fraction).toBe(1);
    expect(ring.full).toBe(true);
  });

  it('refuses a maximum below the minimum', () => {
    expect(() => ringState(0, 10, 5)).toThrow(RangeError);
  });

  it('draws nothing at 0 and the whole circle at 1', () => {
    expect(ringDashOffset(100, 0)).toBe(100);
    expect(ringDashOffset(100, 1)).toBe(0);
    expect(ringDashOffset(100, 0.25)).toBe(75);
  });

  it('starts at the top and goes clockwise', () => {
    const top = ringPoint(0, 50, 60, 60);
    const quarter = ringPoint(0.25, 50, 60, 60);

    expect(top.x).toBeCloseTo(60, 10);
    expect(top.y).toBeCloseTo(10, 10);
    expect(quarter.x).toBeCloseTo(110, 10);
    expect(quarter.y).toBeCloseTo(60, 10);
  });
});
