/**
 * The time axis at the foot of the chart, drawn as d3-axis's `axisBottom(scale).tickValues(ticks).tickFormat(label)
 * .tickSize(6).tickPadding(8)` drew it (the chart used d3-axis for this one call): the same nodes and attributes,
 * which the stylesheet and `::part(axis)` style — a `path.domain` along the range, and a `g.tick` per tick (keyed
 * by its date, in tick order) holding a `line` and a `text` label, all in currentColor.
 */
import type { Selection } from 'd3-selection';
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
  // Keyed by date: a zoom or pan frame moves the ticks that stay, and writes a label only when it changes.
  let tick = g.selectAll<SVGGElement, Date>('.tick').data(ticks, (d) => String(+d));
  tick.exit().remove();
  const entered = tick.enter().append('g').attr('class', 'tick').attr('opacity', 1);
  entered.append('line').attr('stroke', 'currentColor').attr('y2', TICK_SIZE);
  entered.append('text').attr('fill', 'currentColor').attr('y', TICK_SIZE + TICK_PADDING).attr('dy', '0.71em');
  tick = entered.merge(tick).order();
  setAttr(path.node()!, 'd', `M${r0 + offset},${TICK_SIZE}V${offset}H${r1 + offset}V${TICK_SIZE}`);
  tick.each(function (d, i) {
    setAttr(this, 'transform', `translate(${scale(d) + offset},0)`);
    const text = this.lastChild as SVGTextElement;
    const label = labels[i] ?? '';
    setText(text, label);
  });
  if (first) g.attr('fill', 'none').attr('font-size', 10).attr('font-family', 'sans-serif').attr('text-anchor', 'middle');
}
