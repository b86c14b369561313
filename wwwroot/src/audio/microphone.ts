import type { CapturedChunk, CaptureOptions } from './capture-worklet';
import captureWorkletUrl from './capture-worklet.ts?worker&url';
import { MicrophoneError } from './microphone-error';

/** The sample rate the hub expects, in Hz; the browser resamples the microphone to it. */
export const captureSampleRate = 16000;

/** Samples per chunk: 40 ms at captureSampleRate (1280 bytes). */
const chunkSamples = 640;

/**
 * Receives each chunk in order: 1280 bytes of PCM, and the AudioContext time at which its first sample was captured
 * (in seconds; the clock any sound the same context plays runs on).
 */
export type ChunkHandler = (pcm: Uint8Array, capturedAt: number) => void;

/** A running microphone capture that delivers 40 ms chunks of 16-bit little-endian PCM at 16 kHz. */
export class Microphone {
  private constructor(
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    private readonly source: MediaStreamAudioSourceNode,
    /** Whether stop() closes the context: only when the microphone created it. */
    private readonly ownsContext = true,
  ) {}

  /** The capture track (for its device id, and to hear when the device goes away). */
  get track(): MediaStreamTrack | null {
    return this.stream.getAudioTracks()[0] ?? null;
  }

  /**
   * Asks for the microphone and captures it in <paramref>context</paramref>, which the caller owns and may use to play
   * sound on the same clock; the worklet resamples to 16 kHz when the context runs at another rate. stop() leaves the
   * context open. Throws a MicrophoneError that says what the singer can do when it cannot start.
   */
  static async open(context: AudioContext, onChunk: ChunkHandler): Promise<Microphone> {
    // Loaded before the microphone opens, so the capture starts as soon as the microphone does.
    try {
      await context.audioWorklet.addModule(captureWorkletUrl);
    } catch (error) {
      throw MicrophoneError.from(error);
    }
    const stream = await Microphone.request();
    try {
      const source = context.createMediaStreamSource(stream);
      const node = Microphone.connect(context, source, onChunk);
      if (context.state === 'suspended') await context.resume();
      return new Microphone(stream, context, node, source, false);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      throw MicrophoneError.from(error);
    }
  }

  private static async request(): Promise<MediaStream> {
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      throw new MicrophoneError('error.insecure');
    }
    if (typeof AudioWorkletNode === 'undefined' || !('audioWorklet' in AudioContext.prototype)) {
      throw new MicrophoneError('error.noAudioWorklet');
    }
    try {
      // The pitch tracker wants the voice as sung: processing meant for calls distorts pitch and level.
      return await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
      });
    } catch (error) {
      throw MicrophoneError.from(error);
    }
  }

  private static async capture(context: AudioContext, source: MediaStreamAudioSourceNode, onChunk: ChunkHandler): Promise<AudioWorkletNode> {
    await context.audioWorklet.addModule(captureWorkletUrl);
    return Microphone.connect(context, source, onChunk);
  }

  /** Creates the capture worklet (its module already loaded) and feeds it the microphone. */
  private static connect(context: AudioContext, source: MediaStreamAudioSourceNode, onChunk: ChunkHandler): AudioWorkletNode {
    const processorOptions: CaptureOptions = { outputSampleRate: captureSampleRate, chunkSamples };
    const node = new AudioWorkletNode(context, 'singking-capture', {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
      processorOptions,
    });
    node.port.onmessage = (event: MessageEvent<CapturedChunk>) => onChunk(new Uint8Array(event.data.pcm), event.data.capturedAt);
    source.connect(node);
    return node;
  }

  /**
   * Asks for the microphone and starts capturing; <paramref>onChunk</paramref> receives each 1280-byte chunk in order.
   * Throws a MicrophoneError that says what the singer can do when it cannot start.
   */
  static async start(onChunk: ChunkHandler): Promise<Microphone> {
    const stream = await Microphone.request();

    let context: AudioContext | undefined;
    try {
      context = new AudioContext({ sampleRate: captureSampleRate, latencyHint: 'interactive' });
      let source: MediaStreamAudioSourceNode;
      try {
        source = context.createMediaStreamSource(stream);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
        // Firefox cannot connect a microphone to a context of another rate: run at the device's rate and let the
        // worklet resample to 16 kHz.
        await context.close();
        context = new AudioContext({ latencyHint: 'interactive' });
        source = context.createMediaStreamSource(stream);
      }
      const node = await Microphone.capture(context, source, onChunk);
      // A context created without a user gesture in the same task may start suspended.
      if (context.state === 'suspended') await context.resume();
      return new Microphone(stream, context, node, source);
    } catch (error) {
      for (const track of stream.getTracks()) track.stop();
      await context?.close().catch(() => undefined);
      throw MicrophoneError.from(error);
    }
  }

  /** Stops capturing and releases the microphone (the browser's recording indicator goes out). */
  async stop(): Promise<void> {
    this.node.port.onmessage = null;
    this.source.disconnect();
    this.node.disconnect();
    for (const track of this.stream.getTracks()) track.stop();
    if (this.ownsContext) await this.context.close();
  }
}
