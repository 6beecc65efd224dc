/**
 * A bottom time axis and its grid lines, drawn like d3-axis (path.domain, g.tick > line + text) but writing
 * only what changed: on a zoom frame ticks move by their transform and keep their text nodes.
 */
import type { Selection } from 'd3-selection';

type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Tick line length and gap to its label, px. */
const TICK_SIZE = 6;
const TICK_PADDING = 8;
/** A label centred on a tick this close to an edge would be clipped: that tick is hidden. */
const EDGE_MARGIN = 26;

/** setAttribute only when the value differs (a same-value write still costs a style invalidation). */
function setAttr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Draws ticks at x positions `xs` with `labels` on a plot `width` px wide; ticks are keyed by time value. */
export function drawAxis(axis: Layer, grid: Layer, ticks: readonly Date[], xs: readonly number[], labels: readonly string[],
  width: number, baseY: number): void {
  const root = axis.node();
  const gridRoot = grid.node();
  if (!root || !gridRoot) return;
  // Crisp 1px lines on standard-density screens, as d3-axis does.
  const offset = (globalThis.devicePixelRatio || 1) > 1 ? 0 : 0.5;
  if (!root.hasAttribute('fill')) {
    axis.attr('fill', 'none').attr('font-size', 10).attr('font-family', 'sans-serif').attr('text-anchor', 'middle');
  }
  setAttr(root, 'transform', `translate(0,${baseY})`);
  let domain = root.querySelector<SVGPathElement>('path.domain');
  if (!domain) {
    domain = axis.append('path').attr('class', 'domain').attr('stroke', 'currentColor').node()!;
  }
  setAttr(domain, 'd', `M${offset},0V${offset}H${width + offset}V0`);

  const byKey = new Map<number, SVGGElement & { label?: string }>();
  for (const g of Array.from(root.querySelectorAll<SVGGElement>(':scope > g.tick'))) byKey.set(Number(g.dataset.t), g);
  const keep = new Set<SVGGElement>();
  ticks.forEach((tick, i) => {
    const t = tick.getTime();
    let g = byKey.get(t);
    if (!g) {
      g = axis.append('g').attr('class', 'tick').attr('opacity', 1).attr('data-t', t).node()!;
      const line = document.createElementNS('http://www.w3.org/2000/svg', 'line');
      line.setAttribute('stroke', 'currentColor');
      line.setAttribute('y2', String(TICK_SIZE));
      const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      text.setAttribute('fill', 'currentColor');
      text.setAttribute('y', String(TICK_SIZE + TICK_PADDING));
      text.setAttribute('dy', '0.71em');
      g.append(line, text);
    }
    keep.add(g);
    const x = xs[i]!;
    setAttr(g, 'transform', `translate(${Math.round((x + offset) * 100) / 100},0)`);
    const hidden = x < EDGE_MARGIN || x > width - EDGE_MARGIN;
    if (hidden) setAttr(g, 'display', 'none');
    else if (g.hasAttribute('display')) g.removeAttribute('display');
    const label = labels[i] ?? '';
    // Labels depend on the neighbouring ticks (a year shows where it changes): rewrite only when different.
    if (g.label !== label) {
      g.label = label;
      g.lastElementChild!.textContent = label;
    }
  });
  for (const g of byKey.values()) if (!keep.has(g)) g.remove();

  grid.selectAll<SVGLineElement, number>('line')
    .data(xs)
    .join((enter) => enter.append('line').attr('y1', 8))
    .each(function (x) {
      const v = String(Math.round(x * 100) / 100);
      setAttr(this, 'x1', v);
      setAttr(this, 'x2', v);
      setAttr(this, 'y2', String(baseY));
    });
}
