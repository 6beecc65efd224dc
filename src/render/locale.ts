/**
 * The reader's language for dates: a BCP 47 tag checked with Intl, cached `Intl.DateTimeFormat`s (UTC), and the
 * words that Intl has no format for (parts of the day, seasons, quarters, halves, weeks, decades, centuries,
 * millennia) in English, French, German and Spanish. Other languages get Intl's months, weekdays and eras and
 * these words in English. Pure: no DOM, no element.
 */

import type { Locale } from './locale-tag.js';

export type { Locale } from './locale-tag.js';

/**
 * The language subtag (`fr-CA` -> `fr`), as locale-tag.ts's languageOf: written again here so that this chunk (other
 * languages only) imports nothing from locale-tag.ts, which then ships inside the element's own chunk rather than as a
 * chunk of its own that both need.
 */
const languageOf = (locale: Locale): string => locale.split('-')[0]!.toLowerCase();

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC `Intl.DateTimeFormat`. */
export function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat`. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numbers.set(key, format);
  }
  return format;
}

/** A date's era as Intl writes it in `locale` (`av. J.-C.`, `v. Chr.`, `a. C.`; `BC` and `AD` in English). */
export function eraName(locale: Locale, bc: boolean): string {
  const d = new Date(0);
  d.setUTCFullYear(bc ? -43 : 14, 0, 1);
  return dateFormat(locale, { year: 'numeric', era: 'short' }).formatToParts(d).find((p) => p.type === 'era')?.value ?? (bc ? 'BC' : 'AD');
}

/** Part-of-day codes of TimeML values (`2022-01-07TNI`). */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
/** Season codes of TimeML values (`2019-SU`). */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * The date words of one language. `year` arguments are years as written (with their era where needed), or ''
 * when the other end of a range states the year; `day` arguments are whole day phrases from Intl.
 */
export interface DateWords {
  /** `the night of Friday, 7 January 2022`; `short`: for labels. */
  partOfDay(part: PartOfDay, day: string, short: boolean): string;
  /** `..., from 12:45 into the night` (a clock time on a day and a part of that day). */
  fromInto(day: string, time: string, part: PartOfDay): string;
  /** `..., until 21:00` (a day and a clock time that day). */
  until(day: string, time: string): string;
  /** The midnight that ends a day (`T24:00`). */
  midnight(day: string): string;
  /** `week of 4 October 2021`, `weekend of ...`; `day` is its first day. */
  week(day: string, weekend: boolean): string;
  season(season: Season, year: string): string;
  /** `n`: 1-4; `short`: `Q2 2019`. */
  quarter(n: number, year: string, short: boolean): string;
  /** `n`: 1-2; `short`: `H1 2019`. */
  half(n: number, year: string, short: boolean): string;
  /** A decade by its first year (`1990`, or `40` BC), with the era name or ''. */
  decade(first: number, era: string): string;
  /** The `n`th century (1-based), with the era name or ''. */
  century(n: number, era: string): string;
  millennium(n: number, era: string): string;
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
const ROMAN: ReadonlyArray<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** 20 -> `XX` (centuries are written in Roman numerals in French and Spanish). */
export function roman(n: number): string {
  let out = '';
  let rest = Math.floor(n);
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out || String(n);
}

function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const EN_PARTS: Record<PartOfDay, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const EN_SEASONS: Record<Season, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const EN_ORDINALS = ['first', 'second', 'third', 'fourth'];

/** English words: the fallback for languages without a table of their own (dates and eras still come from Intl). */
const EN: DateWords = {
  partOfDay: (part, day, short) => `${short ? '' : 'the '}${EN_PARTS[part]} of ${day}`,
  fromInto: (day, time, part) => `${day}, from ${time} into the ${EN_PARTS[part]}`,
  until: (day, time) => `${day}, until ${time}`,
  midnight: (day) => `${day}, midnight`,
  week: (day, weekend) => `${weekend ? 'weekend' : 'week'} of ${day}`,
  season: (season, year) => join(EN_SEASONS[season], year),
  quarter: (n, year, short) => (short ? join(`Q${n}`, year) : `${EN_ORDINALS[n - 1] ?? ''} quarter${year ? ` of ${year}` : ''}`),
  half: (n, year, short) => (short ? join(`H${n}`, year) : `${EN_ORDINALS[n - 1] ?? ''} half${year ? ` of ${year}` : ''}`),
  decade: (first, era) => join(`the ${first}s`, era),
  century: (n, era) => join(`the ${englishOrdinal(n)} century`, era),
  millennium: (n, era) => join(`the ${englishOrdinal(n)} millennium`, era),
};

const FR_PARTS: Record<PartOfDay, string> = { MO: 'matin', MI: 'midi', AF: 'après-midi', EV: 'soir', NI: 'nuit', DT: 'journée' };
const FR_PART_ARTICLE: Record<PartOfDay, string> = { MO: 'le ', MI: 'le ', AF: "l'", EV: 'le ', NI: 'la ', DT: 'la ' };
const FR_SEASONS: Record<Season, string> = { SP: 'printemps', SU: 'été', FA: 'automne', WI: 'hiver' };
const frOrdinal = (n: number) => (n === 1 ? '1er' : `${n}e`);
const frRoman = (n: number) => `${roman(n)}${n === 1 ? 'er' : 'e'}`;

const FR: DateWords = {
  partOfDay: (part, day, short) => `${short ? '' : FR_PART_ARTICLE[part]}${FR_PARTS[part]} du ${day}`,
  fromInto: (day, time, part) => `${day}, de ${time} jusqu'${part === 'AF' ? "à l'" : part === 'NI' || part === 'DT' ? 'à la ' : 'au '}${FR_PARTS[part]}`,
  until: (day, time) => `${day}, jusqu'à ${time}`,
  midnight: (day) => `${day}, minuit`,
  week: (day, weekend) => `${weekend ? 'week-end' : 'semaine'} du ${day}`,
  season: (season, year) => join(FR_SEASONS[season], year),
  quarter: (n, year, short) => (short ? join(`T${n}`, year) : join(`${frOrdinal(n)} trimestre`, year)),
  half: (n, year, short) => (short ? join(`S${n}`, year) : join(`${frOrdinal(n)} semestre`, year)),
  decade: (first, era) => join(`les années ${first}`, era),
  century: (n, era) => join(`le ${frRoman(n)} siècle`, era),
  millennium: (n, era) => join(`le ${frRoman(n)} millénaire`, era),
};

