import { describe, expect, it } from 'vitest';
import { previousTake, weeklyFromBoard, type ProgressPoint } from './takes-api';

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

describe('weekly board for Home', () => {
  it('takes the span and the first rows of the Ranking page\'s week board', () => {
    const row = (rank: number, isMe = false) => ({
      rank, displayName: `singer ${rank}`, level: 2, score: 9000 - rank, songId: 'arirang', songTitle: '아리랑', endedAt: '2026-11-25T10:00:00Z', isMe,
    });
    const board = {
      key: 'board:global:week:2026-11-23', kind: 'week' as const, songId: null, week: '2026-11-23',
      from: '2026-11-22T15:00:00Z', to: '2026-11-29T15:00:00Z', count: 12,
      top: [row(1), row(2, true), row(3)], me: row(2, true), around: [],
    };

    const weekly = weeklyFromBoard(board, 2);

    expect(weekly.from).toBe('2026-11-22T15:00:00Z');
    expect(weekly.entries.map((e) => [e.rank, e.totalScore, e.isMe])).toEqual([[1, 8999, false], [2, 8998, true]]);
    expect(weekly.entries[0].songTitle).toBe('아리랑');
  });
});
