/**
 * d3-time's `utcTicks` (3.1) as a pure function: the chart used d3-time (and, through it, d3-array) for this one
 * call. The same intervals (1, 5, 15, 30 seconds and minutes; 1, 3, 6, 12 hours; 1, 2 days; Sunday weeks; 1, 3
 * months; years, or milliseconds, by d3-array's tickStep), chosen and stepped the same way, so the same ticks.
 * UTC has no leap seconds or zone shifts: every interval up to the week is a fixed length counted from the epoch.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** An interval: `floor(t)` the last boundary at or before t, `offset(t, n)` n intervals after boundary t. */
type Interval = readonly [floor: (t: number) => number, offset: (t: number, n: number) => number];

/** Every `k` ms counted from `origin` (epoch ms). */
const fixed = (k: number, origin = 0): Interval => [(t) => Math.floor((t - origin) / k) * k + origin, (t, n) => t + n * k];

/** Every `k` months (k divides 12), from the first of January. */
const months = (k: number): Interval => [
  (t) => {
    const d = new Date(t);
    d.setUTCDate(1);
    d.setUTCHours(0, 0, 0, 0);
    const m = d.getUTCMonth();
    return d.setUTCMonth(m - (m % k));
  },
  (t, n) => {
    const d = new Date(t);
    return d.setUTCMonth(d.getUTCMonth() + n * k);
  },
];

/** Every `k` years (years divisible by k), or null for no positive whole k (as d3's utcYear.every). */
function years(k: number): Interval | null {
  k = Math.floor(k);
  if (!Number.isFinite(k) || !(k > 0)) return null;
  return [
    (t) => {
      const d = new Date(t);
      d.setUTCFullYear(Math.floor(d.getUTCFullYear() / k) * k);
      d.setUTCMonth(0, 1);
      return d.setUTCHours(0, 0, 0, 0);
    },
    (t, n) => {
      const d = new Date(t);
      return d.setUTCFullYear(d.getUTCFullYear() + n * k);
    },
  ];
}

/** Every `k` ms (k >= 1 whole), or null (as d3's millisecond.every). */
function milliseconds(k: number): Interval | null {
  k = Math.floor(k);
  return Number.isFinite(k) && k > 0 ? fixed(k) : null;
}

/** d3-time's tick intervals: [interval, its approximate duration] (months 30 days, as d3 counts them). */
const INTERVALS: ReadonlyArray<readonly [() => Interval, number]> = [
  ...[1, 5, 15, 30].map((n) => [() => fixed(n * SECOND), n * SECOND] as const),
  ...[1, 5, 15, 30].map((n) => [() => fixed(n * MINUTE), n * MINUTE] as const),
  ...[1, 3, 6, 12].map((n) => [() => fixed(n * HOUR), n * HOUR] as const),
  ...[1, 2].map((n) => [() => fixed(n * DAY), n * DAY] as const),
  // Sundays: 4 January 1970 was one.
  [() => fixed(WEEK, 3 * DAY), WEEK],
  [() => months(1), 30 * DAY],
  [() => months(3), 90 * DAY],
  [() => years(1)!, 365 * DAY],
];

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** d3-array's tickSpec increment (negative: the inverse of a fractional step). */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && count >= 0.5 && count < 2) return tickIncrement(start, stop, count * 2);
  return inc;
}

/** d3-array's tickStep for start <= stop. */
function tickStep(start: number, stop: number, count: number): number {
  const inc = tickIncrement(start, stop, count);
  return inc < 0 ? 1 / -inc : inc;
}

/** The interval d3-time's utcTickInterval picks for about `count` ticks over [start, stop] (start <= stop). */
function tickInterval(start: number, stop: number, count: number): Interval | null {
  const target = Math.abs(stop - start) / count;
  let i = 0;
  while (i < INTERVALS.length && INTERVALS[i]![1] <= target) i++;
  if (i === INTERVALS.length) return years(tickStep(start / (365 * DAY), stop / (365 * DAY), count));
  if (i === 0) return milliseconds(Math.max(tickStep(start, stop, count), 1));
  return INTERVALS[target / INTERVALS[i - 1]![1] < INTERVALS[i]![1] / target ? i - 1 : i]![0]();
}

/** About `count` round UTC dates from `start` to `stop` (both included), in their order: d3-time's utcTicks. */
export function utcTicks(start: Date | number, stop: Date | number, count: number): Date[] {
  let t0 = +start;
  let t1 = +stop;
  const reverse = t1 < t0;
  if (reverse) [t0, t1] = [t1, t0];
  const interval = tickInterval(t0, t1, count);
  const out: Date[] = [];
  if (interval) {
    const [floor, offset] = interval;
    const end = t1 + 1;
    let t = floor(offset(floor(t0 - 1), 1));
    if (t < end) {
      let previous: number;
      do {
        out.push(new Date(previous = t));
        t = floor(offset(t, 1));
      } while (previous < t && t < end);
    }
  }
  return reverse ? out.reverse() : out;
}
