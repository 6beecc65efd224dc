/**
 * The horizontal chart: a UTC scale (render/time-scale.ts), an axis (axis.ts), a zoom behaviour (zoom-behaviour.ts), and a keyed join of markers and clusters
 * laid out by src/render. Lives outside Lit's template so that zoom frames touch only what moves.
 */
import { select, type Selection } from 'd3-selection';
import { scaleUtc, type ScaleTime } from '../render/time-scale.js';
import { drawAxisBottom } from './axis.js';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from './zoom-behaviour.js';
import { KIND_RANGE, fitDomain, type PreparedTimeline, type TimelineItem } from '../render/prepare.js';
import { edgeCounts, focusView, revealSpan } from '../render/focus.js';
import { labelPlacements, layoutView, type PlacedCluster, type PlacedEvent, type ViewLayout } from '../render/layout.js';
import { chooseTicks, formatTicks, hasTimedEvents, historicalTicks } from '../render/ticks.js';
import { ENGLISH, type Messages } from './messages.js';
import { nextIndex, type NavigationKey } from '../render/keyboard.js';
import { LabelTexts, TITLE_LINE_HEIGHT, labelCaps } from './label-text.js';
import { DensityStrip, densityStripHeight, formatCount } from './overlays.js';
import { drawEdgePills, measurePillTexts, type EdgeSide } from './edge-pills.js';
import {
  AXIS_HEIGHT, LABEL_LANES, LABEL_RISE, MARK_REACH, PILL_HEIGHT, PLATE_PAD, RANGE_ROWS, TOP_PAD, WRAPPED_LABEL_LANES, clusterY, laneCount, laneY,
} from './chart-geometry.js';
import { rangeRowsOf } from '../render/lanes.js';
import { drawMarkers, markerNode, restyleMarkers, type MarkerHandlers } from './markers.js';
import { clustersUnnamed, drawClusters, type ClusterHandlers } from './clusters.js';
import { px, setAttr } from './svg-write.js';
import { wantsZoomHint, zoomInputAccepted } from './wheel.js';

export { formatCount };

export interface HoverTarget {
  item?: TimelineItem;
  cluster?: PlacedCluster;
  /** Anchor point in the chart's CSS px. */
  x: number;
  y: number;
  /** Shown for keyboard focus (placed clear of the labels, see the element's placeTooltip). */
  focus?: boolean;
  /** The marker's label already shows its date and whole title. */
  whole?: boolean;
}

export interface PlotCallbacks {
  select(item: TimelineItem): void;
  hover(target: HoverTarget | null): void;
  zoomed(domain: [Date, Date], k: number): void;
  /** A plain wheel over the chart scrolled the page (see wheel.ts): time to hint at Ctrl + scroll. */
  wheelPassed?(): void;
}

/** Above this many visible events, columns of counts replace labelled markers (a lane holds a few dozen at most). */
const DETAIL_LIMIT = 250;
/** The narrowest view: half an hour, or two days when no event has a clock time (no finer ticks to show). */
const MIN_SPAN_MS = 30 * 60_000;
const DAY_MS = 86_400_000;
const MIN_DAY_SPAN_MS = 2 * DAY_MS;
const TICK_SPACING = 110;
/** Share of the width at either edge where an item being revealed (storytelling) is panned to the middle. */
const REVEAL_MARGIN = 0.12;
/** How long after new data the pill texts are measured (when the page is next idle): after the first paint, before a first zoom. */
const PILL_MEASURE_DELAY_MS = 250;

type Sel<E extends Element, D = unknown> = Selection<E, D, null, undefined>;

