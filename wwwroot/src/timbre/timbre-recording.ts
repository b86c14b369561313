import { captureSampleRate, Microphone } from '../audio/microphone';
import { encodeWav16Mono } from '../calibration/wav-file';
import { chunkLevelDb } from './voice-level';

/** What the recording reports as it grows: seconds recorded and the level of the latest chunk (dBFS). */
export type RecordingProgress = (elapsedSeconds: number, levelDb: number) => void;

/**
 * One recording of the singer's voice through the shared capture worklet (voice processing off, 16 kHz 16-bit mono),
 * kept whole in memory (30 s is under 1 MB) until it is handed over as a WAV file.
 */
export class TimbreRecording {
  private readonly chunks: Uint8Array[] = [];
  private bytes = 0;
  private microphone: Microphone | null = null;

  private constructor(private readonly onProgress: RecordingProgress) {}

  /** Starts recording; throws a MicrophoneError that says what the singer can do when the microphone cannot start. */
  static async start(onProgress: RecordingProgress, onLost: () => void): Promise<TimbreRecording> {
    const recording = new TimbreRecording(onProgress);
    recording.microphone = await Microphone.start((pcm) => recording.add(pcm));
    recording.microphone.track?.addEventListener('ended', onLost);
    return recording;
  }

  /** Seconds recorded so far, counted in samples so the minimum is met exactly, whatever the timers do. */
  get elapsedSeconds(): number {
    return this.bytes / 2 / captureSampleRate;
  }

  private add(pcm: Uint8Array): void {
    // The worklet hands over a fresh buffer per chunk, so it can be kept as it is.
    this.chunks.push(pcm);
    this.bytes += pcm.byteLength;
    this.onProgress(this.elapsedSeconds, chunkLevelDb(pcm));
  }

  /** Stops the microphone and returns everything recorded as a 16 kHz 16-bit mono WAV file. */
  async stop(): Promise<ArrayBuffer> {
    const microphone = this.microphone;
    this.microphone = null;
    await microphone?.stop();
    const samples = new Float32Array(this.bytes / 2);
    let offset = 0;
    for (const chunk of this.chunks) {
      const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let i = 0; i + 1 < chunk.byteLength; i += 2) samples[offset++] = view.getInt16(i, true) / 32768;
    }
    return encodeWav16Mono(samples, captureSampleRate);
  }
}
