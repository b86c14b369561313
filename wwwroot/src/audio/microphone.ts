import type { CaptureOptions } from './capture-worklet';
import captureWorkletUrl from './capture-worklet.ts?worker&url';
import { MicrophoneError } from './microphone-error';

/** The sample rate the hub expects, in Hz; the browser resamples the microphone to it. */
export const captureSampleRate = 16000;

/** Samples per chunk: 40 ms at captureSampleRate (1280 bytes). */
const chunkSamples = 640;

/** A running microphone capture that delivers 40 ms chunks of 16-bit little-endian PCM at 16 kHz. */
export class Microphone {
  private constructor(
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    private readonly source: MediaStreamAudioSourceNode,
  ) {}

  /**
   * Asks for the microphone and starts capturing; <paramref>onChunk</paramref> receives each 1280-byte chunk in order.
   * Throws a MicrophoneError that says what the singer can do when it cannot start.
   */
  static async start(onChunk: (pcm: Uint8Array) => void): Promise<Microphone> {
    if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) {
      throw new MicrophoneError('error.insecure');
    }
    if (typeof AudioWorkletNode === 'undefined' || !('audioWorklet' in AudioContext.prototype)) {
      throw new MicrophoneError('error.noAudioWorklet');
    }

    let stream: MediaStream;
    try {
      // The pitch tracker wants the voice as sung: processing meant for calls distorts pitch and level.
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
      });
    } catch (error) {
      throw MicrophoneError.from(error);
    }

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
      await context.audioWorklet.addModule(captureWorkletUrl);
      const processorOptions: CaptureOptions = { outputSampleRate: captureSampleRate, chunkSamples };
      const node = new AudioWorkletNode(context, 'singking-capture', {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        channelCount: 1,
        channelCountMode: 'explicit',
        channelInterpretation: 'speakers',
        processorOptions,
      });
      node.port.onmessage = (event: MessageEvent<ArrayBuffer>) => onChunk(new Uint8Array(event.data));
      source.connect(node);
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
    await this.context.close();
  }
}
