import type { SongPhrase } from '../songs/song-types';

/** How far the song has come through one syllable. */
export type SyllableState = 'sung' | 'singing' | 'upcoming';

/** Which lines the lyrics show at a moment of the song. */
export interface ShownLines {
  /** The line being sung, or coming up next when between lines; -1 after the last line. */
  current: number;
  /** The line after it, or -1. */
  next: number;
}

/**
 * The line to show at song time <paramref>songSeconds</paramref>: the first one not yet over, so a line shows up as
 * soon as the one before it ends and stays until its own end.
 */
export function shownLines(phrases: readonly SongPhrase[], songSeconds: number): ShownLines {
  const current = phrases.findIndex((phrase) => songSeconds < phrase.endSeconds);
  if (current < 0) return { current: -1, next: -1 };
  return { current, next: current + 1 < phrases.length ? current + 1 : -1 };
}

/** The state of each syllable of <paramref>phrase</paramref> at song time <paramref>songSeconds</paramref>. */
export function syllableStates(phrase: SongPhrase, songSeconds: number): SyllableState[] {
  return phrase.notes.map((note) =>
    songSeconds >= note.endSeconds ? 'sung' : songSeconds >= note.startSeconds ? 'singing' : 'upcoming',
  );
}

/** The index of the syllable sung at <paramref>songSeconds</paramref> (the last one begun), or -1 before the first. */
export function currentSyllable(phrase: SongPhrase, songSeconds: number): number {
  let index = -1;
  for (let i = 0; i < phrase.notes.length && phrase.notes[i].startSeconds <= songSeconds; i++) index = i;
  return index;
}

/** How far through its note the syllable is at <paramref>songSeconds</paramref>, 0…1. */
export function syllableProgress(note: { startSeconds: number; endSeconds: number }, songSeconds: number): number {
  const length = note.endSeconds - note.startSeconds;
  if (length <= 0) return songSeconds >= note.startSeconds ? 1 : 0;
  return Math.min(1, Math.max(0, (songSeconds - note.startSeconds) / length));
}

/**
 * A note's text as the lyrics show it: "~" (the syllable held onto a new pitch) shows nothing of its own; the text
 * keeps its leading space, which starts a word.
 */
export function syllableText(text: string): string {
  return text.replace(/~/g, '');
}
