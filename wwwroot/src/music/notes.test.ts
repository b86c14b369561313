import { describe, expect, it } from 'vitest';
import { nearestNote, noteName, parseNoteName } from './notes';

describe('nearestNote', () => {
  it.each([
    [440, 'A4', '라'],
    [220, 'A3', '라'],
    [329.63, 'E4', '미'],
    [261.63, 'C4', '도'],
    [277.18, 'C♯4', '도♯'],
    [246.94, 'B3', '시'],
    [392, 'G4', '솔'],
    [349.23, 'F4', '파'],
    [293.66, 'D4', '레'],
  ])('names %f Hz %s (%s)', (hz, name, solfege) => {
    const note = nearestNote(hz);

    expect(note.name).toBe(name);
    expect(note.solfege).toBe(solfege);
    expect(Math.abs(note.cents)).toBeLessThan(0.5);
  });

  it('gives a sharp frequency positive cents from the note below it', () => {
    const note = nearestNote(440 * 2 ** (23 / 1200));

    expect(note.name).toBe('A4');
    expect(note.cents).toBeCloseTo(23, 6);
  });

  it('gives a flat frequency negative cents from the note above it', () => {
    const note = nearestNote(440 * 2 ** (-40 / 1200));

    expect(note.name).toBe('A4');
    expect(note.cents).toBeCloseTo(-40, 6);
  });

  it('rounds past the half-way point to the next note', () => {
    const note = nearestNote(440 * 2 ** (60 / 1200));

    expect(note.name).toBe('A♯4');
    expect(note.cents).toBeCloseTo(-40, 6);
  });
});

describe('parseNoteName', () => {
  it.each([
    ['E2', 40],
    ['A2', 45],
    ['C4', 60],
    ['C#4', 61],
    ['C♯4', 61],
    ['Bb2', 46],
    ['B♭2', 46],
    ['F4', 65],
    ['C6', 84],
    ['C-1', 0],
  ])('reads %s as MIDI note %i', (name, midi) => {
    expect(parseNoteName(name)).toBe(midi);
  });

  it.each(['', 'H4', 'A', '4', 'A#', 'A##4', 'E2 '.repeat(2)])('refuses %j', (name) => {
    expect(parseNoteName(name)).toBeNull();
  });

  it('reads back every name noteName writes', () => {
    const misread = Array.from({ length: 128 }, (_, midi) => midi).filter((midi) => parseNoteName(noteName(midi)) !== midi);

    expect(misread).toEqual([]);
  });
});
