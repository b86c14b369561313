/** Where a recording stands against the minimum it needs and the maximum it may last. */
export interface RingState {
  /** How much of the ring is filled, 0–1: the recording's share of the maximum. */
  fraction: number;
  /** Where the minimum sits on the ring, 0–1. */
  minimumFraction: number;
  /** True once the recording is long enough to send: the singer may stop. */
  reachedMinimum: boolean;
  /** True once the maximum is reached: the recording stops by itself. */
  full: boolean;
  /** Whole seconds still needed to reach the minimum (0 once reached), counted up so "1 s" shows until it is done. */
  secondsToMinimum: number;
}

/**
 * The ring for a recording of <paramref>elapsedSeconds</paramref> that needs <paramref>minimumSeconds</paramref> and
 * stops at <paramref>maximumSeconds</paramref>.
 */
export function ringState(elapsedSeconds: number, minimumSeconds: number, maximumSeconds: number): RingState {
  if (!(minimumSeconds > 0) || !(maximumSeconds >= minimumSeconds)) {
    throw new RangeError(`A recording needs 0 < minimum ≤ maximum seconds (got ${minimumSeconds} and ${maximumSeconds}).`);
  }
  const elapsed = Math.max(0, elapsedSeconds);
  return {
    fraction: Math.min(1, elapsed / maximumSeconds),
    minimumFraction: minimumSeconds / maximumSeconds,
    reachedMinimum: elapsed >= minimumSeconds,
    full: elapsed >= maximumSeconds,
    secondsToMinimum: Math.max(0, Math.ceil(minimumSeconds - elapsed - 1e-9)),
  };
}

/** The stroke-dashoffset that shows <paramref>fraction</paramref> of a circle of <paramref>circumference</paramref> drawn. */
export function ringDashOffset(circumference: number, fraction: number): number {
  return circumference * (1 - Math.min(1, Math.max(0, fraction)));
}

/**
 * The point <paramref>fraction</paramref> of the way round a circle of <paramref>radius</paramref> about
 * (<paramref>cx</paramref>, <paramref>cy</paramref>), starting at the top and going clockwise as the ring fills
 * (SVG's y axis points down).
 */
export function ringPoint(fraction: number, radius: number, cx: number, cy: number): { x: number; y: number } {
  const angle = 2 * Math.PI * fraction - Math.PI / 2;
  return { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle) };
}
