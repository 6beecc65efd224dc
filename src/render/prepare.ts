/** Turns timeline events into sorted, drawable items once per data change (not per frame). */
import type { Precision, TimelineEvent } from '../model/types.js';
import { readEventExtent, type Extent } from '../model/timex-value.js';
import type { EventExtents } from '../model/parse-timeline.js';

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

/** Event extents already read (by parseTimeline), by input index: NaN where they were not read. */
export type KnownExtents = EventExtents;

export const KIND_POINT = 0;
export const KIND_BAND = 1;
export const KIND_RANGE = 2;
const KINDS: readonly MarkKind[] = ['point', 'band', 'range'];
/** Flag bits per item. */
const TIMED_BIT = 1;
const TENTATIVE_BIT = 2;
/** A day or part-of-day point: drawn over its UTC day once a day is wide enough. */
const DAY_BIT = 4;

const POINT_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>(['day', 'part-of-day', 'hour', 'minute']);

export function markKindOf(event: TimelineEvent): MarkKind {
  if (event.end && event.end !== event.start) return 'range';
  return POINT_PRECISIONS.has(event.precision) ? 'point' : 'band';
}

/** Above this many items, sort by start through a native numeric sort (stable for equal starts). */
const NATIVE_SORT_FROM = 5000;

/** 2^bits where bits is the least with 2^bits >= n (at least 1). */
function indexRange(n: number): number {
  let range = 2;
  while (range < n) range *= 2;
  return range;
}

/**
 * The time order of n extents (indices into start/end): by start then end below NATIVE_SORT_FROM; above, an input
 * already in that order stays as it is, else by start alone, equal starts in input order.
 */
function sortOrder(start: Float64Array, end: Float64Array, n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < NATIVE_SORT_FROM) {
    const list = Array.from(order);
    list.sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]!);
    order.set(list);
    return order;
  }
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (start[i - 1]! - start[i]! > 0 || (start[i - 1] === start[i] && end[i - 1]! - end[i]! > 0)) sorted = false;
  if (sorted) return order;
  if (radixOrder(start, n, order)) return order;
  // Starts on whole minutes (every value down to minute precision) sort as one key each, minute * range + index:
  // a single native sort of doubles gives the stable order, with no binary search per item. The key stays exact
  // while it is below 2^53.
  const range = indexRange(n);
  const limit = Number.MAX_SAFE_INTEGER / range - 1;
  const keys = new Float64Array(n);
  let packed = true;
  for (let i = 0; i < n && packed; i++) {
    const minute = start[i]! / 60_000;
    if (Number.isInteger(minute) && Math.abs(minute) < limit) keys[i] = minute * range + i;
    else packed = false;
  }
  if (packed) {
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = ((keys[k]! % range) + range) % range;
    return order;
  }
  keys.set(start.subarray(0, n));
  keys.sort();
  const taken = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const first = lowerBound(keys, start[i]!);
    order[first + taken[first]!++] = i;
  }
  return order;
}

/**
 * Starts on whole minutes less than 2^32 minutes (8,000 years) apart, in time order by a stable LSD radix sort of
 * their minute offsets (three passes of 11 bits): the order sortOrder gives, in a few linear passes. False (order
 * left as it was) for other starts.
 */
function radixOrder(start: Float64Array, n: number, order: Uint32Array<ArrayBuffer>): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = start[i]!;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (!((max - min) / 60_000 < 2 ** 32)) return false;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const minute = (start[i]! - min) / 60_000;
    if (!Number.isInteger(minute)) return false;
    keys[i] = minute;
  }
  let from = order;
  let to = new Uint32Array(n);
  const counts = new Uint32Array(2048);
  for (let shift = 0; shift < 32; shift += 11) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[from[i]!]! >>> shift) & 2047]!++;
    let sum = 0;
    for (let d = 0; d < 2048; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const k = from[i]!;
      to[counts[(keys[k]! >>> shift) & 2047]!++] = k;
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== order) order.set(from);
  return true;
}

class Prepared implements PreparedTimeline {
  readonly count: number;
  maxSpan = 0;
  extent: [number, number] | null = null;
  timed = false;
  private readonly made: (TimelineItem | undefined)[];
  private all: TimelineItem[] | null = null;

