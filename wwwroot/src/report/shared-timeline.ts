import { clampView, followTime, fullView, initialView, scrollView, xToTime, zoomView, type TimeBounds, type TimeView } from './report-geometry';

/** Pointer travel below which a press and release is a click (seek) rather than a drag (scroll), CSS px. */
const clickSlopPx = 6;

/**
 * The time axis the report's graphs share, and the gestures that move it: buttons, the wheel (zoom; with Shift or a
 * sideways swipe, scroll), a one-finger or mouse drag (scroll), a two-finger pinch (zoom) and a click (seek).
 */
export class SharedTimeline {
  private current: TimeView;
  private readonly pointers = new Map<number, { x: number; startX: number }>();
  private pinchDistance: number | null = null;
  private sized = false;

  constructor(
    private readonly bounds: TimeBounds,
    private readonly onChange: () => void,
    private readonly onSeek: (seconds: number) => void,
  ) {
    this.current = fullView(bounds, 1);
  }

  get view(): TimeView {
    return this.current;
  }

  /** Sets the width (CSS px) the graphs are drawn at; the first width known picks the first view. */
  setWidth(width: number): void {
    if (width <= 0 || width === this.current.width) return;
    this.current = this.sized ? { ...this.current, width } : initialView(this.bounds, width);
    this.sized = true;
  }

  zoomIn(): void {
    this.update(zoomView(this.current, 2, this.current.startSeconds + this.current.spanSeconds / 2, this.bounds));
  }

  zoomOut(): void {
    this.update(zoomView(this.current, 0.5, this.current.startSeconds + this.current.spanSeconds / 2, this.bounds));
  }

  showAll(): void {
    this.update(fullView(this.bounds, this.current.width));
  }

  /** Scrolls so that song time <paramref>seconds</paramref> (the playhead) stays in view. */
  follow(seconds: number): void {
    const next = followTime(this.current, seconds, this.bounds);
    if (next !== this.current) this.update(next);
  }

  /** Lets the singer zoom, scroll and seek on <paramref>canvas</paramref>. */
  attach(canvas: HTMLCanvasElement): void {
    canvas.addEventListener(
      'wheel',
      (event) => {
        event.preventDefault();
        const x = event.offsetX;
        const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
        if (event.shiftKey || sideways) {
          const delta = sideways ? event.deltaX : event.deltaY;
          this.update(scrollView(this.current, (delta / canvas.clientWidth) * this.current.spanSeconds, this.bounds));
        } else {
          const factor = Math.exp(-event.deltaY * 0.002);
          this.update(zoomView(this.withWidth(canvas), factor, xToTime(this.withWidth(canvas), x), this.bounds));
        }
      },
      { passive: false },
    );
    canvas.addEventListener('pointerdown', (event) => {
      canvas.setPointerCapture(event.pointerId);
      this.pointers.set(event.pointerId, { x: event.offsetX, startX: event.offsetX });
      this.pinchDistance = this.pointers.size === 2 ? this.spread() : null;
    });
    canvas.addEventListener('pointermove', (event) => {
      const pointer = this.pointers.get(event.pointerId);
      if (!pointer) return;
      const dx = event.offsetX - pointer.x;
      pointer.x = event.offsetX;
      const view = this.withWidth(canvas);
      if (this.pointers.size === 2 && this.pinchDistance !== null) {
        const distance = this.spread();
        if (distance > 0 && this.pinchDistance > 0) {
          const xs = [...this.pointers.values()].map((p) => p.x);
          const middle = (xs[0] + xs[1]) / 2;
          this.update(zoomView(view, distance / this.pinchDistance, xToTime(view, middle), this.bounds));
        }
        this.pinchDistance = distance;
      } else if (this.pointers.size === 1) {
        this.update(scrollView(view, (-dx / canvas.clientWidth) * view.spanSeconds, this.bounds));
      }
    });
    const release = (event: PointerEvent, seek: boolean) => {
      const pointer = this.pointers.get(event.pointerId);
      if (!pointer) return;
      const wasSingle = this.pointers.size === 1 && this.pinchDistance === null;
      this.pointers.delete(event.pointerId);
      if (this.pointers.size < 2) this.pinchDistance = null;
      if (seek && wasSingle && Math.abs(event.offsetX - pointer.startX) < clickSlopPx) {
        this.onSeek(xToTime(this.withWidth(canvas), event.offsetX));
      }
    };
    canvas.addEventListener('pointerup', (event) => release(event, true));
    canvas.addEventListener('pointercancel', (event) => release(event, false));
  }

  private withWidth(canvas: HTMLCanvasElement): TimeView {
    return { ...this.current, width: canvas.clientWidth || this.current.width };
  }

  private spread(): number {
    const xs = [...this.pointers.values()].map((p) => p.x);
    return Math.abs(xs[0] - xs[1]);
  }

  private update(view: TimeView): void {
    this.current = clampView({ ...view, width: this.current.width }, this.bounds);
    this.onChange();
  }
}
