import { describe, expect, it } from 'vitest';
import { toUploadRate } from './upload-rate';

describe('toUploadRate', () => {
  it('sends a 48 kHz recording as it is', () => {
    const samples = new Float32Array(10);

    const upload = toUploadRate(samples, 48000);

    expect(upload.sampleRate).toBe(48000);
    expect(upload.samples).toBe(samples);
  });

  it('halves a 96 kHz recording, keeping an impulse at its time', () => {
    const samples = new Float32Array(9600);
    samples[4800] = 1;

    const upload = toUploadRate(samples, 96000);

    expect(upload.sampleRate).toBe(48000);
    expect(upload.samples.length).toBe(4800);
    expect(upload.samples[2400]).toBeCloseTo(0.5, 6);
  });

  it('reduces 192 kHz by four to 48 kHz', () => {
    expect(toUploadRate(new Float32Array(400), 192000).sampleRate).toBe(48000);
  });

  it('refuses a rate below 8 kHz', () => {
    expect(() => toUploadRate(new Float32Array(10), 4000)).toThrow(RangeError);
  });
});
