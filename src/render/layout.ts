/**
 * Level of detail for one view: which events get a labelled marker in which lane, which are folded
 * into counted clusters, and (for dense views) per-column counts for a density strip. Pure; runs per frame,
 * so its cost depends on what is visible (binary search over sorted starts), not on the total N.
 */
import { lowerBound, upperBound, type PreparedTimeline, type TimelineItem } from './prepare.js';

export interface ViewOptions {
  /** Visible time domain, epoch ms. */
  domain: [number, number];
  /** Plot width in px. */
  width: number;
  /** Label lanes available. */
  lanes: number;
  /** Full (untruncated) label width in px of an item (caller measures and caches). */
  labelWidth: (item: TimelineItem) => number;
  /** Label width caps in px to try, widest first (titles wrap to fit); default: no cap. */
  labelCaps?: readonly number[];
  /**
   * Width in px of a label whose title does not fit on one line under the cap: the narrowest at which it
   * wraps whole onto two lines (whatever the cap, up to the widest cap). Default: the cap (titles are cut).
   */
  labelMinWidth?: (item: TimelineItem) => number;
  /** Whether the title shows whole in a label `width` px wide (a wrapped label grows only to show more); default: never. */
  labelWhole?: (item: TimelineItem, width: number) => boolean;
  /** Lanes a label `width` px wide takes (more for a title wrapped onto two lines); default `baseSpan`. */
  labelSpan?: (item: TimelineItem, width: number) => number;
  /** Lanes the shortest label takes; default 1. */
  baseSpan?: number;
  /** Above this many visible items, draw columns of counts instead of labelled markers. */
  detailLimit?: number;
  /** Width of one cluster pill slot in px. */
  clusterWidth?: number;
  /** Width of one density column in px. */
  densityColumn?: number;
  /**
   * Where labels sat in the previous frame, by item order: a label keeps its lane and side while it still
   * fits, so that a pan or zoom does not reshuffle the lanes (unsteady to read, and every move is a DOM write).
   */
  previous?: ReadonlyMap<number, LabelPlacement>;
}

/**
 * A label's place: its lane, on which side of its stem it sits, its width and its shift in px. Lane -1: the event was
 * in view but folded into a cluster (it waits for room behind the labels that keep their place).
 */
export interface LabelPlacement {
  lane: number;
  flip: boolean;
  width: number;
  shift: number;
}

/** The label places of a layout, by item order, for the next frame's `previous`. */
export function labelPlacements(layout: ViewLayout): Map<number, LabelPlacement> {
  const out = new Map<number, LabelPlacement>();
  for (const e of layout.events) if (e.lane >= 0) out.set(e.item.order, { lane: e.lane, flip: e.flip, width: e.labelWidth, shift: e.shift });
  for (const order of layout.folded ?? []) out.set(order, { lane: -1, flip: false, width: 0, shift: 0 });
  return out;
}

export interface PlacedEvent {
  item: TimelineItem;
  /** Marker position (points: middle; bands and bars: where the label is anchored). */
  x: number;
  /** Extent of the band or bar in px (equal to x for points). */
  x0: number;
  x1: number;
  /** Label lane (0 = nearest the axis), or -1 for an unlabelled mark (dense views only). */
  lane: number;
  /** Lanes the label takes, from `lane` upwards (a two-line label takes more); 0 when unlabelled. */
  span: number;
  /** Label drawn to the left of the stem. */
  flip: boolean;
  /**
   * Px the label is moved back across its stem (towards the plot's middle) because it fits on neither side
   * of it; 0 for a label beside its stem.
   */
  shift: number;
  /** Width in px the label was given (its title wraps to fit), 0 when unlabelled. */
  labelWidth: number;
  /** A day (or part-of-day) event drawn as a band over its day: a day is wide enough here (x0-x1 is the day). */
  dayBand?: boolean;
}

export interface PlacedCluster {
  /** Centre of the pill, px. */
  x: number;
  /** Time extent of its members, epoch ms (zooming to it expands the cluster). */
  start: number;
  end: number;
  count: number;
  /** First member in time order (for its tooltip and keyboard order). */
  first: TimelineItem;
}

