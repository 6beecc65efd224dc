/**
 * TimeML values as time intervals for drawing. The tagger's pure converter (src/parse/value-interval.ts)
 * is reused directly, without pulling in the rest of the tagger.
 */
import type { TimelineEvent } from '../model/types.js';
import { timexValueToInterval, precisionOfValue } from '../parse/value-interval.js';

export { timexValueToInterval, precisionOfValue };

const DAY_MS = 86_400_000;
const digit = (v: string, i: number) => v.charCodeAt(i) - 48;
const isDigit = (v: string, i: number) => { const c = v.charCodeAt(i); return c >= 48 && c <= 57; };

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

let fastStart = 0;
let fastEnd = 0;

/** Value of 2 or 4 ASCII digits at i, or -1. */
function digits(v: string, i: number, n: 2 | 4): number {
  let out = 0;
  for (let k = i; k < i + n; k++) {
    if (!isDigit(v, k)) return -1;
    out = out * 10 + digit(v, k);
  }
  return out;
}

/**
 * Fast path, without a Date, for the common `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`
 * (years 1000-9999): sets fastStart/fastEnd and returns true, else false. Large timelines are mostly these.
 */
function plainInterval(v: string): boolean {
  const n = v.length;
  if (n !== 4 && n !== 7 && n !== 10 && n !== 16) return false;
  const year = digits(v, 0, 4);
  if (year < 1000) return false;
  if (n === 4) {
    fastStart = daysFromCivil(year, 1, 1) * DAY_MS;
    fastEnd = daysFromCivil(year + 1, 1, 1) * DAY_MS;
    return true;
  }
  const month = v.charCodeAt(4) === 45 ? digits(v, 5, 2) : -1;
  if (month < 1 || month > 12) return false;
  if (n === 7) {
    fastStart = daysFromCivil(year, month, 1) * DAY_MS;
    fastEnd = (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) * DAY_MS;
    return true;
  }
  const day = v.charCodeAt(7) === 45 ? digits(v, 8, 2) : -1;
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return false;
  const start = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) {
    fastStart = start;
    fastEnd = start + DAY_MS;
    return true;
  }
  const hour = v.charCodeAt(10) === 84 ? digits(v, 11, 2) : -1;
  const minute = v.charCodeAt(13) === 58 ? digits(v, 14, 2) : -1;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return false;
  fastStart = start + hour * 3_600_000 + minute * 60_000;
  fastEnd = fastStart + 60_000;
  return true;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (year >= 1), by arithmetic: no Date per event. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** [start, end) in epoch ms of a TimeML value, or null. */
export function valueExtent(value: string): [number, number] | null {
  if (plainInterval(value)) return [fastStart, fastEnd];
  const interval = timexValueToInterval(value);
  return interval ? [interval.start.getTime(), interval.end.getTime()] : null;
}

/** Where extentInto() leaves its result (one shared object: no allocation per event). */
export const EXTENT = { start: 0, end: 0 };

/**
 * Half-open extent of an event in epoch ms into EXTENT; false (EXTENT untouched) when its start is not a
 * calendar value. prepareTimeline calls it once per event.
 */
export function extentInto(event: Pick<TimelineEvent, 'start' | 'end'>): boolean {
  if (typeof event.start !== 'string') return false;
  let start: number;
  let end: number;
  if (plainInterval(event.start)) {
    start = fastStart;
    end = fastEnd;
  } else {
    const first = valueExtent(event.start);
    if (!first) return false;
    [start, end] = first;
  }
  if (typeof event.end === 'string') {
    const last = plainInterval(event.end) ? fastEnd : valueExtent(event.end)?.[1];
    if (last !== undefined && last > start) end = last;
  }
  EXTENT.start = start;
  EXTENT.end = end;
  return true;
}

/** Half-open extent of an event in epoch milliseconds, or null when its start is not a calendar value. */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } | null {
  return extentInto(event) ? { start: EXTENT.start, end: EXTENT.end } : null;
}
