/** English word tables of the tagger: one place to add a word. */
import { wordTable } from '../text/table.js';

export const MONTHS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});
/** Month words that are also common English words: only taken when capitalized. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec', 'jun', 'sep']);

/** Weekdays, Monday = 1 ... Sunday = 7 (ISO). */
export const WEEKDAYS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  tues: 2, thurs: 4,
});
/** Short weekday names, taken only in date-like company (see the weekday slot class). */
export const WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7, weds: 3, thur: 4,
});
/** Words that join the two ends of a range (`Monday to Friday`, `9am–5pm`, `May through July`). */
export const RANGE_JOINS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—']);
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];

export const UNITS_ONES: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const ORDINALS: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  last: -1, final: -1,
});

/** Time units and their TimeML duration letter; `T` marks units below a day. */
export type UnitCode = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'Q' | 'DE' | 'CE' | 'ML' | 'WE' | 'FN';
export const UNITS: Readonly<Record<string, UnitCode>> = /* @__PURE__ */ wordTable({
  year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W',
  day: 'D', days: 'D', hour: 'H', hours: 'H', hr: 'H', hrs: 'H', minute: 'MIN', minutes: 'MIN',
  min: 'MIN', mins: 'MIN', seconds: 'S', sec: 'S', secs: 'S', quarter: 'Q', quarters: 'Q', decade: 'DE', decades: 'DE',
  century: 'CE', centuries: 'CE', millennium: 'ML', millennia: 'ML', millenium: 'ML', millenia: 'ML', weekend: 'WE', weekends: 'WE',
  fortnight: 'FN', fortnights: 'FN',
});
/**
 * How many days, weeks, months or quarters a period holds at most, by the period's unit (`SE` a season, `H` a
 * half year): `the 4th day of last week` fits, `the 9th day of last week` and `the first month of next week` do not.
 */
export const PART_LIMITS: Readonly<Record<'D' | 'W' | 'M' | 'Q', Readonly<Partial<Record<string, number>>>>> = {
  D: { W: 7, M: 31, Q: 92, SE: 92, H: 184, Y: 366 },
  W: { M: 5, Q: 14, SE: 14, H: 27, Y: 53 },
  M: { Q: 3, SE: 3, H: 6, Y: 12 },
  Q: { H: 2, Y: 4 },
};
/** The part words of `the 3rd month of next year` and their units. */
export const PART_UNITS: Readonly<Record<string, 'D' | 'W' | 'M' | 'Q'>> = /* @__PURE__ */ wordTable({ day: 'D', week: 'W', month: 'M', quarter: 'Q' });
/** Duration value of `n` units: `P2W`, `PT3H`, `P2Q` (TimeBank writes quarters as Q), decades as `P10Y`... */
export function durationValue(n: number | 'X', unit: UnitCode): string {
  const num = n === 'X' ? 'X' : formatAmount(n);
  switch (unit) {
    // Part of an hour or a minute is said in the next unit, as TimeML writes it: `an hour and a half` PT1H30M,
    // `a minute and a half` PT1M30S (whole minutes or seconds only; `1.51 hours` stays PT1.51H).
    case 'H': return n !== 'X' && !Number.isInteger(n) && Number.isInteger(n * 60) ? clockParts(n * 60, 'H', 'M') : `PT${num}H`;
    case 'MIN': return n !== 'X' && !Number.isInteger(n) && Number.isInteger(n * 60) ? clockParts(n * 60, 'M', 'S') : `PT${num}M`;
    case 'S': return `PT${num}S`;
    case 'DE': return n === 'X' ? 'PXDE' : `P${formatAmount(n * 10)}Y`;
    case 'CE': return n === 'X' ? 'PXCE' : `P${formatAmount(n * 100)}Y`;
    case 'ML': return n === 'X' ? 'PXML' : `P${formatAmount(n * 1000)}Y`;
    // TIMEX3 has no weekend duration: a weekend lasts two days (`two weekends` is P4D).
    case 'WE': return n === 'X' ? 'PXD' : `P${formatAmount(n * 2)}D`;
    case 'FN': return n === 'X' ? 'PXW' : `P${formatAmount(n * 2)}W`;
    default: return `P${num}${unit}`;
  }
}
/** `PT1H30M` from 90 minutes ('H', 'M'); no zero part (`PT30M` for half an hour). */
function clockParts(small: number, big: string, little: string): string {
  const whole = Math.floor(small / 60), rest = small - whole * 60;
  return `PT${whole ? `${whole}${big}` : ''}${rest ? `${rest}${little}` : ''}`;
}
function formatAmount(n: number): string {
  // Up to three decimals: `9.58 seconds` is PT9.58S; thirds do not print a long tail.
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

/** Parts of day and their TimeML codes (or a clock time for noon/midnight). */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({
  morning: 'MO', mornings: 'MO', afternoon: 'AF', afternoons: 'AF', evening: 'EV', evenings: 'EV',
  night: 'NI', nights: 'NI', overnight: 'NI', noon: '12:00', midday: '12:00', midnight: '24:00',
  daytime: 'DT', dawn: 'MO', dusk: 'EV', daybreak: 'MO', sunrise: 'MO', sunset: 'EV', sundown: 'EV', nightfall: 'EV',
  // (A log's and an old letter's word for the morning: `this forenoon`.)
  forenoon: 'MO',
});
export const SEASONS: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
  // (`By midsummer`, `in midwinter`: the middle of that season.)
  midsummer: 'SU', midwinter: 'WI',
});

