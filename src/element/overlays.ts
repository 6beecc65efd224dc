/** Chart overlays that depend only on counts: the density strip (canvas) and the edge counters. */
import { select, type Selection } from 'd3-selection';
import { lowerBound, upperBound, type PreparedTimeline } from '../render/prepare.js';
import type { ViewLayout } from '../render/layout.js';

/** Above this many items to check near the left edge, count them all as earlier (cheap, close enough). */
const EDGE_SCAN_LIMIT = 2000;

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
export function drawDensity(canvas: HTMLCanvasElement & { blank?: boolean; drawn?: DrawnStrip }, layout: ViewLayout, width: number, color: string): void {
  const density = layout.density;
  if (!density && canvas.blank) return;
  // Frames whose bins, size and colour match the last drawn strip (clamped zoom, idle redraws) skip the raster work.
  const last = canvas.drawn;
  if (density && canvas.blank === false && last && last.width === width && last.height === canvas.height
    && last.color === color && sameCounts(last.density, density)) return;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  canvas.drawn = density ? { width, height: canvas.height, color, density: density.slice() } : undefined;
  const dpr = canvas.width / Math.max(1, width);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  canvas.blank = !density;
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

interface Edge {
  side: 'left' | 'right';
  count: number;
  /** Item order to bring into view: the nearest one beyond the edge. */
  target: number;
  text: string;
}

/** Counts of events beyond each edge, as buttons that bring the nearest one into view. */
export function drawEdges(layer: Selection<SVGGElement, unknown, null, undefined>, prepared: PreparedTimeline,
  [t0, t1]: [number, number], width: number, reveal: (order: number) => void): void {
  // Items starting maxSpan before t0 cannot reach into the view; only the few in between are checked.
  const before = lowerBound(prepared.starts, t0 - prepared.maxSpan);
  const inside = lowerBound(prepared.starts, t0);
  let earlier = before;
  if (inside - before > EDGE_SCAN_LIMIT) earlier = inside;
  else for (let i = before; i < inside; i++) if (prepared.items[i]!.end <= t0) earlier++;
  const laterFrom = upperBound(prepared.starts, t1);
  const later = prepared.items.length - laterFrom;
  const edges: Edge[] = [];
  if (earlier > 0) edges.push({ side: 'left', count: earlier, target: earlier - 1, text: `‹ ${formatCount(earlier)} earlier` });
  if (later > 0) edges.push({ side: 'right', count: later, target: laterFrom, text: `${formatCount(later)} later ›` });
  layer.selectAll<SVGGElement, Edge>('g.edge')
    .data(edges, (d) => d.side)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge').attr('role', 'button').attr('tabindex', 0);
      g.append('rect').attr('class', 'pill').attr('rx', 12).attr('height', 24).attr('y', -12);
      g.append('text').attr('dy', '0.35em');
      g.on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        reveal(d.target);
      })
        .on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            event.stopPropagation();
            reveal(d.target);
          }
        });
      return g;
    })
    .each(function (d) {
      // Counts change on most zoom frames, the rest rarely: write only what differs.
      const node = this as SVGGElement & { drawn?: string };
      const w = 20 + d.text.length * 6.6;
      node.setAttribute('data-count', String(d.count));
      const drawn = `${d.text}|${width}`;
      if (node.drawn === drawn) return;
      node.drawn = drawn;
      const g = select(node);
      g.attr('transform', `translate(${d.side === 'left' ? 4 : width - w - 4},16)`);
      g.select('rect.pill').attr('width', w);
      g.select('text').attr('x', w / 2).attr('text-anchor', 'middle').text(d.text);
    });
}
