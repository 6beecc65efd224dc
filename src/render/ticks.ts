/** Axis tick labels that follow the tick spacing (centuries to minutes) and write BC years properly. */
import { MONTH_SHORT, yearLabel } from './date-phrase.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Labels for sorted UTC tick dates; the larger unit is added where it changes, or on the first tick. */
export function formatTicks(ticks: readonly Date[]): string[] {
  if (ticks.length === 0) return [];
  const step = ticks.length > 1 ? (ticks[ticks.length - 1]!.getTime() - ticks[0]!.getTime()) / (ticks.length - 1) : DAY_MS * 365;
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
