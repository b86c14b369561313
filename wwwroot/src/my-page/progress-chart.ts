import { t } from '../i18n/i18n';
import { formatDate, formatScore } from '../home/format';
import type { ProgressPoint } from '../home/takes-api';
import { chartPoints, defaultInsets, gridLines } from './chart-geometry';

/** The chart's height in CSS pixels; its width follows the card. */
const chartHeight = 220;

/**
 * The progress chart: each take's total score in the order sung, with score gridlines and the first and last dates.
 * Drawn on a canvas sized to the device's pixels so lines stay sharp, and again when the card's width changes.
 */
export class ProgressChart {
  readonly canvas: HTMLCanvasElement;
  private points: readonly ProgressPoint[] = [];
  private readonly resize = new ResizeObserver(() => this.draw());

  constructor() {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'my-chart__canvas';
    this.canvas.dataset.testid = 'progress-chart';
    this.canvas.setAttribute('role', 'img');
    this.canvas.style.height = `${chartHeight}px`;
    this.resize.observe(this.canvas);
  }

  /** Shows <paramref>points</paramref> (oldest first). */
  show(points: readonly ProgressPoint[]): void {
    this.points = points;
    this.canvas.dataset.points = String(points.length);
    this.canvas.setAttribute('aria-label', points.length === 0
      ? t('my.chartEmpty')
      : t('my.chartLabel', { count: points.length, last: formatScore(points[points.length - 1].totalScore) }));
    this.draw();
  }

  private draw(): void {
    const width = this.canvas.clientWidth;
    if (width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(chartHeight * ratio);
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, chartHeight);
    const style = getComputedStyle(this.canvas);
    const grid = style.getPropertyValue('--trace-grid').trim() || '#c9cedd';
    const label = style.getPropertyValue('--trace-label').trim() || '#5b6275';
    const line = style.getPropertyValue('--trace-line').trim() || '#5a3dde';

    context.font = '12px system-ui, sans-serif';
    context.textBaseline = 'middle';
    context.textAlign = 'right';
    for (const gridLine of gridLines(chartHeight)) {
      context.strokeStyle = grid;
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(defaultInsets.left, gridLine.y);
      context.lineTo(width - defaultInsets.right, gridLine.y);
      context.stroke();
      context.fillStyle = label;
      context.fillText(formatScore(gridLine.score), defaultInsets.left - 6, gridLine.y);
    }

    const points = chartPoints(this.points.map((p) => p.totalScore), width, chartHeight);
    if (points.length === 0) return;
    context.strokeStyle = line;
    context.lineWidth = 2;
    context.beginPath();
    points.forEach((point, index) => (index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y)));
    context.stroke();
    context.fillStyle = line;
    for (const point of points) {
      context.beginPath();
      context.arc(point.x, point.y, 3.5, 0, Math.PI * 2);
      context.fill();
    }

    context.fillStyle = label;
    context.textBaseline = 'alphabetic';
    const bottom = chartHeight - 8;
    context.textAlign = 'left';
    context.fillText(formatDate(this.points[0].endedAt), defaultInsets.left, bottom);
    if (this.points.length > 1) {
      context.textAlign = 'right';
      context.fillText(formatDate(this.points[this.points.length - 1].endedAt), width - defaultInsets.right, bottom);
    }
  }
}
