/** Turns timeline events into sorted, drawable items once per data change (not per frame). */
import type { Precision, TimelineEvent } from '../model/types.js';
import { newExtent, readEventExtent, type EventExtents } from '../model/timex-extent.js';

const DAY_MS = 86_400_000;

/** How an event is drawn: a point (day or finer), a soft band (coarser than a day) or a bar (a range). */
export type MarkKind = 'point' | 'band' | 'range';

export interface TimelineItem {
  event: TimelineEvent;
  /** Position in time order. */
  order: number;
  /** Extent in epoch ms, end exclusive. */
  start: number;
  end: number;
  /** Where a point is drawn: the middle of its extent. */
  at: number;
  kind: MarkKind;
  /**
   * The UTC day [start, end) of a day or part-of-day event: drawn as a band over that day once a day is
   * wide enough. A night (`2022-01-07TNI`, 20:00-06:00) belongs to the day it starts on.
   */
  day?: readonly [number, number];
  /** Derived or inherited dates are drawn dashed. */
  tentative: boolean;
  /** Index of the event's `group` in PreparedTimeline.groups, or -1 when it has none. */
  group: number;
  /** Label width in px, measured lazily by the view and cached here. */
  labelWidth?: number;
}

export interface PreparedTimeline {
  /** Number of drawable items. */
  readonly count: number;
  /**
   * Item `order` (time order). Items are made on first use and then kept, so that the same order always gives the
   * same object: a view of 100,000 events only ever makes the few hundred it shows.
   */
  item(order: number): TimelineItem;
  /** Every item in time order (makes them all: for small timelines and rare look-ups; hot paths use the arrays). */
  readonly items: readonly TimelineItem[];
  /** The events of the items, in time order. */
  readonly events: readonly TimelineEvent[];
  /** items[i].start, for binary search. */
  starts: Float64Array;
  /** items[i].end. */
  ends: Float64Array;
  /** items[i].kind: KIND_POINT, KIND_BAND or KIND_RANGE. */
  kinds: Uint8Array;
  /** Some item has a clock time (hour or minute precision): see `timedAt`. */
  timed: boolean;
  /** Item `order` has a clock time (hour or minute precision). */
  timedAt(order: number): boolean;
  /** Longest item extent, so that a search by start can still find long items that began earlier. */
  maxSpan: number;
  /** [min start, max end] over all items, or null when nothing is drawable. */
  extent: [number, number] | null;
  /** Events whose start is not a calendar value (kept for the list, never drawn on the axis). */
  undated: TimelineEvent[];
  /** The distinct `group` names of the drawn events, in the order they first appear in the input. */
  groups: string[];
}

export const KIND_POINT = 0;
export const KIND_BAND = 1;
export const KIND_RANGE = 2;
const KINDS: readonly MarkKind[] = ['point', 'band', 'range'];
const timedPrecision = (p: Precision) => p === 'hour' || p === 'minute';

const POINT_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>(['day', 'part-of-day', 'hour', 'minute']);

export function markKindOf(event: TimelineEvent): MarkKind {
  if (event.end && event.end !== event.start) return 'range';
  return POINT_PRECISIONS.has(event.precision) ? 'point' : 'band';
}

/** Above this many items, sort by start through a native numeric sort (stable for equal starts). */
const NATIVE_SORT_FROM = 5000;


/** What prepareTimeline learns of the starts while it reads them (so that sorting need not read them all again first). */
interface StartStats {
  /** Already in time order (by start, then end). */
  sorted: boolean;
  min: number;
  max: number;
  /** Every start is on a whole minute; on a whole day. */
  minutes: boolean;
  days: boolean;
}

/**
 * The time order of n extents (indices into start/end): by start then end below NATIVE_SORT_FROM; above, an input
 * already in that order stays as it is, else by start alone, equal starts in input order.
 */
