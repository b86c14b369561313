import type { PitchHistory } from './pitch-history';

/** What the big numbers show: a steady reading of the newest frames. */
export interface PitchReading {
  /** Hz, or 0 when the singer is silent. */
  frequencyHz: number;
}

/** Frames to take the median over: 70 ms, short enough to follow a sung note change, long enough to hide jitter. */
const medianFrames = 7;
/** How long the last note stays up through unvoiced frames (consonants, breaths) before the dash shows, in s. */
const holdSeconds = 0.25;

/**
 * The median of the newest voiced frequencies, or 0 when the newest voiced frame is more than holdSeconds older
 * than the newest frame.
 */
export function readPitch(history: PitchHistory): PitchReading {
  const voiced: number[] = [];
  const newest = history.lastTime;
  for (let i = history.length - 1; i >= 0 && voiced.length < medianFrames; i--) {
    if (newest - history.timeAt(i) > holdSeconds + medianFrames * 0.01) break;
    const f = history.frequencyAt(i);
    if (f > 0) {
      if (voiced.length === 0 && newest - history.timeAt(i) > holdSeconds) break;
      voiced.push(f);
    }
  }
  if (voiced.length === 0) return { frequencyHz: 0 };
  voiced.sort((a, b) => a - b);
  const mid = voiced.length >> 1;
  const median = voiced.length % 2 ? voiced[mid] : Math.sqrt(voiced[mid - 1] * voiced[mid]);
  return { frequencyHz: median };
}
