import { Downsampler } from './downsampler';
import { PcmChunker } from './pcm-chunker';

/** What the main thread tells the capture worklet when it creates it. */
export interface CaptureOptions {
  /** The rate the chunks must have, in Hz; when the context runs faster, the worklet resamples. */
  outputSampleRate: number;
  /** Samples per chunk at outputSampleRate. */
  chunkSamples: number;
}

/**
 * Runs on the audio rendering thread: turns the microphone's 128-sample render quanta into chunks of 16-bit
 * little-endian PCM (40 ms at 16 kHz) and posts each to the main thread, transferring the buffer rather than copying.
 */
class CaptureProcessor extends AudioWorkletProcessor {
  private readonly chunker: PcmChunker;
  private readonly downsampler: Downsampler | null;

  constructor(options?: AudioWorkletNodeOptions) {
    super(options);
    const { outputSampleRate, chunkSamples } = options?.processorOptions as CaptureOptions;
    this.chunker = new PcmChunker(chunkSamples, (bytes) => this.port.postMessage(bytes, [bytes]));
    // Normally the AudioContext already runs at the output rate; only a browser that cannot resample needs this.
    this.downsampler = sampleRate === outputSampleRate ? null : new Downsampler(sampleRate, outputSampleRate);
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    // No input yet (the source has not started) or it ended: returning true keeps the node alive for when it does.
    if (channel) this.chunker.push(this.downsampler ? this.downsampler.process(channel) : channel);
    return true;
  }
}

registerProcessor('singking-capture', CaptureProcessor);
