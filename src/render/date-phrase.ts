/**
 * Dates as a reader says them (`Friday, 7 January 2022`, `4–7 Jan 2022`), from TimeML values, in the reader's
 * language: English from src/model/date-words.ts (unchanged), other languages from Intl (src/render/date-locale.ts,
 * once loaded: see local-dates.ts; English until then).
 * Every function takes an optional `locale` (a BCP 47 tag, default `en`).
 */
import type { Precision, TimelineEvent } from '../model/types.js';
import * as english from '../model/date-words.js';
import { isEnglish, type Locale } from './locale-tag.js';
import { localDates } from './local-dates.js';

export { MONTH_NAMES, MONTH_SHORT, countPhrase, type PhraseOptions } from '../model/date-words.js';
export { resolveLocale, type Locale } from './locale-tag.js';

/** An astronomical year as written: 2022, AD 14, 44 BC (year -43); `14 ap. J.-C.`, `44 v. Chr.` in French and German. */
export function yearLabel(year: number, locale: Locale = 'en'): string {
  const local = isEnglish(locale) ? null : localDates();
  return local ? local.localYearLabel(year, locale) : english.yearLabel(year);
}

/** Two years as a span: `1939–1945`, `44–27 BC`, `27 BC – AD 14`, `27 a. C. – 14 d. C.`. */
export function yearSpanLabel(from: number, to: number, locale: Locale = 'en'): string {
  const local = isEnglish(locale) ? null : localDates();
  return local ? local.localYearSpanLabel(from, to, locale) : english.yearSpanLabel(from, to);
}

/**
 * A TimeML value as a phrase; falls back to the value itself when it is not a calendar value. Seasons, quarters,
 * halves, weeks, parts of the day, decades, centuries and millennia are in words for English, French, German and
 * Spanish, in English words (with Intl's dates and eras) for other languages.
 */
export function valuePhrase(value: string, precisionHint?: Precision, options: english.PhraseOptions = {}, locale: Locale = 'en'): string {
  const local = isEnglish(locale) ? null : localDates();
  return local ? local.localValuePhrase(value, precisionHint, options, locale) : english.valuePhrase(value, precisionHint, options);
}

/** A range as a reader says it, parts shared where both ends have them: `4–7 January 2022`, `4.–7. Januar 2022`. */
export function rangePhrase(start: string, end: string | undefined, precision?: Precision, short = false, locale: Locale = 'en'): string {
  const local = isEnglish(locale) ? null : localDates();
  return local ? local.localRangePhrase(start, end, precision, short, locale) : english.rangePhrase(start, end, precision, short);
}

/** An event's date as a reader says it: `Friday, 7 January 2022`, `5–19 January 2022`, `vendredi 7 janvier 2022`. */
export function eventDatePhrase(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, short = false, locale: Locale = 'en'): string {
  return rangePhrase(event.start, event.end, event.precision, short, locale);
}

/** A count: `12`, `1.2k`, `15k` in English; Intl's numbers elsewhere (`1,2 k`, `12 345`). */
export function formatCount(n: number, locale: Locale = 'en'): string {
  const local = isEnglish(locale) ? null : localDates();
  if (local) return local.localCount(n, locale);
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n);
}
