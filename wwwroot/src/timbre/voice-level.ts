/** The quietest level the meter shows, in dBFS: a quiet room through a laptop microphone sits near it. */
export const meterFloorDb = -60;

/** The RMS level of a chunk of 16-bit little-endian PCM, in dBFS (full-scale sine ≈ −3 dB); −∞ for digital silence. */
export function chunkLevelDb(pcm: Uint8Array): number {
  const samples = Math.floor(pcm.byteLength / 2);
  if (samples === 0) return Number.NEGATIVE_INFINITY;
  const view = new DataView(pcm.buffer, pcm.byteOffset, samples * 2);
  let sum = 0;
  for (let i = 0; i < samples; i++) {
    const sample = view.getInt16(2 * i, true) / 32768;
    sum += sample * sample;
  }
  return sum === 0 ? Number.NEGATIVE_INFINITY : 10 * Math.log10(sum / samples);
}

/** How full the level meter is, 0–1, for a level in dBFS: linear in dB from meterFloorDb to 0 dB. */
export function meterFraction(levelDb: number): number {
  if (!(levelDb > meterFloorDb)) return 0;
  return Math.min(1, (levelDb - meterFloorDb) / -meterFloorDb);
}
