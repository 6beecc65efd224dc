/**
 * Turns a TimeML (TIMEX3) date/time value into the UTC interval it denotes, and tells its precision.
 * Pure and time-zone independent: every Date is built with UTC fields, never the machine's zone.
 */
import type { Precision } from '../model/types.js';

/** Half-open UTC interval: `end` is exclusive. */
export interface ValueInterval {
  start: Date;
  end: Date;
}

/** Hours [from, to) covered by the TimeML parts of day; `to` past 24 runs into the next day. */
const PART_OF_DAY_HOURS: Record<string, readonly [number, number]> = {
  MO: [0, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [18, 24],
  NI: [20, 30],
  DT: [6, 18],
};

/** Months [from, to) of the meteorological seasons (northern hemisphere); WI runs into next year. */
const SEASON_MONTHS: Record<string, readonly [number, number]> = {
  SP: [3, 6],
  SU: [6, 9],
  FA: [9, 12],
  WI: [12, 15],
};

/** A UTC date from astronomical year, 1-based month (may overflow), day, hour, minute. */
export function utcDate(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): Date {
  // setUTCFullYear keeps years 0..99 literal (Date.UTC maps them to 1900..1999); fields may overflow.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d;
}

/** Monday of ISO week 1 of an ISO week-numbering year. */
export function isoWeekOneMonday(year: number): Date {
  const jan4 = utcDate(year, 1, 4);
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return utcDate(year, 1, 4 - dow);
}

const DAY_MS = 86_400_000;

function yearRange(fromYear: number, toYear: number): ValueInterval {
  return { start: utcDate(fromYear, 1, 1), end: utcDate(toYear, 1, 1) };
}

/**
 * Interval of a BC value, read as a prefix of the BC year like AD values: `BC0044` (44 BC), `BC004`
 * (40-49 BC), `BC02` (200-299 BC, the 3rd century BC), `BC0` (0-999 BC).
 */
function bcInterval(digits: string): ValueInterval | null {
  const n = Number(digits);
  const span = [1000, 100, 10, 1][digits.length - 1];
  if (span === undefined || (digits.length === 4 && n === 0)) return null;
  // Astronomical numbering: 1 BC is year 0, 44 BC is year -43.
  const earliest = n * span + span - 1;
  const latest = Math.max(n * span, 1);
  return yearRange(1 - earliest, 2 - latest);
}

/**
 * The UTC interval a TimeML value denotes, or null for values that are not points on the calendar
 * (durations `P2W`, sets, `PRESENT_REF`-style references, values with `X` placeholders).
 */
export function timexValueToInterval(value: string): ValueInterval | null {
  const v = value.trim();
  let m = /^BC(\d{1,4})$/.exec(v);
  if (m) return bcInterval(m[1]!);
  if (v.includes('X') || v.startsWith('P') || v.endsWith('_REF')) return null;
  m = /^(\d{1,2})$/.exec(v); // century (or millennium with one digit)
  if (m) {
    const n = Number(m[1]);
    return m[1]!.length === 1 ? yearRange(n * 1000, n * 1000 + 1000) : yearRange(n * 100, n * 100 + 100);
  }
  m = /^(\d{3})$/.exec(v); // decade
  if (m) return yearRange(Number(m[1]) * 10, Number(m[1]) * 10 + 10);
  m = /^(\d{4})(?:-(.+))?$/.exec(v);
  if (!m) return null;
  const year = Number(m[1]);
  const rest = m[2];
  if (rest === undefined) return yearRange(year, year + 1);
  let r = /^Q([1-4])$/.exec(rest);
  if (r) {
    const q = Number(r[1]);
    return { start: utcDate(year, q * 3 - 2, 1), end: utcDate(year, q * 3 + 1, 1) };
  }
  r = /^H([12])$/.exec(rest);
  if (r) {
    const h = Number(r[1]);
    return { start: utcDate(year, h * 6 - 5, 1), end: utcDate(year, h * 6 + 1, 1) };
  }
  r = /^(SP|SU|FA|WI)$/.exec(rest);
  if (r) {
    const [from, to] = SEASON_MONTHS[r[1]!]!;
    return { start: utcDate(year, from, 1), end: utcDate(year, to, 1) };
  }
  r = /^W(\d{2})(-WE)?$/.exec(rest);
  if (r) {
    const week = Number(r[1]);
    if (week < 1 || week > 53) return null;
    const monday = isoWeekOneMonday(year).getTime() + (week - 1) * 7 * DAY_MS;
    if (r[2]) return { start: new Date(monday + 5 * DAY_MS), end: new Date(monday + 7 * DAY_MS) };
    return { start: new Date(monday), end: new Date(monday + 7 * DAY_MS) };
  }
  r = /^(\d{2})(?:-(\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2})(?::(\d{2}))?)?))?)?$/.exec(rest);
  if (!r) return null;
  const month = Number(r[1]);
  if (month < 1 || month > 12) return null;
  if (r[2] === undefined) return { start: utcDate(year, month, 1), end: utcDate(year, month + 1, 1) };
  const day = Number(r[2]);
  const dayStart = utcDate(year, month, day);
  if (day < 1 || dayStart.getUTCMonth() !== month - 1) return null;
  if (r[3]) {
    const [from, to] = PART_OF_DAY_HOURS[r[3]]!;
    return { start: utcDate(year, month, day, from), end: utcDate(year, month, day, to) };
  }
  if (r[4] === undefined) return { start: dayStart, end: utcDate(year, month, day + 1) };
  const hour = Number(r[4]);
  if (hour > 24) return null;
  if (r[5] === undefined) return { start: utcDate(year, month, day, hour), end: utcDate(year, month, day, hour + 1) };
  const minute = Number(r[5]);
  if (minute > 59) return null;
  if (r[6] === undefined) {
    return { start: utcDate(year, month, day, hour, minute), end: utcDate(year, month, day, hour, minute + 1) };
  }
  const second = Number(r[6]);
  return { start: utcDate(year, month, day, hour, minute, second), end: utcDate(year, month, day, hour, minute, second + 1) };
}

/** Precision of a TimeML value, or null when it is not a calendar value (duration, set, REF). */
export function precisionOfValue(value: string): Precision | null {
  const v = value.trim();
  if (v.startsWith('P') || v.endsWith('_REF') || v === '') return null;
  let m = /^BC(\d{1,4})$/.exec(v);
  if (m) return (['millennium', 'century', 'decade', 'year'] as const)[m[1]!.length - 1]!;
  m = /^[\dX]{1,4}/.exec(v);
  if (!m) return null;
  if (v.length < 4 && /^[\dX]+$/.test(v)) return (['millennium', 'century', 'decade'] as const)[v.length - 1]!;
  const rest = v.slice(4);
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