export class TimelinePlot {
  readonly #svg: Sel<SVGSVGElement>;
  readonly #gGrid: Sel<SVGGElement>;
  readonly #gAxis: Sel<SVGGElement>;
  readonly #gEvents: Sel<SVGGElement>;
  readonly #gStems: Sel<SVGGElement>;
  readonly #gClusters: Sel<SVGGElement>;
  readonly #gEdges: Sel<SVGGElement>;
  /** The first view, kept until the reader zooms (re-applied when the size changes). */
  #initialView: [number, number] | null = null;
  readonly #zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  #texts = new LabelTexts();
  /** The host's font family, that labels are measured in. */
  #fontFamily = '';
  /** CSS px per SVG user unit: the chart text size against the default (see setFont). */
  #scale = 1;
  /** The chart's size in CSS px (width and height are in SVG user units). */
  #cssWidth = 0;
  #cssHeight = 0;
  /** The density canvas matches the current size; it is sized only once a dense view (or a drawn strip) needs it. */
  #canvasSized = false;
  /** The density strip drawn on the canvas (dense views). */
  readonly #strip: DensityStrip;
  #datePhrases = new WeakMap<TimelineItem, string>();
  #prepared: PreparedTimeline | null = null;
  /** Bar row of each range, by item order (packed once per data). */
  #rangeRows: Int8Array = new Int8Array(0);
  /** The timeline has ranges: their rows take the band over the axis, and cluster pills sit on the axis line. */
  #hasRanges = false;
  /** Some event has a clock time: the view may zoom in to half an hour. */
  #timedData = true;
  #base: ScaleTime<number, number> = scaleUtc();
  #transform: ZoomTransform = zoomIdentity;
  #width = 0;
  #height = 0;
  #quiet = false;
  /** Scale and x translation that marker coordinates are relative to (see panOffset). */
  #anchorK = NaN;
  #anchorX = 0;
  /** A user zoom or pan is under way. */
  #gesturing = false;
  #hovering = false;
  /** requestAnimationFrame id of a pending draw, or 0. */
  #pendingFrame = 0;
  #densityColor = '#2563eb';
  /** The marker that holds the roving tabindex: an item order. */
  #activeOrder = -1;
  /** The selected event's item order, or -1 (see select). */
  #selectedOrder = -1;
  /** A plain wheel zooms (the `wheel-zoom` attribute); otherwise only Ctrl/⌘ + wheel and pinch do. */
  wheelZoom = false;
  layout: ViewLayout | null = null;
  readonly #markerHandlers: MarkerHandlers = {
    select: (item) => {
      this.#activeOrder = item.order;
      this.#callbacks.select(item);
    },
    hover: (d, byFocus) => this.#hoverEvent(d, byFocus),
    leave: () => this.#hover(null),
  };
  readonly #clusterHandlers: ClusterHandlers = {
    expand: (d) => this.zoomToSpan(d.start, d.end, true),
    enter: (d) => {
      this.#activeOrder = d.first.order;
      this.focusOrder(d.first.order);
    },
    hover: (d, byFocus) => this.#hover({ cluster: d, x: d.x, y: this.#pillY() - PILL_HEIGHT / 2 - 1, focus: byFocus }, byFocus),
    leave: () => this.#hover(null),
    datePhrase: (item) => this.#datePhrase(item),
    messages: () => this.#msg,
  };

  readonly #canvas: HTMLCanvasElement;
  readonly #callbacks: PlotCallbacks;
  #msg: Messages;

  constructor(svgElement: SVGSVGElement, canvas: HTMLCanvasElement, callbacks: PlotCallbacks, msg: Messages = ENGLISH) {
    this.#canvas = canvas;
    this.#callbacks = callbacks;
    this.#msg = msg;
    this.#svg = select(svgElement);
    this.#strip = new DensityStrip(canvas);
    this.#gGrid = this.#svg.append('g').attr('class', 'grid').attr('aria-hidden', 'true');
    this.#gAxis = this.#svg.append('g').attr('class', 'axis').attr('part', 'axis').attr('aria-hidden', 'true');
    this.#gStems = this.#svg.append('g').attr('class', 'stems').attr('aria-hidden', 'true');
    this.#gEvents = this.#svg.append('g').attr('class', 'events');
    this.#gClusters = this.#svg.append('g').attr('class', 'clusters');
    this.#gEdges = this.#svg.append('g').attr('class', 'edges');
    this.#zoomBehavior = zoom<SVGSVGElement, unknown>()
      // A plain wheel is left to the page (no preventDefault): it scrolls the story, and hints at Ctrl + scroll.
      .filter((event: MouseEvent) => {
        if (zoomInputAccepted(event, this.wheelZoom)) return true;
        if (wantsZoomHint(event as WheelEvent, this.wheelZoom)) this.#callbacks.wheelPassed?.();
        return false;
      })
      // During a wheel, drag or pinch, markers slide under the pointer: no hover tooltips (each is a relayout).
      .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (!event.sourceEvent) return;
        this.#gesturing = true;
        this.#hover(null);
      })
      .on('end', () => {
        this.#gesturing = false;
        // The gesture's frames left the pills' accessible names as they were: written now, once (a frame still to
        // come writes them itself).
        if (!this.#pendingFrame && this.layout && clustersUnnamed(this.#gClusters)) this.#drawClusters(this.layout, this.#panOffset());
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.#transform = event.transform;
        if (!this.#quiet) this.#initialView = null;
        // Wheel, drag and pinch draw once per animation frame; programmatic zooms draw at once (callers read the layout),
        // except silent ones (a first view, a resize), whose callers draw once when they are done.
        if (event.sourceEvent) this.#scheduleRender();
        else if (!this.#quiet) this.render();
        if (!this.#quiet) {
          const [a, b] = this.domain();
          this.#callbacks.zoomed([new Date(a), new Date(b)], this.#transform.k);
        }
      });
    this.#svg.call(this.#zoomBehavior).on('dblclick.zoom', (event: MouseEvent) => {
      // Double-click zooms in around the pointer; with Shift it zooms out.
      const [x] = this.#pointer(event);
      this.#svg.call(this.#zoomBehavior.scaleBy, event.shiftKey ? 0.5 : 2, [x, this.#height / 2]);
    });
  }

  /**
   * New data: fit the view to it. The drawing waits for flush() (the element calls it once its update has given the
   * chart its size) or the next frame; whatever reads the layout before then draws it first (see drawn).
   */
  setData(prepared: PreparedTimeline): void {
    this.#prepared = prepared;
    this.#rangeRows = rangeRowsOf(prepared.starts, prepared.ends, prepared.kinds, KIND_RANGE, RANGE_ROWS);
    this.#hasRanges = prepared.kinds.includes(KIND_RANGE);
    this.layout = null; // its label places belong to the old items
    if (this.#activeOrder >= prepared.count) this.#activeOrder = -1;
    this.#timedData = prepared.timed;
    this.#rescaleBase();
    this.#initialView = focusView(prepared).domain;
    this.#showInitialView(false);
    this.#schedulePillMeasure();
  }

  /** A pending measurement of the pill texts (see measurePillTexts), or null. */
  #pillMeasure: ReturnType<typeof setTimeout> | null = null;

  /**
   * Soon after new data (or another language), once the page is idle, measures the pill texts its views can show: the
   * reader's first zoom frames then do not each force a layout to measure a new pill.
   */
  #schedulePillMeasure(): void {
    if (this.#pillMeasure !== null) return;
    this.#pillMeasure = setTimeout(() => {
      const run = (): void => {
        this.#pillMeasure = null;
        if (this.#prepared?.count) measurePillTexts(this.#gEdges, this.#prepared.count, this.#msg);
      };
      if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, PILL_MEASURE_DELAY_MS);
  }

  /** Draws now what waits for the next frame (new data, a gesture's frame). */
  flush(): void {
    if (this.#pendingFrame) this.render();
  }

  /** The layout drawn, drawing first what waits for the next frame. */
  #drawn(): ViewLayout | null {
    this.flush();
    return this.layout;
  }

  /** Shows [start, end] (epoch ms) as the first view: kept, like the automatic one, through resizes until the reader zooms. */
  showView(view: [number, number]): void {
    this.#initialView = view;
    this.#showInitialView();
  }

  #showInitialView(now = true): void {
    const view = this.#initialView;
    if (!view || this.#width <= 0) return;
    const [a, b] = this.#base.domain().map((d) => d.getTime()) as [number, number];
    const isFull = Math.abs(view[0] - a) < 1 && Math.abs(view[1] - b) < 1;
    // The first view is packed afresh: no label keeps a place from the frames that led up to it.
    this.layout = null;
    this.#silently(() => {
      if (isFull) this.#svg.call(this.#zoomBehavior.transform, zoomIdentity);
      else this.zoomToSpan(view[0], view[1]);
    });
    this.#initialView = view;
    if (now) this.render();
    else this.#scheduleRender();
  }

  /**
   * The host's font: labels are measured in `family`, and the drawing is scaled by `scale` (the chart text size
   * against the default), text, lanes and marks alike, so that larger text keeps its room.
   */
  setFont(family: string, scale: number): void {
    const s = Number.isFinite(scale) && scale > 0 ? scale : 1;
    if (family === this.#fontFamily && s === this.#scale) return;
    const rescale = s !== this.#scale;
    this.#fontFamily = family;
    this.#scale = s;
    this.remeasure();
    if (rescale && this.#cssWidth > 0) {
      const [w, h] = [this.#cssWidth, this.#cssHeight];
      this.#cssWidth = -1;
      this.resize(w, h);
    }
  }

  /** CSS px per SVG user unit (see setFont). */
  get scaleFactor(): number {
    return this.#scale;
  }

  /**
   * Another language: labels, cluster and edge pills are built again with its dates and strings (their nodes cache
   * what they last wrote), then measured and drawn.
   */
  setMessages(msg: Messages): void {
    if (msg === this.#msg) return;
    this.#msg = msg;
    this.#datePhrases = new WeakMap();
    for (const layer of [this.#gEvents, this.#gClusters, this.#gEdges]) layer.selectAll('*').remove();
    this.remeasure();
    this.#schedulePillMeasure();
  }

  /** Measures labels afresh (a web font has loaded) and redraws. */
  remeasure(): void {
    this.#texts = new LabelTexts(this.#fontFamily, this.#msg);
    this.layout = null;
    this.render();
  }

  resize(width: number, height: number, densityColor?: string): void {
    if (densityColor) this.#densityColor = densityColor;
    const cssWidth = Math.max(0, Math.floor(width));
    const cssHeight = Math.max(0, Math.floor(height));
    if (cssWidth === this.#cssWidth && cssHeight === this.#cssHeight) return;
    // A view the reader chose stays the same span of time at another width (the transform alone would shift it).
    const kept = this.#initialView || this.#width <= 0 ? null : this.domain();
    this.#cssWidth = cssWidth;
    this.#cssHeight = cssHeight;
    this.#width = cssWidth / this.#scale;
    this.#height = cssHeight / this.#scale;
    this.#svg.attr('width', cssWidth).attr('height', cssHeight).attr('viewBox', `0 0 ${this.#width} ${this.#height}`);
    this.#canvasSized = false;
    // Another size has other lanes and label widths: pack labels afresh rather than keep the old places.
    this.layout = null;
    this.#rescaleBase();
    if (this.#initialView) this.#showInitialView();
    else {
      if (kept) this.#silently(() => this.zoomToSpan(kept[0], kept[1]));
      this.render();
    }
    // A smaller chart has fewer lanes: keep the selected event's own marker in view.
    const selected = this.#itemAt(this.#selectedOrder);
    if (selected && !this.#hasMarker(selected)) this.focusOrder(this.#selectedOrder, false);
  }

  /** The visible domain, epoch ms. */
  domain(): [number, number] {
    // The domain of transform.rescaleX(base), without copying the scale (zoom frames ask for it several times).
    const [r0, r1] = this.#base.range();
    const t = this.#transform;
    return [this.#base.invert(t.invertX(r0)).getTime(), this.#base.invert(t.invertX(r1)).getTime()];
  }

  get k(): number {
    return this.#transform.k;
  }

  zoomBy(factor: number): void {
    this.#svg.call(this.#zoomBehavior.scaleBy, factor);
  }

  fit(): void {
    this.#svg.call(this.#zoomBehavior.transform, zoomIdentity);
  }

  /** Zooms so that [start, end] fills most of the view (expands a cluster). */
  zoomToSpan(start: number, end: number, expand = false): void {
    const a = this.#base(new Date(start));
    const b = this.#base(new Date(end));
    const span = Math.max(b - a, 1e-9);
    const k = Math.min(this.#maxK(), expand ? Math.max(this.#transform.k * 1.5, (this.#width * 0.7) / span) : this.#width / span);
    const t = zoomIdentity.translate(this.#width / 2, 0).scale(k).translate(-(a + b) / 2, 0);
    this.#svg.call(this.#zoomBehavior.transform, t);
  }

  /** Moves the roving focus by a navigation key, bringing the target into view (zooming into clusters). */
  navigate(key: NavigationKey): TimelineItem | null {
    const from = this.#activeOrder >= 0 ? this.#activeOrder : this.#firstRenderedOrder();
    const to = nextIndex(key, from, this.#prepared?.count ?? 0);
    if (to < 0) return null;
    this.focusOrder(to);
    return this.#itemAt(to);
  }

  /** Focuses the marker of item `order`, panning and zooming until it has its own marker. */
  focusOrder(order: number, focus = true): void {
    const item = this.#itemAt(order);
    if (!item) return;
    this.#activeOrder = order;
    const floor = this.#focusFloor(item);
    for (let step = 0; step < 40 && !this.#hasMarker(item); step++) {
      const [a, b] = this.domain();
      if (item.at < a || item.at > b) this.#svg.call(this.#zoomBehavior.translateTo, this.#base(new Date(item.at)), 0);
      else if (this.#transform.k >= this.#maxK() || (b - a) / 2 < floor) break;
      else this.#svg.call(this.#zoomBehavior.scaleBy, 2, [this.#xOf(item.at), 0]);
    }
    this.render();
    // Still in a pile that no zoom above the floor separates: its cluster takes the focus.
    if (focus) (this.#markerNode(item) ?? this.#clusterNode(item))?.focus({ preventScroll: true });
  }

  /**
   * Keeps item `order` in view without zooming where it can (storytelling): the view pans, its scale kept, only when
   * the item's marker is missing or lies near an edge of the view, and zooms in only when the item still has no
   * marker of its own (folded into a cluster). Stepping on (`ahead` 1) puts it a third of the way in, leaving room for
   * what comes next; stepping back (-1), two thirds; else in the middle.
   */
  revealOrder(order: number, ahead: -1 | 0 | 1 = 0): void {
    const item = this.#itemAt(order);
    if (!item || this.#width <= 0) return;
    const placed = this.#drawn()?.events.find((e) => e.item === item);
    const margin = this.#width * REVEAL_MARGIN;
    if (!placed || placed.x < margin || placed.x > this.#width - margin) {
      const at = this.#width * (ahead > 0 ? 1 / 3 : ahead < 0 ? 2 / 3 : 1 / 2);
      this.#svg.call(this.#zoomBehavior.translateTo, this.#base(new Date(item.kind === 'point' ? item.at : item.start)), 0, [at, 0]);
    }
    this.render();
    if (!this.#hasMarker(item)) this.focusOrder(order, false);
  }

  /**
   * The narrowest view that bringing an item into view zooms to: day ticks (whose first tick names the year) for
   * anything dated to the day or coarser, never hour ticks that the data does not have; a day for timed events.
   */
  #focusFloor(item: TimelineItem): number {
    if (item.end - item.start < DAY_MS) return DAY_MS;
    return Math.max(2, this.#width / TICK_SPACING) * DAY_MS;
  }

  #clusterNode(item: TimelineItem): SVGGElement | null {
    return this.#gClusters.selectAll<SVGGElement, PlacedCluster>('g.cluster')
      .filter((d) => d.start <= item.at && item.at <= d.end).node();
  }

  /** Horizontal extent, CSS px, of the marker of item `order` with its label, or null when it has no marker in view. */
  markerExtent(order: number): [number, number] | null {
    const placed = this.#drawn()?.events.find((e) => e.item.order === order);
    if (!placed) return null;
    const { x } = placed;
    if (placed.lane < 0) return [(x - MARK_REACH) * this.#scale, (x + MARK_REACH) * this.#scale];
    const shift = placed.flip ? placed.shift : -placed.shift;
    // As the label's backplate is drawn (markers.ts); a range's bar is left out (it may span the chart).
    const left = x + (placed.flip ? -placed.labelWidth : 0) - PLATE_PAD + shift;
    return [Math.min(x - MARK_REACH, left) * this.#scale, Math.max(x + MARK_REACH, left + placed.labelWidth + 2 * PLATE_PAD) * this.#scale];
  }

  /** Item `order` of the data shown, or null. */
  #itemAt(order: number): TimelineItem | null {
    const prepared = this.#prepared;
    return prepared && Number.isInteger(order) && order >= 0 && order < prepared.count ? prepared.item(order) : null;
  }

  #hasMarker(item: TimelineItem): boolean {
    return Boolean(this.#drawn()?.events.some((e) => e.item === item));
  }

  #markerNode(item: TimelineItem): SVGGElement | null {
    return markerNode(this.#gEvents, item);
  }

  #firstRenderedOrder(): number {
    const layout = this.#drawn();
    return layout?.events[0]?.item.order ?? layout?.clusters[0]?.first.order ?? 0;
  }

  #xOf(t: number): number {
    return this.#transform.applyX(this.#base(new Date(t)));
  }

  #pointer(event: MouseEvent): [number, number] {
    const r = (this.#svg.node() as SVGSVGElement).getBoundingClientRect();
    return [(event.clientX - r.left) / this.#scale, (event.clientY - r.top) / this.#scale];
  }

  #maxK(): number {
    const [a, b] = this.#base.domain();
    return Math.max(4, (b!.getTime() - a!.getTime()) / (this.#timedData ? MIN_SPAN_MS : MIN_DAY_SPAN_MS));
  }

  #rescaleBase(): void {
    const [a, b] = fitDomain(this.#prepared?.extent ?? null);
    this.#base = scaleUtc().domain([new Date(a), new Date(b)]).range([0, Math.max(1, this.#width)]);
    const w = Math.max(1, this.#width);
    this.#zoomBehavior
      .extent([[0, 0], [w, Math.max(1, this.#height)]])
      .scaleExtent([0.5, this.#maxK()])
      .translateExtent([[-w * 0.5, -Infinity], [w * 1.5, Infinity]]);
  }

  #silently(run: () => void): void {
    this.#quiet = true;
    try {
      run();
    } finally {
      this.#quiet = false;
    }
  }

  #baseline(): number {
    return this.#height - AXIS_HEIGHT;
  }

  /** Centre of the cluster pills (chart-geometry.ts clusterY). */
  #pillY(): number {
    return clusterY(this.#baseline(), this.#hasRanges);
  }

  #laneCount(): number {
    return laneCount(this.#baseline());
  }

  #scheduleRender(): void {
    if (this.#pendingFrame) return;
    this.#pendingFrame = requestAnimationFrame(() => this.render());
  }

  /** Drops a draw scheduled for the next frame (the host left the page); true when there was one. */
  cancelFrame(): boolean {
    const pending = this.#pendingFrame !== 0;
    if (pending) cancelAnimationFrame(this.#pendingFrame);
    this.#pendingFrame = 0;
    return pending;
  }

  /**
   * Marks item `order` (or none, -1) as the selected event: only the selection and the roving tabindex of the
   * markers drawn are restyled; the layout does not depend on them.
   */
  select(order: number): void {
    if (order === this.#selectedOrder) return;
    this.#selectedOrder = order;
    if (this.layout) restyleMarkers(this.#gEvents, this.#activeIn(this.layout), order);
  }

  /** The marker that holds the roving tabindex: the active one when it has a marker in `layout`, else the first. */
  #activeIn(layout: ViewLayout): number {
    return this.#activeOrder >= 0 && layout.events.some((e) => e.item.order === this.#activeOrder)
      ? this.#activeOrder
      : (layout.events[0]?.item.order ?? -1);
  }

  /** Lays out the current view and updates axis, markers, clusters and the density strip. */
  render(): void {
    if (this.#pendingFrame) cancelAnimationFrame(this.#pendingFrame);
    this.#pendingFrame = 0;
    if (!this.#prepared || this.#width <= 0 || this.#height <= 0) return;
    const scale = this.#transform.rescaleX(this.#base);
    const domain = this.domain();
    this.layout = layoutView(this.#prepared, {
      domain, width: this.#width, lanes: this.#laneCount(), labelWidth: (item) => this.#texts.of(item).width,
      labelMinWidth: (item) => this.#texts.of(item).minWidth,
      labelWhole: (item, width) => !this.#texts.linesFor(item, width).cut,
      labelSpan: (item, width) => (this.#texts.lineCount(item, width) > 1 ? WRAPPED_LABEL_LANES : LABEL_LANES),
      baseSpan: LABEL_LANES,
      labelCaps: labelCaps(this.#width), detailLimit: DETAIL_LIMIT,
      previous: this.layout?.mode === 'detail' ? labelPlacements(this.layout) : undefined,
    });
    this.#drawAxis(scale, domain);
    const offset = this.#panOffset();
    const baseY = this.#baseline();
    const layout = this.layout;
    const active = this.#activeIn(layout);
    drawMarkers(this.#gEvents, this.#gStems, layout, { baseY, width: this.#width, offset, active, selected: this.#selectedOrder, rangeRows: this.#rangeRows }, this.#texts, this.#markerHandlers);
    this.#drawClusters(layout, offset);
    if (!this.#canvasSized && (this.layout.density || this.#strip.blank === false)) this.#sizeCanvas();
    if (this.#canvasSized) this.#strip.draw(this.layout, this.#width, this.#densityColor);
    drawEdgePills(this.#gEdges, this.#prepared, domain, this.#width, (side) => this.revealEdge(side), this.#msg);
  }

  /** The cluster pills of `layout`; during a gesture without their accessible names (see drawClusters). */
  #drawClusters(layout: ViewLayout, offset: number): void {
    drawClusters(this.#gClusters, layout, this.#baseline(), this.#pillY(), offset, this.#clusterHandlers, !this.#gesturing);
  }

  /**
   * Takes the reader to the events beyond an edge: a far group is fitted to the view, a near neighbour
   * panned in; either way the nearest of them gets the focus.
   */
  revealEdge(side: EdgeSide): void {
    if (!this.#prepared) return;
    const domain = this.domain();
    const span = revealSpan(this.#prepared, domain, side);
    // The nearest event beyond the edge, before the view moves.
    const counts = edgeCounts(this.#prepared, domain);
    const target = side === 'earlier' ? counts.earlierTarget : counts.laterTarget;
    if (target < 0) return;
    if (span) this.zoomToSpan(span[0], span[1]);
    this.focusOrder(target);
  }

  /** Sizes the density canvas to the strip above the axis (resizing also clears it). */
  #sizeCanvas(): void {
    const dpr = globalThis.devicePixelRatio || 1;
    const strip = densityStripHeight(this.#baseline(), TOP_PAD);
    // Drawn in user units (DensityStrip.draw scales by canvas px per unit), placed in CSS px.
    this.#canvas.width = Math.round(this.#width * this.#scale * dpr);
    this.#canvas.height = Math.round(strip * this.#scale * dpr);
    this.#strip.cleared();
    this.#canvas.style.top = `${(this.#baseline() - strip) * this.#scale}px`;
    this.#canvas.style.height = `${strip * this.#scale}px`;
    this.#canvasSized = true;
  }

  #drawAxis(scale: ScaleTime<number, number>, [t0, t1]: [number, number]): void {
    const baseY = this.#baseline();
    const count = Math.max(2, Math.floor(this.#width / TICK_SPACING));
    // No clock-time ticks (`12:00`) unless an event in view has a clock time.
    const timed = this.#prepared ? hasTimedEvents(this.#prepared, [t0, t1]) : true;
    const ticks = historicalTicks(chooseTicks(scale.ticks(count), [t0, t1], count, timed));
    const labels = formatTicks(ticks, timed, this.#msg.locale);
    // Written only when it moves: an SVG transform set even to the same value restyles the whole axis.
    setAttr(this.#gAxis.node()!, 'transform', `translate(0,${baseY})`);
    drawAxisBottom(this.#gAxis, scale, ticks, labels);
    // A label centred on a tick near the edge would be clipped: leave that tick out.
    const width = this.#width;
    this.#gAxis.selectAll<SVGGElement, Date>('g.tick').each(function (d) {
      const x = scale(d);
      if (x < 26 || x > width - 26) setAttr(this, 'display', 'none');
      else this.removeAttribute('display');
    });
    // The grid: one path of vertical lines from y 8 down to the axis, one per tick. A zoom frame writes its one
    // attribute, rather than the x1 and x2 of a line per tick (and lays out one shape rather than a dozen).
    let grid = '';
    for (const tick of ticks) grid += `M${px(scale(tick))},8V${baseY}`;
    this.#gridPath ??= this.#gGrid.append('path').node()!;
    setAttr(this.#gridPath, 'd', grid);
  }

  /** The grid's path (see #drawAxis), made with the first axis. */
  #gridPath: SVGPathElement | null = null;

  /**
   * While the scale stays the same (a pan), markers keep their coordinates and their layers move by one
   * transform: a pan frame rewrites only what entered, left or changed lanes. A zoom resets the anchor.
   */
  #panOffset(): number {
    const { k, x } = this.#transform;
    if (k !== this.#anchorK || Math.abs(x - this.#anchorX) > this.#width * 4) {
      this.#anchorK = k;
      this.#anchorX = x;
    }
    const offset = x - this.#anchorX;
    const value = offset ? `translate(${offset},0)` : '';
    for (const layer of [this.#gEvents.node(), this.#gStems.node(), this.#gClusters.node()]) {
      if (layer && (layer.getAttribute('transform') ?? '') !== value) {
        if (value) layer.setAttribute('transform', value);
        else layer.removeAttribute('transform');
      }
    }
    return offset;
  }

  /** The date phrase of an item's event, computed once per item (cluster labels reuse it every zoom frame). */
  #datePhrase(item: TimelineItem): string {
    let phrase = this.#datePhrases.get(item);
    if (phrase === undefined) this.#datePhrases.set(item, phrase = this.#msg.date(item.event));
    return phrase;
  }

  #hoverEvent(d: PlacedEvent, byFocus: boolean): void {
    const baseY = this.#baseline();
    const rise = d.lane >= 0 && this.#texts.lineCount(d.item, d.labelWidth) > 1 ? TITLE_LINE_HEIGHT : 0;
    const y = d.lane >= 0 ? laneY(baseY, d.lane) - LABEL_RISE - rise : baseY - MARK_REACH;
    const whole = d.lane >= 0 && !this.#texts.linesFor(d.item, d.labelWidth).cut;
    this.#hover({ item: d.item, x: d.x, y, focus: byFocus, whole }, byFocus);
  }

  /** Shows or hides the tooltip; pointer hovers are ignored during a zoom or pan gesture. */
  #hover(target: HoverTarget | null, byFocus = false): void {
    if (target && this.#gesturing && !byFocus) return;
    if (!target && !this.#hovering) return;
    this.#hovering = Boolean(target);
    this.#callbacks.hover(target && { ...target, x: target.x * this.#scale, y: target.y * this.#scale });
  }
}
