/**
 * Clock times placed by the moment they name, not only by the day they were told on: a time said again in another
 * zone (`At 1100 PM EDT (0300 UTC)`), and a time ahead told after the publication's own hour (`Next advisory at
 * 200 AM EDT`, issued at 11 p.m.). Pure.
 */
import { type Ymd, addDays, formatYmd, parseYmd } from './calendar.js';
import { daysFromCivil } from '../model/timex-value.js';

/** A moment written with its day, its time and its offset: `2026-09-16T23:00-04:00`, `2026-09-17T03:00Z`. */
const ZONED_MOMENT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
/** A date given with a time and an offset, seconds and their fraction optional: `2026-09-16T23:00-04:00`. */
const GIVEN_MOMENT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK = /^T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** Minutes east of UTC of an offset suffix (`Z` 0, `-04:00` -240), or null for none. */
function offsetMinutes(suffix: string): number | null {
  if (suffix === 'Z') return 0;
  const m = OFFSET.exec(suffix);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/** Seconds since the epoch, in UTC, of a day, a time of day in seconds and an offset in minutes. */
const instant = (day: Ymd, clock: number, offset: number): number => daysFromCivil(day.y, day.m, day.d) * 86400 + clock - offset * 60;

/** Seconds after midnight of a clock time `T23:00`, or null for a part of day. */
function clockSeconds(time: string | undefined): number | null {
  const m = time ? CLOCK.exec(time) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
}

/** The offset suffix of a date given with a time (`2026-09-16T23:00-04:00` -> `-04:00`), or null. */
export function zoneOfMoment(value: string | undefined): string | null {
  const m = value ? GIVEN_MOMENT.exec(value.trim()) : null;
  return m ? m[1]! : null;
}

/**
 * `At 1100 PM EDT (0300 UTC)`: the day of a clock time in zone `suffix`, told in the sentence of `moment` said in another
 * zone, that puts it nearest that moment (the day before, the same or the day after `day`); null when `moment` names no
 * zoned time or shares the zone.
 */
export function dayNearestMoment(day: Ymd, time: string, suffix: string, moment: string): Ymd | null {
  const at = moment.endsWith(suffix) ? null : momentSeconds(moment);
  const clock = clockSeconds(time);
  const offset = offsetMinutes(suffix);
  if (at === null || clock === null || offset === null) return null;
  let best = day;
  let gap = Math.abs(instant(day, clock, offset) - at);
  for (const d of [addDays(day, -1), addDays(day, 1)]) {
    const g = Math.abs(instant(d, clock, offset) - at);
    if (g < gap) [best, gap] = [d, g];
  }
  return formatYmd(best) === formatYmd(day) ? null : best;
}

/**
 * `Next complete advisory at 500 AM EDT`, issued at 11 p.m.: a clock time looking ahead that falls before the
 * publication's own time on its day is the next day's. Offsets are compared when both are known, else the clocks.
 */
export function aheadOfPublication(day: Ymd, time: string, suffix: string, docClock: number, docZone: string | null): boolean {
  const clock = clockSeconds(time);
  if (clock === null) return false;
  const [a, b] = [offsetMinutes(suffix), docZone ? offsetMinutes(docZone) : null];
  return a !== null && b !== null ? instant(day, clock, a) < instant(day, docClock, b) : clock < docClock;
}

/** Seconds since the epoch of a zoned moment (`2026-09-17T03:00Z`), or null for any other value. */
function momentSeconds(value: string): number | null {
  const m = ZONED_MOMENT.exec(value);
  return m ? instant(parseYmd(m[1]!)!, Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0), offsetMinutes(m[5]!)!) : null;
}

/** Whether two values are the same moment written in different zones (`2026-09-16T23:00-04:00`, `2026-09-17T03:00Z`). */
export function sameMoment(a: string, b: string): boolean {
  if (a === b) return false;
  const [x, y] = [momentSeconds(a), momentSeconds(b)];
  return x !== null && x === y;
}