export interface ViewLayout {
  mode: 'detail' | 'dense';
  events: PlacedEvent[];
  clusters: PlacedCluster[];
  /** Items whose extent meets the domain. */
  visibleCount: number;
  /** Dense mode: counts per density column, left to right. */
  density: Uint32Array | null;
  /** Detail mode: item orders of the events in view folded into clusters (no room for their labels). */
  folded?: number[];
}

const EDGE = 6;
/** From this many px per day on, a day event is drawn as a band over its day rather than a dot at noon. */
export const DAY_BAND_MIN_PX = 12;

/** Where an item is drawn: a point at its middle, a band or bar (or a day event on a wide day) from its start. */
export function placeItem(item: TimelineItem, px: (t: number) => number, width: number): Pick<PlacedEvent, 'x' | 'x0' | 'x1' | 'dayBand'> {
  if (item.day && px(item.day[1]) - px(item.day[0]) >= DAY_BAND_MIN_PX) {
    const x0 = px(item.day[0]);
    const x1 = px(item.day[1]);
    return { x: Math.min(Math.max(x0, EDGE), Math.max(EDGE, Math.min(width - EDGE, x1 - EDGE))), x0, x1, dayBand: true };
  }
  const x0 = px(item.start);
  const x1 = px(item.end);
  return { x: item.kind === 'point' ? px(item.at) : Math.min(Math.max(x0, EDGE), width - EDGE), x0, x1 };
}
/** Free px between two labels in one lane. */
const LABEL_GAP = 8;
/** A label grows from its previous width only when it gains more than this many px. */
const WIDTH_HYSTERESIS = 30;

/** Index range [from, to) of items that may meet [t0, t1]. */
export function visibleRange(prepared: PreparedTimeline, t0: number, t1: number): [number, number] {
  return [lowerBound(prepared.starts, t0 - prepared.maxSpan), upperBound(prepared.starts, t1)];
}

export function layoutView(prepared: PreparedTimeline, options: ViewOptions): ViewLayout {
  const { domain: [t0, t1], width } = options;
  const detailLimit = options.detailLimit ?? 400;
  const clusterWidth = options.clusterWidth ?? 44;
  const k = width / Math.max(1, t1 - t0);
  const px = (t: number) => (t - t0) * k;
  const [from, to] = visibleRange(prepared, t0, t1);
  // Items starting before t0 are visible only if they reach into the view; those starting inside all are.
  const inside = lowerBound(prepared.starts, t0);
  let visibleCount = to - inside;
  if (visibleCount > detailLimit) visibleCount += inside - from; // dense anyway: long items before t0 need no check
  else for (let i = from; i < inside; i++) if (prepared.ends[i]! >= t0) visibleCount++;
  const visible: TimelineItem[] = [];
  if (visibleCount <= detailLimit) {
    for (let i = from; i < to; i++) if (prepared.ends[i]! >= t0) visible.push(prepared.item(i));
  }
  if (visibleCount > detailLimit) return denseLayout(prepared, options, visibleCount, px, clusterWidth);

  const caps = labelCaps(options);
  const { placed, overflow } = placeLabels(visible, px, width, options, caps);
  const clusters = clusterOverflow(overflow, clusterWidth);
  return { mode: 'detail', events: placed, clusters, visibleCount, density: null, folded: overflow.map((e) => e.item.order) };
}

/** Label width caps to try, widest first: the widest that leaves the fewest events unlabelled wins. */
function labelCaps(options: ViewOptions): number[] {
  const given = options.labelCaps?.length ? options.labelCaps : [Infinity];
  return [...new Set(given.map((c) => Math.max(1, c)))].sort((a, b) => b - a);
}

interface Box {
  x0: number;
  x1: number;
}

interface Slot extends Box {
  /** The event whose label holds the slot. */
  e: PlacedEvent;
  /** Lanes held: from `lane`, `span` of them (kept when a grown label needs fewer). */
  lane: number;
  span: number;
  /** Place of the event in date order (see placeLabels): lower ranks stack nearer the axis. */
  rank: number;
}

