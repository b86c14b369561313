/** Cut-off of the anti-aliasing low-pass, in Hz: the pitch tracker needs the voice up to a few kHz, not to 8 kHz. */
const cutoffHz = 6500;
/** Filter length in taps (odd, so the filter is symmetric about a whole sample); its transition band is about 2.7 kHz at 48 kHz. */
const taps = 97;

/**
 * How far the downsampler's output lags its input, in input samples: the low-pass is symmetric, so each filtered sample
 * stands for the input sample (taps − 1) / 2 before the newest one it has read.
 */
export const downsamplerDelaySamples = (taps - 1) / 2;

/**
 * Converts a stream of samples at the audio device's rate to a lower rate (16 kHz for the hub), block by block:
 * a windowed-sinc low-pass (Blackman window) removes what would alias, then linear interpolation picks the output
 * instants. Used where the browser cannot resample the microphone itself (Firefox refuses to connect a microphone to
 * an AudioContext of another rate). The output is the same however the input is split into blocks.
 */
export class Downsampler {
  private readonly coefficients: Float32Array;
  /** The newest `taps` input samples, twice over so the filter reads one contiguous window without wrapping. */
  private readonly history: Float32Array;
  private historyIndex = 0;
  /** Input samples consumed so far. */
  private inputCount = 0;
  /** Position of the next output sample, in input samples. */
  private nextOutputAt = 0;
  private readonly step: number;
  private previousFiltered = 0;
  private output: Float32Array;

  constructor(
    readonly inputRate: number,
    readonly outputRate: number,
  ) {
    if (outputRate > inputRate) throw new RangeError(`Cannot downsample ${inputRate} Hz to ${outputRate} Hz.`);
    this.step = inputRate / outputRate;
    this.coefficients = lowPass(Math.min(cutoffHz, 0.45 * outputRate) / inputRate);
    this.history = new Float32Array(2 * taps);
    this.output = new Float32Array(256);
  }

  /**
   * Filters and resamples <paramref>input</paramref>; returns the output samples it completes. The returned view is
   * reused by the next call: consume it before calling again.
   */
  process(input: Float32Array): Float32Array {
    const maxOut = Math.ceil(input.length / this.step) + 2;
    if (this.output.length < maxOut) this.output = new Float32Array(maxOut);
    let produced = 0;
    for (let i = 0; i < input.length; i++) {
      this.history[this.historyIndex] = input[i];
      this.history[this.historyIndex + taps] = input[i];
      this.historyIndex = (this.historyIndex + 1) % taps;
      let filtered = 0;
      // history[historyIndex … historyIndex + taps) holds the window oldest first.
      for (let k = 0; k < taps; k++) filtered += this.coefficients[k] * this.history[this.historyIndex + k];

      const position = this.inputCount; // index of this filtered sample
      while (this.nextOutputAt <= position) {
        const fraction = this.nextOutputAt - (position - 1);
        this.output[produced++] = this.previousFiltered + fraction * (filtered - this.previousFiltered);
        this.nextOutputAt += this.step;
      }
      this.previousFiltered = filtered;
      this.inputCount++;
    }
    return this.output.subarray(0, produced);
  }
}

/** Blackman-windowed sinc low-pass with cut-off <paramref>cutoff</paramref> (a fraction of the input rate), unity gain at DC. */
function lowPass(cutoff: number): Float32Array {
  const coefficients = new Float32Array(taps);
  const middle = (taps - 1) / 2;
  let sum = 0;
  for (let n = 0; n < taps; n++) {
    const x = n - middle;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    const window = 0.42 - 0.5 * Math.cos((2 * Math.PI * n) / (taps - 1)) + 0.08 * Math.cos((4 * Math.PI * n) / (taps - 1));
    coefficients[n] = sinc * window;
    sum += coefficients[n];
  }
  for (let n = 0; n < taps; n++) coefficients[n] /= sum;
  return coefficients;
}
