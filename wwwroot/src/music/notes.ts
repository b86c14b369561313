/** Equal-tempered notes with A4 = 440 Hz (MIDI note 69). */

const letterNames = ['C', 'C♯', 'D', 'D♯', 'E', 'F', 'F♯', 'G', 'G♯', 'A', 'A♯', 'B'] as const;
const solfegeNames = ['도', '도♯', '레', '레♯', '미', '파', '파♯', '솔', '솔♯', '라', '라♯', '시'] as const;

/** The nearest equal-tempered note to a frequency and how far the frequency is from it. */
export interface NearestNote {
  /** MIDI note number (A4 = 69). */
  midi: number;
  /** Scientific pitch name, e.g. "A3" or "C♯5". */
  name: string;
  /** Korean fixed-do solfège, e.g. "라" or "도♯". */
  solfege: string;
  /** Distance from the note in cents, −50…+50 (positive = sharp). */
  cents: number;
}

/** Fractional MIDI note number of a frequency in Hz. */
export function midiOf(frequencyHz: number): number {
  return 69 + 12 * Math.log2(frequencyHz / 440);
}

/** Frequency in Hz of a (possibly fractional) MIDI note number. */
export function frequencyOf(midi: number): number {
  return 440 * 2 ** ((midi - 69) / 12);
}

/** The note name of a whole MIDI note number, e.g. 57 → "A3". */
export function noteName(midi: number): string {
  const pitchClass = ((midi % 12) + 12) % 12;
  return `${letterNames[pitchClass]}${Math.floor(midi / 12) - 1}`;
}

/** The Korean solfège of a whole MIDI note number, e.g. 57 → "라". */
export function solfegeName(midi: number): string {
  return solfegeNames[((midi % 12) + 12) % 12];
}

/** The nearest note to <paramref>frequencyHz</paramref> (which must be > 0). */
export function nearestNote(frequencyHz: number): NearestNote {
  const exact = midiOf(frequencyHz);
  const midi = Math.round(exact);
  return { midi, name: noteName(midi), solfege: solfegeName(midi), cents: (exact - midi) * 100 };
}

const letterPitchClasses: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
const spelledNote = /^([A-Ga-g])([#♯b♭]?)(-?\d+)$/;

/**
 * The MIDI note number of a note name in scientific pitch notation, as the server writes it ("E2", "C#4") or as the
 * page shows it ("C♯4"); flats ("Bb2", "B♭2") are read too. Null when the text is not a note name.
 */
export function parseNoteName(name: string): number | null {
  const match = spelledNote.exec(name.trim());
  if (!match) return null;
  const accidental = match[2] === '#' || match[2] === '♯' ? 1 : match[2] === 'b' || match[2] === '♭' ? -1 : 0;
  return 12 * (Number(match[3]) + 1) + letterPitchClasses[match[1].toUpperCase()] + accidental;
}
