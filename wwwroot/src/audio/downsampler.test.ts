import { describe, expect, it } from 'vitest';
import { Downsampler } from './downsampler';

function sine(frequencyHz: number, rate: number, seconds: number): Float32Array {
  return Float32Array.from({ length: Math.round(rate * seconds) }, (_, n) => Math.sin((2 * Math.PI * frequencyHz * n) / rate));
}

function downsampleInBlocks(input: Float32Array, inputRate: number, block: number): Float32Array {
  const downsampler = new Downsampler(inputRate, 16000);
  const out: number[] = [];
  for (let i = 0; i < input.length; i += block) out.push(...downsampler.process(input.subarray(i, i + block)));
  return Float32Array.from(out);
}

function rms(samples: Float32Array): number {
  return Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / samples.length);
}

/** Frequency in Hz from the count of upward zero crossings. */
function zeroCrossingFrequency(samples: Float32Array, rate: number): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if (samples[i - 1] < 0 && samples[i] >= 0) crossings++;
  return (crossings * rate) / samples.length;
}

describe('Downsampler', () => {
  it.each([48000, 44100])('turns one second at %i Hz into 16000 samples', (rate) => {
    const out = downsampleInBlocks(new Float32Array(rate), rate, 128);

    expect(Math.abs(out.length - 16000)).toBeLessThanOrEqual(1);
  });

  it.each([48000, 44100])('keeps a 440 Hz tone at %i Hz at 440 Hz and full level', (rate) => {
    const out = downsampleInBlocks(sine(440, rate, 1), rate, 128).subarray(200);

    expect(zeroCrossingFrequency(out, 16000)).toBeCloseTo(440, -1);
    expect(rms(out)).toBeCloseTo(Math.SQRT1_2, 2);
  });

  it('removes a 12 kHz tone that would otherwise alias to 4 kHz', () => {
    const out = downsampleInBlocks(sine(12000, 48000, 1), 48000, 128).subarray(200);

    // At least 50 dB down.
    expect(rms(out)).toBeLessThan(Math.SQRT1_2 * 10 ** (-50 / 20));
  });

  it('gives the same output however the input is split into blocks', () => {
    const input = sine(330, 48000, 0.2);

    const whole = downsampleInBlocks(input, 48000, input.length);
    const quanta = downsampleInBlocks(input, 48000, 128);
    const odd = downsampleInBlocks(input, 48000, 77);

    expect(Array.from(quanta)).toEqual(Array.from(whole));
    expect(Array.from(odd)).toEqual(Array.from(whole));
  });
});