const DE_PARTS: Record<PartOfDay, string> = { MO: 'Morgen', MI: 'Mittag', AF: 'Nachmittag', EV: 'Abend', NI: 'Nacht', DT: 'Tag' };
const DE_ARTICLE: Record<PartOfDay, string> = { MO: 'der', MI: 'der', AF: 'der', EV: 'der', NI: 'die', DT: 'der' };
const DE_SEASONS: Record<Season, string> = { SP: 'Frühling', SU: 'Sommer', FA: 'Herbst', WI: 'Winter' };

const DE: DateWords = {
  partOfDay: (part, day, short) => `${short ? '' : `${DE_ARTICLE[part]} `}${DE_PARTS[part]} vom ${day}`,
  fromInto: (day, time, part) => `${day}, ab ${time} bis in ${part === 'NI' ? 'die' : 'den'} ${DE_PARTS[part]}`,
  until: (day, time) => `${day}, bis ${time}`,
  midnight: (day) => `${day}, Mitternacht`,
  week: (day, weekend) => `${weekend ? 'Wochenende' : 'Woche'} vom ${day}`,
  season: (season, year) => join(DE_SEASONS[season], year),
  quarter: (n, year, short) => (short ? join(`Q${n}`, year) : join(`${n}. Quartal`, year)),
  half: (n, year, short) => (short ? join(`H${n}`, year) : join(`${n}. Halbjahr`, year)),
  decade: (first, era) => join(`die ${first}er-Jahre`, era),
  century: (n, era) => join(`das ${n}. Jahrhundert`, era),
  millennium: (n, era) => join(`das ${n}. Jahrtausend`, era),
};

const ES_PARTS: Record<PartOfDay, string> = { MO: 'mañana', MI: 'mediodía', AF: 'tarde', EV: 'anochecer', NI: 'noche', DT: 'jornada' };
const ES_ARTICLE: Record<PartOfDay, string> = { MO: 'la', MI: 'el', AF: 'la', EV: 'el', NI: 'la', DT: 'la' };
const ES_SEASONS: Record<Season, string> = { SP: 'primavera', SU: 'verano', FA: 'otoño', WI: 'invierno' };
const ES_ORDINALS = ['primer', 'segundo', 'tercer', 'cuarto'];
const esYear = (year: string) => (year ? ` de ${year}` : '');

const ES: DateWords = {
  partOfDay: (part, day, short) => `${short ? '' : `${ES_ARTICLE[part]} `}${ES_PARTS[part]} del ${day}`,
  fromInto: (day, time, part) => `${day}, desde las ${time} hasta ${ES_ARTICLE[part] === 'el' ? 'el' : 'la'} ${ES_PARTS[part]}`,
  until: (day, time) => `${day}, hasta las ${time}`,
  midnight: (day) => `${day}, medianoche`,
  week: (day, weekend) => `${weekend ? 'fin de semana' : 'semana'} del ${day}`,
  season: (season, year) => `${ES_SEASONS[season]}${esYear(year)}`,
  quarter: (n, year, short) => (short ? join(`T${n}`, year) : `${ES_ORDINALS[n - 1] ?? ''} trimestre${esYear(year)}`),
  half: (n, year, short) => (short ? join(`S${n}`, year) : `${ES_ORDINALS[n - 1] ?? ''} semestre${esYear(year)}`),
  decade: (first, era) => join(`los años ${first}`, era),
  century: (n, era) => join(`el siglo ${roman(n)}`, era),
  millennium: (n, era) => join(`el ${roman(n)} milenio`, era),
};

const WORDS: Readonly<Record<string, DateWords>> = { en: EN, fr: FR, de: DE, es: ES };

/** The date words of `locale`'s language; English words for languages without a table (see the module comment). */
export function dateWords(locale: Locale): DateWords {
  return WORDS[languageOf(locale)] ?? EN;
}
