/**
 * The first view for any article shape, and the way to the events it leaves out. A story about this
 * week that recalls a flood decades earlier (or a plan years ahead) opens on the week: the few far
 * events are left beyond an empty stretch of time, counted on "earlier" and "later" pills. A history
 * spread evenly over centuries, or two clusters of equal weight, is shown whole. Pure.
 */
import { KIND_RANGE, fitDomain, lowerBound, upperBound, type PreparedTimeline } from './prepare.js';

const DAY_MS = 86_400_000;
/** Timelines this short are always shown whole. */
const SHORT_STORY_MS = 31 * DAY_MS;

export interface FocusOptions {
  /** An empty stretch must be at least this many times as long as the span of the events kept. */
  gapRatio?: number;
  /** The kept events' window must be at least this many times narrower than the whole timeline (default 4). */
  gain?: number;
  /** At most this share of the events (less one) may be left out: a minority, "one or a few". */
  hiddenShare?: number;
}

export interface FocusView {
  /** The domain to show first, epoch ms. */
  domain: [number, number];
  /** Events left out before and after it (0 and 0 when everything is shown). */
  earlier: number;
  later: number;
}

/** Where an item counts for the empty stretches between events: a range by its start (it may run on for years). */
const reach = (prepared: PreparedTimeline, i: number) => (prepared.kinds[i] === KIND_RANGE ? prepared.starts[i]! : prepared.ends[i]!);

/** Indices of the `k` largest positive values of `gaps` within [from, to), largest first. */
function largest(gaps: Float64Array, from: number, to: number, k: number): number[] {
  const top: number[] = [];
  for (let i = Math.max(1, from); i < to; i++) {
    const g = gaps[i]!;
    if (g <= 0 || (top.length === k && g <= gaps[top[k - 1]!]!)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && gaps[top[at - 1]!]! < g) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * The first view: the events that remain once one or a few far events are left out beyond empty
 * stretches much longer than the rest spans, when that gives them much more width; else everything.
 */
export function focusView(prepared: PreparedTimeline, options: FocusOptions = {}): FocusView {
  const { starts } = prepared;
  const full = fitDomain(prepared.extent);
  const n = prepared.count;
  const all: FocusView = { domain: full, earlier: 0, later: 0 };
  if (n < 3) return all;
  const gapRatio = options.gapRatio ?? 3;
  const gain = options.gain ?? 4;
  const maxHidden = Math.max(1, Math.floor((n - 1) * (options.hiddenShare ?? 0.5)));
  // cover[i]: how far items 0..i reach; gaps[i]: the empty stretch before item i.
  // (As reach() reads them, with the arrays in locals: 100,000 items run this loop before it is optimized.)
  const { ends, kinds } = prepared;
  const cover = new Float64Array(n);
  const gaps = new Float64Array(n);
  let reached = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    if (i) gaps[i] = s - reached;
    const r = kinds[i] === KIND_RANGE ? s : ends[i]!;
    if (r > reached) reached = r;
    cover[i] = reached;
  }
  // Only the widest empty stretches can be cuts: a few on each side.
  const lefts = [0, ...largest(gaps, 1, maxHidden + 1, 12)];
  const rights = [n, ...largest(gaps, n - maxHidden, n, 12)];
  // Each event left out must buy width: the best view has the most gain per event left out (plus one).
  let best: { view: FocusView; score: number } | null = null;
  const fullSpan = full[1] - full[0];
  // A story within a month fits whole: every day of it keeps room enough.
  if (fullSpan <= SHORT_STORY_MS) return all;
  for (const left of lefts) {
    for (const right of rights) {
      const hidden = left + n - right;
      if (hidden === 0 || hidden > maxHidden || right - left < 2) continue;
      const from = starts[left]!;
      const to = Math.max(cover[right - 1]!, from);
      const span = Math.max(to - from, DAY_MS);
      if (left > 0 && gaps[left]! < gapRatio * span) continue;
      if (right < n && gaps[right]! < gapRatio * span) continue;
      const window = fitDomain([from, to], 0.1);
      const g = fullSpan / (window[1] - window[0]);
      const score = g / (1 + hidden);
      if (g < gain || (best && score <= best.score)) continue;
      best = { view: { domain: window, earlier: left, later: n - right }, score };
    }
  }
  return best?.view ?? all;
}

/** The first view's domain (see focusView). */
export function focusDomain(prepared: PreparedTimeline, options?: FocusOptions): [number, number] {
  return focusView(prepared, options).domain;
}

export interface EdgeCounts {
  /** Events wholly before the view, and the item order of the nearest of them (-1: none). */
  earlier: number;
  earlierTarget: number;
  /** Events starting after the view, and the item order of the nearest (-1: none). */
  later: number;
  laterTarget: number;
}

/** Above this many items to check near the left edge, count them all as earlier (cheap, close enough). */
const EDGE_SCAN_LIMIT = 2000;

/** How many events lie beyond each edge of [t0, t1], and which is nearest on each side. */
export function edgeCounts(prepared: PreparedTimeline, [t0, t1]: [number, number]): EdgeCounts {
  // Items starting maxSpan before t0 cannot reach into the view; only the few in between are checked.
  const before = lowerBound(prepared.starts, t0 - prepared.maxSpan);
  const inside = lowerBound(prepared.starts, t0);
  let earlier = before;
  let earlierTarget = before - 1;
  if (inside - before > EDGE_SCAN_LIMIT) {
    earlier = inside;
    earlierTarget = inside - 1;
  } else {
    for (let i = before; i < inside; i++) {
      if (prepared.ends[i]! <= t0) {
        earlier++;
        earlierTarget = i;
      }
    }
  }
  const laterFrom = upperBound(prepared.starts, t1);
  const later = prepared.count - laterFrom;
  return { earlier, earlierTarget, later, laterTarget: later > 0 ? laterFrom : -1 };
}

/**
 * Where an "earlier" or "later" pill takes the reader: the group of events nearest beyond that edge,
 * fitted to the view, when an empty stretch longer than the view lies between (a far background event,
 * or the main story seen from one); null when the nearest is close by (then a pan brings it in).
 * A group runs on while the stretches between its events are short beside its span or the way there.
 */
export function revealSpan(prepared: PreparedTimeline, domain: [number, number], side: 'earlier' | 'later', gapRatio = 3): [number, number] | null {
  const [t0, t1] = domain;
  const view = t1 - t0;
  const { starts, ends } = prepared;
  const counts = edgeCounts(prepared, domain);
  if (side === 'earlier') {
    let i = counts.earlierTarget;
    if (i < 0) return null;
    const to = ends[i]!;
    const distance = t0 - to;
    if (distance <= view) return null;
    let from = starts[i]!;
    while (i > 0 && from - reach(prepared, i - 1) <= Math.max(gapRatio * (to - from), distance / 4)) from = Math.min(from, starts[--i]!);
    return fitDomain([from, to], 0.1);
  }
  let i = counts.laterTarget;
  if (i < 0) return null;
  const from = starts[i]!;
  const distance = from - t1;
  if (distance <= view) return null;
  let to = reach(prepared, i);
  while (i + 1 < prepared.count && starts[i + 1]! - to <= Math.max(gapRatio * (to - from), distance / 4)) to = Math.max(to, reach(prepared, ++i));
  return fitDomain([from, to], 0.1);
}
