/**
 * Event markers: a stem from the axis, a dot, a soft band (coarse dates) over the event's extent or a bar (ranges) in
 * the range band above the axis (chart-geometry.ts), and a label (date and title, the title wrapped onto two lines when its lane width needs it). Keyed by item, so that a pan or zoom moves them.
 */
import { select, type Selection } from 'd3-selection';
import type { PlacedEvent, ViewLayout } from '../render/layout.js';
import type { TimelineItem } from '../render/prepare.js';
import {
  BAND_HEIGHT, DATE_RISE, LABEL_DROP, LABEL_INSET, LABEL_RISE, PLATE_PAD, POINT_RADIUS, RANGE_BAR_HEIGHT, SMALL_DOT_RADIUS, STEM_RISE, laneY, rangeBarY,
} from './chart-geometry.js';
import { type LabelTexts, TITLE_LINE_HEIGHT, setTitle } from './label-text.js';
import { px, setAttr } from './svg-write.js';
import { groupClass } from './groups.js';

/** What a frame's markers depend on besides their layout. */
export interface MarkerFrame {
  /** y of the axis, px. */
  baseY: number;
  /** Plot width, px (bands and bars are cut a little beyond it). */
  width: number;
  /** x shift of the layer during a pan (see TimelinePlot.panOffset). */
  offset: number;
  /** Item order of the marker that holds the roving tabindex. */
  active: number;
  /** Item order of the selected event, or -1. */
  selected: number;
  /** Bar row of each range by item order (render/lanes.ts rangeRows), -1 for other items. */
  rangeRows: Int8Array;
}

export interface MarkerHandlers {
  select(item: TimelineItem): void;
  hover(event: PlacedEvent, byFocus: boolean): void;
  leave(): void;
}

/** The children of a marker, kept on its node so that a frame updates them without querying. */
interface MarkerParts {
  stem: SVGLineElement;
  extent: SVGRectElement;
  dot: SVGCircleElement;
  label: SVGGElement;
  ring: SVGRectElement;
  date: SVGTextElement;
  title: Selection<SVGTextElement, unknown, null, undefined>;
}
type MarkerElement = SVGGElement & { parts?: MarkerParts };

const itemKey = (item: TimelineItem) => `${item.order}:${item.event.id}`;

/** Joins the layout's placed events to `layer`: new markers are built, gone ones removed, the rest updated. */
export function drawMarkers(layer: Selection<SVGGElement, unknown, null, undefined>, stems: Selection<SVGGElement, unknown, null, undefined>,
  layout: ViewLayout, frame: MarkerFrame, texts: LabelTexts, handlers: MarkerHandlers): void {
  layer.selectAll<MarkerElement, PlacedEvent>('g.event')
    .data(layout.events, (d) => itemKey(d.item))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'event').attr('part', 'event').attr('role', 'button');
      g.each(function (d) { buildMarker(this, d, texts, stems); });
      g.on('click', (event: MouseEvent, d) => {
        event.stopPropagation();
        handlers.select(d.item);
      })
        .on('keydown', (event: KeyboardEvent, d) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            handlers.select(d.item);
          }
        })
        .on('pointerenter focus', (event: Event, d) => handlers.hover(d, event.type === 'focus'))
        .on('pointerleave blur', () => handlers.leave());
      return g;
    }, (update) => update, (exit) => exit.each(function () { this.parts?.stem.remove(); }).remove())
    // Per frame only what changed is written (each write restyles its element): a pan moves each marker
    // by its transform alone, a zoom adds the extents of bands and bars.
    .each(function (d) { updateMarker(this, d, frame, texts); })
    .order();
}

/**
 * Restyles the markers drawn in `layer` for another selection (and the roving tabindex) without laying them out:
 * what updateMarker writes for `selected` and `active`, and nothing else.
 */
export function restyleMarkers(layer: Selection<SVGGElement, unknown, null, undefined>, active: number, selected: number): void {
  layer.selectAll<MarkerElement, PlacedEvent>('g.event').each(function (d) {
    const order = d.item.order;
    const isSelected = order === selected;
    setAttr(this, 'tabindex', order === active ? '0' : '-1');
    setAttr(this, 'aria-pressed', isSelected ? 'true' : 'false');
    this.classList.toggle('selected', isSelected);
    this.parts?.stem.classList.toggle('selected', isSelected);
  });
}

/** The marker node of `item` in `layer`, or null when it has none in this view. */
export function markerNode(layer: Selection<SVGGElement, unknown, null, undefined>, item: TimelineItem): SVGGElement | null {
  return layer.selectAll<SVGGElement, PlacedEvent>('g.event').filter((d) => d.item === item).node();
}

