/** Where things go on the piano roll: time runs right to left past the "now" line, pitch bottom to top. */
export interface RollGeometry {
  /** CSS px. */
  width: number;
  height: number;
  /** x of the "now" line, CSS px. */
  nowX: number;
  /** CSS px per second of song. */
  pixelsPerSecond: number;
  /** MIDI notes at the bottom and top rows (inclusive). */
  lowMidi: number;
  highMidi: number;
}

/** Semitones of room above and below the song's notes. */
const marginSemitones = 3;
/** Fewest rows shown, so a song of few notes still has a readable scale. */
const minimumRows = 14;

/**
 * The roll's layout for a canvas of <paramref>width</paramref> × <paramref>height</paramref> CSS px and a song whose
 * sung notes lie between <paramref>lowestMidi</paramref> and <paramref>highestMidi</paramref>. A quarter of the width
 * shows what was just sung; the rest shows what is coming, about 4 s on a phone and 6 s on a desktop.
 */
export function rollGeometry(width: number, height: number, lowestMidi: number, highestMidi: number): RollGeometry {
  const nowX = Math.round(width * 0.25);
  const secondsAhead = Math.min(6, Math.max(3, width / 160));
  let lowMidi = Math.min(lowestMidi, highestMidi) - marginSemitones;
  let highMidi = Math.max(lowestMidi, highestMidi) + marginSemitones;
  const missing = minimumRows - (highMidi - lowMidi + 1);
  if (missing > 0) {
    lowMidi -= Math.floor(missing / 2);
    highMidi += Math.ceil(missing / 2);
  }
  return { width, height, nowX, pixelsPerSecond: (width - nowX) / secondsAhead, lowMidi, highMidi };
}

/** x, in CSS px, of song time <paramref>seconds</paramref> when the song is at <paramref>now</paramref>. */
export function xOf(geometry: RollGeometry, seconds: number, now: number): number {
  return geometry.nowX + (seconds - now) * geometry.pixelsPerSecond;
}

/** Height of one semitone row, CSS px. */
export function rowHeight(geometry: RollGeometry): number {
  return geometry.height / (geometry.highMidi - geometry.lowMidi + 1);
}

/** y, in CSS px, of the centre of pitch <paramref>midi</paramref> (fractional for a pitch between semitones). */
export function yOf(geometry: RollGeometry, midi: number): number {
  return (geometry.highMidi + 0.5 - midi) * rowHeight(geometry);
}

/** Song times, in seconds, at the left and right edges when the song is at <paramref>now</paramref>. */
export function visibleSeconds(geometry: RollGeometry, now: number): { from: number; to: number } {
  return { from: now - geometry.nowX / geometry.pixelsPerSecond, to: now + (geometry.width - geometry.nowX) / geometry.pixelsPerSecond };
}

/**
 * The pitch to draw for a sung pitch <paramref>sungMidi</paramref> while a note of <paramref>noteMidi</paramref> sounds:
 * within an octave and a half of the note it is moved by whole octaves to within a tritone of it, as the scoring
 * judges it, so a singer an octave down draws on the bar; otherwise, or with no note, it is drawn where it is.
 */
export function foldOntoNote(sungMidi: number, noteMidi: number | null): number {
  if (noteMidi === null) return sungMidi;
  const distance = sungMidi - noteMidi;
  if (Math.abs(distance) > 18) return sungMidi;
  return sungMidi - 12 * Math.round(distance / 12);
}

/** How a note bar is coloured: not judged yet, or by the share of it earned. */
export type NoteHit = 'pending' | 'hit' | 'partial' | 'miss';

/**
 * A note's colour class from its progress: at least 0.6 is a hit (the scoring's own threshold), some credit is partial;
 * a note with no credit is a miss once final and still pending before.
 */
export function noteHit(hit: number | undefined, final: boolean): NoteHit {
  if (hit === undefined) return 'pending';
  if (hit >= 0.6) return 'hit';
  if (hit >= 0.3 || (hit > 0 && !final)) return 'partial';
  return final ? 'miss' : 'pending';
}

/** MIDI number (fractional) of a frequency in Hz. */
export function midiOfFrequency(frequencyHz: number): number {
  return 69 + 12 * Math.log2(frequencyHz / 440);
}
