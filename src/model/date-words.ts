/**
 * Dates in the words a reader uses (`Friday, 7 January 2022`, `4–7 Jan 2022`, `the night of 7 February
 * 2023`, `the 2nd century BC`), from TimeML values. UTC throughout. Shared by the event extractor (its
 * explanations) and the renderer (labels, cards, axis), so it lives with the model.
 */
import type { Precision } from './types.js';
import { precisionOfValue, timexValueToInterval, zoneLabel } from './timex-extent.js';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'] as const;
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const PART_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'] as const;

/** Below this year an AD year is written `AD 14`: a bare small number could be anything (a day, a count). */
const AD_FROM = 1000;

/** An astronomical year as written: 2022, AD 14, 44 BC (year -43), 1 BC (year 0). */
export function yearLabel(year: number): string {
  if (year <= 0) return `${1 - year} BC`;
  return year < AD_FROM ? `AD ${year}` : String(year);
}

/** Two years as a span: `1939–1945`, `44–27 BC`, `27 BC – AD 14`. */
export function yearSpanLabel(from: number, to: number): string {
  if (from === to) return yearLabel(from);
  if (from <= 0 && to <= 0) return `${1 - from}–${1 - to} BC`;
  if (from <= 0) return `${yearLabel(from)} – AD ${to}`;
  if (from < AD_FROM) return `AD ${from}–${to}`;
  return `${from}–${to}`;
}

