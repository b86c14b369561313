import { describe, expect, it } from 'vitest';
import { levelProgress } from './level-progress';

describe('levelProgress', () => {
  it('counts the points earned since the level began against the level span', () => {
    // Level 3 spans 300–600 points.
    expect(levelProgress(420, 300, 600)).toEqual({ into: 120, span: 300, remaining: 180, fraction: 0.4 });
  });

  it('starts a new level empty', () => {
    expect(levelProgress(100, 100, 300).fraction).toBe(0);
  });

  it('shows the top level full with nothing remaining', () => {
    expect(levelProgress(500_000, 485_100, 485_100)).toMatchObject({ remaining: 0, fraction: 1 });
  });

  it('never shows more than a full bar when the points run ahead of the profile', () => {
    expect(levelProgress(700, 300, 600)).toMatchObject({ into: 300, remaining: 0, fraction: 1 });
  });
});