function buildMarker(el: MarkerElement, d: PlacedEvent, texts: LabelTexts, stems: Selection<SVGGElement, unknown, null, undefined>): void {
  const node = select<MarkerElement, PlacedEvent>(el);
  // Stems live in a layer under every marker: a stem runs up behind the labels it passes, whose
  // backplates hide it, so no stem strikes through another label (the markers keep their time order).
  const stem = stems.append('line').attr('class', 'stem').attr('data-id', d.item.event.id).classed('tentative', d.item.tentative).node()!;
  const extent = node.append('rect').attr('class', 'extent').node()!;
  const dot = node.append('circle').attr('class', 'dot').node()!;
  const label = node.append('g').attr('class', 'label').attr('part', 'label');
  const ring = label.append('rect').attr('class', 'ring').attr('rx', 6).node()!;
  const date = label.append('text').attr('class', 'date');
  const title = select<SVGTextElement, unknown>(label.append('text').attr('class', 'title').node()!);
  el.parts = { stem, extent, dot, label: label.node()!, ring, date: date.node()!, title };
  node.attr('data-id', d.item.event.id).attr('data-start', d.item.event.start)
    .attr('aria-describedby', 'tooltip')
    // The name is the label's date and the whole title, the same at every zoom (a cut or hidden label changes nothing).
    .attr('aria-label', texts.of(d.item).aria)
    .classed(d.item.kind, true)
    .classed('tentative', d.item.tentative);
  // Its group's colour (styles.ts: --_gc) for the dot, band and bar.
  if (d.item.group >= 0) node.classed(groupClass(d.item.group), true).attr('data-group', d.item.event.group ?? null);
  if (d.item.event.end) node.attr('data-end', d.item.event.end);
  date.text(texts.of(d.item).date).append('tspan').attr('class', 'sep').text(': ');
}

function updateMarker(el: MarkerElement, d: PlacedEvent, frame: MarkerFrame, texts: LabelTexts): void {
  const parts = el.parts!;
  const { item } = d;
  const { baseY } = frame;
  setAttr(el, 'transform', `translate(${px(d.x - frame.offset)},0)`);
  const selected = item.order === frame.selected;
  const labelled = d.lane >= 0;
  setAttr(el, 'tabindex', item.order === frame.active ? '0' : '-1');
  setAttr(el, 'aria-pressed', selected ? 'true' : 'false');
  el.classList.toggle('selected', selected);
  el.classList.toggle('unlabelled', !labelled);
  const lines = labelled ? texts.linesFor(item, d.labelWidth) : null;
  const y = laneY(baseY, d.lane);
  const rise = lines?.second ? TITLE_LINE_HEIGHT : 0;
  const stemX = String(px(d.x - frame.offset));
  setAttr(parts.stem, 'x1', stemX);
  setAttr(parts.stem, 'x2', stemX);
  parts.stem.classList.toggle('selected', selected);
  // A range's bar lies in its row above the axis: its stem and its dot start there, off the axis line.
  const bar = item.kind === 'range';
  const barY = bar ? rangeBarY(baseY, frame.rangeRows[item.order] ?? 0) : baseY;
  setAttr(parts.stem, 'y1', String(bar ? barY : baseY));
  // A label moved across its stem (no room beside it) has the stem end at its bottom edge instead of running up its side.
  setAttr(parts.stem, 'y2', String(labelled ? (d.shift ? y + LABEL_DROP : y - STEM_RISE - rise) : bar ? barY : baseY));
  // A day event on a day wide enough is a band over its day, not a dot at noon.
  el.classList.toggle('day', Boolean(d.dayBand));
  if (item.kind === 'point' && !d.dayBand) {
    setAttr(parts.extent, 'width', '0');
    setAttr(parts.extent, 'height', '0');
  } else {
    const x0 = Math.max(d.x0, -10) - d.x;
    const x1 = Math.min(d.x1, frame.width + 10) - d.x;
    setAttr(parts.extent, 'x', String(px(x0)));
    setAttr(parts.extent, 'width', String(px(Math.max(3, x1 - x0))));
    setAttr(parts.extent, 'y', String(bar ? barY : baseY - BAND_HEIGHT));
    setAttr(parts.extent, 'height', String(bar ? RANGE_BAR_HEIGHT : BAND_HEIGHT));
    setAttr(parts.extent, 'rx', bar ? String(RANGE_BAR_HEIGHT / 2) : '3');
  }
  setAttr(parts.dot, 'cy', String(bar ? barY + RANGE_BAR_HEIGHT / 2 : baseY));
  setAttr(parts.dot, 'r', String(item.kind === 'point' && !d.dayBand ? POINT_RADIUS : SMALL_DOT_RADIUS));
  if (!labelled) {
    setAttr(parts.label, 'display', 'none');
    return;
  }
  parts.label.removeAttribute('display');
  const width = d.labelWidth;
  const shift = d.flip ? d.shift : -d.shift;
  const textX = String(px((d.flip ? -LABEL_INSET : LABEL_INSET) + shift));
  const anchor = d.flip ? 'end' : 'start';
  setTitle(parts.title, lines!, textX, d.flip);
  setAttr(parts.label, 'transform', `translate(0,${y})`);
  setAttr(parts.ring, 'x', String(px((d.flip ? -width : 0) - PLATE_PAD + shift)));
  setAttr(parts.ring, 'y', String(-LABEL_RISE - rise));
  setAttr(parts.ring, 'width', String(width + 2 * PLATE_PAD));
  setAttr(parts.ring, 'height', String(LABEL_RISE + LABEL_DROP + rise));
  const title = parts.title.node()!;
  for (const text of [parts.date, title]) {
    setAttr(text, 'x', textX);
    setAttr(text, 'text-anchor', anchor);
  }
  setAttr(parts.date, 'y', String(-DATE_RISE - rise));
  setAttr(title, 'y', '0');
}
