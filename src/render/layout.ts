/**
 * Level of detail for one view: which events get a labelled marker in which lane, which are folded
 * into counted clusters, and (for dense views) per-column counts for a density strip. Pure; runs per frame,
 * so its cost depends on what is visible (binary search over sorted starts), not on the total N.
 */
import { lowerBound, upperBound, type PreparedTimeline, type TimelineItem } from './prepare.js';
import { packLanes } from './lanes.js';

export interface ViewOptions {
  /** Visible time domain, epoch ms. */
  domain: [number, number];
  /** Plot width in px. */
  width: number;
  /** Label lanes available. */
  lanes: number;
  /** Label width in px of an item (caller measures and caches). */
  labelWidth: (item: TimelineItem) => number;
  /** Above this many visible items, draw columns of counts instead of labelled markers. */
  detailLimit?: number;
  /** Width of one cluster pill slot in px. */
  clusterWidth?: number;
  /** Width of one density column in px. */
  densityColumn?: number;
}

export interface PlacedEvent {
  item: TimelineItem;
  /** Marker position (points: middle; bands and bars: where the label is anchored). */
  x: number;
  /** Extent of the band or bar in px (equal to x for points). */
  x0: number;
  x1: number;
  /** Label lane (0 = nearest the axis), or -1 for an unlabelled mark. */
  lane: number;
  /** Label drawn to the left of the stem (near the right edge). */
  flip: boolean;
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
}

const EDGE = 6;

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
  else for (let i = from; i < inside; i++) if (prepared.items[i]!.end >= t0) visibleCount++;
  const visible: TimelineItem[] = [];
  if (visibleCount <= detailLimit) {
    for (let i = from; i < to; i++) if (prepared.items[i]!.end >= t0) visible.push(prepared.items[i]!);
  }
  if (visibleCount > detailLimit) return denseLayout(prepared, options, visibleCount, px, clusterWidth);

  const events: PlacedEvent[] = [];
  const extents = visible.map((item) => {
    const x0 = px(item.start);
    const x1 = px(item.end);
    const x = item.kind === 'point' ? px(item.at) : Math.min(Math.max(x0, EDGE), width - EDGE);
    const w = options.labelWidth(item);
    const flip = x + w + EDGE > width && x - w - EDGE >= 0;
    events.push({ item, x, x0, x1, lane: -1, flip });
    return flip ? { x0: x - w - 4, x1: x + 4 } : { x0: x - 4, x1: x + w + 4 };
  });
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.x0 - extents[b]!.x0);
  const lanes = packLanes(order.map((i) => extents[i]!), options.lanes);
  const overflow: PlacedEvent[] = [];
  order.forEach((i, n) => {
    events[i]!.lane = lanes[n]!;
    if (lanes[n] === -1) overflow.push(events[i]!);
  });
  const clusters = clusterOverflow(overflow, clusterWidth);
  const folded = new Set<TimelineItem>();
  for (const c of clusters) if (c.count > 1) for (const e of overflow) if (e.item.start >= c.start && e.item.start <= c.end && e.item.end <= c.end) folded.add(e.item);
  return {
    mode: 'detail',
    events: events.filter((e) => !folded.has(e.item)),
    clusters: clusters.filter((c) => c.count > 1),
    visibleCount,
    density: null,
  };
}

/** Unlabelled events close together (within one pill width) fold into one counted cluster. */
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
  const { starts, items } = prepared;
  const clusters: PlacedCluster[] = [];
  const events: PlacedEvent[] = [];
  const columns = Math.max(1, Math.floor(width / clusterWidth));
  const colWidth = width / columns;
  for (let c = 0; c < columns; c++) {
    const a = lowerBound(starts, timeAt(c * colWidth));
    const b = c === columns - 1 ? upperBound(starts, t1) : lowerBound(starts, timeAt((c + 1) * colWidth));
    const count = b - a;
    if (count <= 0) continue;
    const first = items[a]!;
    if (count === 1) {
      const x = first.kind === 'point' ? px(first.at) : Math.max(px(first.start), EDGE);
      events.push({ item: first, x, x0: px(first.start), x1: px(first.end), lane: -1, flip: false });
      continue;
    }
    clusters.push({ x: (c + 0.5) * colWidth, start: first.start, end: items[b - 1]!.end, count, first });
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
