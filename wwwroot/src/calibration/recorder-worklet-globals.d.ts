// The AudioWorkletGlobalScope name the calibration recorder needs beyond those declared for the capture worklet.

/** The frame number of the first sample of the render quantum being processed, on the AudioContext's clock. */
declare const currentFrame: number;
