import { PcmChunker } from './pcm-chunker';

/** Samples per chunk posted to the main thread: 40 ms at 16 kHz (1280 bytes). */
const chunkSamples = 640;

/**
 * Runs on the audio rendering thread: turns the microphone's 128-sample render quanta into 40 ms chunks of 16-bit
 * little-endian PCM and posts each to the main thread, transferring the buffer rather than copying it.
 */
class CaptureProcessor extends AudioWorkletProcessor {
  private readonly chunker = new PcmChunker(chunkSamples, (bytes) => this.port.postMessage(bytes, [bytes]));

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    // No input yet (the source has not started) or it ended: returning true keeps the node alive for when it does.
    if (channel) this.chunker.push(channel);
    return true;
  }
}

registerProcessor('singking-capture', CaptureProcessor);
