import { writePcm16le } from '../audio/pcm';

/** Bytes of a canonical PCM WAV header (RIFF, fmt and data chunk headers). */
export const wavHeaderBytes = 44;

/**
 * Encodes <paramref>samples</paramref> (floats in [−1, 1], clipped outside it) as a 16-bit mono PCM WAV file at
 * <paramref>sampleRate</paramref> Hz: the format every WAV reader takes, and the smallest lossless one the
 * calibration API accepts.
 */
export function encodeWav16Mono(samples: Float32Array, sampleRate: number): ArrayBuffer {
  if (!Number.isInteger(sampleRate) || sampleRate <= 0) throw new RangeError(`A WAV sample rate is a positive whole number of Hz (got ${sampleRate}).`);
  const dataBytes = 2 * samples.length;
  const buffer = new ArrayBuffer(wavHeaderBytes + dataBytes);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // channels
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  writePcm16le(samples, view, wavHeaderBytes);
  return buffer;
}
