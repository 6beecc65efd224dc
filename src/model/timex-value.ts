/**
 * What a TimeML (TIMEX3) value means: the calendar interval it denotes, its precision, its grammar, and
 * the few operations on values that every layer needs (ordering, adding a duration, replacing a day).
 * The tagger (src/parse), extraction (src/events), the model's formats and the layout (src/render) read
 * values through this module and nowhere else; the reading itself is in timex-extent.ts, which the element
 * imports directly (a page that feeds it Timeline JSON does not load the operations below).
 *
 * Pure and time-zone independent: the arithmetic runs on plain numbers in the proleptic Gregorian
 * calendar (UTC), never in the machine's zone. Nothing runs at module load.
 */
import { ZONE_SUFFIX, isCalendarValue, isoWeekOneMondayTime, newExtent, readValueExtent, utcTime } from './timex-extent.js';

export * from './timex-extent.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** A UTC Date from astronomical year, 1-based month, day, hour, minute, second (every field may overflow). */
export function utcDate(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): Date {
  return new Date(utcTime(year, month, day, hour, minute, second));
}

/** Monday of ISO week 1 of an ISO week-numbering year. */
export function isoWeekOneMonday(year: number): Date {
  return new Date(isoWeekOneMondayTime(year));
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

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

/**
 * The value `duration` after the start of `value`, at the start value's own precision (a day value plus two
 * weeks is a day value; a month value plus a year is a month value). Months and years keep the day of month
 * where it exists (Jan 31 + 1 month = Mar 3, as the calendar counts). Null when either is not computable or
 * the result leaves years 1-9999.
 */
export function addDuration(value: string, duration: DurationAmount): string | null {
  const out = newExtent();
  if (!readValueExtent(value, out) || !Number.isInteger(duration.amount)) return null;
  const d = new Date(out.start);
  switch (duration.unit) {
    case 'Y': d.setUTCFullYear(d.getUTCFullYear() + duration.amount); break;
    case 'M': d.setUTCMonth(d.getUTCMonth() + duration.amount); break;
    case 'W': d.setTime(d.getTime() + duration.amount * 7 * DAY_MS); break;
    case 'D': d.setTime(d.getTime() + duration.amount * DAY_MS); break;
    case 'H': d.setTime(d.getTime() + duration.amount * HOUR_MS); break;
    case 'MIN': d.setTime(d.getTime() + duration.amount * MINUTE_MS); break;
  }
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  const day = `${pad(year, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  // A zoned time was read on its own clock: the result keeps its zone.
  const zone = /T\d{2}/.test(value) ? (ZONE_SUFFIX.exec(value)?.[0] ?? '') : '';
  if (/T\d{2}:\d{2}/.test(value)) return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${zone}`;
  if (/T\d{2}(?:Z|[+-]\d{2}:\d{2})?$/.test(value)) return `${day}T${pad(d.getUTCHours())}${zone}`;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return day;
  if (/^\d{4}-\d{2}$/.test(value)) return day.slice(0, 7);
  if (/^\d{4}$/.test(value)) return day.slice(0, 4);
  return day;
}

/** A day value with the day of month replaced (`2021-06-17`, 3 -> `2021-06-03`), or null when that day does not exist. */
export function withDay(value: string, day: number): string | null {
  const m = /^(\d{4}-\d{2})-\d{2}$/.exec(value);
  if (!m || day < 1 || day > 31) return null;
  const v = `${m[1]}-${pad(day)}`;
  return isCalendarValue(v) ? v : null;
}
