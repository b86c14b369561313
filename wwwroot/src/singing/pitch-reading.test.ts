import { describe, expect, it } from 'vitest';
import { PitchHistory } from './pitch-history';
import { readPitch } from './pitch-reading';

function historyOf(frequencies: number[]): PitchHistory {
  const history = new PitchHistory();
  frequencies.forEach((f, k) => history.push(k * 0.01, f));
  return history;
}

describe('readPitch', () => {
  it('reads silence as 0 Hz', () => {
    expect(readPitch(historyOf([0, 0, 0, 0])).frequencyHz).toBe(0);
  });

  it('reads the median of the newest voiced frames, ignoring a stray outlier', () => {
    const reading = readPitch(historyOf([220, 221, 219, 440, 220, 221, 219]));

    expect(reading.frequencyHz).toBe(220);
  });

  it('keeps the note through a short unvoiced gap such as a consonant', () => {
    const reading = readPitch(historyOf([220, 220, 220, ...Array(10).fill(0)]));

    expect(reading.frequencyHz).toBe(220);
  });

  it('shows silence once the voice has stopped for longer than the hold time', () => {
    const reading = readPitch(historyOf([220, 220, 220, ...Array(40).fill(0)]));

    expect(reading.frequencyHz).toBe(0);
  });
});

describe('PitchHistory', () => {
  it('keeps only the newest frames when full', () => {
    const history = new PitchHistory(3);
    [1, 2, 3, 4, 5].forEach((f, k) => history.push(k, f));

    expect([history.frequencyAt(0), history.frequencyAt(1), history.frequencyAt(2)]).toEqual([3, 4, 5]);
    expect(history.lastTime).toBe(4);
  });
});
