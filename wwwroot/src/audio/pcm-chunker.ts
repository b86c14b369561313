import { writePcm16le } from './pcm';

/**
 * Gathers float samples of any block size into fixed-size chunks of 16-bit little-endian PCM, handing each full
 * chunk's bytes to <paramref>emit</paramref> (ownership passes with it: the chunker never touches them again) with the
 * index of the chunk's first sample among all samples pushed, counted in whole samples so it never drifts.
 */
export class PcmChunker {
  private chunk: DataView;
  private filled = 0;
  /** Samples in the chunks emitted so far. */
  private emitted = 0;

  constructor(
    private readonly chunkSamples: number,
    private readonly emit: (bytes: ArrayBuffer, firstSample: number) => void,
  ) {
    this.chunk = new DataView(new ArrayBuffer(chunkSamples * 2));
  }

  /** Adds <paramref>samples</paramref> (in [−1, 1]; clipped outside), emitting every chunk they complete. */
  push(samples: Float32Array): void {
    let offset = 0;
    while (offset < samples.length) {
      const take = Math.min(this.chunkSamples - this.filled, samples.length - offset);
      writePcm16le(samples.subarray(offset, offset + take), this.chunk, this.filled * 2);
      this.filled += take;
      offset += take;
      if (this.filled === this.chunkSamples) {
        const bytes = this.chunk.buffer as ArrayBuffer;
        this.chunk = new DataView(new ArrayBuffer(this.chunkSamples * 2));
        this.filled = 0;
        const firstSample = this.emitted;
        this.emitted += this.chunkSamples;
        this.emit(bytes, firstSample);
      }
    }
  }
}
