import { describe, expect, it } from 'vitest';
import { previousTake, type ProgressPoint } from './takes-api';

const point = (takeId: string, totalScore: number): ProgressPoint => ({ takeId, songId: 'twinkle', endedAt: '2026-11-20T10:00:00Z', totalScore });

describe('previousTake', () => {
  it('is the take sung just before the given one', () => {
    expect(previousTake([point('a', 5000), point('b', 6000), point('c', 7000)], 'c')?.takeId).toBe('b');
  });

  it('is null for the song’s first take', () => {
    expect(previousTake([point('a', 5000), point('b', 6000)], 'a')).toBeNull();
  });

  it('is null when the take is not in the progress', () => {
    expect(previousTake([point('a', 5000)], 'z')).toBeNull();
  });
});
