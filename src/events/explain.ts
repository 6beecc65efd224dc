/**
 * How an event's date was found, in words a reader understands: `"Friday" → Friday, 7 January 2022, the
 * last Friday before publication`, `"two-week" from "Wednesday" → 5–19 January 2022: two weeks from
 * Wednesday, 5 January 2022`, `"2011" → the year 2011`. Pure; dates are phrased by src/model/date-words.ts.
 */
import type { DateSource, Timex } from '../model/types.js';
import { WEEKDAY_NAMES, rangePhrase, valuePhrase } from '../model/date-words.js';
import { precisionOfValue, timexValueToInterval } from '../model/timex-value.js';
import type { Unit } from './happenings.js';

const quote = (t: Timex): string => `"${t.text}"`;
const DAY_MS = 86_400_000;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;
const number = (n: number) => NUMBER_WORDS[n] ?? String(n);
const plural = (n: number, unit: string) => `${number(n)} ${unit}${n === 1 ? '' : 's'}`;

/** A value as said in an explanation: a year is `the year 2011`, a decade `the 1990s`, a day `Friday, 7 January 2022`. */
export function valueWords(value: string): string {
  const phrase = valuePhrase(value);
  return precisionOfValue(value) === 'year' ? `the year ${phrase}` : phrase;
}

/** Start of the UTC day, month index (years * 12 + month), year and weekday of a value, or null. */
function calendarOf(value: string): { day: number; month: number; year: number; weekday: number } | null {
  const interval = timexValueToInterval(value);
  if (!interval) return null;
  const d = interval.start;
  return {
    day: Math.floor(d.getTime() / DAY_MS) * DAY_MS,
    month: d.getUTCFullYear() * 12 + d.getUTCMonth(),
    year: d.getUTCFullYear(),
    weekday: d.getUTCDay(),
  };
}

const WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'i');

/**
 * How `value` relates to the anchor it was counted from (`ref`: `publication`, or a date last mentioned):
 * `the last Friday before publication`, `the day before publication`, `the month of publication`,
 * `three years before publication`; '' when nothing plain can be said.
 */
export function relationWords(value: string, anchorValue: string, ref: string, said = ''): string {
  const precision = precisionOfValue(value);
  const anchorPrecision = precisionOfValue(anchorValue);
  const a = calendarOf(value);
  const b = calendarOf(anchorValue);
  if (!a || !b || !precision) return '';
  const fine = precision === 'day' || precision === 'part-of-day' || precision === 'hour' || precision === 'minute';
  const anchorFine = anchorPrecision === 'day' || anchorPrecision === 'part-of-day' || anchorPrecision === 'hour' || anchorPrecision === 'minute';
  const side = (n: number) => (n < 0 ? 'before' : 'after');
  if (fine && anchorFine) {
    const days = Math.round((a.day - b.day) / DAY_MS);
    const weekday = WEEKDAY.exec(said)?.[1];
    if (days === 0) return `the day of ${ref}`;
    if (weekday && weekday.toLowerCase() === WEEKDAY_NAMES[a.weekday]!.toLowerCase() && Math.abs(days) <= 7) {
      return `the ${days < 0 ? 'last' : 'next'} ${WEEKDAY_NAMES[a.weekday]} ${side(days)} ${ref}`;
    }
    if (Math.abs(days) === 1) return `the day ${side(days)} ${ref}`;
    if (Math.abs(days) % 7 === 0 && Math.abs(days) <= 28) return `${plural(Math.abs(days) / 7, 'week')} ${side(days)} ${ref}`;
    return `${plural(Math.abs(days), 'day')} ${side(days)} ${ref}`;
  }
  const unit = precision === 'month' ? 'month' : precision === 'year' ? 'year' : precision === 'quarter' ? 'quarter' : '';
  if (!unit || (unit === 'month' && !anchorFine && anchorPrecision !== 'month')) return '';
  const n = unit === 'year' ? a.year - b.year : unit === 'month' ? a.month - b.month : Math.floor(a.month / 3) - Math.floor(b.month / 3);
  if (n === 0) return `the ${unit} of ${ref}`;
  if (Math.abs(n) === 1) return `the ${unit} ${side(n)} ${ref}`;
  return `${plural(Math.abs(n), unit)} ${side(n)} ${ref}`;
}

