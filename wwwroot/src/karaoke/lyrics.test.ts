import { describe, expect, it } from 'vitest';
import type { SongNote, SongPhrase } from '../songs/song-types';
import { currentSyllable, shownLines, syllableProgress, syllableStates, syllableText } from './lyrics';

function note(startSeconds: number, endSeconds: number, text: string): SongNote {
  return { startSeconds, endSeconds, startBeat: 0, lengthBeats: 1, midi: 60, type: 'normal', text };
}

const first: SongPhrase = {
  startSeconds: 2.4, endSeconds: 7.2, lyrics: 'Twinkle twinkle',
  notes: [note(2.4, 2.85, 'Twin'), note(3.0, 3.45, 'kle'), note(3.6, 4.05, ' twin'), note(4.2, 4.65, 'kle')],
};
const second: SongPhrase = { startSeconds: 7.2, endSeconds: 12, lyrics: 'How I', notes: [note(7.2, 7.65, 'How'), note(7.8, 8.25, ' I')] };

describe('shownLines', () => {
  it('shows the first line, and the second below it, before the song starts', () => {
    expect(shownLines([first, second], -3)).toEqual({ current: 0, next: 1 });
  });

  it('moves to the next line when a line ends', () => {
    expect(shownLines([first, second], 7.2)).toEqual({ current: 1, next: -1 });
  });

  it('shows nothing after the last line', () => {
    expect(shownLines([first, second], 12)).toEqual({ current: -1, next: -1 });
  });
});

describe('currentSyllable', () => {
  it('is none before the line begins', () => {
    expect(currentSyllable(first, 2.39)).toBe(-1);
  });

  it('is the syllable whose note sounds', () => {
    expect(currentSyllable(first, 3.1)).toBe(1);
  });

  it('stays on the last syllable begun through the breath after it', () => {
    expect(currentSyllable(first, 3.5)).toBe(1);
  });
});

describe('syllableStates', () => {
  it('marks syllables sung, being sung and to come', () => {
    expect(syllableStates(first, 3.7)).toEqual(['sung', 'sung', 'singing', 'upcoming']);
  });
});

describe('syllableProgress', () => {
  it('is the share of the note gone by', () => {
    expect(syllableProgress(first.notes[0], 2.625)).toBeCloseTo(0.5, 9);
    expect(syllableProgress(first.notes[0], 9)).toBe(1);
  });
});

describe('syllableText', () => {
  it('shows a held syllable as nothing and keeps word spaces', () => {
    expect(syllableText('~')).toBe('');
    expect(syllableText(' twin')).toBe(' twin');
  });
});