/**
 * Occupied label extents per lane; a label fits where it keeps `LABEL_GAP` px from every neighbour in each
 * lane it takes. A label that takes several lanes shares one slot object among them.
 *
 * Stacks follow date order: of two labels one above the other (their boxes overlap horizontally), the earlier
 * event's is the lower one, nearer the axis. Read upwards, a stack reads in date order.
 */
class LaneSlots {
  readonly lanes: Slot[][];
  /** Every slot once, in the order taken. */
  readonly all: Slot[] = [];
  constructor(count: number) {
    this.lanes = Array.from({ length: Math.max(0, count) }, () => []);
  }
  get count(): number {
    return this.lanes.length;
  }
  fits(lane: number, box: Box, span = 1): boolean {
    if (lane + span > this.lanes.length) return false;
    for (let l = lane; l < lane + span; l++) {
      for (const s of this.lanes[l]!) if (box.x0 < s.x1 + LABEL_GAP && s.x0 < box.x1 + LABEL_GAP) return false;
    }
    return true;
  }
  /**
   * The lanes [lo, hi) a label of date rank `rank` with this box may take and keep its stacks in date order:
   * above every earlier label it overlaps, below every later one.
   */
  stackRange(box: Box, rank: number): [number, number] {
    let lo = 0;
    let hi = this.lanes.length;
    for (const s of this.all) {
      if (s.x0 >= box.x1 || box.x0 >= s.x1) continue;
      if (s.rank < rank) lo = Math.max(lo, s.lane + s.span);
      else hi = Math.min(hi, s.lane);
    }
    return [lo, hi];
  }
  take(slot: Slot): void {
    for (let l = slot.lane; l < slot.lane + slot.span; l++) this.lanes[l]!.push(slot);
    this.all.push(slot);
  }
}

/** Whether two slots may overlap horizontally: in different lanes, the earlier (lower rank) one below. */
function stackedInOrder(a: Slot, b: Slot): boolean {
  const [low, high] = a.rank < b.rank ? [a, b] : [b, a];
  return low.lane + low.span <= high.lane;
}

const slotOf = (x: number, w: number, flip: boolean, shift = 0): Box => (flip
  ? { x0: x + shift - w - 4, x1: x + shift + 4 }
  : { x0: x - shift - 4, x1: x - shift + w + 4 });

/** How far a label `w` px wide beside a stem at `x` must move back across it to stay inside the plot (0: none). */
function shiftFor(x: number, w: number, flip: boolean, width: number): number {
  return Math.max(0, flip ? TIGHT_EDGE - (x - w) : x + w + TIGHT_EDGE - width);
}

/**
 * Puts the label of `e` (date rank `rank`) at width `w` (taking `span` lanes) in `lane` on the given side when it
 * fits there and keeps its stacks in date order; returns whether it did.
 */
function placeAt(e: PlacedEvent, rank: number, w: number, span: number, slots: LaneSlots, lane: number, flip: boolean, shift = 0,
  range?: readonly [number, number]): boolean {
  const box = slotOf(e.x, w, flip, shift);
  const [lo, hi] = range ?? slots.stackRange(box, rank);
  if (lane < lo || lane + span > hi || !slots.fits(lane, box, span)) return false;
  slots.take({ ...box, e, lane, span, rank });
  e.lane = lane;
  e.span = span;
  e.flip = flip;
  e.shift = shift;
  e.labelWidth = w;
  return true;
}

/** Places the label of `e` at width `w` in its previous lane and side when it fits there (and inside the plot). */
function tryKeep(e: PlacedEvent, rank: number, w: number, span: number, width: number, slots: LaneSlots, place: LabelPlacement): boolean {
  if (place.lane + span > slots.count) return false;
  const shift = shiftFor(e.x, w, place.flip, width);
  // A label beside its stem stays beside it; one moved across its stem (no room on either side) may move on.
  if (shift > 0 && !place.shift) return false;
  return placeAt(e, rank, w, span, slots, place.lane, place.flip, shift);
}

