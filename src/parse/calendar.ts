/** Proleptic Gregorian calendar arithmetic on plain numbers, always in UTC (never the machine's zone). */
import { daysInMonth, isoWeekOneMonday, utcDate } from '../model/timex-value.js';

export { daysInMonth };

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function toDate(x: Ymd): Date {
  return utcDate(x.y, x.m, x.d);
}
export function fromDate(date: Date): Ymd {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
export function addDays(x: Ymd, n: number): Ymd {
  return fromDate(new Date(toDate(x).getTime() + n * DAY_MS));
}
/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28). */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}
export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(x: Ymd): number {
  return ((toDate(x).getUTCDay() + 6) % 7) + 1;
}
/** ISO week-numbering year and week of a day. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const t = toDate(x).getTime();
  let year = x.y + 1;
  while (isoWeekOneMonday(year).getTime() > t) year--;
  const week = Math.floor((t - isoWeekOneMonday(year).getTime()) / (7 * DAY_MS)) + 1;
  return { year, week };
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
/** A year as TimeML writes it: `0079`, `2022`; astronomical year 0 and below as `BC0001`, ... */
export function pad4(y: number): string {
  return y <= 0 ? `BC${String(1 - y).padStart(4, '0')}` : String(y).padStart(4, '0');
}
/** A two-digit year with no date to place it by: 00-29 are 2000-2029, 30-99 are 1930-1999 (`'87`, `'09`). */
export const twoDigitYear = (yy: number): number => (yy < 30 ? 2000 + yy : 1900 + yy);
/** Minutes into a day as a clock: 390 -> `06:30`, 1440 -> `24:00`. */
export const formatHm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
export const formatYmd = (x: Ymd): string => `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
export function formatWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Parses the date part of a TimeML/ISO value into Y-M-D when it has day precision. */
export function parseYmd(value: string): Ymd | null {
  // `/^(\d{4})-(\d{2})-(\d{2})/`, read digit by digit (no match object: the tagger asks for every value).
  if (value.length < 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return value.charCodeAt(0) === 66 ? parseBcYmd(value) : null;
  const y = digitsAt(value, 0, 4), mo = digitsAt(value, 5, 2), d = digitsAt(value, 8, 2);
  if (y < 0 || mo < 0 || d < 0) return null;
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** A BC day (`BC0044-03-15`, 44 BC): its astronomical year (1 BC is year 0, 44 BC is -43), as pad4 writes it back. */
function parseBcYmd(value: string): Ymd | null {
  if (value.length < 12 || !value.startsWith('BC') || value.charCodeAt(6) !== 45 || value.charCodeAt(9) !== 45) return null;
  const n = digitsAt(value, 2, 4), mo = digitsAt(value, 7, 2), d = digitsAt(value, 10, 2);
  if (n < 1 || mo < 0 || d < 0) return null;
  const y = 1 - n;
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** The number written by the `n` ASCII digits at `at`, or -1 when one of them is no digit. */
function digitsAt(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = at; k < at + n; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Day of the month of the nth `dow` (ISO, 1 = Monday) of a month, counted from day `after` + 1; n = -1 is the last. */
export function nthWeekdayOfMonth(y: number, m: number, dow: number, n: number, after = 0): number {
  if (n < 0) {
    const last = daysInMonth(y, m);
    return last - ((isoWeekday({ y, m, d: last }) - dow + 7) % 7);
  }
  const first = after + 1;
  return first + ((dow - isoWeekday({ y, m, d: first }) + 7) % 7) + 7 * (n - 1);
}

/** The last year whose Easter the Julian calendar gave everywhere: the Gregorian calendar began in October 1582. */
const LAST_JULIAN_EASTER = 1582;

/**
 * Easter Sunday of a year: by the anonymous Gregorian computus, and before 1583 by the Julian computus, as the Church
 * kept it then and as histories date it (Easter 1347 fell on 1 April in the calendar of the time).
 */
export function easterSunday(y: number): Ymd {
  if (y <= LAST_JULIAN_EASTER) {
    const d = (19 * (y % 19) + 15) % 30;
    const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
    return { y, m: Math.floor((d + e + 114) / 31), d: ((d + e + 114) % 31) + 1 };
  }
  const a = y % 19, b = Math.floor(y / 100), c = y % 100;
  const d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30, i = Math.floor(c / 4), k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Days since 1970-01-01 of a day of the tabular (arithmetic) Islamic calendar. */
function tabularHijriDays(year: number, month: number, day: number): number {
  return day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) - 492_149;
}

/** Reader of a day's Umm al-Qura date (month, day, year), built on first use; null where Intl lacks that calendar. */
let ummAlQura: ((days: number) => readonly [number, number, number]) | null | undefined;
function ummAlQuraReader(): ((days: number) => readonly [number, number, number]) | null {
  if (ummAlQura !== undefined) return ummAlQura;
  ummAlQura = null;
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    if (format.resolvedOptions().calendar === 'islamic-umalqura') {
      ummAlQura = (days) => {
        const parts = format.formatToParts(new Date(days * DAY_MS));
        const part = (type: string): number => Number.parseInt(parts.find((p) => p.type === type)?.value ?? '', 10);
        return [part('month'), part('day'), part('year')];
      };
    }
  } catch {
    // No Intl calendar support: the tabular calendar stands.
  }
  return ummAlQura;
}

const hijriCache = new Map<number, Ymd>();

/**
 * The Gregorian day of a date of the Islamic (Hijri) calendar: the Umm al-Qura calendar, Saudi Arabia's and
 * the one most news follows, where the platform's Intl knows it; else the tabular calendar, which agrees
 * within a day or two (the observed dates follow the sighting of the moon, which no algorithm knows).
 */
export function hijriToYmd(year: number, month: number, day: number): Ymd {
  const key = (year * 13 + month) * 31 + day;
  const cached = hijriCache.get(key);
  if (cached) return cached;
  const estimate = tabularHijriDays(year, month, day);
  let found = estimate;
  const read = ummAlQuraReader();
  if (read) {
    for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
      const [m, d, y] = read(estimate + delta);
      if (m === month && d === day && y === year) {
        found = estimate + delta;
        break;
      }
    }
  }
  const out = fromDate(new Date(found * DAY_MS));
  if (hijriCache.size < 1024) hijriCache.set(key, out);
  return out;
}

/** The days of a Hijri month and day that fall within a Gregorian year: one, or two (the Hijri year is 11 days shorter). */
export function hijriDaysInYear(gregorianYear: number, month: number, day: number): Ymd[] {
  const approx = Math.floor(((gregorianYear - 622) * 33) / 32);
  const out: Ymd[] = [];
  for (let h = approx - 1; h <= approx + 2; h++) {
    if (h < 1) continue;
    const x = hijriToYmd(h, month, day);
    if (x.y === gregorianYear) out.push(x);
  }
  return out;
}
