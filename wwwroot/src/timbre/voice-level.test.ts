import { describe, expect, it } from 'vitest';
import { chunkLevelDb, meterFraction } from './voice-level';

function pcm(samples: number[]): Uint8Array {
  const bytes = new Uint8Array(samples.length * 2);
  const view = new DataView(bytes.buffer);
  samples.forEach((s, i) => view.setInt16(2 * i, Math.round(s * 32767), true));
  return bytes;
}

describe('voice level', () => {
  it('reads a full-scale sine near −3 dBFS', () => {
    const sine = Array.from({ length: 640 }, (_, i) => Math.sin((2 * Math.PI * 440 * i) / 16000));

    expect(chunkLevelDb(pcm(sine))).toBeCloseTo(-3.01, 1);
  });

  it('reads digital silence as −∞ and an empty meter', () => {
    const level = chunkLevelDb(pcm(new Array(640).fill(0)));

    expect(level).toBe(Number.NEGATIVE_INFINITY);
    expect(meterFraction(level)).toBe(0);
  });

  it('fills the meter halfway at −30 dBFS and fully at 0', () => {
    expect(meterFraction(-30)).toBeCloseTo(0.5, 10);
    expect(meterFraction(0)).toBe(1);
    expect(meterFraction(-80)).toBe(0);
  });
});
