/** Turns timeline events into sorted, drawable items once per data change (not per frame). */
import type { Precision, TimelineEvent } from '../model/types.js';
import { readEventExtent, type Extent } from '../model/timex-value.js';

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
  items: TimelineItem[];
  /** items[i].start, for binary search. */
  starts: Float64Array;
  /** Longest item extent, so that a search by start can still find long items that began earlier. */
  maxSpan: number;
  /** [min start, max end] over all items, or null when nothing is drawable. */
  extent: [number, number] | null;
  /** Events whose start is not a calendar value (kept for the list, never drawn on the axis). */
  undated: TimelineEvent[];
  /** The distinct `group` names of the drawn events, in the order they first appear in the input. */
  groups: string[];
}

const POINT_PRECISIONS: ReadonlySet<Precision> = new Set<Precision>(['day', 'part-of-day', 'hour', 'minute']);

export function markKindOf(event: TimelineEvent): MarkKind {
  if (event.end && event.end !== event.start) return 'range';
  return POINT_PRECISIONS.has(event.precision) ? 'point' : 'band';
}

const byStartThenEnd = (a: TimelineItem, b: TimelineItem) => a.start - b.start || a.end - b.end;

/** Above this many items, sort by start through a native numeric sort (stable for equal starts). */
const NATIVE_SORT_FROM = 5000;

/** 2^bits where bits is the least with 2^bits >= n (at least 1). */
function indexRange(n: number): number {
  let range = 2;
  while (range < n) range *= 2;
  return range;
}

function sortItems(items: TimelineItem[]): void {
  if (items.length < NATIVE_SORT_FROM) {
    items.sort(byStartThenEnd);
    return;
  }
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) if (byStartThenEnd(items[i - 1]!, items[i]!) > 0) sorted = false;
  if (sorted) return;
  // Starts on whole minutes (every value down to minute precision) sort as one key each, minute * range + index:
  // a single native sort of doubles gives the stable order, with no binary search per item. The key stays exact
  // while it is below 2^53.
  const range = indexRange(items.length);
  const limit = Number.MAX_SAFE_INTEGER / range - 1;
  const keys = new Float64Array(items.length);
  let packed = true;
  for (let i = 0; i < items.length && packed; i++) {
    const minute = items[i]!.start / 60_000;
    if (Number.isInteger(minute) && Math.abs(minute) < limit) keys[i] = minute * range + i;
    else packed = false;
  }
  if (packed) {
    keys.sort();
    const out = new Array<TimelineItem>(items.length);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      out[k] = items[((key % range) + range) % range]!;
    }
    for (let i = 0; i < out.length; i++) items[i] = out[i]!;
    return;
  }
  for (let i = 0; i < items.length; i++) keys[i] = items[i]!.start;
  keys.sort();
  const taken = new Uint32Array(items.length);
  const out = new Array<TimelineItem>(items.length);
  for (const item of items) {
    const first = lowerBound(keys, item.start);
    out[first + taken[first]!++] = item;
  }
  for (let i = 0; i < out.length; i++) items[i] = out[i]!;
}

export function prepareTimeline(events: readonly TimelineEvent[]): PreparedTimeline {
  const items: TimelineItem[] = [];
  const undated: TimelineEvent[] = [];
  const extent: Extent = { start: 0, end: 0 };
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  // Events on the same day share its [start, end) pair (read only): a 100,000-event timeline has a few thousand days.
  const days = new Map<number, readonly [number, number]>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (!event || typeof event !== 'object') continue;
    if (!readEventExtent(event, extent)) {
      undated.push(event);
      continue;
    }
    const start = extent.start;
    const end = extent.end;
    const kind = markKindOf(event);
    let at = (start + end) / 2;
    let day: readonly [number, number] | undefined;
    if (kind === 'point' && (event.precision === 'day' || event.precision === 'part-of-day')) {
      const dayIndex = Math.floor(start / DAY_MS);
      const dayStart = dayIndex * DAY_MS;
      day = days.get(dayIndex);
      if (day === undefined) days.set(dayIndex, day = [dayStart, dayStart + DAY_MS]);
      // A part of the day that runs past midnight (the night) is drawn within its own day.
      at = (start + Math.min(end, dayStart + DAY_MS)) / 2;
    }
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
    // One shape for every item (day always present, maybe undefined): the layout's loops stay monomorphic.
    items.push({ event, order: 0, start, end, at, kind, day, tentative: event.dateSource === 'derived' || event.dateSource === 'inherited', group });
  }
  sortItems(items);
  const starts = new Float64Array(items.length);
  let maxSpan = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    item.order = i;
    starts[i] = item.start;
    if (item.end - item.start > maxSpan) maxSpan = item.end - item.start;
    if (item.start < min) min = item.start;
    if (item.end > max) max = item.end;
  }
  return { items, starts, maxSpan, extent: items.length ? [min, max] : null, undated, groups };
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
