// The AudioWorkletGlobalScope names the capture worklet uses; TypeScript's DOM library does not declare them.

declare abstract class AudioWorkletProcessor {
  readonly port: MessagePort;
  constructor(options?: AudioWorkletNodeOptions);
  abstract process(
    inputs: Float32Array[][],
    outputs: Float32Array[][],
    parameters: Record<string, Float32Array>,
  ): boolean;
}

declare function registerProcessor(
  name: string,
  processorCtor: new (options?: AudioWorkletNodeOptions) => AudioWorkletProcessor,
): void;

/** The sample rate of the AudioContext that runs the worklet, in Hz. */
declare const sampleRate: number;

/** The context's frame count at the start of the render quantum being processed. */
declare const currentFrame: number;
