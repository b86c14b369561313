/** One render quantum (or more) of microphone samples, stamped with the context frame of its first sample. */
export interface RecordedBlock {
  /** The AudioContext's frame number (currentFrame in the worklet) of samples[0]. */
  firstFrame: number;
  samples: Float32Array;
}

/**
 * The microphone as the capture worklet saw it, block by block, on the AudioContext's own sample clock. Cutting
 * by frame numbers (never by timers or message arrival) is what makes sample 0 of the upload the very frame at
 * which the clicks started playing, so the measured delay is the device's and not the page's.
 */
export class FrameRecording {
  private readonly blocks: RecordedBlock[] = [];
  private end = 0;

  /** Adds a block; blocks arrive in order, and a block the audio thread dropped simply leaves a gap. */
  push(block: RecordedBlock): void {
    this.blocks.push(block);
    this.end = Math.max(this.end, block.firstFrame + block.samples.length);
  }

  /** The frame just after the newest recorded sample (0 before any). */
  get endFrame(): number {
    return this.end;
  }

  /**
   * The samples of frames <paramref>startFrame</paramref> … startFrame + frameCount − 1. A frame nothing was
   * recorded for (before the microphone delivered, or a dropped block) is silence, so every sample keeps its time.
   */
  slice(startFrame: number, frameCount: number): Float32Array {
    const out = new Float32Array(Math.max(0, frameCount));
    const stop = startFrame + out.length;
    for (const { firstFrame, samples } of this.blocks) {
      const from = Math.max(firstFrame, startFrame);
      const to = Math.min(firstFrame + samples.length, stop);
      if (from >= to) continue;
      out.set(samples.subarray(from - firstFrame, to - firstFrame), from - startFrame);
    }
    return out;
  }
}
