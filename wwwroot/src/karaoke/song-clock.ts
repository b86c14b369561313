/**
 * Song time on the AudioContext's clock. The backing track and the microphone run on one context, so song time is
 * simply how long the track has been playing on that clock plus where it started in the song: it stops when the
 * context is suspended (pause) and never drifts from the audio.
 */
export class SongClock {
  /**
   * @param trackStartedAt Context time, in seconds, at which the track started (AudioBufferSourceNode.start's when).
   * @param startOffset Song time, in seconds, the track started from.
   */
  constructor(
    readonly trackStartedAt: number,
    readonly startOffset = 0,
  ) {}

  /** Song time, in seconds, at context time <paramref>contextSeconds</paramref>; negative before the track starts. */
  songSecondsAt(contextSeconds: number): number {
    return contextSeconds - this.trackStartedAt + this.startOffset;
  }

  /** Context time, in seconds, at which the song reaches <paramref>songSeconds</paramref>. */
  contextSecondsAt(songSeconds: number): number {
    return songSeconds - this.startOffset + this.trackStartedAt;
  }
}
