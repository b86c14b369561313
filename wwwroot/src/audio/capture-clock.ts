/**
 * Knows which AudioContext frame every captured sample came from, so that each chunk can say at what context time
 * its first sample was captured. Positions are kept as whole sample counts and turned into seconds only at the end,
 * so the times never drift however long the capture runs.
 */
export class CaptureClock {
  /** Context frame of the first captured sample, or null before any. */
  private originFrame: number | null = null;
  /** Context frame the next render quantum should start at when none was skipped. */
  private expectedFrame = 0;

  /**
   * @param contextRate The AudioContext's sample rate, in Hz.
   * @param outputRate The rate of the chunks' samples, in Hz (equal to contextRate when nothing is resampled).
   * @param delayFrames How many context frames the resampler's output lags its input (0 without one).
   */
  constructor(
    readonly contextRate: number,
    readonly outputRate: number,
    readonly delayFrames: number,
  ) {}

  /**
   * Notes a render quantum of <paramref>length</paramref> frames starting at context frame <paramref>frame</paramref>,
   * before its samples are pushed on. Returns how many frames of silence to push first: quanta that arrived without
   * input left a hole, and filling it keeps every later sample at its true position.
   */
  quantum(frame: number, length: number): number {
    if (this.originFrame === null) {
      this.originFrame = frame;
      this.expectedFrame = frame + length;
      return 0;
    }
    const gap = Math.max(0, frame - this.expectedFrame);
    this.expectedFrame = frame + length;
    return gap;
  }

  /** Whether a quantum has been seen, so sample times are known. */
  get started(): boolean {
    return this.originFrame !== null;
  }

  /**
   * Context time, in seconds, at which output sample <paramref>sample</paramref> (0 = the first, counted at outputRate)
   * was captured. The resampler takes output sample n at input position n × contextRate / outputRate, and its filter
   * shows each input delayFrames late.
   */
  secondsOf(sample: number): number {
    if (this.originFrame === null) throw new Error('No audio has been captured yet.');
    return (this.originFrame - this.delayFrames) / this.contextRate + sample / this.outputRate;
  }
}
