/**
 * Where things go on the report's two graphs. Both share one time axis (song seconds), so zooming or scrolling one
 * moves the other and the playhead sits at the same x on both. Pure arithmetic, tested without a canvas.
 */

/** The visible stretch of the song and the canvas it is drawn on. */
export interface TimeView {
  /** Song time at the left edge, seconds. */
  startSeconds: number;
  /** Seconds across the whole width. */
  spanSeconds: number;
  /** CSS px. */
  width: number;
}

/** What the view may show: the song's sung stretch, and how far in and out one may zoom. */
export interface TimeBounds {
  firstSeconds: number;
  lastSeconds: number;
  /** Narrowest span, seconds (most zoomed in). */
  minSpanSeconds: number;
}

/** x in CSS px of song time <paramref>seconds</paramref>. */
export function timeToX(view: TimeView, seconds: number): number {
  return ((seconds - view.startSeconds) / view.spanSeconds) * view.width;
}

/** Song time at x CSS px. */
export function xToTime(view: TimeView, x: number): number {
  return view.startSeconds + (x / view.width) * view.spanSeconds;
}

/** The whole sung stretch in view. */
export function fullView(bounds: TimeBounds, width: number): TimeView {
  return { startSeconds: bounds.firstSeconds, spanSeconds: Math.max(bounds.minSpanSeconds, bounds.lastSeconds - bounds.firstSeconds), width };
}

/**
 * The first view on a canvas <paramref>width</paramref> CSS px wide: the whole sung stretch when it fits at
 * <paramref>minPxPerSecond</paramref> or more (a desktop), else its start at that scale (a phone), so notes stay
 * readable and the rest is a swipe away.
 */
export function initialView(bounds: TimeBounds, width: number, minPxPerSecond = 25): TimeView {
  const whole = fullView(bounds, width);
  return clampView({ ...whole, spanSeconds: Math.min(whole.spanSeconds, width / minPxPerSecond) }, bounds);
}

/** Keeps the view inside the bounds: no wider than the whole, no narrower than the minimum, never past either end. */
export function clampView(view: TimeView, bounds: TimeBounds): TimeView {
  const whole = Math.max(bounds.minSpanSeconds, bounds.lastSeconds - bounds.firstSeconds);
  const spanSeconds = Math.min(whole, Math.max(bounds.minSpanSeconds, view.spanSeconds));
  const startSeconds = Math.min(bounds.firstSeconds + whole - spanSeconds, Math.max(bounds.firstSeconds, view.startSeconds));
  return { ...view, startSeconds, spanSeconds };
}

/**
 * Zooms by <paramref>factor</paramref> (2 shows half as many seconds) keeping song time <paramref>anchorSeconds</paramref>
 * at the same x, as a pinch or a wheel over a point does; clamped to the bounds.
 */
export function zoomView(view: TimeView, factor: number, anchorSeconds: number, bounds: TimeBounds): TimeView {
  const spanSeconds = view.spanSeconds / factor;
  const share = (anchorSeconds - view.startSeconds) / view.spanSeconds;
  return clampView({ ...view, spanSeconds, startSeconds: anchorSeconds - share * spanSeconds }, bounds);
}

/** Scrolls by <paramref>deltaSeconds</paramref> (positive: later), clamped to the bounds. */
export function scrollView(view: TimeView, deltaSeconds: number, bounds: TimeBounds): TimeView {
  return clampView({ ...view, startSeconds: view.startSeconds + deltaSeconds }, bounds);
}

/** Scrolls just enough that <paramref>seconds</paramref> lies in the view, keeping a margin of a tenth of its width. */
export function followTime(view: TimeView, seconds: number, bounds: TimeBounds): TimeView {
  const margin = view.spanSeconds * 0.1;
  if (seconds >= view.startSeconds + margin && seconds <= view.startSeconds + view.spanSeconds - margin) return view;
  return clampView({ ...view, startSeconds: seconds - margin }, bounds);
}

