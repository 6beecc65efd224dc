/**
 * A linear UTC time scale: as much of d3-scale's `scaleUtc` as the chart and d3-axis use — call it with a date for
 * its position, `domain`, `range`, `invert`, `copy` and `ticks` (d3-time's `utcTicks`, utc-ticks.ts) — with the same
 * arithmetic, without what scaleUtc carries besides (d3-interpolate, d3-color, d3-time-format: tick labels
 * are our own, see ticks.ts).
 */
import { utcTicks } from './utc-ticks.js';

// The type parameters stand where d3's ScaleTime<Range, Output> has them: both numbers here.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export interface ScaleTime<Range = number, Output = number> {
  /** The position of `date` in the range (extrapolated outside the domain). */
  (date: Date | number): number;
  domain(): [Date, Date];
  domain(domain: ReadonlyArray<Date | number>): this;
  range(): [number, number];
  range(range: readonly number[]): this;
  /** The date at position `value` of the range (to the nearest ms). */
  invert(value: number): Date;
  copy(): this;
  /** About `count` round UTC dates across the domain (d3's time ticks). */
  ticks(count?: number): Date[];
}

/** Epoch ms of a domain value (a number is rounded, as d3's time scales do). */
const ms = (t: Date | number): number => (t instanceof Date ? +t : Math.round(t));
/** t in [0, 1] across [a, b] (0.5 when a = b, as d3). */
const normalize = (a: number, b: number) => ((b -= a) ? (x: number) => (x - a) / b : () => (Number.isNaN(b) ? NaN : 0.5));
/** As d3-interpolate's interpolateNumber. */
const lerp = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** [from0, from1] onto [to0, to1], as d3-scale's bimap (a descending domain flipped). */
function bimap(from: readonly number[], to: readonly number[]): (x: number) => number {
  let [d0, d1] = from as [number, number];
  let [r0, r1] = to as [number, number];
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const t = normalize(d0, d1);
  const v = lerp(r0, r1);
  return (x) => v(t(x));
}

/** A new scale: domain [1 Jan 2000, 2 Jan 2000] UTC and range [0, 1] unless given (as d3's scaleUtc). */
export function scaleUtc(domain: ReadonlyArray<Date | number> = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)], range: readonly number[] = [0, 1]): ScaleTime {
  let d: number[] = [];
  let r: number[] = [];
  let output: (x: number) => number;
  let input: (y: number) => number;
  const rescale = (): void => {
    output = bimap(d, r);
    input = bimap(r, d);
  };
  const scale = ((date: Date | number) => output(+date)) as ScaleTime;
  scale.domain = ((next?: ReadonlyArray<Date | number>) => {
    if (!next) return d.map((t) => new Date(t));
    d = next.slice(0, 2).map(ms);
    rescale();
    return scale;
  }) as ScaleTime['domain'];
  scale.range = ((next?: readonly number[]) => {
    if (!next) return r.slice();
    r = next.slice(0, 2).map(Number);
    rescale();
    return scale;
  }) as ScaleTime['range'];
  scale.invert = (value) => new Date(Math.round(input(value)));
  scale.copy = () => scaleUtc(d, r) as typeof scale;
  scale.ticks = (count = 10) => utcTicks(new Date(d[0]!), new Date(d[1]!), count);
  d = domain.slice(0, 2).map(ms);
  r = range.slice(0, 2).map(Number);
  rescale();
  return scale;
}
