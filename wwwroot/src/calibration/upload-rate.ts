/** Highest sample rate the calibration API reads, in Hz. */
export const maxUploadRate = 48_000;

/** Lowest sample rate the calibration API reads, in Hz. */
export const minUploadRate = 8_000;

/**
 * The recording at a rate the calibration API reads (8–48 kHz). A context at 48 kHz or less is sent as it is; a
 * faster one (a browser that ran the context at a 96 kHz device's rate) is reduced by the smallest whole factor that
 * brings it to 48 kHz or below, averaging each group of samples: a plain average keeps the 1 kHz clicks (−0.1 dB at
 * 96 kHz) and moves them by under a sample at the high rate, far below the 0.1 ms the answer is given to.
 */
export function toUploadRate(samples: Float32Array, sampleRate: number): { samples: Float32Array; sampleRate: number } {
  if (sampleRate < minUploadRate) throw new RangeError(`A recording at ${sampleRate} Hz is too coarse to time clicks in.`);
  if (sampleRate <= maxUploadRate) return { samples, sampleRate };
  const factor = Math.ceil(sampleRate / maxUploadRate);
  const out = new Float32Array(Math.floor(samples.length / factor));
  for (let i = 0; i < out.length; i++) {
    let sum = 0;
    for (let k = 0; k < factor; k++) sum += samples[i * factor + k];
    out[i] = sum / factor;
  }
  return { samples: out, sampleRate: Math.round(sampleRate / factor) };
}