/** The pitch axis of the piano roll: MIDI notes from `lowMidi` (bottom row) to `highMidi` (top row), inclusive. */
export interface PitchAxis {
  lowMidi: number;
  highMidi: number;
  /** CSS px. */
  height: number;
}

/** Height of one semitone row, CSS px. */
export function rowHeight(axis: PitchAxis): number {
  return axis.height / (axis.highMidi - axis.lowMidi + 1);
}

/** y in CSS px of the centre of (fractional) MIDI pitch <paramref>midi</paramref>; higher notes are higher up. */
export function midiToY(axis: PitchAxis, midi: number): number {
  return (axis.highMidi + 0.5 - midi) * rowHeight(axis);
}

/** The pitch axis for a chart: its notes with <paramref>marginSemitones</paramref> of room above and below. */
export function pitchAxisFor(midis: readonly number[], height: number, marginSemitones = 3): PitchAxis {
  if (midis.length === 0) return { lowMidi: 57, highMidi: 72, height };
  let low = Infinity;
  let high = -Infinity;
  for (const m of midis) {
    low = Math.min(low, m);
    high = Math.max(high, m);
  }
  return { lowMidi: Math.floor(low) - marginSemitones, highMidi: Math.ceil(high) + marginSemitones, height };
}

/**
 * The sung pitch moved by a whole octave onto <paramref>noteMidi</paramref> when that brings it closer: a singer an
 * octave below (or above) the chart draws on the bar, as the scorer judges octave-folded. Never more than one octave,
 * so a pitch far off (a squeak, a tracking error) stays visibly off.
 */
export function foldOntoNote(sungMidi: number, noteMidi: number): number {
  const octaves = Math.max(-1, Math.min(1, Math.round((noteMidi - sungMidi) / 12)));
  return sungMidi + 12 * octaves;
}

/** A chart note's place in time and pitch. */
export interface TimedNote {
  startSeconds: number;
  endSeconds: number;
  midi: number;
}

/**
 * The note a sung pitch at <paramref>seconds</paramref> is read against: the one sounding then, else the nearest within
 * <paramref>reachSeconds</paramref> (a late entry or a held end); null between phrases. <paramref>notes</paramref> are
 * in time order.
 */
export function noteAt<T extends TimedNote>(notes: readonly T[], seconds: number, reachSeconds = 0.3): T | null {
  let best: T | null = null;
  let bestDistance = reachSeconds;
  for (const note of notes) {
    if (seconds >= note.startSeconds && seconds < note.endSeconds) return note;
    const distance = seconds < note.startSeconds ? note.startSeconds - seconds : seconds - note.endSeconds;
    if (distance <= bestDistance) {
      best = note;
      bestDistance = distance;
    }
  }
  return best;
}

/** The sung pitch line of the piano roll: song time and folded MIDI pitch, or null at an unvoiced frame (a gap). */
export interface SungPoint {
  seconds: number;
  midi: number | null;
}

/** The report's pitch track as points to draw, each folded onto the note it is read against. */
export function sungLine(
  track: { startSeconds: number; hopSeconds: number; midi: readonly (number | null)[] },
  notes: readonly TimedNote[],
): SungPoint[] {
  return track.midi.map((midi, i) => {
    const seconds = track.startSeconds + i * track.hopSeconds;
    if (midi === null || !Number.isFinite(midi)) return { seconds, midi: null };
    const note = noteAt(notes, seconds);
    return { seconds, midi: note ? foldOntoNote(midi, note.midi) : midi };
  });
}

/** Deviation shown at the timing graph's top and bottom edges, ms; larger ones are drawn to the edge. */
export const timingRangeMs = 400;

/** Within this many ms of the chart a note counts as on time (the shaded band). */
export const onTimeMs = 80;

/** y in CSS px of an onset deviation on the timing graph: late above the zero line, early below, clamped to the edges. */
export function deviationToY(ms: number, height: number): number {
  const clamped = Math.max(-timingRangeMs, Math.min(timingRangeMs, ms));
  return height / 2 - (clamped / timingRangeMs) * (height / 2);
}
