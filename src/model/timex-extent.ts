/**
 * What a TimeML (TIMEX3) value means: the calendar interval it denotes and its precision, and the grammar of
 * calendar values. Read through timex-value.ts (which adds the operations on values that the tagger needs);
 * the element imports it directly, so that a page that feeds it Timeline JSON does not load those.
 *
 * Pure and time-zone independent: the arithmetic runs on plain numbers in the proleptic Gregorian
 * calendar (UTC), never in the machine's zone. Nothing runs at module load.
 */
import type { Precision, TimelineEvent } from './types.js';

/** Half-open UTC interval: `end` is exclusive. */
export interface ValueInterval {
  start: Date;
  end: Date;
}

/** Half-open extent in epoch milliseconds (`end` exclusive). */
export interface Extent {
  start: number;
  end: number;
}

/**
 * A new Extent to read into. Not a `{ start, end }` literal: that would share its hidden class with text spans (`{ start,
 * end }` character offsets, small integers), and the first epoch ms written into one would turn the fields of every span
 * into boxed doubles (every span in a timeline then changed over when next read, and two numbers allocated per span).
 */
export function newExtent(): Extent {
  return new ExtentCell();
}
class ExtentCell implements Extent {
  start = Number.NaN;
  end = Number.NaN;
}

/** The extents of a list of events by index (epoch ms, end exclusive), as readEventExtent reads each. */
export interface EventExtents {
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * The grammar of a calendar value, as a regular-expression source: what an event's `start`/`end` and a
 * known `documentDate` must match (the JSON Schema's `calendarValue`). A value that matches may still name
 * a day that does not exist (`2022-02-30`); `isCalendarValue` checks both.
 */
export const CALENDAR_VALUE_SOURCE =
  '^(?:BC\\d{1,3}|BC\\d{4}(?:-(?:SP|SU|FA|WI|\\d{2}(?:-\\d{2})?))?|\\d{1,3}|\\d{4}(?:-(?:Q[1-4]|H[12]|SP|SU|FA|WI|W\\d{2}(?:-WE)?|\\d{2}(?:-\\d{2}(?:T(?:MO|MI|AF|EV|NI|DT|\\d{2}(?::\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)?(?:Z|[+-]\\d{2}:\\d{2})?))?)?))?)$';

/**
 * A clock time may end in the zone it was stated in (`…T11:00+02:45`, `…T23:00Z`, `…T09-05:00`): `Z` for UTC or
 * an ISO offset `±HH:MM` of at most 14 hours. A timeline keeps the article's clock: the interval is the time as
 * stated (`2020-09-16T11:00+02:45` starts at 11:00 on the axis, like the article's times that name no zone), and
 * the zone stays in the value for TimeML readers and is named where the time is written out (`11:00 UTC+02:45`).
 */
export const ZONE_SUFFIX = /(?:Z|([+-])(\d{2}):(\d{2}))$/;

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Hours [from, to) covered by the TimeML parts of day; `to` past 24 runs into the next day. */
function partOfDayHours(part: string): readonly [number, number] {
  switch (part) {
    case 'MO': return [0, 12];
    case 'MI': return [11, 13];
    case 'AF': return [12, 18];
    case 'EV': return [18, 24];
    case 'NI': return [20, 30];
    default: return [6, 18]; // DT, the daytime
  }
}

/** First month and the month after the last of a meteorological season (northern hemisphere); WI runs into next year. */
function seasonMonths(season: string): readonly [number, number] {
  switch (season) {
    case 'SP': return [3, 6];
    case 'SU': return [6, 9];
    case 'FA': return [9, 12];
    default: return [12, 15]; // WI
  }
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, any astronomical year (0 is 1 BC). The month may
 * overflow either way (month 13 is January of the next year) and so may the day. Arithmetic only: no Date.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const months = year * 12 + (month - 1);
  const y0 = Math.floor(months / 12);
  const m = months - y0 * 12 + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Epoch milliseconds of a UTC calendar time; every field may overflow. */
export function utcTime(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): number {
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * 1000;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a month (1-12) of an astronomical year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch milliseconds of the Monday of ISO week 1 of an ISO week-numbering year. */
export function isoWeekOneMondayTime(year: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  const dow = (((jan4 + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday = 0
  return (jan4 - dow) * DAY_MS;
}

// ---------------------------------------------------------------------------------------------------
// Reading a value into an extent

/** Value of the two ASCII digits of `v` at `i`, or -1 (no loop: a timeline's dates are read before this is optimized). */
function twoDigitsAt(v: string, i: number): number {
  const a = v.charCodeAt(i) - 48;
  const b = v.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function setYears(out: Extent, from: number, to: number): true {
  out.start = utcTime(from);
  out.end = utcTime(to);
  return true;
}

/**
 * The commonest shapes, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and `YYYY-MM-DDTHH:MM`, read without a regex or a Date
 * (a timeline of 100,000 events is read on every assignment to the element): 1 when read into `out`, 0 when
 * the shape is one of these but names no real time (`2022-02-30`), -1 for any other shape.
 */
function readPlain(v: string, out: Extent): 1 | 0 | -1 {
  const n = v.length;
  if (n !== 4 && n !== 7 && n !== 10 && n !== 16) return -1;
  const century = twoDigitsAt(v, 0);
  const yy = twoDigitsAt(v, 2);
  if (century < 0 || yy < 0) return -1;
  const year = century * 100 + yy;
  if (n === 4) {
    setYears(out, year, year + 1);
    return 1;
  }
  if (v.charCodeAt(4) !== 45) return -1;
  const month = twoDigitsAt(v, 5);
  if (month < 0) return -1;
  if (n === 7) {
    if (month < 1 || month > 12) return 0;
    out.start = utcTime(year, month);
    out.end = utcTime(year, month + 1);
    return 1;
  }
  if (v.charCodeAt(7) !== 45) return -1;
  const day = twoDigitsAt(v, 8);
  if (day < 0) return -1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 0;
  const start = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) {
    out.start = start;
    out.end = start + DAY_MS;
    return 1;
  }
  if (v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58) return -1;
  const hour = twoDigitsAt(v, 11);
  const minute = twoDigitsAt(v, 14);
  if (hour < 0 || minute < 0) return -1;
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return 0;
  out.start = start + hour * HOUR_MS + minute * MINUTE_MS;
  out.end = out.start + MINUTE_MS;
  return 1;
}

/**
 * A BC value read as a prefix of the BC year, like AD values: `BC0044` (44 BC), `BC004` (40-49 BC), `BC02`
 * (200-299 BC, the 3rd century BC), `BC0` (0-999 BC).
 */
function readBc(digits: string, out: Extent): boolean {
  const n = Number(digits);
  const span = [1000, 100, 10, 1][digits.length - 1];
  if (span === undefined || (digits.length === 4 && n === 0)) return false;
  // Astronomical numbering: 1 BC is year 0, 44 BC is year -43.
  const earliest = n * span + span - 1;
  const latest = Math.max(n * span, 1);
  return setYears(out, 1 - earliest, 2 - latest);
}

const DAY_TIME = /^(\d{2})(?:-(\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?))?)?$/;

/** Every other calendar shape (weeks, quarters, seasons, parts of day, seconds, decades, centuries, BC). */
function readGeneral(v: string, out: Extent): boolean {
  let m = /^BC(\d{1,4})$/.exec(v);
  if (m) return readBc(m[1]!, out);
  m = /^(\d{1,3})$/.exec(v); // millennium (1 digit), century (2), decade (3)
  if (m) {
    const span = [1000, 100, 10][m[1]!.length - 1]!;
    const n = Number(m[1]);
    return setYears(out, n * span, n * span + span);
  }
  // `BC0190-03-29`, `BC0190-03`, `BC0190-SU`: a month, day or season of a BC year (astronomical year 1 - n).
  const bc = /^BC(\d{4})-(SP|SU|FA|WI|\d{2}(?:-\d{2})?)$/.exec(v);
  if (bc) return Number(bc[1]) > 0 && readWithinYear(1 - Number(bc[1]), bc[2]!, out);
  m = /^(\d{4})(?:-(.+))?$/.exec(v);
  if (!m) return false;
  const year = Number(m[1]);
  const rest = m[2];
  if (rest === undefined) return setYears(out, year, year + 1);
  return readWithinYear(year, rest, out);
}

/** What follows the year of a value (`Q3`, `SU`, `W02-WE`, `03-29T10:00`), read within that astronomical year. */
function readWithinYear(year: number, rest: string, out: Extent): boolean {
  let r = /^([QH])([1-4])$/.exec(rest);
  if (r) {
    const months = r[1] === 'Q' ? 3 : 6;
    const k = Number(r[2]);
    if (months === 6 && k > 2) return false;
    out.start = utcTime(year, k * months - months + 1);
    out.end = utcTime(year, k * months + 1);
    return true;
  }
  r = /^(SP|SU|FA|WI)$/.exec(rest);
  if (r) {
    const [from, to] = seasonMonths(r[1]!);
    out.start = utcTime(year, from);
    out.end = utcTime(year, to);
    return true;
  }
  r = /^W(\d{2})(-WE)?$/.exec(rest);
  if (r) {
    const week = Number(r[1]);
    if (week < 1 || week > 53) return false;
    const monday = isoWeekOneMondayTime(year) + (week - 1) * 7 * DAY_MS;
    out.start = r[2] ? monday + 5 * DAY_MS : monday;
    out.end = monday + 7 * DAY_MS;
    return true;
  }
  r = DAY_TIME.exec(rest);
  if (!r) return false;
  const month = Number(r[1]);
  if (month < 1 || month > 12) return false;
  if (r[2] === undefined) {
    out.start = utcTime(year, month);
    out.end = utcTime(year, month + 1);
    return true;
  }
  const day = Number(r[2]);
  if (day < 1 || day > daysInMonth(year, month)) return false;
  if (r[3]) {
    const [from, to] = partOfDayHours(r[3]);
    out.start = utcTime(year, month, day, from);
    out.end = utcTime(year, month, day, to);
    return true;
  }
  if (r[4] === undefined) {
    out.start = utcTime(year, month, day);
    out.end = utcTime(year, month, day + 1);
    return true;
  }
  const hour = Number(r[4]);
  const minute = r[5] === undefined ? 0 : Number(r[5]);
  const second = r[6] === undefined ? 0 : Number(r[6]);
  const fraction = r[7];
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || (fraction !== undefined && Number(fraction) > 0)))) return false;
  out.start = utcTime(year, month, day, hour, minute, second) + (fraction === undefined ? 0 : Number(fraction.padEnd(3, '0')));
  out.end = out.start + (fraction !== undefined ? 10 ** (3 - fraction.length) : r[6] !== undefined ? 1000 : r[5] !== undefined ? MINUTE_MS : HOUR_MS);
  return true;
}

/** The zone a clock time was stated in, as a reader says it (`UTC`, `UTC+01:00`, `UTC−05:00`), or '' without one. */
export function zoneLabel(value: string): string {
  const z = /T\d{2}/.test(value) ? ZONE_SUFFIX.exec(value) : null;
  if (!z) return '';
  return z[1] === undefined ? 'UTC' : `UTC${z[1] === '-' ? '−' : '+'}${z[2]}:${z[3]}`;
}

/** Minutes east of UTC of a value's zone suffix (0 for `Z`), null without one, NaN for an impossible offset. */
function zoneMinutes(v: string): number | null {
  const z = ZONE_SUFFIX.exec(v);
  if (!z) return null;
  if (z[1] === undefined) return 0;
  const h = Number(z[2]), m = Number(z[3]);
  if (h > 14 || m > 59 || (h === 14 && m > 0)) return Number.NaN;
  return (z[1] === '-' ? -1 : 1) * (h * 60 + m);
}

/** A clock time with a zone (`…T11:00+02:45`): the time as stated, the zone checked and set aside. */
function readZoned(v: string, out: Extent): boolean {
  const t = v.indexOf('T');
  const offset = t < 0 ? null : zoneMinutes(v);
  if (offset === null || Number.isNaN(offset)) return false;
  const local = v.slice(0, v.length - (v.endsWith('Z') ? 1 : 6));
  // Only a clock time carries a zone: not a day, a part of day, or a bare `T`.
  if (!/T\d{2}$|T\d{2}:\d{2}/.test(local)) return false;
  const inner = newExtent();
  if (!(readPlain(local, inner) === 1 || (readPlain(local, inner) === -1 && readGeneral(local, inner)))) return false;
  out.start = inner.start;
  out.end = inner.end;
  return true;
}

/**
 * Reads the extent a calendar value denotes into `out` and returns true; false (out untouched) for values
 * that are not points or periods on the calendar: durations (`P2W`), sets, references (`PRESENT_REF`),
 * values with `X` placeholders, impossible days (`2022-02-30`). The allocation-free form for hot loops.
 */
export function readValueExtent(value: string, out: Extent): boolean {
  const plain = readPlain(value, out);
  if (plain !== -1) return plain === 1;
  const last = value.charCodeAt(value.length - 1);
  // `Z` or the minutes of an offset (`+02:45`) end a zoned clock time.
  if (last === 90 || (value.length > 16 && (value.charCodeAt(value.length - 6) === 43 || value.charCodeAt(value.length - 6) === 45))) return readZoned(value, out);
  return readGeneral(value, out);
}

/** [start, end) in epoch milliseconds of a calendar value, or null (see `readValueExtent`). */
export function valueExtent(value: string): [number, number] | null {
  const out = newExtent();
  return readValueExtent(value, out) ? [out.start, out.end] : null;
}

/** The UTC interval a calendar value denotes, or null for values that are not on the calendar. */
export function timexValueToInterval(value: string): ValueInterval | null {
  const out = newExtent();
  return readValueExtent(value, out) ? { start: new Date(out.start), end: new Date(out.end) } : null;
}

/** Epoch milliseconds of the start of a value's interval, or NaN when it has none. */
export function valueStartTime(value: string): number {
  const known = startMemo.get(value);
  if (known !== undefined) return known;
  const out = newExtent();
  const t = readValueExtent(value, out) ? out.start : Number.NaN;
  if (startMemo.size >= MEMO_SIZE) startMemo.clear();
  startMemo.set(value, t);
  return t;
}
const startMemo = new Map<string, number>();

/** True for a TimeML value that denotes a real calendar point or period (`2022-01-07`, `BC0044`). */
export function isCalendarValue(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(valueStartTime(value));
}

/**
 * Half-open extent of an event into `out`: from the start of its `start` to the end of its `end` (when that
 * is later); false (out untouched) when its start is not a calendar value.
 */
export function readEventExtent(event: Pick<TimelineEvent, 'start' | 'end'>, out: Extent): boolean {
  if (typeof event.start !== 'string' || !readValueExtent(event.start, out)) return false;
  if (typeof event.end === 'string') {
    const start = out.start;
    const end = out.end;
    if (readValueExtent(event.end, out)) {
      if (!(out.end > start)) out.end = end;
      out.start = start;
    }
  }
  return true;
}

/** Half-open extent of an event in epoch milliseconds, or null when its start is not a calendar value. */
export function eventExtent(event: Pick<TimelineEvent, 'start' | 'end'>): Extent | null {
  const out = newExtent();
  return readEventExtent(event, out) ? out : null;
}

// ---------------------------------------------------------------------------------------------------
// Precision

/** Precision of a TimeML value, `X` placeholders allowed (`XXXX-01-02` is a day); null for durations, sets, REFs. */
export function precisionOfValue(value: string): Precision | null {
  // A text repeats a few values many times: each is read once (a small table, emptied when full).
  const known = precisionMemo.get(value);
  if (known !== undefined) return known;
  const p = readPrecision(value);
  if (precisionMemo.size >= MEMO_SIZE) precisionMemo.clear();
  precisionMemo.set(value, p);
  return p;
}

/** Entries kept by each per-value memo table. */
const MEMO_SIZE = 512;
const precisionMemo = new Map<string, Precision | null>();

function readPrecision(value: string): Precision | null {
  const v = value.trim();
  if (v.startsWith('P') || v.endsWith('_REF') || v === '') return null;
  const bc = /^BC(\d{1,4})$/.exec(v);
  if (bc) return (['millennium', 'century', 'decade', 'year'] as const)[bc[1]!.length - 1]!;
  // A month, day or season of a BC year has the precision of the same shape after an AD year.
  if (/^BC\d{4}-/.test(v)) return precisionOfValue(`0001${v.slice(6)}`);
  if (!/^[\dX]{1,4}/.test(v)) return null;
  if (v.length < 4 && /^[\dX]+$/.test(v)) return (['millennium', 'century', 'decade'] as const)[v.length - 1]!;
  const rest = v.slice(4).replace(/(T[\dX]{2}(?::[\dX]{2}(?::[\dX]{2}(?:\.\d{1,3})?)?)?)(?:Z|[+-]\d{2}:\d{2})$/, '$1');
  if (rest === '') return 'year';
  if (/^-Q[\dX]$/.test(rest)) return 'quarter';
  if (/^-H[\dX]$/.test(rest)) return 'half';
  if (/^-(SP|SU|FA|WI)$/.test(rest)) return 'season';
  if (/^-W[\dX]{2}(-WE)?$/.test(rest)) return 'week';
  if (/^-[\dX]{2}$/.test(rest)) return 'month';
  if (/^-[\dX]{2}-[\dX]{2}$/.test(rest)) return 'day';
  if (/^-[\dX]{2}-[\dX]{2}T(MO|MI|AF|EV|NI|DT)$/.test(rest)) return 'part-of-day';
  if (/^-[\dX]{2}-[\dX]{2}T[\dX]{2}$/.test(rest)) return 'hour';
  if (/^-[\dX]{2}-[\dX]{2}T[\dX]{2}:[\dX]{2}/.test(rest)) return 'minute';
  return null;
}