/** What a relative date was counted from: `publication`, or `4 January 2022, the date last mentioned`. */
function referenceOf(t: Timex): { ref: string; anchorValue: string } | null {
  const d = t.derivation;
  if (!d?.anchorValue || (d.anchor !== 'document-date' && d.anchor !== 'narrative')) return null;
  if (d.anchor === 'document-date') return { ref: 'publication', anchorValue: d.anchorValue };
  return { ref: `${valuePhrase(d.anchorValue, undefined, { short: true })} (the date last mentioned)`, anchorValue: d.anchorValue };
}

/** `, the last Friday before publication` for a relative timex, '' for one stated outright. */
function relationOf(t: Timex, value: string): string {
  const reference = referenceOf(t);
  if (!reference) return '';
  const words = relationWords(value, reference.anchorValue, reference.ref, t.text);
  return words ? `, ${words}` : `, counted from ${reference.ref}`;
}

/** A duration value in words: `P2W` -> `two weeks`, `PT3H` -> `three hours`; the value itself when unusual. */
export function durationWords(value: string): string {
  const m = /^P(T?)(\d+)([YMWDH])$/.exec(value);
  if (!m) return value;
  const n = Number(m[2]);
  const unit = m[1] ? ({ H: 'hour', M: 'minute', S: 'second' } as Record<string, string>)[m[3]!] : ({ Y: 'year', M: 'month', W: 'week', D: 'day' } as Record<string, string>)[m[3]!];
  return unit ? plural(n, unit) : value;
}

/** The one-line explanation of a unit's date (see the module comment). */
export function explainUnit(u: Unit, source: DateSource, documentDate: string | null): string {
  const anchor = u.timexes.find((t) => t.type !== 'DURATION') ?? u.timexes[0]!;
  const dates = rangePhrase(u.start, u.end);
  switch (u.kind) {
    case 'range': {
      const relative = source === 'relative' ? relationOf(anchor, u.start) : '';
      return `${u.timexes.map(quote).join(' to ')} → ${dates}${relative.startsWith(', counted') ? relative : relative ? `, from${relative.slice(1)}` : ''}`;
    }
    case 'until': {
      const from = documentDate && u.start === documentDate.slice(0, 10) ? 'publication' : 'the time of this entry';
      return `until ${quote(anchor)} → ${dates}, starting at ${from}`;
    }
    case 'derived':
      if (u.endsAtAnchor) return `${quote(u.duration!)} ending ${quote(anchor)} → ${dates}: ${durationWords(u.duration!.value)} up to ${valueWords(u.end ?? u.start)}`;
      return `${quote(u.duration!)} from ${quote(anchor)} → ${dates}: ${durationWords(u.duration!.value)} from ${valueWords(u.start)}`;
    default:
      return `${quote(anchor)} → ${valueWords(u.start)}${relationOf(anchor, u.start)}`;
  }
}

/** A duration whose start is the date another sentence gives the same happening. */
export function explainElsewhere(u: Unit): string {
  return `${explainUnit(u, 'derived', null)}, the date another sentence gives the same happening`;
}

/** A live-blog entry's date from its time stamp: its own (`opens`) or the one heading the entry. */
export function explainStamp(stamp: Timex, own: boolean): string {
  const where = own ? 'the time stamp that opens this live-blog entry' : 'taken from the time stamp above this live-blog entry';
  return `"${stamp.text}" → ${valueWords(stamp.value)}, ${where}`;
}

/** A birth or death told without a date, dated by the life dates in brackets after the name at the top. */
export function explainLifeDate(date: Timex, died: boolean): string {
  return `"${date.text}" → ${valueWords(date.value)}: the ${died ? 'death' : 'birth'} date in brackets after the name at the top`;
}

/** A lead in the present perfect (`have died`), dated by the publication day. */
export function explainLead(verb: string, day: string): string {
  return `"${verb}" → ${valueWords(day)}: the story's opening tells what has happened by publication`;
}

/** The report date of a happening dated apart from the statement that tells it. */
export function explainReported(said: Unit): string {
  return `; reported on ${valueWords(said.start)} ("${said.timexes[0]!.text}")`;
}
