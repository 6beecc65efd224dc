/**
 * "‹ 1 event earlier" and "3 events later ›": pills at the chart's edges that count the events out of
 * view and take the reader to them (see render/focus.ts revealSpan). Counts come from render/focus.ts.
 */
import { select, type Selection } from 'd3-selection';
import type { PreparedTimeline } from '../render/prepare.js';
import { edgeCounts } from '../render/focus.js';
import { ENGLISH, type Messages } from './messages.js';
import { setAttr, setText } from './svg-write.js';

export type EdgeSide = 'earlier' | 'later';

interface Edge {
  side: EdgeSide;
  count: number;
  text: string;
}

/** Approximate width in px of a pill character (12px semibold UI font). */
const CHAR_WIDTH = 6.6;

/**
 * Drawn text widths of pill texts, by shape: a zoom changes the counts on most frames, and measuring a new text
 * forces a layout in the frame. Digits are drawn tabular (styles.ts), so a text's width is that of its shape with
 * every digit a 0 ("‹ 12,345 events earlier" as "‹ 00,000 events earlier"): measured once per number of digits.
 */
const pillWidths = new Map<string, number>();
const shapeOf = (text: string): string => text.replace(/[0-9]/g, '0');

/**
 * Measures, in one layout, the pill texts that `count` events can give (each number of digits, one event and more,
 * either side) and that are not measured yet, with hidden copies in `layer`. Called when the chart is idle after new
 * data: the first zoom frames then find their pills measured, rather than each new shape forcing a layout of the chart
 * (and the first shaping of the pill font) in the middle of a frame. Shapes it missed are still measured when drawn.
 */
export function measurePillTexts(layer: Selection<SVGGElement, unknown, null, undefined>, count: number, msg: Messages = ENGLISH): void {
  const samples = [1, 2];
  for (let n = 10; n <= count; n *= 10) samples.push(n);
  const shapes = new Set<string>();
  for (const n of samples) {
    if (n > count) continue;
    for (const key of ['earlier', 'later'] as const) {
      const shape = shapeOf(msg.plural(key, n));
      if (!pillWidths.has(shape)) shapes.add(shape);
    }
  }
  if (shapes.size === 0) return;
  const box = layer.append('g').attr('class', 'pill-measure').attr('aria-hidden', 'true').attr('visibility', 'hidden');
  const texts = [...shapes].map((shape) => [shape, box.append('text').text(shape).node()!] as const);
  for (const [shape, text] of texts) {
    const measured = text.getComputedTextLength?.() ?? 0;
    if (measured > 0) pillWidths.set(shape, measured);
  }
  box.remove();
}

/** Draws the pills for the events beyond each edge of [t0, t1]; activating one calls `reveal(side)`. */
export function drawEdgePills(layer: Selection<SVGGElement, unknown, null, undefined>, prepared: PreparedTimeline,
  domain: [number, number], width: number, reveal: (side: EdgeSide) => void, msg: Messages = ENGLISH): void {
  const counts = edgeCounts(prepared, domain);
  const edges: Edge[] = [];
  if (counts.earlier > 0) edges.push({ side: 'earlier', count: counts.earlier, text: msg.plural('earlier', counts.earlier) });
  if (counts.later > 0) edges.push({ side: 'later', count: counts.later, text: msg.plural('later', counts.later) });
  layer.selectAll<SVGGElement, Edge>('g.edge')
    .data(edges, (d) => d.side)
    .join((enter) => {
      const g = enter.append('g').attr('class', (d) => `edge ${d.side}`).attr('role', 'button').attr('tabindex', 0);
      g.append('rect').attr('class', 'pill').attr('rx', 12).attr('height', 24).attr('y', -12);
      g.append('text').attr('dy', '0.35em');
      g.on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        reveal(d.side);
      })
        .on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            event.stopPropagation();
            reveal(d.side);
          }
        });
      return g;
    })
    .each(function (d) {
      // Counts change on most zoom frames, the rest rarely: write only what differs.
      const node = this as SVGGElement & { drawn?: string };
      const w = 20 + d.text.length * CHAR_WIDTH;
      setAttr(node, 'data-count', String(d.count));
      const drawn = `${d.text}|${width}`;
      if (node.drawn === drawn) return;
      node.drawn = drawn;
      const g = select(node);
      g.attr('aria-label', msg.t('showEdge', { text: d.text.replace(/[‹›]/g, '').trim() }));
      const text = g.select<SVGTextElement>('text');
      setText(text.node()!, d.text);
      // The text as drawn sets the pill's width (longer words in other languages); the estimate before layout.
      const shape = shapeOf(d.text);
      let measured = pillWidths.get(shape);
      if (measured === undefined) {
        measured = text.node()?.getComputedTextLength?.() ?? 0;
        if (measured > 0) pillWidths.set(shape, measured);
      }
      const pill = measured > 0 ? Math.ceil(20 + measured) : w;
      g.attr('transform', `translate(${d.side === 'earlier' ? 4 : width - pill - 4},16)`);
      g.select('rect.pill').attr('width', pill);
      text.attr('x', pill / 2).attr('text-anchor', 'middle');
    });
}
