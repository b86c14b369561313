import { describe, expect, it } from 'vitest';
import { boardUrl } from './board-client';

describe('board url', () => {
  it('asks for the global week when no song is chosen', () => {
    expect(boardUrl({ songId: null, week: '2026-11-23' })).toBe('/api/boards?kind=week&week=2026-11-23');
  });

  it('asks for the song all time without a week', () => {
    expect(boardUrl({ songId: 'arirang', week: null })).toBe('/api/boards?kind=song&songId=arirang');
  });

  it('asks for the song week with both', () => {
    expect(boardUrl({ songId: 'arirang', week: '2026-11-23' })).toBe('/api/boards?kind=songWeek&songId=arirang&week=2026-11-23');
  });
});
