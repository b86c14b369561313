/**
 * Writes float samples in [−1, 1] as 16-bit signed little-endian PCM into <paramref>target</paramref> at
 * <paramref>byteOffset</paramref>, clipping what lies outside the range.
 */
export function writePcm16le(source: Float32Array, target: DataView, byteOffset: number): void {
  for (let i = 0; i < source.length; i++) {
    const s = Math.max(-1, Math.min(1, source[i]));
    // Asymmetric scale so −1 maps to −32768 and +1 to +32767, the full 16-bit range.
    target.setInt16(byteOffset + 2 * i, Math.round(s < 0 ? s * 0x8000 : s * 0x7fff), true);
  }
}