  constructor(readonly events: TimelineEvent[], readonly starts: Float64Array, readonly ends: Float64Array,
    readonly kinds: Uint8Array, private readonly flags: Uint8Array, private readonly groupOf: Int32Array,
    readonly undated: TimelineEvent[], readonly groups: string[]) {
    this.count = events.length;
    this.made = new Array<TimelineItem | undefined>(this.count);
    let min = Infinity;
    let max = -Infinity;
    let timed = 0;
    for (let i = 0; i < this.count; i++) {
      const start = starts[i]!;
      const end = ends[i]!;
      if (end - start > this.maxSpan) this.maxSpan = end - start;
      if (start < min) min = start;
      if (end > max) max = end;
      timed |= flags[i]!;
    }
    this.timed = (timed & TIMED_BIT) !== 0;
    if (this.count) this.extent = [min, max];
  }

  timedAt(order: number): boolean {
    return (this.flags[order]! & TIMED_BIT) !== 0;
  }

  item(order: number): TimelineItem {
    let item = this.made[order];
    if (item === undefined) {
      if (!(order >= 0 && order < this.count)) throw new RangeError(`no item ${order}`);
      const start = this.starts[order]!;
      const end = this.ends[order]!;
      const flags = this.flags[order]!;
      let at = (start + end) / 2;
      let day: readonly [number, number] | undefined;
      if (flags & DAY_BIT) {
        const dayStart = Math.floor(start / DAY_MS) * DAY_MS;
        day = [dayStart, dayStart + DAY_MS];
        // A part of the day that runs past midnight (the night) is drawn within its own day.
        at = (start + Math.min(end, dayStart + DAY_MS)) / 2;
      }
      // One shape for every item (day always present, maybe undefined): the layout's loops stay monomorphic.
      item = { event: this.events[order]!, order, start, end, at, kind: KINDS[this.kinds[order]!]!, day,
        tentative: (flags & TENTATIVE_BIT) !== 0, group: this.groupOf[order]! };
      this.made[order] = item;
    }
    return item;
  }

  get items(): readonly TimelineItem[] {
    if (!this.all) {
      const all = new Array<TimelineItem>(this.count);
      for (let i = 0; i < this.count; i++) all[i] = this.item(i);
      this.all = all;
    }
    return this.all;
  }
}

/**
 * Sorted, drawable items of `events`. `known` holds extents already read for the same events (by index; NaN:
 * not read), which are then not read again.
 */
export function prepareTimeline(events: readonly TimelineEvent[], known?: KnownExtents | null): PreparedTimeline {
  const total = events.length;
  const useKnown = known && known.start.length === total && known.end.length === total ? known : null;
  // By input index, drawable events packed to the front: extents, kinds, flags, groups.
  const start = new Float64Array(total);
  const end = new Float64Array(total);
  const kindIn = new Uint8Array(total);
  const flagIn = new Uint8Array(total);
  const groupIn = new Int32Array(total);
  const dated: TimelineEvent[] = [];
  const undated: TimelineEvent[] = [];
  const extent: Extent = { start: 0, end: 0 };
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  let n = 0;
  for (let i = 0; i < total; i++) {
    const event = events[i]!;
    if (!event || typeof event !== 'object') continue;
    let s = useKnown ? useKnown.start[i]! : Number.NaN;
    let e = useKnown ? useKnown.end[i]! : Number.NaN;
    if (Number.isNaN(s)) {
      if (!readEventExtent(event, extent)) {
        undated.push(event);
        continue;
      }
      s = extent.start;
      e = extent.end;
    }
    start[n] = s;
    end[n] = e;
    const precision = event.precision;
    const kind = event.end && event.end !== event.start ? KIND_RANGE : POINT_PRECISIONS.has(precision) ? KIND_POINT : KIND_BAND;
    kindIn[n] = kind;
    let flags = precision === 'hour' || precision === 'minute' ? TIMED_BIT : 0;
    if (event.dateSource === 'derived' || event.dateSource === 'inherited') flags |= TENTATIVE_BIT;
    if (kind === KIND_POINT && (precision === 'day' || precision === 'part-of-day')) flags |= DAY_BIT;
    flagIn[n] = flags;
    let group = -1;
    const name = event.group;
    if (typeof name === 'string' && name !== '') {
      group = groupIndex.get(name) ?? -1;
      if (group < 0) {
        group = groups.length;
        groups.push(name);
        groupIndex.set(name, group);
      }
    }
    groupIn[n] = group;
    dated.push(event);
    n++;
  }
  const order = sortOrder(start, end, n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const groupOf = new Int32Array(n);
  const sortedEvents = new Array<TimelineEvent>(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    starts[k] = start[i]!;
    ends[k] = end[i]!;
    kinds[k] = kindIn[i]!;
    flags[k] = flagIn[i]!;
    groupOf[k] = groupIn[i]!;
    sortedEvents[k] = dated[i]!;
  }
  return new Prepared(sortedEvents, starts, ends, kinds, flags, groupOf, undated, groups);
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
