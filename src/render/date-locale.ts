/**
 * Dates as a reader says them in another language than English, from TimeML values: days, months and eras from
 * `Intl.DateTimeFormat` (`vendredi 7 janvier 2022`, `7. Jan. 2022`, `44 av. J.-C.`), ranges from its
 * `formatRange` (`4.–7. Januar 2022`), and the words Intl has none for (seasons, quarters, decades, centuries,
 * parts of the day) from src/render/locale.ts. Precision is kept: a month is its month and year, a year its year.
 * English goes through src/model/date-words.ts instead (see date-phrase.ts).
 */
import type { Precision } from '../model/types.js';
import { partsOf, sameDay, zoneSuffix } from '../model/date-words.js';
import { dateFormat, dateWords, eraName, numberFormat, type Locale, type PartOfDay, type Season } from './locale.js';

/** Below this year an AD year carries its era (`14 n. Chr.`), as in English (`AD 14`). */
const AD_FROM = 1000;

const yearDate = (year: number): Date => {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d;
};

/** Intl options for the year of `year`: with its era before AD 1000 and BC. */
const yearOptions = (year: number): Intl.DateTimeFormatOptions => (year < AD_FROM ? { year: 'numeric', era: 'short' } : { year: 'numeric' });

/** An astronomical year as written in `locale`: `2022`, `14 ap. J.-C.`, `44 v. Chr.` (year -43). */
export function localYearLabel(year: number, locale: Locale): string {
  return dateFormat(locale, yearOptions(year)).format(yearDate(year));
}

/** Two years as a span: `1939–1945`, `44–27 av. J.-C.`, `27 v. Chr. – 14 n. Chr.`. */
export function localYearSpanLabel(from: number, to: number, locale: Locale): string {
  if (from === to) return localYearLabel(from, locale);
  if (from >= AD_FROM) return `${from}–${to}`;
  return dateFormat(locale, yearOptions(from)).formatRange(yearDate(from), yearDate(to));
}

/** A count as written in `locale`: `12`, `1 234` (fr), `1,2 k` (fr) from 1000 on when `compact`. */
export function localCount(n: number, locale: Locale, compact = true): string {
  return numberFormat(locale, compact && n >= 1000 ? { notation: 'compact', maximumFractionDigits: n >= 10_000 ? 0 : 1 } : {}).format(n);
}

const TIMED: ReadonlySet<Precision> = new Set<Precision>(['hour', 'minute']);
const DAYLIKE: ReadonlySet<Precision> = new Set<Precision>(['day', 'part-of-day']);

/** Month names for labels and axis ticks (`short`) or in full. */
const monthStyle = (short: boolean | undefined): 'short' | 'long' => (short ? 'short' : 'long');

/** Intl options for a day: `vendredi 7 janvier 2022`, or (short) `7 janv. 2022`; without the year for `omitYear`. */
function dayOptions(d: Date, short: boolean | undefined, omitYear = false, weekday = !short): Intl.DateTimeFormatOptions {
  return {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: monthStyle(short),
    ...(omitYear ? {} : yearOptions(d.getUTCFullYear())),
  };
}

const clockOptions: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const clock = (d: Date, locale: Locale) => dateFormat(locale, clockOptions).format(d);
const dayPhrase = (d: Date, locale: Locale, short?: boolean, omitYear = false) => dateFormat(locale, dayOptions(d, short, omitYear)).format(d);

function partOf(value: string): PartOfDay | null {
  const m = /T(MO|MI|AF|EV|NI|DT)$/.exec(value);
  return m ? (m[1] as PartOfDay) : null;
}

/** Options of {@link localValuePhrase}, as for English (src/model/date-words.ts `PhraseOptions`). */
export interface LocalPhraseOptions {
  omitYear?: boolean;
  short?: boolean;
}

/** A TimeML value as a phrase in `locale`; the value itself when it is not a calendar value. */
export function localValuePhrase(value: string, precisionHint: Precision | undefined, options: LocalPhraseOptions, locale: Locale): string {
  const words = dateWords(locale);
  if (/^\d{4}-\d{2}-\d{2}T24:00$/.test(value)) return words.midnight(localValuePhrase(value.slice(0, 10), 'day', options, locale));
  const parts = partsOf(value, precisionHint);
  if (!parts) return value;
  const { d, precision } = parts;
  const year = d.getUTCFullYear();
  const yearText = options.omitYear ? '' : localYearLabel(year, locale);
  const bc = value.startsWith('BC');
  const short = options.short;
  switch (precision) {
    case 'minute':
    case 'hour':
      return `${dateFormat(locale, { ...dayOptions(d, short, options.omitYear), ...clockOptions }).format(d)}${zoneSuffix(value)}`;
    case 'part-of-day': {
      const part = partOf(value);
      const day = dayPhrase(d, locale, short, options.omitYear);
      return part ? words.partOfDay(part, day, Boolean(short)) : day;
    }
    case 'day':
      return dayPhrase(d, locale, short, options.omitYear);
    case 'week':
      return words.week(dateFormat(locale, dayOptions(d, short, options.omitYear, false)).format(d), value.endsWith('-WE'));
    case 'month':
      return dateFormat(locale, { month: monthStyle(short), ...(options.omitYear ? {} : yearOptions(year)) }).format(d);
    case 'season':
      return words.season(value.slice(-2) as Season, yearText);
    case 'quarter':
      return words.quarter(Number(value.slice(-1)), yearText, Boolean(short));
    case 'half':
      return words.half(Number(value.slice(-1)), yearText, Boolean(short));
    case 'year':
      return localYearLabel(year, locale);
    case 'decade': {
      if (!bc) return words.decade(year, year < AD_FROM ? eraName(locale, false) : '');
      // BC004 is 40-49 BC, the 40s BC; BC000 is 9-1 BC.
      const n = Number(value.slice(2)) * 10;
      return n === 0 ? localYearSpanLabel(-8, 0, locale) : words.decade(n, eraName(locale, true));
    }
    case 'century': {
      const n = bc ? Number(value.slice(2)) + 1 : Math.floor(year / 100) + 1;
      return words.century(n, bc ? eraName(locale, true) : '');
    }
    case 'millennium': {
      const n = bc ? Number(value.slice(2)) + 1 : Math.floor(year / 1000) + 1;
      return words.millennium(n, bc ? eraName(locale, true) : '');
    }
    default:
      return value;
  }
}