/** Narrowest label a plot too narrow for a label's two lines still gives it, px (its title may then end in "…"). */
const SQUEEZED_MIN = 120;
/** Margin to the plot's edge of a label that fits on neither side of its stem (or kept from the last frame), px. */
const TIGHT_EDGE = 2;

/**
 * Tries the label of `e` at width `w` in the lowest lane with room, right of its stem first (left when
 * it would run past the right edge), then on the other side. A label that fits on neither side goes on the
 * roomier side, moved back across its stem until it is inside the plot. Returns whether it was placed.
 */
function tryPlace(e: PlacedEvent, rank: number, w: number, spanOf: (w: number) => number, width: number, slots: LaneSlots): boolean {
  const rightFits = e.x + w + EDGE <= width;
  const leftFits = e.x - w - EDGE >= 0;
  let sides: boolean[];
  let shift = 0;
  if (rightFits || leftFits) sides = rightFits ? (leftFits ? [false, true] : [false]) : [true];
  else {
    // On the roomier side, moved back across its stem as far as it must to stay inside the plot
    // (narrowed only when the plot itself is narrower than the label).
    const flip = e.x >= width / 2;
    sides = [flip];
    w = Math.max(Math.min(SQUEEZED_MIN, w), Math.min(w, Math.floor(width - 2 * TIGHT_EDGE)));
    shift = Math.min(shiftFor(e.x, w, flip, width), flip ? width - TIGHT_EDGE - e.x : e.x - TIGHT_EDGE);
  }
  const span = spanOf(w);
  // Lanes each side allows by the date order (computed once: it does not depend on the lane).
  const ranges = sides.map((flip) => slots.stackRange(slotOf(e.x, w, flip, shift), rank));
  const from = Math.min(...ranges.map((r) => r[0]));
  for (let lane = from; lane + span <= slots.count; lane++) {
    for (let i = 0; i < sides.length; i++) {
      const [lo, hi] = ranges[i]!;
      if (lane >= lo && lane + span <= hi && placeAt(e, rank, w, span, slots, lane, sides[i]!, shift, ranges[i])) return true;
    }
  }
  return false;
}

