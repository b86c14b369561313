/** What the calibration recorder posts: microphone samples with the context frame of the first. */
export interface RecorderMessage {
  firstFrame: number;
  samples: Float32Array;
}

/** Render quanta gathered per message: 1024 frames, about 21 ms at 48 kHz, so the main thread gets ~47 messages a second. */
const quantaPerMessage = 8;
const quantumFrames = 128;

/**
 * Runs on the audio rendering thread: passes the microphone's samples to the main thread stamped with the
 * AudioContext frame they belong to (currentFrame), so the recording can be cut at the exact frame the clicks
 * started. A quantum without input (before the microphone delivers) is skipped; its frames become silence.
 */
class CalibrationRecorder extends AudioWorkletProcessor {
  private block = new Float32Array(quantaPerMessage * quantumFrames);
  private filled = 0;
  private blockFirstFrame = 0;

  process(inputs: Float32Array[][]): boolean {
    const channel = inputs[0]?.[0];
    if (!channel) return true;
    // A quantum that does not follow on from the block being filled starts a new block, so no sample moves in time.
    if (this.filled > 0 && this.blockFirstFrame + this.filled !== currentFrame) this.flush();
    if (this.filled === 0) this.blockFirstFrame = currentFrame;
    this.block.set(channel, this.filled);
    this.filled += channel.length;
    if (this.filled + quantumFrames > this.block.length) this.flush();
    return true;
  }

  private flush(): void {
    const message: RecorderMessage = { firstFrame: this.blockFirstFrame, samples: this.block.slice(0, this.filled) };
    this.port.postMessage(message, [message.samples.buffer]);
    this.filled = 0;
  }
}

registerProcessor('singking-calibration-recorder', CalibrationRecorder);
