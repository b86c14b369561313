/**
 * Sizes a canvas's backing store to its CSS box at the screen's pixel density and returns its 2D context scaled so
 * that drawing is in CSS px, with the CSS width and height. Null while the canvas is not laid out (hidden).
 */
export function prepareCanvas(canvas: HTMLCanvasElement): { g: CanvasRenderingContext2D; width: number; height: number } | null {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const g = canvas.getContext('2d');
  if (!g || width === 0 || height === 0) return null;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(width * ratio);
  const pixelHeight = Math.round(height * ratio);
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  g.setTransform(ratio, 0, 0, ratio, 0, 0);
  g.clearRect(0, 0, width, height);
  return { g, width, height };
}

/** The colour of a note's credit (0–1): red for nothing earned through amber to green for all of it. */
export function creditColour(credit: number): string {
  const c = Math.min(1, Math.max(0, credit));
  return `hsl(${Math.round(125 * c)} 65% ${Math.round(48 + 4 * (1 - c))}%)`;
}