/** Packs labels at the widest cap that labels the most events; events still without room retry narrower caps. */
function placeLabels(visible: TimelineItem[], px: (t: number) => number, width: number, options: ViewOptions,
  caps: number[]): { placed: PlacedEvent[]; overflow: PlacedEvent[] } {
  const base = visible.map((item): PlacedEvent => ({ item, ...placeItem(item, px, width), lane: -1, span: 0, flip: false, shift: 0, labelWidth: 0 }));
  // In date order (the items' order: by start, then end), which is also each label's rank in its stacks. Mostly
  // left to right; where marks and dates differ (a day drawn from midnight, a part of it later that day) the date wins.
  base.sort((a, b) => a.item.order - b.item.order);
  const natural = base.map((e) => options.labelWidth(e.item));
  // A title too long for one line under the cap wraps onto two at the narrowest width that holds it whole
  // (up to the widest cap), whatever the cap: a two-line label is as high at any width, so narrower packs better.
  const minWidth = options.labelMinWidth;
  const wrapped = minWidth ? base.map((e, i) => Math.min(natural[i]!, caps[0]!, minWidth(e.item))) : null;
  const baseSpan = Math.max(1, options.baseSpan ?? 1);
  const spanOf = options.labelSpan ?? (() => baseSpan);
  const widthAt = (i: number, cap: number) => (natural[i]! <= cap ? natural[i]! : wrapped ? wrapped[i]! : cap);
  let best: { events: PlacedEvent[]; slots: LaneSlots; missing: number; cap: number } | null = null;
  // More events than the lanes can hold even at the narrowest cap: only that cap can label the most.
  const narrowest = caps[caps.length - 1]!;
  const capacity = Math.floor(options.lanes / baseSpan) * (Math.floor(width / (narrowest + LABEL_GAP + 8)) + 1);
  for (const cap of base.length > capacity ? [narrowest] : caps) {
    const slots = new LaneSlots(options.lanes);
    const events = base.map((e) => ({ ...e }));
    let missing = 0;
    // In date order, a label of the previous frame keeps its place where it still fits and its stacks stay in date
    // order; a label that cannot, and an event new in view, take the lowest lane that does both (an earlier event
    // coming into view beneath a stack lifts it: the date order wants it lower). Events that were in view but folded
    // then take what room is left: they never move a label.
    const previous = options.previous;
    const waiting: number[] = [];
    events.forEach((e, i) => {
      const place = previous?.get(e.item.order);
      if (place !== undefined && place.lane < 0) {
        waiting.push(i);
        return;
      }
      if (place !== undefined) {
        const w = widthAt(i, cap);
        if (tryKeep(e, i, w, spanOf(e.item, w), width, slots, place)) return;
        // At this cap the title would wrap onto more lanes than it had: its previous width may still fit.
        const was = Math.min(place.width, natural[i]!, caps[0]!);
        if (was > w && tryKeep(e, i, was, spanOf(e.item, was), width, slots, place)) return;
      }
      if (!tryPlace(e, i, widthAt(i, cap), (w) => spanOf(e.item, w), width, slots)) missing++;
    });
    for (const i of waiting) if (!tryPlace(events[i]!, i, widthAt(i, cap), (w) => spanOf(events[i]!.item, w), width, slots)) missing++;
    if (!best || missing < best.missing) best = { events, slots, missing, cap };
    if (missing === 0) break;
  }
  if (!best) return { placed: [], overflow: [] };
  const fullWidth = new Map(base.map((e, i) => [e.item, natural[i]!]));
  const overflow: PlacedEvent[] = [];
  const placed: PlacedEvent[] = [];
  best.events.forEach((e, i) => {
    if (e.lane < 0) {
      for (const cap of caps) {
        if (cap >= best!.cap) continue;
        if (tryPlace(e, i, widthAt(i, cap), (w) => spanOf(e.item, w), width, best!.slots)) break;
      }
    }
    (e.lane < 0 ? overflow : placed).push(e);
  });
  growLabels(best.slots, width, caps[0]!, (e) => fullWidth.get(e.item)!, spanOf, options.labelWhole, options.previous);
  return { placed, overflow };
}

/**
 * Widens wrapped labels into the free room beside them in their lanes (up to `maxWidth`), left to right,
 * moving a label to the other side of its stem when that side has more room. A wider label never takes
 * more lanes (a title only unwraps as it widens); a label that needs fewer keeps its lanes reserved.
 */
function growLabels(slots: LaneSlots, width: number, maxWidth: number, natural: (e: PlacedEvent) => number,
  spanOf: (item: TimelineItem, width: number) => number, whole: ((item: TimelineItem, width: number) => boolean) | undefined,
  previous?: ReadonlyMap<number, LabelPlacement>): void {
  for (const lane of slots.lanes) lane.sort((a, b) => a.x0 - b.x0);
  const done = new Set<Slot>();
  for (const lane of slots.lanes) {
    lane.forEach((slot) => {
      const e = slot.e;
      if (done.has(slot)) return;
      done.add(slot);
      if (e.shift) return; // already as wide as the plot lets it be
      const want = Math.min(natural(e), maxWidth);
      if (want <= e.labelWidth) return;
      // The nearest labels on either side that it may not overlap: those in a lane it takes, and those whose
      // stack with it would be out of date order.
      let leftEdge = -Infinity;
      let rightEdge = Infinity;
      const top = e.lane + Math.max(1, e.span);
      for (const s of slots.all) {
        if (s === slot || (!(s.lane < top && e.lane < s.lane + s.span) && stackedInOrder(s, slot))) continue;
        if (s.x1 <= slot.x0) leftEdge = Math.max(leftEdge, s.x1);
        else if (s.x0 >= slot.x1) rightEdge = Math.min(rightEdge, s.x0);
      }
      const left = Math.min(want, e.x - EDGE, e.x - 4 - (leftEdge + LABEL_GAP));
      const right = Math.min(want, width - EDGE - e.x, rightEdge - LABEL_GAP - 4 - e.x);
      // A label changes sides for a clear gain only (a bar's or band's label rather sits over its extent).
      const margin = e.item.kind === 'point' ? 20 : 80;
      const flip = left > right + margin ? true : right > left + margin ? false : e.flip;
      // Whole steps of 10 px, so that a zoom does not re-cut a title on every frame; a label that still fits
      // at its previous width keeps it until it can gain more than a few steps.
      const room = flip ? left : right;
      let stepped = Math.floor(room / 10) * 10;
      const before = previous?.get(e.item.order);
      if (before && before.flip === flip && before.width <= room && before.width >= stepped - WIDTH_HYSTERESIS) stepped = before.width;
      if (stepped <= e.labelWidth) return;
      // A title already whole on two lines grows only onto one line (wider alone, it just rewraps).
      if (stepped < natural(e) && whole?.(e.item, e.labelWidth)) return;
      e.labelWidth = stepped;
      e.flip = flip;
      e.span = Math.min(e.span, spanOf(e.item, stepped));
      const grown = slotOf(e.x, e.labelWidth, e.flip, e.shift);
      slot.x0 = grown.x0;
      slot.x1 = grown.x1;
    });
  }
}

