import { describe, expect, it } from 'vitest';
import { foldOntoNote, midiOfFrequency, noteHit, rollGeometry, rowHeight, visibleSeconds, xOf, yOf } from './roll-geometry';

describe('rollGeometry', () => {
  const roll = rollGeometry(1200, 300, 60, 69);

  it('puts the now line a quarter across and song time running right to left', () => {
    expect(xOf(roll, 10, 10)).toBe(300);
    expect(xOf(roll, 11, 10)).toBeGreaterThan(300);
    expect(xOf(roll, 9, 10)).toBeLessThan(300);
  });

  it('shows six seconds ahead on a wide canvas and three on a narrow one', () => {
    expect(visibleSeconds(roll, 0).to).toBeCloseTo(6, 9);
    expect(visibleSeconds(rollGeometry(390, 200, 60, 69), 0).to).toBeCloseTo(3, 9);
  });

  it('keeps three semitones of room around the song, with at least fourteen rows', () => {
    expect([roll.lowMidi, roll.highMidi]).toEqual([57, 72]);
    expect(rollGeometry(800, 300, 64, 65)).toMatchObject({ lowMidi: 58, highMidi: 71 });
  });

  it('draws higher pitches higher, the top row inside the canvas', () => {
    expect(yOf(roll, 72)).toBeCloseTo(rowHeight(roll) / 2, 9);
    expect(yOf(roll, 57)).toBeCloseTo(300 - rowHeight(roll) / 2, 9);
    expect(yOf(roll, 64.5)).toBeLessThan(yOf(roll, 64));
  });
});

describe('foldOntoNote', () => {
  it('draws a singer an octave down on the bar', () => {
    expect(foldOntoNote(55, 67)).toBe(67);
  });

  it('keeps a small error after folding', () => {
    expect(foldOntoNote(79.3, 67)).toBeCloseTo(67.3, 9);
  });

  it('leaves a pitch far from the note, or with no note, where it is', () => {
    expect(foldOntoNote(40, 67)).toBe(40);
    expect(foldOntoNote(55, null)).toBe(55);
  });
});

describe('noteHit', () => {
  it('is pending before any progress', () => {
    expect(noteHit(undefined, false)).toBe('pending');
  });

  it('is a hit from 0.6', () => {
    expect(noteHit(0.6, false)).toBe('hit');
  });

  it('is partial with some credit and a miss when a final note earned too little', () => {
    expect(noteHit(0.1, false)).toBe('partial');
    expect(noteHit(0.45, true)).toBe('partial');
    expect(noteHit(0.1, true)).toBe('miss');
  });
});

describe('midiOfFrequency', () => {
  it('puts A4 at 69 and A3 at 57', () => {
    expect(midiOfFrequency(440)).toBe(69);
    expect(midiOfFrequency(220)).toBeCloseTo(57, 9);
  });
});
