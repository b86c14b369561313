import { describe, expect, it } from 'vitest';
import { encodeWav16Mono, wavHeaderBytes } from './wav-file';

const text = (view: DataView, offset: number, length: number) =>
  String.fromCharCode(...Array.from({ length }, (_, i) => view.getUint8(offset + i)));

describe('encodeWav16Mono', () => {
  it('writes a canonical 16-bit mono PCM header for the sample rate and length', () => {
    const view = new DataView(encodeWav16Mono(new Float32Array(1000), 48000));

    expect(view.byteLength).toBe(wavHeaderBytes + 2000);
    expect(text(view, 0, 4)).toBe('RIFF');
    expect(view.getUint32(4, true)).toBe(36 + 2000);
    expect(text(view, 8, 4)).toBe('WAVE');
    expect(text(view, 12, 4)).toBe('fmt ');
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(28, true)).toBe(96000);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(text(view, 36, 4)).toBe('data');
    expect(view.getUint32(40, true)).toBe(2000);
  });

  it('converts samples to 16-bit little-endian with full scale at ±1', () => {
    const view = new DataView(encodeWav16Mono(Float32Array.from([0, 0.5, -0.5, 1, -1]), 16000));
    const samples = Array.from({ length: 5 }, (_, i) => view.getInt16(wavHeaderBytes + 2 * i, true));

    expect(samples).toEqual([0, 16384, -16384, 32767, -32768]);
  });

  it('clips samples beyond full scale instead of wrapping them', () => {
    const view = new DataView(encodeWav16Mono(Float32Array.from([1.7, -3]), 16000));

    expect(view.getInt16(wavHeaderBytes, true)).toBe(32767);
    expect(view.getInt16(wavHeaderBytes + 2, true)).toBe(-32768);
  });

  it('refuses a sample rate that is not a positive whole number', () => {
    expect(() => encodeWav16Mono(new Float32Array(1), 44100.5)).toThrow(RangeError);
  });
});
