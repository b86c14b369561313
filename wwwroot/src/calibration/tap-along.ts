/** How many beats the tap-along check plays. */
export const tapBeatCount = 8;

/** The tap-along tempo in beats per minute: slow enough to tap every beat, quick enough to keep a pulse. */
export const tapBeatsPerMinute = 100;

/** Fewest taps that make a suggestion: a single tap can be a slip. */
export const minimumTaps = 4;

/** Step of the manual delay slider, in milliseconds. */
export const sliderStepMs = 5;

/** Context times, in seconds, of <paramref>count</paramref> beats at <paramref>bpm</paramref> from <paramref>firstBeat</paramref>. */
export function beatTimes(firstBeat: number, count = tapBeatCount, bpm = tapBeatsPerMinute): number[] {
  const interval = 60 / bpm;
  return Array.from({ length: count }, (_, i) => firstBeat + i * interval);
}

/**
 * The AudioContext time of a tap: the context's clock now (<paramref>contextNow</paramref>, s) less how long ago the
 * event happened (performance.now() − event.timeStamp, ms), so the time the handler waited to run is not counted.
 */
export function tapContextTime(contextNow: number, performanceNowMs: number, eventTimeStampMs: number): number {
  return contextNow - Math.max(0, performanceNowMs - eventTimeStampMs) / 1000;
}

/**
 * The delay to suggest from taps on a steady beat, in ms: the median over taps of (tap − the beat it answers).
 * The singer taps from the first beat they hear, so the first tap answers the first beat, however late the
 * speakers are (up to a second, a slow Bluetooth speaker); each later tap answers the beat nearest to it once
 * shifted by that first lag. A second tap on the same beat, and taps off the end of the beats, are ignored. Null
 * with fewer than {@link minimumTaps} usable taps. The median shrugs off a slip or two; the result is rounded to the
 * slider's step and kept in 0…1000 ms.
 */
export function suggestedLatencyMs(taps: readonly number[], beats: readonly number[]): number | null {
  if (beats.length === 0 || taps.length === 0) return null;
  const interval = beats.length > 1 ? beats[1] - beats[0] : 60 / tapBeatsPerMinute;
  const firstLag = taps[0] - beats[0];
  const offsets = new Map<number, number>();
  for (const tap of taps) {
    const beat = Math.round((tap - firstLag - beats[0]) / interval);
    if (beat < 0 || beat >= beats.length || offsets.has(beat)) continue;
    offsets.set(beat, tap - beats[beat]);
  }
  const sorted = [...offsets.values()].sort((a, b) => a - b);
  if (sorted.length < minimumTaps) return null;
  const middle = sorted.length >> 1;
  const medianSeconds = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.min(1000, Math.max(0, Math.round((medianSeconds * 1000) / sliderStepMs) * sliderStepMs));
}