/** Vague amounts: `a few days` -> PXD. */
export const VAGUE_AMOUNTS: ReadonlySet<string> = new Set(['few', 'several', 'many', 'some', 'couple', 'numerous', 'coming', 'recent', 'past']);

/** Nouns that follow a bare number when it counts things rather than naming a year. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'jobs', 'workers', 'troops', 'soldiers', 'kilometres', 'kilometers', 'km', 'miles',
  'metres', 'meters', 'feet', 'tons', 'tonnes', 'dollars', 'euros', 'yuan', 'shares', 'points', 'units',
  'cars', 'homes', 'houses', 'children', 'students', 'cases', 'deaths', 'votes', 'seats', 'members',
  'employees', 'barrels', 'acres', 'pounds', 'rupees', 'yen', 'percent', 'per', 'hectares', 'kg', 'mm',
  // Units are written singular too (`a 2000 kilometer trip`).
  'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'ton', 'tonne', 'acre', 'hectare', 'barrel', 'dollar', 'euro',
  'civilians', 'victims', 'refugees', 'protesters', 'casualties', 'patients', 'residents', 'passengers',
]);
/** Adjectives between a number and what it counts (`2000 dead soldiers`, `300 more troops`). */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  'dead', 'wounded', 'injured', 'missing', 'more', 'new', 'additional', 'extra', 'other', 'armed', 'foreign', 'young',
]);

/** Words before a number that make it a name or a count, never a year (`Route 1776`, `Khabar 24`). */
export const NUMBER_NAME_WORDS: ReadonlySet<string> = new Set([
  'route', 'highway', 'flight', 'channel', 'room', 'no', 'number', 'page', 'chapter', 'article', 'section',
  'model', 'version', 'gate', 'platform', 'apartment', 'suite', 'building', 'unit', 'block', 'bus',
  'interstate', 'level', 'grade', 'exit', 'district', 'ward', 'item', 'paragraph', 'rule', 'resolution',
  'total',
]);

/** Time zone words after a clock time (kept inside the expression). */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'ist', 'jst',
  'msk', 'aest', 'et', 'pt', 'ct', 'mt', 'hkt', 'sgt', 'eet', 'wib', 'eest', 'kst', 'aedt', 'akst', 'hst', 'wet',
]);
/**
 * The UTC offset each zone abbreviation stands for (`Z` for UTC itself). Abbreviations that name a season's time
 * (`EST`, `EDT`, `CEST`) are fixed; the generic US zones (`ET`, `Pacific`) are in US_ZONES.
 */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({
  gmt: 'Z', utc: 'Z', z: 'Z', wet: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', akst: '-09:00', hst: '-10:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00',
  eest: '+03:00', msk: '+03:00', ist: '+05:30', wib: '+07:00', hkt: '+08:00', sgt: '+08:00', jst: '+09:00', kst: '+09:00',
  aest: '+10:00', aedt: '+11:00',
});
/** US zones said without the season (`ET`, `9 a.m. Pacific`): hours of their standard offset; daylight time by the date. */
export const US_ZONES: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  et: -5, ct: -6, mt: -7, pt: -8, eastern: -5, central: -6, mountain: -7, pacific: -8, atlantic: -4,
});
/** North American zone names written out after a clock time (`9 a.m. Pacific`, `noon Eastern time`), capitalized. */
export const ZONE_NAMES: ReadonlySet<string> = new Set(['eastern', 'central', 'mountain', 'pacific', 'atlantic']);

/**
 * Words before `past` that make it the deictic of `the past Friday`, not a preposition: determiners, and a copula
 * (`The deadline is past Friday`, as chrono's suite reads it: the Friday just gone).
 */
const PAST_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'is', 'was', 'are', 'were', 'be', 'been']);
/**
 * Whether the `past` at token `at` is a preposition (`can't stay past Friday`, `working past Tuesday`): after a word
 * that is no determiner nor copula, not the deictic of `the past Friday`.
 */
export function isPastPreposition(toks: readonly { kind: string; lower: string }[], at: number): boolean {
  const before = toks[at - 1];
  return toks[at]?.lower === 'past' && before !== undefined && before.kind === 'word' && !PAST_DETERMINERS.has(before.lower);
}
