/**
 * The time axis at the foot of the chart, drawn as d3-axis's `axisBottom(scale).tickValues(ticks).tickFormat(label)
 * .tickSize(6).tickPadding(8)` drew it (the chart used d3-axis for this one call): the same nodes and attributes,
 * which the stylesheet and `::part(axis)` style — a `path.domain` along the range, and a `g.tick` per tick (keyed
 * by its date, in tick order) holding a `line` and a `text` label, all in currentColor.
 */
import { type Selection, create } from 'd3-selection';
import type { ScaleTime } from '../render/time-scale.js';
import { setAttr, setText } from './svg-write.js';

const TICK_SIZE = 6;
const TICK_PADDING = 8;

/** Draws (or updates) the axis in `g` for `ticks` and their `labels` (same order). */
export function drawAxisBottom(g: Selection<SVGGElement, unknown, null, undefined>, scale: ScaleTime, ticks: readonly Date[], labels: readonly string[]): void {
  // Crisp 1px lines: half a pixel off on a standard display (as d3-axis).
  const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
  const [r0, r1] = scale.range();
  const first = !g.node()!.hasAttribute('text-anchor');
  let path = g.selectAll<SVGPathElement, null>('.domain').data([null]);
  path = path.merge(path.enter().insert('path', '.tick').attr('class', 'domain').attr('stroke', 'currentColor'));
  setAttr(path.node()!, 'd', `M${r0 + offset},${TICK_SIZE}V${offset}H${r1 + offset}V${TICK_SIZE}`);
  // Keyed by date: a zoom or pan frame moves the ticks that stay, and writes a label only when it changes. The nodes
  // of ticks that leave go to ticks that come (a zoom that changes the tick step moves them and writes their labels,
  // rather than removing a dozen nodes and making a dozen more).
  const parent = g.node()!;
  const wanted = new Set(ticks.map(Number));
  const kept = new Map<number, TickElement>();
  const spare: TickElement[] = [];
  for (let node = parent.firstElementChild; node; node = node.nextElementSibling) {
    if (!node.classList.contains('tick')) continue;
    const key = +(node as TickElement).__data__;
    if (wanted.has(key) && !kept.has(key)) kept.set(key, node as TickElement);
    else spare.push(node as TickElement);
  }
  // The ticks that leave come out first: those that stay are then in tick order already, and only the ticks that come
  // (in the nodes of those that left, or new ones) go in, after the domain path.
  for (const node of spare) node.remove();
  let before: Element = path.node()!;
  ticks.forEach((d, i) => {
    const node = kept.get(+d) ?? spare.pop() ?? newTick();
    node.__data__ = d;
    if (before.nextElementSibling !== node) parent.insertBefore(node, before.nextElementSibling);
    before = node;
    setAttr(node, 'transform', `translate(${scale(d) + offset},0)`);
    setText(node.lastChild as SVGTextElement, labels[i] ?? '');
  });
  if (first) g.attr('fill', 'none').attr('font-size', 10).attr('font-family', 'sans-serif').attr('text-anchor', 'middle');
}

/** A tick's group, with its date as d3 binds data (`__data__`: the chart reads it with selection.each). */
type TickElement = SVGGElement & { __data__: Date };

/** A tick's group, line and label, made with d3-selection's creator as the rest of the chart is. */
function newTick(): TickElement {
  const tick = create('svg:g').attr('class', 'tick').attr('opacity', 1);
  tick.append('line').attr('stroke', 'currentColor').attr('y2', TICK_SIZE);
  tick.append('text').attr('fill', 'currentColor').attr('y', TICK_SIZE + TICK_PADDING).attr('dy', '0.71em');
  return tick.node() as TickElement;
}