/** Events with no room for a label, close together (within one pill width), fold into counted clusters (of one or more). */
function clusterOverflow(overflow: PlacedEvent[], clusterWidth: number): PlacedCluster[] {
  const sorted = [...overflow].sort((a, b) => a.x - b.x);
  const clusters: PlacedCluster[] = [];
  let left = -Infinity;
  let xs: number[] = [];
  let current: PlacedCluster | null = null;
  for (const e of sorted) {
    if (current && e.x - left < clusterWidth) {
      current.count++;
      current.start = Math.min(current.start, e.item.start);
      current.end = Math.max(current.end, e.item.end);
      xs.push(e.x);
      current.x = (xs[0]! + xs[xs.length - 1]!) / 2;
      continue;
    }
    current = { x: e.x, start: e.item.start, end: e.item.end, count: 1, first: e.item };
    left = e.x;
    xs = [e.x];
    clusters.push(current);
  }
  return clusters;
}

/** Many visible items: one cluster per fixed column (counts by binary search), singletons as marks. */
function denseLayout(prepared: PreparedTimeline, options: ViewOptions, visibleCount: number,
  px: (t: number) => number, clusterWidth: number): ViewLayout {
  const { domain: [t0, t1], width } = options;
  const span = t1 - t0;
  const timeAt = (x: number) => t0 + (x / width) * span;
  const { starts, ends } = prepared;
  const clusters: PlacedCluster[] = [];
  const events: PlacedEvent[] = [];
  const columns = Math.max(1, Math.floor(width / clusterWidth));
  const colWidth = width / columns;
  for (let c = 0; c < columns; c++) {
    const a = lowerBound(starts, timeAt(c * colWidth));
    const b = c === columns - 1 ? upperBound(starts, t1) : lowerBound(starts, timeAt((c + 1) * colWidth));
    const count = b - a;
    if (count <= 0) continue;
    const first = prepared.item(a);
    if (count === 1) {
      events.push({ item: first, ...placeItem(first, px, width), lane: -1, span: 0, flip: false, shift: 0, labelWidth: 0 });
      continue;
    }
    clusters.push({ x: (c + 0.5) * colWidth, start: first.start, end: ends[b - 1]!, count, first });
  }
  const step = options.densityColumn ?? 3;
  const bins = Math.max(1, Math.ceil(width / step));
  const density = new Uint32Array(bins);
  let prev = lowerBound(starts, t0);
  for (let i = 0; i < bins; i++) {
    const next = i === bins - 1 ? upperBound(starts, t1) : lowerBound(starts, timeAt((i + 1) * step));
    density[i] = Math.max(0, next - prev);
    prev = Math.max(prev, next);
  }
  return { mode: 'dense', events, clusters, visibleCount, density };
}