/** A range in `locale`, parts shared where Intl shares them: `4–7 janvier 2022`, `Januar–März 2022`, `44–27 a. C.`. */
export function localRangePhrase(start: string, end: string | undefined, precision: Precision | undefined, short: boolean, locale: Locale): string {
  const phrase = (value: string, hint?: Precision) => localValuePhrase(value, hint, { short }, locale);
  if (!end || end === start) return phrase(start, precision);
  const a = partsOf(start, precision);
  const b = partsOf(end);
  if (!a || !b) return `${phrase(start, precision)} – ${phrase(end)}`;
  const words = dateWords(locale);
  if ((DAYLIKE.has(a.precision) || TIMED.has(a.precision)) && (DAYLIKE.has(b.precision) || TIMED.has(b.precision)) && sameDay(a.d, b.d)) {
    const day = phrase(start.slice(0, 10), 'day');
    if (TIMED.has(a.precision) && TIMED.has(b.precision)) {
      const za = zoneSuffix(start), zb = zoneSuffix(end);
      return za === zb ? `${day}, ${clock(a.d, locale)}–${clock(b.d, locale)}${zb}` : `${day}, ${clock(a.d, locale)}${za} – ${clock(b.d, locale)}${zb}`;
    }
    const endPart = partOf(end);
    if (TIMED.has(a.precision) && b.precision === 'part-of-day' && endPart) return words.fromInto(day, clock(a.d, locale), endPart);
    if (a.precision === 'day' && TIMED.has(b.precision)) return words.until(day, clock(b.d, locale));
    const part = a.precision === 'part-of-day' ? start : b.precision === 'part-of-day' ? end : '';
    if (part) return phrase(part, 'part-of-day');
    return phrase(TIMED.has(a.precision) ? start : end);
  }
  if (a.precision === 'day' && b.precision === 'day') {
    return dateFormat(locale, dayOptions(a.d, short, false, false)).formatRange(a.d, b.d);
  }
  if (a.precision === 'month' && b.precision === 'month') {
    return dateFormat(locale, { month: monthStyle(short), ...yearOptions(a.d.getUTCFullYear()) }).formatRange(a.d, b.d);
  }
  if (a.precision === 'year' && b.precision === 'year') return localYearSpanLabel(a.d.getUTCFullYear(), b.d.getUTCFullYear(), locale);
  return `${phrase(start, precision)} – ${phrase(end)}`;
}

/** Axis month names: `janv.`, `Jan`, `ene`; with the year (`janv. 2022`) where the year changes. */
export function localMonthTick(d: Date, withYear: boolean, locale: Locale): string {
  return dateFormat(locale, { month: 'short', ...(withYear ? yearOptions(d.getUTCFullYear()) : {}) }).format(d);
}

/** Axis days: `7 janv.`, `7. Jan.`, `7 ene`; with the year where it changes. */
export function localDayTick(d: Date, withYear: boolean, locale: Locale): string {
  return dateFormat(locale, { day: 'numeric', month: 'short', ...(withYear ? yearOptions(d.getUTCFullYear()) : {}) }).format(d);
}


/** A clock time, 24-hour: `19:06`. */
export function localClock(d: Date, locale: Locale): string {
  return clock(d, locale);
}

const DAY_MS = 86_400_000;

/**
 * formatTicks (ticks.ts) in another language than English: labels for sorted UTC tick dates `step` ms apart, the
 * larger unit added where it changes, or on the first tick.
 */
export function localTicks(ticks: readonly Date[], step: number, locale: Locale): string[] {
  return ticks.map((d, i) => {
    const prev = i > 0 ? ticks[i - 1]! : null;
    const year = d.getUTCFullYear();
    const newYear = !prev || prev.getUTCFullYear() !== year;
    const newDay = !prev || prev.getUTCDate() !== d.getUTCDate() || prev.getUTCMonth() !== d.getUTCMonth() || newYear;
    if (step >= 300 * DAY_MS) return localYearLabel(year, locale);
    if (step >= 27 * DAY_MS) return localMonthTick(d, newYear, locale);
    if (step >= DAY_MS * 0.99) return localDayTick(d, newYear, locale);
    const time = localClock(d, locale);
    return newDay ? `${localDayTick(d, false, locale)} ${time}` : time;
  });
}
