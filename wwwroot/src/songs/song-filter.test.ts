import { describe, expect, it } from 'vitest';
import { emptyQuery, filterSongs, normalize } from './song-filter';
import type { SongSummary } from './song-types';

function song(id: string, title: string, artist: string, language: string, style: string, difficulty: string): SongSummary {
  return {
    id, title, artist, language, style, difficulty,
    durationSeconds: 30, lowestMidi: 60, highestMidi: 69, hasGoldenNotes: true, audioUrl: `/api/songs/${id}/audio`, uploaded: false,
  };
}

const songs = [
  song('doraji', '도라지 타령 (Doraji taryeong)', 'Traditional', 'Korean', 'trot', 'hard'),
  song('arirang', '아리랑 (Arirang)', 'Traditional', 'Korean', 'ballad', 'medium'),
  song('twinkle', 'Twinkle, Twinkle, Little Star', 'Jane Taylor', 'English', 'ballad', 'easy'),
  song('cafe', 'Café Song', 'Zoë', 'French', 'dance', 'easy'),
];

const ids = (query: Partial<typeof emptyQuery>) => filterSongs(songs, { ...emptyQuery, ...query }).map((s) => s.id);

describe('filterSongs', () => {
  it('lists every song for an empty query', () => {
    expect(ids({})).toEqual(['doraji', 'arirang', 'twinkle', 'cafe']);
  });

  it('finds a Korean title by part of a word', () => {
    expect(ids({ search: '아리' })).toEqual(['arirang']);
  });

  it('finds a Korean title by its initial consonants', () => {
    expect(ids({ search: 'ㄷㄹㅈ' })).toEqual(['doraji']);
  });

  it('finds a Latin title ignoring case and punctuation', () => {
    expect(ids({ search: 'twinkle twinkle' })).toEqual(['twinkle']);
  });

  it('finds by artist, ignoring accents', () => {
    expect(ids({ search: 'zoe' })).toEqual(['cafe']);
    expect(ids({ search: 'taylor' })).toEqual(['twinkle']);
  });

  it('needs every word of the search to match', () => {
    expect(ids({ search: 'little moon' })).toEqual([]);
  });

  it('filters by style, language and difficulty together', () => {
    expect(ids({ style: 'ballad' })).toEqual(['arirang', 'twinkle']);
    expect(ids({ style: 'ballad', language: 'korean' })).toEqual(['arirang']);
    expect(ids({ difficulty: 'easy', language: 'English' })).toEqual(['twinkle']);
  });
});

describe('normalize', () => {
  it('keeps Hangul syllables composed', () => {
    expect(normalize('도라지 타령!')).toBe('도라지 타령');
  });
});
