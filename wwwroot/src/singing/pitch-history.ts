/** One pitch frame placed on the page's clock. */
export interface TracePoint {
  /** Seconds on the page's trace clock (continues across takes). */
  time: number;
  /** Hz, 0 when unvoiced. */
  frequencyHz: number;
}

/** The frames of the last few seconds, oldest first, in a fixed-size ring (no allocation per frame). */
export class PitchHistory {
  private readonly times: Float64Array;
  private readonly frequencies: Float32Array;
  private start = 0;
  private count = 0;

  /** Keeps <paramref>capacity</paramref> frames (at 100 frames per second, 1000 is 10 s). */
  constructor(readonly capacity = 1000) {
    this.times = new Float64Array(capacity);
    this.frequencies = new Float32Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  push(time: number, frequencyHz: number): void {
    const index = (this.start + this.count) % this.capacity;
    this.times[index] = time;
    this.frequencies[index] = frequencyHz;
    if (this.count < this.capacity) this.count++;
    else this.start = (this.start + 1) % this.capacity;
  }

  /** Time of frame <paramref>i</paramref> (0 = oldest kept), in seconds. */
  timeAt(i: number): number {
    return this.times[(this.start + i) % this.capacity];
  }

  /** Frequency of frame <paramref>i</paramref> (0 = oldest kept), in Hz; 0 when unvoiced. */
  frequencyAt(i: number): number {
    return this.frequencies[(this.start + i) % this.capacity];
  }

  /** Time of the newest frame in seconds, or −Infinity when empty. */
  get lastTime(): number {
    return this.count === 0 ? Number.NEGATIVE_INFINITY : this.timeAt(this.count - 1);
  }

  clear(): void {
    this.start = 0;
    this.count = 0;
  }
}