/** `1 event`, `3 events`, `1.2k events`: a count with its noun, singular for one. */
export function countPhrase(n: number, noun = 'event'): string {
  const count = n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
  return `${count} ${noun}${n === 1 ? '' : 's'}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export interface PhraseOptions {
  /** Leave out the year (the other end of a range states it). */
  omitYear?: boolean;
  /** Short month names and no weekday, for axis labels and marker captions. */
  short?: boolean;
}

/** The part of day of a value (`2022-01-07TNI` -> `night`), or ''. */
function partOfDay(value: string): string {
  return /T(MO|MI|AF|EV|NI|DT)$/.test(value) ? PART_OF_DAY[value.slice(-2)]! : '';
}

/** The day of a date, `Friday, 7 January 2022` or (short) `7 Jan 2022`. */
function dayWords(d: Date, options: PhraseOptions): string {
  const month = options.short ? MONTH_SHORT[d.getUTCMonth()]! : MONTH_NAMES[d.getUTCMonth()]!;
  const year = options.omitYear ? '' : ` ${yearLabel(d.getUTCFullYear())}`;
  return options.short ? `${d.getUTCDate()} ${month}${year}` : `${WEEKDAY_NAMES[d.getUTCDay()]}, ${d.getUTCDate()} ${month}${year}`;
}

/** A TimeML value as a phrase; falls back to the value itself when it is not a calendar value. */
export function valuePhrase(value: string, precisionHint?: Precision, options: PhraseOptions = {}): string {
  // `T24:00` is the midnight that ends its day (`midnight on Friday`), said as that day's midnight.
  if (/^\d{4}-\d{2}-\d{2}T24:00$/.test(value)) return `${valuePhrase(value.slice(0, 10), 'day', options)}, midnight`;
  const parts = partsOf(value, precisionHint);
  if (!parts) return value;
  const { d, precision } = parts;
  const year = d.getUTCFullYear();
  const yearPart = options.omitYear ? '' : ` ${yearLabel(year)}`;
  const month = options.short ? MONTH_SHORT[d.getUTCMonth()]! : MONTH_NAMES[d.getUTCMonth()]!;
  const bc = value.startsWith('BC');
  switch (precision) {
    case 'minute':
    case 'hour':
      return `${dayWords(d, options)}, ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}${zoneSuffix(value)}`;
    case 'part-of-day': {
      // The night of the 7th runs past midnight: it is named by the day it starts on.
      const part = partOfDay(value);
      const day = dayWords(d, options);
      return part ? `${options.short ? '' : 'the '}${part} of ${day}` : day;
    }
    case 'day':
      return dayWords(d, options);
    case 'week': {
      const weekend = value.endsWith('-WE');
      return `${weekend ? 'weekend' : 'week'} of ${d.getUTCDate()} ${month}${yearPart}`;
    }
    case 'month':
      return `${month}${yearPart}`;
    case 'season':
      return `${SEASONS[value.slice(-2)] ?? 'season'}${yearPart}`;
    case 'quarter':
      return options.short ? `Q${value.slice(-1)}${yearPart}` : `${ORDINAL_WORDS[Number(value.slice(-1)) - 1] ?? ''} quarter${yearPart ? ` of${yearPart}` : ''}`;
    case 'half':
      return options.short ? `H${value.slice(-1)}${yearPart}` : `${ORDINAL_WORDS[Number(value.slice(-1)) - 1] ?? ''} half${yearPart ? ` of${yearPart}` : ''}`;
    case 'year':
      return yearLabel(year);
    case 'decade': {
      if (!bc) return `the ${year}s${year < AD_FROM ? ' AD' : ''}`;
      // BC004 is 40-49 BC, the 40s BC; BC000 is 9-1 BC.
      const n = Number(value.slice(2)) * 10;
      return n === 0 ? '9–1 BC' : `the ${n}s BC`;
    }
    case 'century': {
      // BC00 is 99-1 BC, the 1st century BC; BC01 (199-100 BC) the 2nd. AD `19` is 1900-1999, the 20th century.
      const n = bc ? Number(value.slice(2)) + 1 : Math.floor(year / 100) + 1;
      return `the ${ordinal(n)} century${bc ? ' BC' : ''}`;
    }
    case 'millennium': {
      const n = bc ? Number(value.slice(2)) + 1 : Math.floor(year / 1000) + 1;
      return `the ${ordinal(n)} millennium${bc ? ' BC' : ''}`;
    }
    default:
      return value;
  }
}

/** A value's start and precision (the precision of the value, else `hint`), or null when it is not on the calendar. */
export interface Parts {
  d: Date;
  precision: Precision;
}

export function partsOf(value: string, hint?: Precision): Parts | null {
  const interval = timexValueToInterval(value);
  const precision = precisionOfValue(value) ?? hint;
  return interval && precision ? { d: interval.start, precision } : null;
}

export const sameDay = (a: Date, b: Date): boolean => a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === b.getUTCDate();
const DAYLIKE: ReadonlySet<Precision> = new Set<Precision>(['day', 'part-of-day']);
const TIMED: ReadonlySet<Precision> = new Set<Precision>(['hour', 'minute']);
const clock = (d: Date) => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
/** ` UTC+01:00` after a time stated with its zone, '' otherwise. */
export const zoneSuffix = (value: string): string => {
  const z = zoneLabel(value);
  return z ? ` ${z}` : '';
};

/**
 * A range as a reader says it, parts shared where both ends have them: `4–7 January 2022`,
 * `30 January – 2 February 2022`, `January–March 2022`, `1939–1945`, `27 BC – AD 14`,
 * `the night of Tuesday, 7 February 2023` (a day and its night), `7 Jan 2022, 10:00–14:30`.
 */
export function rangePhrase(start: string, end: string | undefined, precision?: Precision, short = false): string {
  if (!end || end === start) return valuePhrase(start, precision, { short });
  const a = partsOf(start, precision);
  const b = partsOf(end);
  if (!a || !b) return `${valuePhrase(start, precision, { short })} – ${valuePhrase(end, undefined, { short })}`;
  const months = short ? MONTH_SHORT : MONTH_NAMES;
  const ya = a.d.getUTCFullYear();
  const yb = b.d.getUTCFullYear();
  // One day, said once: a day and a part of it is that part (`the night of ...`); two clock times share the day.
  if (DAYLIKE.has(a.precision) || TIMED.has(a.precision)) {
    if ((DAYLIKE.has(b.precision) || TIMED.has(b.precision)) && sameDay(a.d, b.d)) {
      const day = valuePhrase(start.slice(0, 10), 'day', { short });
      if (TIMED.has(a.precision) && TIMED.has(b.precision)) {
        const za = zoneSuffix(start), zb = zoneSuffix(end);
        return za === zb ? `${day}, ${clock(a.d)}–${clock(b.d)}${zb}` : `${day}, ${clock(a.d)}${za} – ${clock(b.d)}${zb}`;
      }
      // From a time into a part of the day (`12:45 into the night`), from the day until a time (`until 21:00`).
      if (TIMED.has(a.precision) && b.precision === 'part-of-day') return `${day}, from ${clock(a.d)} into the ${partOfDay(end)}`;
      if (a.precision === 'day' && TIMED.has(b.precision)) return `${day}, until ${clock(b.d)}`;
      const part = a.precision === 'part-of-day' ? start : b.precision === 'part-of-day' ? end : '';
      if (part) return valuePhrase(part, 'part-of-day', { short });
      return valuePhrase(TIMED.has(a.precision) ? start : end, undefined, { short });
    }
    // Two whole days: `4–7 January 2022`, `30 January – 2 February 2022`, across years in full.
    if (a.precision === 'day' && b.precision === 'day') {
      const year = ` ${yearLabel(yb)}`;
      if (ya === yb && a.d.getUTCMonth() === b.d.getUTCMonth()) return `${a.d.getUTCDate()}–${b.d.getUTCDate()} ${months[b.d.getUTCMonth()]}${year}`;
      if (ya === yb) return `${a.d.getUTCDate()} ${months[a.d.getUTCMonth()]} – ${b.d.getUTCDate()} ${months[b.d.getUTCMonth()]}${year}`;
      return `${a.d.getUTCDate()} ${months[a.d.getUTCMonth()]} ${yearLabel(ya)} – ${b.d.getUTCDate()} ${months[b.d.getUTCMonth()]}${year}`;
    }
  }
  if (a.precision === 'month' && b.precision === 'month') {
    if (ya === yb) return `${months[a.d.getUTCMonth()]}–${months[b.d.getUTCMonth()]} ${yearLabel(yb)}`;
    return `${months[a.d.getUTCMonth()]} ${yearLabel(ya)} – ${months[b.d.getUTCMonth()]} ${yearLabel(yb)}`;
  }
  if (a.precision === 'year' && b.precision === 'year') return yearSpanLabel(ya, yb);
  // Mixed precisions: each end in full, the year once when both share it.
  const coarse = a.precision === 'year' || a.precision === 'decade' || a.precision === 'century' || a.precision === 'millennium';
  const omitYear = ya === yb && !coarse;
  const era = ya <= 0 && yb > 0 && yb >= AD_FROM ? 'AD ' : '';
  return `${valuePhrase(start, precision, { short, omitYear })} – ${era}${valuePhrase(end, undefined, { short })}`;
}
