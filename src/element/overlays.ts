/** Chart overlays that depend only on counts: the density strip (canvas) and count labels. */
import type { ViewLayout } from '../render/layout.js';

export function formatCount(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}

/** Height in px of the density strip for a plot whose axis sits at `baseY` (the canvas covers only the strip). */
export function densityStripHeight(baseY: number, topPad: number): number {
  return Math.round(Math.max(20, Math.min(160, (baseY - topPad) * 0.5)));
}

/** What the density canvas last showed, so an unchanged strip is not redrawn. */
interface DrawnStrip { width: number; height: number; color: string; density: Uint32Array }

function sameCounts(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Dense views: a histogram of events per few pixels above the axis (sqrt scale, so sparse bins still show),
 * on a canvas that spans the strip alone (its bottom edge is the axis). An empty canvas is left untouched.
 */
export class DensityStrip {
  /** Undefined until first sized or drawn; true while the canvas is clear; false while it shows bins. */
  blank: boolean | undefined = undefined;
  /** What the canvas last showed, so that an unchanged strip is not redrawn. */
  private drawn: DrawnStrip | undefined = undefined;

  constructor(readonly canvas: HTMLCanvasElement) {}

  /** The canvas was resized, which clears it. */
  cleared(): void {
    this.blank = true;
  }

  draw(layout: ViewLayout, width: number, color: string): void {
    const { canvas } = this;
    const density = layout.density;
    if (!density && this.blank) return;
    // Frames whose bins, size and colour match the last drawn strip (clamped zoom, idle redraws) skip the raster work.
    const last = this.drawn;
    if (density && this.blank === false && last && last.width === width && last.height === canvas.height
      && last.color === color && sameCounts(last.density, density)) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    this.drawn = density ? { width, height: canvas.height, color, density: density.slice() } : undefined;
    const dpr = canvas.width / Math.max(1, width);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    this.blank = !density;
    if (!density) return;
    let max = 1;
    for (const n of density) max = Math.max(max, n);
    const column = width / density.length;
    const maxHeight = canvas.height / dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = color;
    ctx.globalAlpha = 0.45;
    for (let i = 0; i < density.length; i++) {
      const n = density[i]!;
      if (n === 0) continue;
      const h = Math.max(1, (Math.sqrt(n) / Math.sqrt(max)) * maxHeight);
      ctx.fillRect(i * column, maxHeight - h, Math.max(1, column - 1), h);
    }
    ctx.globalAlpha = 1;
  }
}
