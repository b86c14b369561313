import { describe, expect, it } from 'vitest';
import {
  clampToKeyboard,
  isBlackKey,
  keyboardHighMidi,
  keyboardKeys,
  keyboardLowMidi,
  keySlot,
  scrollToCentre,
  scrollToReveal,
  spanOfKeys,
  visibleWhiteKeys,
  whiteKeyCount,
} from './keyboard-geometry';

describe('keyboard geometry', () => {
  it('spans C2 to C6: 49 keys of which 29 are white', () => {
    const keys = keyboardKeys();

    expect(keys).toHaveLength(49);
    expect(keys[0].midi).toBe(36);
    expect(keys.at(-1)!.midi).toBe(84);
    expect(keys.filter((key) => !key.black)).toHaveLength(29);
    expect(whiteKeyCount()).toBe(29);
  });

  it('shows three octaves at a time on a desktop', () => {
    expect(visibleWhiteKeys).toBe(whiteKeyCount(48, 83));
  });

  it.each([
    [60, false],
    [61, true],
    [63, true],
    [64, false],
    [65, false],
    [66, true],
    [68, true],
    [70, true],
    [71, false],
  ])('knows MIDI %i is black: %s', (midi, black) => {
    expect(isBlackKey(midi)).toBe(black);
  });

  it('places white keys side by side, one width apart', () => {
    const whites = keyboardKeys().filter((key) => !key.black);

    expect(whites.map((key) => key.left)).toEqual(whites.map((_, i) => i));
  });

  it('places C3, A3 and C6 at white keys 7, 12 and 28', () => {
    expect(keySlot(48).left).toBe(7);
    expect(keySlot(57).left).toBe(12);
    expect(keySlot(84).left).toBe(28);
  });

  it('puts every black key across the line between its white neighbours', () => {
    const keys = keyboardKeys();
    const misplaced = keys.filter((key, i) => {
      if (!key.black) return false;
      const line = keys[i + 1].left;
      return !(key.left < line && key.left + key.width > line);
    });

    expect(misplaced).toEqual([]);
  });

  it('refuses a keyboard that starts on a black key', () => {
    expect(() => keyboardKeys(37, 84)).toThrow(RangeError);
  });

  it('clamps notes beyond the keyboard to its end keys', () => {
    expect(clampToKeyboard(30)).toBe(keyboardLowMidi);
    expect(clampToKeyboard(96)).toBe(keyboardHighMidi);
    expect(clampToKeyboard(57.4)).toBe(57);
  });

  it('spans A2 to F4 from the left of A2 to the right of F4', () => {
    const span = spanOfKeys(45, 65);

    expect(span.left).toBe(5);
    expect(span.width).toBe(13);
  });
});

describe('scrollToReveal', () => {
  const view = { left: 100, width: 300 };

  it('keeps the view still when the key is already in it', () => {
    expect(scrollToReveal(view, { left: 200, width: 40 }, 20, 1000)).toBe(100);
  });

  it('centres a key that lies to the right of the view', () => {
    expect(scrollToReveal(view, { left: 600, width: 40 }, 20, 1000)).toBe(470);
  });

  it('centres a key too close to the edge to be comfortably seen', () => {
    expect(scrollToReveal(view, { left: 390, width: 40 }, 20, 1000)).toBe(260);
  });

  it('never scrolls before the start or past the end', () => {
    expect(scrollToReveal(view, { left: 0, width: 40 }, 20, 1000)).toBe(0);
    expect(scrollToReveal(view, { left: 1250, width: 40 }, 20, 1000)).toBe(1000);
  });
});

describe('scrollToCentre', () => {
  it('puts a span in the middle of the view even when it was already in view', () => {
    expect(scrollToCentre(300, { left: 100, width: 100 }, 1000)).toBe(0);
    expect(scrollToCentre(300, { left: 400, width: 100 }, 1000)).toBe(300);
  });

  it('shows a span wider than the view from its left edge', () => {
    expect(scrollToCentre(300, { left: 400, width: 500 }, 1000)).toBe(400);
  });
});
