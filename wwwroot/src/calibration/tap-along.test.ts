import { describe, expect, it } from 'vitest';
import { beatTimes, suggestedLatencyMs, tapContextTime } from './tap-along';

const beats = beatTimes(10, 8, 100);

describe('beatTimes', () => {
  it('spaces the beats 0.6 s apart at 100 BPM', () => {
    expect(beats).toHaveLength(8);
    expect(beats[0]).toBe(10);
    expect(beats[7]).toBeCloseTo(14.2, 9);
  });
});

describe('suggestedLatencyMs', () => {
  it('suggests the median of tap minus beat, rounded to the slider step', () => {
    const lags = [0.18, 0.2, 0.19, 0.21, 0.2, 0.22, 0.19, 0.2];
    const taps = beats.map((beat, i) => beat + lags[i]);

    expect(suggestedLatencyMs(taps, beats)).toBe(200);
  });

  it('ignores a slip that the median leaves out', () => {
    const taps = beats.map((beat, i) => beat + (i === 3 ? 0.45 : 0.12));

    expect(suggestedLatencyMs(taps, beats)).toBe(120);
  });

  it('follows a lag longer than a beat, as a Bluetooth speaker gives', () => {
    const taps = beats.map((beat) => beat + 0.8);

    expect(suggestedLatencyMs(taps, beats)).toBe(800);
  });

  it('counts a double tap on one beat once', () => {
    const taps = [beats[0] + 0.1, beats[0] + 0.13, beats[1] + 0.1, beats[2] + 0.1, beats[3] + 0.1];

    expect(suggestedLatencyMs(taps, beats)).toBe(100);
  });

  it('makes no suggestion from fewer than four taps', () => {
    expect(suggestedLatencyMs([beats[0] + 0.1, beats[1] + 0.1, beats[2] + 0.1], beats)).toBeNull();
  });

  it('never suggests a negative delay for taps that anticipate the beat', () => {
    const taps = beats.map((beat) => beat - 0.03);

    expect(suggestedLatencyMs(taps, beats)).toBe(0);
  });
});

describe('tapContextTime', () => {
  it('takes away the time the event waited before its handler ran', () => {
    expect(tapContextTime(12.5, 5040, 5000)).toBeCloseTo(12.46, 9);
  });
});