function sortOrder(start: Float64Array, end: Float64Array, n: number, stats: StartStats): Uint32Array {
  const order = new Uint32Array(n);
  const large = n >= NATIVE_SORT_FROM;
  if (large && !stats.sorted && radixOrder(start, n, order, stats)) return order;
  for (let i = 0; i < n; i++) order[i] = i;
  if (large && stats.sorted) return order;
  // Array sort is stable: equal keys keep their input order.
  const list = Array.from(order);
  list.sort(large ? (a, b) => start[a]! - start[b]! : (a, b) => start[a]! - start[b]! || end[a]! - end[b]!);
  order.set(list);
  return order;
}

/** Radix digit width (bits) of radixOrder: two passes of 65,536 buckets sort 32-bit keys. */
const DIGIT_BITS = 16;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;

/**
 * Starts on whole minutes (or whole days) sort as whole numbers counted from the earliest: a least-significant-digit
 * radix sort of those, which is stable (equal starts keep their input order): a pass to make the keys and count both
 * digits, and one pass per digit (one for keys under 65,536: 179 years of days). False (order untouched) for other
 * starts, or a span of 2^32 units or more.
 */
function radixOrder(start: Float64Array, n: number, order: Uint32Array, stats: StartStats): boolean {
  const { min, max } = stats;
  const unit = stats.days ? DAY_MS : 60_000;
  if (!stats.minutes || !((max - min) / unit < 2 ** 32)) return false;
  // Exact: both are whole multiples of the unit, far below 2^53.
  const keys = new Uint32Array(n);
  const low = new Uint32Array(DIGIT_MASK + 1);
  const high = new Uint32Array(DIGIT_MASK + 1);
  for (let i = 0; i < n; i++) {
    const key = (start[i]! - min) / unit;
    keys[i] = key;
    low[key & DIGIT_MASK]!++;
    high[key >>> DIGIT_BITS]!++;
  }
  const twoPasses = (max - min) / unit > DIGIT_MASK;
  // Counts to the first position of each digit.
  for (let d = 0, sumLow = 0, sumHigh = 0; d <= DIGIT_MASK; d++) {
    const l = low[d]!;
    low[d] = sumLow;
    sumLow += l;
    const h = high[d]!;
    high[d] = sumHigh;
    sumHigh += h;
  }
  if (!twoPasses) {
    for (let i = 0; i < n; i++) order[low[keys[i]!]!++] = i;
    return true;
  }
  // By the low digit (indices and keys), then by the high one: stable, so equal high digits keep the low order.
  const byLow = new Uint32Array(n);
  const keysByLow = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const at = low[key & DIGIT_MASK]!++;
    byLow[at] = i;
    keysByLow[at] = key;
  }
  for (let k = 0; k < n; k++) order[high[keysByLow[k]! >>> DIGIT_BITS]!++] = byLow[k]!;
  return true;
}

class Prepared implements PreparedTimeline {
  readonly count: number;
  private readonly made: (TimelineItem | undefined)[];
  private all: TimelineItem[] | null = null;
  private sorted: TimelineEvent[] | null = null;

  /** `source[order[k]]` is the event of item k (the events array is made only when asked for). */
  constructor(private readonly source: readonly TimelineEvent[], private readonly order: Uint32Array, readonly starts: Float64Array,
    readonly ends: Float64Array, readonly kinds: Uint8Array, readonly maxSpan: number, readonly extent: [number, number] | null,
    readonly timed: boolean, readonly undated: TimelineEvent[], readonly groups: string[]) {
    this.count = order.length;
    this.made = new Array<TimelineItem | undefined>(this.count);
  }

  get events(): readonly TimelineEvent[] {
    return this.sorted ??= Array.from(this.order, (i) => this.source[i]!);
  }

  timedAt(order: number): boolean {
    return timedPrecision(this.source[this.order[order]!]!.precision);
  }

  item(order: number): TimelineItem {
    let item = this.made[order];
    if (item === undefined) {
      const event = this.source[this.order[order]!]!;
      const start = this.starts[order]!;
      const end = this.ends[order]!;
      const kind = this.kinds[order]!;
      let at = (start + end) / 2;
      let day: readonly [number, number] | undefined;
      if (kind === KIND_POINT && (event.precision === 'day' || event.precision === 'part-of-day')) {
        const dayStart = Math.floor(start / DAY_MS) * DAY_MS;
        day = [dayStart, dayStart + DAY_MS];
        // A part of the day that runs past midnight (the night) is drawn within its own day.
        at = (start + Math.min(end, dayStart + DAY_MS)) / 2;
      }
      const group = event.group;
      // One shape for every item (day always present, maybe undefined): the layout's loops stay monomorphic.
      item = { event, order, start, end, at, kind: KINDS[kind]!, day, tentative: event.dateSource === 'derived' || event.dateSource === 'inherited',
        group: typeof group === 'string' && group !== '' ? this.groups.indexOf(group) : -1 };
      this.made[order] = item;
    }
    return item;
  }

