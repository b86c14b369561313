import { writePcm16le } from './pcm';

/** Samples per chunk posted to the main thread: 40 ms at 16 kHz. */
const chunkSamples = 640;

/**
 * Runs on the audio rendering thread: turns the microphone's 128-sample render quanta into 40 ms chunks of
 * 16-bit little-endian PCM (1280 bytes) and posts each chunk to the main thread, transferring rather than copying.
 */
class CaptureProcessor extends AudioWorkletProcessor {
  private chunk = new DataView(new ArrayBuffer(chunkSamples * 2));
  private filled = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    // No input yet (the source has not started) or it ended: returning true keeps the node alive for when it does.
    if (!channel) return true;
    let offset = 0;
    while (offset < channel.length) {
      const take = Math.min(chunkSamples - this.filled, channel.length - offset);
      writePcm16le(channel.subarray(offset, offset + take), this.chunk, this.filled * 2);
      this.filled += take;
      offset += take;
      if (this.filled === chunkSamples) {
        const bytes = this.chunk.buffer;
        this.port.postMessage(bytes, [bytes]);
        this.chunk = new DataView(new ArrayBuffer(chunkSamples * 2));
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor('singking-capture', CaptureProcessor);
