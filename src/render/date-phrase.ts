/** Dates as a reader says them (`Friday, 7 January 2022`), from TimeML values. UTC throughout. */
import type { Precision, TimelineEvent } from '../model/types.js';
import { precisionOfValue, timexValueToInterval } from './time-value.js';

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'] as const;
export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const PART_OF_DAY: Record<string, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth'] as const;

/** An astronomical year as written: 2022, 44 BC (year -43), 1 BC (year 0). */
export function yearLabel(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year);
}

/** Two years as a span; an AD end after a BC start says AD (`27 BC – AD 14`). */
export function yearSpanLabel(from: number, to: number): string {
  if (from === to) return yearLabel(from);
  return `${yearLabel(from)} – ${from <= 0 && to > 0 ? 'AD ' : ''}${yearLabel(to)}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

interface PhraseOptions {
  /** Leave out the year (the other end of a range states it). */
  omitYear?: boolean;
  /** Short month names and no weekday, for axis labels and marker captions. */
  short?: boolean;
}

/** A TimeML value as a phrase; falls back to the value itself when it is not a calendar value. */
export function valuePhrase(value: string, precisionHint?: Precision, options: PhraseOptions = {}): string {
  // `T24:00` is the midnight that ends its day (`midnight on Friday`), said as that day's midnight.
  if (/^\d{4}-\d{2}-\d{2}T24:00$/.test(value)) return `${valuePhrase(value.slice(0, 10), 'day', options)}, midnight`;
  const interval = timexValueToInterval(value);
  const precision = precisionOfValue(value) ?? precisionHint;
  if (!interval || !precision) return value;
  const d = interval.start;
  const year = d.getUTCFullYear();
  const yearPart = options.omitYear ? '' : ` ${yearLabel(year)}`;
  const month = options.short ? MONTH_SHORT[d.getUTCMonth()]! : MONTH_NAMES[d.getUTCMonth()]!;
  const dayPhrase = () => (options.short
    ? `${d.getUTCDate()} ${month}${yearPart}`
    : `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${month}${yearPart}`);
  const bc = value.startsWith('BC');
  switch (precision) {
    case 'minute':
    case 'hour':
      return `${dayPhrase()}, ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    case 'part-of-day': {
      const part = PART_OF_DAY[value.slice(-2)] ?? '';
      return part ? `${dayPhrase()}, ${part}` : dayPhrase();
    }
    case 'day':
      return dayPhrase();
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
    case 'decade':
      return bc ? `the ${Number(value.slice(2)) * 10}s BC` : `the ${year}s`;
    case 'century': {
      const n = bc ? Number(value.slice(2)) : Math.floor(year / 100) + 1;
      return `the ${ordinal(n)} century${bc ? ' BC' : ''}`;
    }
    case 'millennium': {
      const n = bc ? Number(value.slice(2)) : Math.floor(year / 1000) + 1;
      return `the ${ordinal(n)} millennium${bc ? ' BC' : ''}`;
    }
    default:
      return value;
  }
}

function yearOf(value: string): number | null {
  const interval = timexValueToInterval(value);
  return interval ? interval.start.getUTCFullYear() : null;
}

/** An event's date as a reader says it; ranges read `Wednesday, 5 January – Wednesday, 19 January 2022`. */
export function eventDatePhrase(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, short = false): string {
  if (!event.end || event.end === event.start) return valuePhrase(event.start, event.precision, { short });
  const sameYear = yearOf(event.start) !== null && yearOf(event.start) === yearOf(event.end);
  const startPrecision = precisionOfValue(event.start);
  const omitYear = sameYear && startPrecision !== 'year' && startPrecision !== 'decade' && startPrecision !== 'century';
  const startYear = yearOf(event.start);
  const endYear = yearOf(event.end);
  const era = startYear !== null && endYear !== null && startYear <= 0 && endYear > 0 ? 'AD ' : '';
  return `${valuePhrase(event.start, event.precision, { short, omitYear })} – ${era}${valuePhrase(event.end, undefined, { short })}`;
}