  get items(): readonly TimelineItem[] {
    if (!this.all) {
      this.all = [];
      for (let i = 0; i < this.count; i++) this.all.push(this.item(i));
    }
    return this.all;
  }
}

/**
 * Sorted, drawable items of `events`: their extents and kinds in typed arrays, the items made on first use. `known`:
 * the extent of every event as readEventExtent reads it, when the caller has them already (parseWithExtents).
 */
export function prepareTimeline(events: readonly TimelineEvent[], known?: EventExtents | null): PreparedTimeline {
  const total = events.length;
  const given = known && known.starts.length === total && known.ends.length === total ? known : null;
  // By input index, drawable events packed to the front: their extents and kinds.
  const start = new Float64Array(total);
  const end = new Float64Array(total);
  const kindIn = new Uint8Array(total);
  // The drawable events by input index: the input itself until an event is left out.
  let dated: TimelineEvent[] | null = null;
  const undated: TimelineEvent[] = [];
  const extent = newExtent();
  const groups = new Set<string>();
  let timed = false;
  let n = 0;
  // Of the starts read (for sortOrder): in order so far, their range, whole minutes or days.
  let sorted = true;
  let min = Infinity;
  let max = -Infinity;
  let minutes = true;
  let days = true;
  for (let i = 0; i < total; i++) {
    const event = events[i]!;
    if (given) {
      start[n] = given.starts[i]!;
      end[n] = given.ends[i]!;
    } else if (!event || typeof event !== 'object' || !readEventExtent(event, extent)) {
      dated ??= events.slice(0, i);
      if (event && typeof event === 'object') undated.push(event);
      continue;
    } else {
      start[n] = extent.start;
      end[n] = extent.end;
    }
    const s = start[n]!;
    if (n > 0 && sorted && (start[n - 1]! - s > 0 || (start[n - 1] === s && end[n - 1]! - end[n]! > 0))) sorted = false;
    if (s < min) min = s;
    if (s > max) max = s;
    if (minutes && s % 60_000 !== 0) minutes = days = false;
    else if (days && s % DAY_MS !== 0) days = false;
    kindIn[n++] = event.end && event.end !== event.start ? KIND_RANGE : POINT_PRECISIONS.has(event.precision) ? KIND_POINT : KIND_BAND;
    if (timedPrecision(event.precision)) timed = true;
    const name = event.group;
    if (typeof name === 'string' && name !== '') groups.add(name);
    dated?.push(event);
  }
  const order = sortOrder(start, end, n, { sorted, min, max, minutes, days });
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  let maxSpan = 0;
  let last = -Infinity;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const s = (starts[k] = start[i]!);
    const e = (ends[k] = end[i]!);
    kinds[k] = kindIn[i]!;
    if (e - s > maxSpan) maxSpan = e - s;
    if (e > last) last = e;
  }
  return new Prepared(dated ?? events.slice(), order, starts, ends, kinds, maxSpan, n ? [min, last] : null, timed, undated, [...groups]);
}

/** First index i with sorted[i] >= value. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index i with sorted[i] > value. */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** The domain that shows every item with a margin; a single instant gets a few days either side. */
export function fitDomain(extent: [number, number] | null, margin = 0.06): [number, number] {
  if (!extent) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    return [now, now + 365 * DAY_MS];
  }
  const [a, b] = extent;
  const span = Math.max(b - a, 2 * DAY_MS);
  const pad = span * margin;
  const mid = (a + b) / 2;
  const half = Math.max(b - a, 2 * DAY_MS) / 2;
  return [mid - half - pad, mid + half + pad];
}
