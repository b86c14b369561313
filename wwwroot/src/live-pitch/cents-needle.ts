/** The tuning needle: −50…+50 cents from the nearest note, eased so it glides rather than jitters. */
export class CentsNeedle {
  private shown = 0;
  private target = 0;
  private visible = false;

  constructor(
    private readonly needle: HTMLElement,
    private readonly gauge: HTMLElement,
  ) {}

  /** Aims the needle at <paramref>cents</paramref>, or parks it when <paramref>cents</paramref> is null (silence). */
  aim(cents: number | null): void {
    this.visible = cents !== null;
    if (cents !== null) this.target = Math.max(-50, Math.min(50, cents));
  }

  /** Moves the needle one display frame of <paramref>deltaSeconds</paramref> towards its target. */
  animate(deltaSeconds: number): void {
    // Time constant 60 ms: follows vibrato's swing (about 5–6 Hz) yet hides frame-to-frame noise.
    this.shown += (this.target - this.shown) * (1 - Math.exp(-deltaSeconds / 0.06));
    this.needle.style.setProperty('--needle-position', `${50 + this.shown}%`);
    this.gauge.classList.toggle('is-silent', !this.visible);
    this.gauge.classList.toggle('is-in-tune', this.visible && Math.abs(this.target) <= 10);
  }
}
