/**
 * Where each key of the on-screen piano sits, in white-key widths from the keyboard's left edge. The page turns these
 * units into pixels in CSS, so the geometry stays the same whatever the screen.
 */

/** The keyboard's lowest key: C2 (MIDI 36), below any singer's lowest note in practice. */
export const keyboardLowMidi = 36;
/** The keyboard's highest key: C6 (MIDI 84), above any singer's highest chest or head note in practice. */
export const keyboardHighMidi = 84;
/** White keys across the view on a desktop: three octaves. */
export const visibleWhiteKeys = 21;
/** A black key's width as a share of a white key's. */
export const blackKeyWidth = 0.6;

/** Black keys sit a little off the line between their white neighbours, as on a real piano. */
const blackKeyShift: Record<number, number> = { 1: -0.08, 3: 0.08, 6: -0.1, 8: 0, 10: 0.1 };

/** One key of the keyboard. */
export interface KeySlot {
  /** MIDI note number (A4 = 69). */
  midi: number;
  black: boolean;
  /** Left edge, in white-key widths from the keyboard's left edge. */
  left: number;
  /** Width, in white-key widths. */
  width: number;
}

/** True for the five sharps of each octave. */
export function isBlackKey(midi: number): boolean {
  return blackKeyShift[((midi % 12) + 12) % 12] !== undefined;
}

/** White keys strictly below <paramref>midi</paramref>, counted from MIDI 0. */
function whiteKeysBelow(midi: number): number {
  const octave = Math.floor(midi / 12);
  const pitchClass = midi - 12 * octave;
  let count = 7 * octave;
  for (let pc = 0; pc < pitchClass; pc++) if (!isBlackKey(pc)) count++;
  return count;
}

/** How many white keys a keyboard from <paramref>lowMidi</paramref> to <paramref>highMidi</paramref> has. */
export function whiteKeyCount(lowMidi = keyboardLowMidi, highMidi = keyboardHighMidi): number {
  return whiteKeysBelow(highMidi + 1) - whiteKeysBelow(lowMidi);
}

/** The slot of one key on a keyboard starting at <paramref>lowMidi</paramref> (which must be a white key). */
export function keySlot(midi: number, lowMidi = keyboardLowMidi): KeySlot {
  const whiteIndex = whiteKeysBelow(midi) - whiteKeysBelow(lowMidi);
  if (!isBlackKey(midi)) return { midi, black: false, left: whiteIndex, width: 1 };
  const shift = blackKeyShift[((midi % 12) + 12) % 12];
  // A black key straddles the line at the right edge of the white key below it.
  return { midi, black: true, left: whiteIndex - blackKeyWidth / 2 + shift, width: blackKeyWidth };
}

/** Every key from <paramref>lowMidi</paramref> to <paramref>highMidi</paramref>, lowest first. */
export function keyboardKeys(lowMidi = keyboardLowMidi, highMidi = keyboardHighMidi): KeySlot[] {
  if (isBlackKey(lowMidi) || isBlackKey(highMidi)) throw new RangeError('A keyboard starts and ends on white keys.');
  const keys: KeySlot[] = [];
  for (let midi = lowMidi; midi <= highMidi; midi++) keys.push(keySlot(midi, lowMidi));
  return keys;
}

/** The keyboard's key nearest to <paramref>midi</paramref>: the note itself, or the end key it lies beyond. */
export function clampToKeyboard(midi: number, lowMidi = keyboardLowMidi, highMidi = keyboardHighMidi): number {
  return Math.min(highMidi, Math.max(lowMidi, Math.round(midi)));
}

/** A horizontal span, e.g. of a key or of the keyboard's visible part, in any one unit. */
export interface Span {
  left: number;
  width: number;
}

/**
 * Where to scroll so that <paramref>item</paramref> is in view with <paramref>margin</paramref> to spare: the current
 * position when it already is (so a voice wandering within the view never moves it), otherwise a position that
 * centres it, kept within 0…<paramref>maxScroll</paramref>.
 */
export function scrollToReveal(view: Span, item: Span, margin: number, maxScroll: number): number {
  const fits = item.left - margin >= view.left && item.left + item.width + margin <= view.left + view.width;
  return fits ? view.left : scrollToCentre(view.width, item, maxScroll);
}

/**
 * Where to scroll so that <paramref>item</paramref> sits in the middle of a view <paramref>viewWidth</paramref> wide,
 * kept within 0…<paramref>maxScroll</paramref>; an item wider than the view shows from its left edge.
 */
export function scrollToCentre(viewWidth: number, item: Span, maxScroll: number): number {
  const left = item.width > viewWidth ? item.left : item.left + item.width / 2 - viewWidth / 2;
  return Math.min(Math.max(0, left), Math.max(0, maxScroll));
}

/** The span from the left edge of one key to the right edge of another (for drawing a band over the keys). */
export function spanOfKeys(lowMidi: number, highMidi: number, keyboardLow = keyboardLowMidi): Span {
  const low = keySlot(lowMidi, keyboardLow);
  const high = keySlot(highMidi, keyboardLow);
  return { left: low.left, width: high.left + high.width - low.left };
}
