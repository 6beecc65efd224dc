/**
 * Axis ticks and their labels: labels follow the tick spacing (centuries to minutes) and write BC years
 * properly; no clock time is shown when no visible event has one (ticks stop at days).
 */
import { MONTH_SHORT, yearLabel } from './date-phrase.js';
import { isEnglish, type Locale } from './locale-tag.js';
import { localDates } from './local-dates.js';
import type { PreparedTimeline } from './prepare.js';
import { visibleRange } from './layout.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The spacing a lone tick implies from where it falls: a year, a month, a day or finer. */
function loneStep(d: Date): number {
  if (d.getUTCHours() || d.getUTCMinutes()) return HOUR_MS;
  if (d.getUTCDate() !== 1) return DAY_MS;
  return d.getUTCMonth() ? 30 * DAY_MS : 365 * DAY_MS;
}

/**
 * Labels for sorted UTC tick dates; the larger unit is added where it changes, or on the first tick.
 * Without `timed` (no visible event has a clock time) ticks are labelled by day at the finest.
 * `locale` (default `en`): months, days and eras as Intl writes them there (`janv. 2022`, `7. Jan.`, `44 v. Chr.`), once
 * loaded (local-dates.ts).
 */
export function formatTicks(ticks: readonly Date[], timed = true, locale: Locale = 'en'): string[] {
  if (ticks.length === 0) return [];
  const spacing = ticks.length > 1 ? (ticks[ticks.length - 1]!.getTime() - ticks[0]!.getTime()) / (ticks.length - 1) : loneStep(ticks[0]!);
  const step = timed ? spacing : Math.max(spacing, DAY_MS);
  const local = isEnglish(locale) ? null : localDates();
  if (local) return local.localTicks(ticks, step, locale);
  return ticks.map((d, i) => {
    const prev = i > 0 ? ticks[i - 1]! : null;
    const year = d.getUTCFullYear();
    const newYear = !prev || prev.getUTCFullYear() !== year;
    const newDay = !prev || prev.getUTCDate() !== d.getUTCDate() || prev.getUTCMonth() !== d.getUTCMonth() || newYear;
    if (step >= 300 * DAY_MS) return yearLabel(year);
    const month = MONTH_SHORT[d.getUTCMonth()]!;
    if (step >= 27 * DAY_MS) return newYear ? `${month} ${yearLabel(year)}` : month;
    const day = `${d.getUTCDate()} ${month}`;
    if (step >= DAY_MS * 0.99) return newYear ? `${day} ${yearLabel(year)}` : day;
    const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    return newDay ? `${day} ${time}` : time;
  });
}

/**
 * Year ticks moved to round historical years: astronomical year -799 is 800 BC, so a tick at -800
 * (801 BC) moves one year later. Ticks finer than a year, or all AD, are returned unchanged.
 */
export function historicalTicks(ticks: readonly Date[]): Date[] {
  if (ticks.length < 2) return [...ticks];
  const step = (ticks[ticks.length - 1]!.getTime() - ticks[0]!.getTime()) / (ticks.length - 1);
  if (step < 300 * DAY_MS || ticks[0]!.getUTCFullYear() > 0) return [...ticks];
  return ticks.map((d) => {
    const year = d.getUTCFullYear();
    if (year > 0 || d.getUTCMonth() !== 0 || d.getUTCDate() !== 1) return d;
    const moved = new Date(d.getTime());
    moved.setUTCFullYear(year + 1);
    return moved;
  });
}

/** Above this many items that may be visible, assume some have a clock time (the view is dense anyway). */
const TIMED_SCAN_LIMIT = 2000;

/** Whether an event with a clock time (hour or minute precision) meets the domain. */
export function hasTimedEvents(prepared: PreparedTimeline, [t0, t1]: [number, number]): boolean {
  const [from, to] = visibleRange(prepared, t0, t1);
  if (to - from > TIMED_SCAN_LIMIT) return true;
  for (let i = from; i < to; i++) {
    if (prepared.ends[i]! >= t0 && prepared.timedAt(i)) return true;
  }
  return false;
}

const DAY_STEPS = [1, 2, 3, 7, 14] as const;

/** UTC midnights in [t0, t1], every 1, 2, 3, 7 or 14 days: the fewest steps that keep to `count` ticks. */
export function dayTicks([t0, t1]: [number, number], count: number): Date[] {
  const days = (t1 - t0) / DAY_MS;
  const step = DAY_STEPS.find((s) => days / s <= Math.max(1, count)) ?? DAY_STEPS[DAY_STEPS.length - 1];
  const out: Date[] = [];
  // Steps of several days count from a fixed epoch, so that ticks stay put while the view pans.
  for (let t = Math.ceil(t0 / (step * DAY_MS)) * step * DAY_MS; t <= t1; t += step * DAY_MS) out.push(new Date(t));
  return out;
}

/**
 * The ticks to draw: those proposed (d3's choice for the view), unless they are finer than a day while no
 * visible event has a clock time; then days (a `12:00` tick would suggest a time the article never gave).
 */
export function chooseTicks(proposed: readonly Date[], domain: [number, number], count: number, timed: boolean): Date[] {
  if (timed || proposed.length < 2) return timed || proposed.length === 0 || proposed[0]!.getUTCHours() === 0 ? [...proposed] : dayTicks(domain, count);
  const step = (proposed[proposed.length - 1]!.getTime() - proposed[0]!.getTime()) / (proposed.length - 1);
  return step >= DAY_MS * 0.99 ? [...proposed] : dayTicks(domain, count);
}
