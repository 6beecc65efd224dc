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

/** Fast path for the common `YYYY-MM-DD` (years 1000-9999), else null; large timelines are mostly days. */
function plainDayInterval(v: string): [number, number] | null {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return null;
  if (!(isDigit(v, 0) && isDigit(v, 1) && isDigit(v, 2) && isDigit(v, 3) && isDigit(v, 5) && isDigit(v, 6) && isDigit(v, 8) && isDigit(v, 9))) return null;
  const year = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const month = digit(v, 5) * 10 + digit(v, 6);
  const day = digit(v, 8) * 10 + digit(v, 9);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  const start = Date.UTC(year, month - 1, day);
  return [start, start + DAY_MS];
}

/** [start, end) in epoch ms of a TimeML value, or null. */
export function valueExtent(value: string): [number, number] | null {
  const fast = plainDayInterval(value);
  if (fast) return fast;
  const interval = timexValueToInterval(value);
  return interval ? [interval.start.getTime(), interval.end.getTime()] : null;
}

/** Half-open extent of an event in epoch milliseconds, or null when its start is not a calendar value. */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): { start: number; end: number } | null {
  const first = typeof event.start === 'string' ? valueExtent(event.start) : null;
  if (!first) return null;
  let end = first[1];
  if (typeof event.end === 'string') {
    const last = valueExtent(event.end);
    if (last && last[1] > first[0]) end = last[1];
  }
  return { start: first[0], end };
}
