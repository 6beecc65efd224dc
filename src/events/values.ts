/** Small pure helpers on TimeML values that extraction needs: ordering, durations, formatting. */
import { timexValueToInterval } from '../parse/value-interval.js';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of the start of a value's interval, or NaN when it has none. */
export function valueStartTime(value: string): number {
  return timexValueToInterval(value)?.start.getTime() ?? Number.NaN;
}

/** True for values that are a point or period on the calendar (not a duration, set or REF). */
export function isCalendarValue(value: string): boolean {
  return timexValueToInterval(value) !== null;
}

export interface DurationAmount {
  unit: 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN';
  amount: number;
}

/** `P2W` -> 2 weeks, `PT48H` -> 48 hours; vague (`PXD`) or compound values give null. */
export function parseDuration(value: string): DurationAmount | null {
  const m = /^P(?:(\d{1,4}(?:\.\d{1,3})?)([YMWD])|T(\d{1,4})([HM]))$/.exec(value);
  if (!m) return null;
  if (m[1] !== undefined) return { amount: Number(m[1]), unit: m[2] as 'Y' | 'M' | 'W' | 'D' };
  return { amount: Number(m[3]), unit: m[4] === 'H' ? 'H' : 'MIN' };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * The value `duration` after the start of `value`, at the start value's own precision (a day
 * value plus two weeks is a day value). Null when either is not computable.
 */
export function addDuration(value: string, duration: DurationAmount): string | null {
  const interval = timexValueToInterval(value);
  if (!interval || !Number.isInteger(duration.amount)) return null;
  const d = new Date(interval.start.getTime());
  switch (duration.unit) {
    case 'Y': d.setUTCFullYear(d.getUTCFullYear() + duration.amount); break;
    case 'M': d.setUTCMonth(d.getUTCMonth() + duration.amount); break;
    case 'W': d.setTime(d.getTime() + duration.amount * 7 * DAY_MS); break;
    case 'D': d.setTime(d.getTime() + duration.amount * DAY_MS); break;
    case 'H': d.setTime(d.getTime() + duration.amount * 3_600_000); break;
    case 'MIN': d.setTime(d.getTime() + duration.amount * 60_000); break;
  }
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  const day = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (/T\d{2}:\d{2}/.test(value)) return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (/T\d{2}$/.test(value)) return `${day}T${pad(d.getUTCHours())}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return day;
  if (/^\d{4}-\d{2}$/.test(value)) return day.slice(0, 7);
  if (/^\d{4}$/.test(value)) return day.slice(0, 4);
  return day;
}

/** A value with the day of month replaced (`2021-06-17`, 3 -> `2021-06-03`), or null. */
export function withDay(value: string, day: number): string | null {
  const m = /^(\d{4}-\d{2})-\d{2}$/.exec(value);
  if (!m || day < 1 || day > 31) return null;
  const v = `${m[1]}-${pad(day)}`;
  return isCalendarValue(v) ? v : null;
}

/** A 4-digit year value with a 2-digit end (`1939`, `45` -> `1945`), or null. */
export function completeYear(startYear: string, end: string): string | null {
  if (!/^\d{4}$/.test(startYear)) return null;
  const full = end.length === 2 ? startYear.slice(0, 2) + end : end;
  return /^\d{4}$/.test(full) && full > startYear ? full : null;
}
