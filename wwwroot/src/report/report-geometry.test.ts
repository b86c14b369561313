import { describe, expect, it } from 'vitest';
import {
  clampView,
  deviationToY,
  followTime,
  foldOntoNote,
  fullView,
  initialView,
  midiToY,
  noteAt,
  pitchAxisFor,
  rowHeight,
  scrollView,
  sungLine,
  timeToX,
  xToTime,
  zoomView,
  type TimeBounds,
} from './report-geometry';

const bounds: TimeBounds = { firstSeconds: 2, lastSeconds: 42, minSpanSeconds: 2 };

describe('time axis', () => {
  it('maps song time to x and back', () => {
    const view = { startSeconds: 10, spanSeconds: 20, width: 400 };

    expect(timeToX(view, 10)).toBe(0);
    expect(timeToX(view, 20)).toBe(200);
    expect(xToTime(view, 300)).toBe(25);
  });

  it('shows the whole sung stretch at first', () => {
    expect(fullView(bounds, 800)).toEqual({ startSeconds: 2, spanSeconds: 40, width: 800 });
  });

  it('starts with the whole song on a desktop, and its first seconds at a readable scale on a phone', () => {
    expect(initialView(bounds, 1600)).toEqual({ startSeconds: 2, spanSeconds: 40, width: 1600 });
    expect(initialView(bounds, 360)).toEqual({ startSeconds: 2, spanSeconds: 14.4, width: 360 });
  });

  it('zooms in about the anchor, keeping it at the same x', () => {
    const view = fullView(bounds, 800);
    const anchor = 12;

    const zoomed = zoomView(view, 2, anchor, bounds);

    expect(zoomed.spanSeconds).toBe(20);
    expect(timeToX(zoomed, anchor)).toBeCloseTo(timeToX(view, anchor), 9);
  });

  it('zooms no further in than the narrowest span, nor out past the whole song', () => {
    const view = fullView(bounds, 800);

    expect(zoomView(view, 1000, 20, bounds).spanSeconds).toBe(2);
    expect(zoomView(view, 0.01, 20, bounds)).toEqual(fullView(bounds, 800));
  });

  it('scrolls within the song and stops at its ends', () => {
    const view = { startSeconds: 10, spanSeconds: 10, width: 400 };

    expect(scrollView(view, 5, bounds).startSeconds).toBe(15);
    expect(scrollView(view, 100, bounds).startSeconds).toBe(32);
    expect(scrollView(view, -100, bounds).startSeconds).toBe(2);
  });

  it('keeps a playhead in view by scrolling only when it leaves', () => {
    const view = clampView({ startSeconds: 10, spanSeconds: 10, width: 400 }, bounds);

    expect(followTime(view, 15, bounds)).toBe(view);
    expect(followTime(view, 25, bounds).startSeconds).toBeCloseTo(24, 9);
  });
});

describe('pitch axis', () => {
  it('spans the chart’s notes with three semitones of room each side', () => {
    const axis = pitchAxisFor([60, 69, 64], 300);

    expect(axis).toEqual({ lowMidi: 57, highMidi: 72, height: 300 });
    expect(rowHeight(axis)).toBe(300 / 16);
  });

  it('puts higher notes higher up, a row per semitone', () => {
    const axis = pitchAxisFor([60, 69], 320);

    expect(midiToY(axis, 72)).toBeCloseTo(rowHeight(axis) / 2, 9);
    expect(midiToY(axis, 60) - midiToY(axis, 61)).toBeCloseTo(rowHeight(axis), 9);
  });
});

describe('octave folding', () => {
  it('draws a singer an octave below the chart on the note’s bar', () => {
    expect(foldOntoNote(55.3, 67)).toBeCloseTo(67.3, 9);
  });

  it('draws a singer an octave above on the bar too', () => {
    expect(foldOntoNote(79, 67)).toBe(67);
  });

  it('leaves a pitch within half an octave where it is', () => {
    expect(foldOntoNote(62, 67)).toBe(62);
  });

  it('moves a pitch by one octave at most, so a squeak two octaves off stays off', () => {
    expect(foldOntoNote(91, 67)).toBe(79);
  });

  it('folds the pitch track against the note sounding at each frame', () => {
    const notes = [
      { startSeconds: 1, endSeconds: 2, midi: 60 },
      { startSeconds: 2, endSeconds: 3, midi: 67 },
    ];

    const line = sungLine({ startSeconds: 1, hopSeconds: 1, midi: [48, 55.5, null, 30] }, notes);

    expect(line).toEqual([
      { seconds: 1, midi: 60 },
      { seconds: 2, midi: 67.5 },
      { seconds: 3, midi: null },
      { seconds: 4, midi: 30 },
    ]);
  });

  it('reads a late entry against the note just before it', () => {
    const notes = [{ startSeconds: 1, endSeconds: 2, midi: 60 }];

    expect(noteAt(notes, 2.2)).toBe(notes[0]);
    expect(noteAt(notes, 2.5)).toBeNull();
  });
});

describe('timing graph', () => {
  it('puts on-time at the middle, late above and early below, clamped at ±400 ms', () => {
    expect(deviationToY(0, 200)).toBe(100);
    expect(deviationToY(200, 200)).toBe(50);
    expect(deviationToY(-400, 200)).toBe(200);
    expect(deviationToY(5000, 200)).toBe(0);
  });
});
