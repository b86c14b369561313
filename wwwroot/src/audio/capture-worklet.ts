import { CaptureClock } from './capture-clock';
import { Downsampler, downsamplerDelaySamples } from './downsampler';
import { PcmChunker } from './pcm-chunker';

/** What the main thread tells the capture worklet when it creates it. */
export interface CaptureOptions {
  /** The rate the chunks must have, in Hz; when the context runs faster, the worklet resamples. */
  outputSampleRate: number;
  /** Samples per chunk at outputSampleRate. */
  chunkSamples: number;
}

/** What the capture worklet posts for each chunk. */
export interface CapturedChunk {
  /** The chunk: 16-bit little-endian PCM at the output rate. */
  pcm: ArrayBuffer;
  /** AudioContext time, in seconds, at which the chunk's first sample was captured. */
  capturedAt: number;
}

/**
 * Runs on the audio rendering thread: turns the microphone's 128-sample render quanta into chunks of 16-bit
 * little-endian PCM (40 ms at 16 kHz) and posts each to the main thread, transferring the buffer rather than copying.
 */
class CaptureProcessor extends AudioWorkletProcessor {
  private readonly chunker: PcmChunker;
  private readonly downsampler: Downsampler | null;
  private readonly clock: CaptureClock;

  constructor(options?: AudioWorkletNodeOptions) {
    super(options);
    const { outputSampleRate, chunkSamples } = options?.processorOptions as CaptureOptions;
    this.chunker = new PcmChunker(chunkSamples, (bytes, firstSample) => {
      const chunk: CapturedChunk = { pcm: bytes, capturedAt: this.clock.secondsOf(firstSample) };
      this.port.postMessage(chunk, [bytes]);
    });
    // A context at the output rate needs no resampling; one at the device's rate (Firefox, or a page that also plays
    // music and wants it at full quality) is resampled here.
    this.downsampler = sampleRate === outputSampleRate ? null : new Downsampler(sampleRate, outputSampleRate);
    this.clock = new CaptureClock(sampleRate, outputSampleRate, this.downsampler ? downsamplerDelaySamples : 0);
  }

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    // No input yet (the source has not started) or it ended: returning true keeps the node alive for when it does.
    if (channel) {
      const missing = this.clock.quantum(currentFrame, channel.length);
      if (missing > 0) this.push(new Float32Array(missing));
      this.push(channel);
    }
    return true;
  }

  private push(samples: Float32Array): void {
    this.chunker.push(this.downsampler ? this.downsampler.process(samples) : samples);
  }
}

registerProcessor('singking-capture', CaptureProcessor);
