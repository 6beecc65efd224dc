/**
 * Holidays and named days. A fixed one is a month-day date (`Christmas`); a movable one names the days it
 * falls on in a Gregorian year (Thanksgiving, Easter and the feasts counted from it, the Islamic feasts),
 * and the resolver picks the occurrence the clause points at, as it does for a month-day date.
 */
import {
  type Ymd, addDays, easterSunday, formatYmd, hijriDaysInYear, isValidYmd, isoWeekday, nthWeekdayOfMonth, pad2, pad4,
} from '../calendar.js';
import type { Spec } from '../spec.js';
import type { Captures } from '../pattern.js';
import { type RuleContext, type RuleRow, has, num, str } from './row.js';
import { wordTable } from '../../text/table.js';
import { FUNCTION_WORDS } from '../../text/lexicon.js';
import { MONTHS } from '../lexicon.js';
import { type SolarEvent, solarEventDay } from '../equinox.js';

/** Prepositions before a lower-case `the new year` that make it the start of a year (`in`, `from`, `after`, `until`, `before`). */
const NEW_YEAR_PREPOSITIONS = new Set(['in', 'from', 'after', 'until', 'till', 'into', 'by', 'early', 'before']);

/** Holidays on a fixed calendar day, by their words in lower case (apostrophes dropped). */
const FIXED: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ wordTable({
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], halloween: [10, 31],
  'new year s day': [1, 1], 'new year s eve': [12, 31], 'new year day': [1, 1], 'new year eve': [12, 31],
  'valentine s day': [2, 14], 'boxing day': [12, 26], 'bastille day': [7, 14], 'veterans day': [11, 11],
  'armistice day': [11, 11], 'fourth of july': [7, 4], 'independence day': [7, 4], hogmanay: [12, 31],
  'new years day': [1, 1], 'new years eve': [12, 31], 'new year': [1, 1],
  // The English quarter and cross-quarter days of rents, hirings and terms.
  michaelmas: [9, 29], 'michaelmas day': [9, 29], martinmas: [11, 11], candlemas: [2, 2], lammas: [8, 1], 'lammas day': [8, 1],
  'lady day': [3, 25], 'midsummer day': [6, 24], 'midsummer s day': [6, 24],
  // Saints' days kept by name.
  'all saints day': [11, 1], 'all souls day': [11, 2], 'all hallows day': [11, 1],
  // National days kept on a fixed date.
  'australia day': [1, 26], 'anzac day': [4, 25], 'waitangi day': [2, 6], 'canada day': [7, 1], 'remembrance day': [11, 11], juneteenth: [6, 19],
});

/** Saints' days kept by the saint's name (`St Patrick's Day`, `the feast of St Michael`): month and day. */
const SAINTS: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ wordTable({
  michael: [9, 29], stephen: [12, 26], patrick: [3, 17], andrew: [11, 30], george: [4, 23], david: [3, 1], swithin: [7, 15],
  swithun: [7, 15], valentine: [2, 14], crispin: [10, 25], dunstan: [5, 19], luke: [10, 18], thomas: [12, 21], nicholas: [12, 6],
  lucy: [12, 13], agnes: [1, 21], bartholomew: [8, 24], mark: [4, 25], matthew: [9, 21], james: [7, 25], martin: [11, 11],
});

/**
 * A fixed day of the year `hit` (month, day) said by its name: with the year written after it, or a date of that day
 * set off after it (`Lammas Day, 1 August 1788`), that day of that year; else the day of every year, shifted by
 * `last`/`next`; `skip` leading words left out of the extent.
 */
function fixedDay(c: Captures, ctx: RuleContext, hit: readonly [number, number], skip: number): Spec | null {
  const [month, day] = hit;
  const year = num(c, 'year') ?? appositionYear(ctx, month, day);
  if (has(c, 'year') && (year === undefined || !isValidYmd(year, month, day))) return null;
  const date: Spec = year !== undefined
    ? { kind: 'abs', type: 'DATE', value: `${pad4(year)}-${pad2(month)}-${pad2(day)}` }
    : { kind: 'md', type: 'DATE', month, day };
  const spec = shifted(date, c);
  return spec && skip ? { ...spec, skip } : spec;
}

/**
 * The year a fixed day's name takes from an absolute date in apposition to it (`the feast of St Michael, 29 September
 * 1346`): the date's year when the date is that month and day.
 */
function appositionYear(ctx: RuleContext, month: number, day: number): number | undefined {
  const t = ctx.toks;
  let k = ctx.to;
  if (t[k - 1]?.text !== ',') {
    if (t[k]?.text !== ',') return undefined;
    k++;
  }
  let d: number | undefined;
  let m: number | undefined;
  if (t[k]?.kind === 'num' && t[k + 1]?.kind === 'word') {
    d = Number(t[k]!.text);
    m = MONTHS[t[k + 1]!.lower];
  } else if (t[k]?.kind === 'word' && t[k + 1]?.kind === 'num') {
    m = MONTHS[t[k]!.lower];
    d = Number(t[k + 1]!.text);
    if (t[k + 2]?.text === ',') k++;
  }
  const y = t[k + 2];
  return m === month && d === day && y?.kind === 'num' && y.text.length >= 3 ? Number(y.text) : undefined;
}

/** The equinox or solstice a season's or month's word names with `equinox` or `solstice`. */
const SOLAR_EVENTS: Readonly<Record<string, SolarEvent>> = /* @__PURE__ */ wordTable({
  'spring equinox': 'march', 'vernal equinox': 'march', 'march equinox': 'march', 'summer solstice': 'june', 'june solstice': 'june',
  'autumn equinox': 'september', 'autumnal equinox': 'september', 'fall equinox': 'september', 'september equinox': 'september',
  'winter solstice': 'december', 'december solstice': 'december',
});

/** US (and Canadian) holidays on the nth weekday (ISO dow) of a month (n = -1: the last), counted from day `after` + 1. */
const NTH_WEEKDAY: Readonly<Record<string, { month: number; dow: number; n: number; after?: number }>> = /* @__PURE__ */ wordTable({
  thanksgiving: { month: 11, dow: 4, n: 4 }, 'thanksgiving day': { month: 11, dow: 4, n: 4 },
  'labor day': { month: 9, dow: 1, n: 1 }, 'memorial day': { month: 5, dow: 1, n: -1 },
  // The Tuesday after the first Monday: the first Tuesday from the 2nd on.
  'election day': { month: 11, dow: 2, n: 1, after: 1 }, 'presidents day': { month: 2, dow: 1, n: 3 },
  // US dates (the UK's Mothering Sunday is counted from Easter).
  'mother day': { month: 5, dow: 7, n: 2 }, 'father day': { month: 6, dow: 7, n: 3 }, 'columbus day': { month: 10, dow: 1, n: 2 },
  // Canada's Victoria Day: the last Monday before 25 May, the first Monday from the 18th on.
  'victoria day': { month: 5, dow: 1, n: 1, after: 17 },
  'martin luther king day': { month: 1, dow: 1, n: 3 }, 'martin luther king jr day': { month: 1, dow: 1, n: 3 }, 'mlk day': { month: 1, dow: 1, n: 3 },
});

/** Feasts and their distance in days from Easter Sunday. */
const FROM_EASTER: Readonly<Record<string, number>> = /* @__PURE__ */ wordTable({
  easter: 0, 'easter sunday': 0, 'easter day': 0, 'easter monday': 1, 'good friday': -2, 'maundy thursday': -3,
  'palm sunday': -7, 'ash wednesday': -46, 'ascension day': 39, pentecost: 49, 'whit sunday': 49, 'whit monday': 50,
  'pentecost sunday': 49, 'clean monday': -48, 'shrove tuesday': -47, whitsun: 49, whitsunday: 49, 'whitsun day': 49,
  'trinity sunday': 56, 'corpus christi': 60,
  // The Sundays of Lent and Eastertide kept by name (the UK's Mothering Sunday is Lent's fourth, Laetare Sunday).
  'mothering sunday': -21, 'laetare sunday': -21, 'passion sunday': -14, 'rogation sunday': 35, 'holy saturday': -1, 'holy thursday': -3,
});

/** The words of a feast counted from Easter that end in a weekday (`Palm Sunday`, `Good Friday`), by its first word. */
const FEAST_WEEKDAY_NAMES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(Object.keys(FROM_EASTER).filter((k) => / (?:sun|mon|tues|wednes|thurs|fri|satur)day$/.test(k))))();
/**
 * Whether a capitalized word and the weekday after it make the name of a feast counted from Easter (`Palm` and `Sunday`,
 * `Ash` and `Wednesday`): the weekday is then no bare weekday, whether or not the name dates its clause.
 */
export function namesFeastWithWeekday(first: string, weekday: string): boolean {
  return FEAST_WEEKDAY_NAMES.has(`${first.toLowerCase()} ${weekday.toLowerCase()}`);
}

/** Islamic feasts by their Hijri month and day; `Ramadan` is dated by its first day, a bare `Eid` by either Eid. */
const EID_AL_FITR = [[10, 1]] as const;
const EID_AL_ADHA = [[12, 10]] as const;
const HIJRI: Readonly<Record<string, readonly (readonly [number, number])[]>> = /* @__PURE__ */ wordTable({
  ramadan: [[9, 1]], ashura: [[1, 10]], eid: [[10, 1], [12, 10]], // either Eid (the two below)
  'eid al fitr': EID_AL_FITR, 'eid ul fitr': EID_AL_FITR, 'eid el fitr': EID_AL_FITR, 'eid fitr': EID_AL_FITR, 'eid al seghir': EID_AL_FITR, 'eid el seghir': EID_AL_FITR,
  'eid al adha': EID_AL_ADHA, 'eid ul adha': EID_AL_ADHA, 'eid el adha': EID_AL_ADHA, 'eid adha': EID_AL_ADHA, 'eid al kabir': EID_AL_ADHA, 'eid el kebir': EID_AL_ADHA,
});

/**
 * Matariki, New Zealand's public holiday: a Friday in June or July that the Te Kāhui o Matariki Public Holiday Act 2022
 * sets for each year from the Māori lunar calendar (no rule gives it), as month and day by year; the years 2022 to 2031.
 */
const MATARIKI: Readonly<Record<string, readonly [number, number]>> = /* @__PURE__ */ wordTable({
  2022: [6, 24], 2023: [7, 14], 2024: [6, 28], 2025: [6, 20], 2026: [7, 10], 2027: [6, 25], 2028: [7, 14], 2029: [7, 6], 2030: [6, 21], 2031: [7, 11],
});
const matarikiDays = (y: number): Ymd[] => {
  const md = MATARIKI[String(y)];
  return md ? [{ y, m: md[0], d: md[1] }] : [];
};

/** The `n`th Sunday of Advent in year `y`: the fourth is the last Sunday before Christmas Day. */
function adventSunday(y: number, n: number): Ymd {
  const christmas = { y, m: 12, d: 25 };
  const dow = isoWeekday(christmas);
  return addDays(christmas, -(dow === 7 ? 7 : dow) - 7 * (4 - n));
}

/** The spec of a movable feast: its days in a year, and an explicit year's first one as an absolute date. */
function movable(name: string, daysIn: (year: number) => readonly Ymd[], c: Captures): Spec | null {
  const year = num(c, 'year');
  if (year === undefined) return { kind: 'md', type: 'DATE', feast: { name, daysIn } };
  const first = daysIn(year)[0];
  return first ? { kind: 'abs', type: 'DATE', value: formatYmd(first), note: `${name} ${year}` } : null;
}

/** The lower-case words of a holiday's name from token `from` to `to` (exclusive), apostrophes and hyphens dropped. */
function nameWords(ctx: RuleContext, from: number, to: number): string {
  return ctx.toks.slice(from, to).map((t) => t.lower).filter((w) => /^[a-z]+$/.test(w)).join(' ');
}

/** A holiday's name as the text writes it (`Eid al-Fitr`), for explanations. */
function writtenName(ctx: RuleContext, from: number, to: number): string {
  return ctx.toks.slice(from, to).map((t, k) => (k > 0 && t.gap > 0 ? ' ' : '') + t.text).join('');
}

const capitalized = (ctx: RuleContext, from: number, to: number): boolean =>
  ctx.toks.slice(from, to).every((t) => t.kind !== 'word' || t.capital || /^(?:al|ul|el|of|s)$/.test(t.lower));

/** `last`, `next`, `this`, `this coming` before a holiday: which of its occurrences (-1, +1, 0 the year's). */
const DEICTIC_PREFIX = 'd=last|next|this|coming? e=coming?';
function deicticShift(c: Captures): number | undefined {
  if (!has(c, 'd')) return undefined;
  const d = String(c.d!.v);
  if (has(c, 'e')) return d === 'this' ? 1 : undefined;
  return d === 'last' ? -1 : d === 'this' ? 0 : 1;
}
/**
 * A holiday's name is capitalized, or it follows `last`/`next`/`this` or has its year (`last easter`,
 * `mother's day 2012`): a name in lower case alone is a common phrase (`a good friday for sales`).
 */
const named = (c: Captures, ctx: RuleContext, from: number, to: number): boolean =>
  (capitalized(ctx, from, to) || (has(c, 'd') && deicticShift(c) !== undefined) || has(c, 'year') || HOLIDAY_PREPOSITIONS.has(ctx.toks[ctx.from - 1]?.lower ?? ''))
  && !modifiesNoun(c, ctx);
/** Prepositions of time before a holiday's name in lower case, as informal writing has it (`by easter`, `over christmas`). */
const HOLIDAY_PREPOSITIONS = new Set(['by', 'before', 'after', 'until', 'till', 'since', 'over', 'at', 'around']);
/** Determiners before a holiday's name that make it a noun's modifier when a noun follows (`the Christmas market`). */
const MODIFIER_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'his', 'her', 'my', 'your']);
/** Nouns of a period after a holiday's name: `the Christmas holidays`, `the Easter weekend` still name its time. */
const PERIOD_NOUNS = new Set(['period', 'season', 'holiday', 'holidays', 'break', 'week', 'weekend', 'time', 'rush', 'recess', 'quarter', 'term', 'vacation', 'night', 'morning', 'evening', 'day', 'eve']);
/** Words between a holiday's name and a noun of a period that keep it a period (`the Easter long weekend`, `the Christmas school holidays`). */
const PERIOD_COMPOUND_WORDS = new Set(['long', 'bank', 'school', 'public', 'holiday']);
/**
 * `the Christmas market`, `a Thanksgiving dinner`, `its Easter egg hunt`: after a determiner and before a common noun, a
 * holiday's name (without its year) says what kind of thing the noun is, not when.
 */
function modifiesNoun(c: Captures, ctx: RuleContext): boolean {
  // (A name said with `Day` or `Eve` names a day whatever follows: `a Christmas Day trip to Denver`.)
  if (has(c, 'year') || has(c, 'd') || (has(c, 'w') && /^(?:day|eve)$/.test(str(c, 'w') ?? ''))) return false;
  const first = ctx.toks[ctx.from]!.lower;
  const before = MODIFIER_DETERMINERS.has(first) ? first : ctx.toks[ctx.from - 1]?.lower ?? '';
  const next = ctx.toks[ctx.to];
  const compound = next !== undefined && PERIOD_COMPOUND_WORDS.has(next.lower) && PERIOD_NOUNS.has(ctx.toks[ctx.to + 1]?.lower ?? '');
  // A capitalized noun names the thing (`the Christmas Fair will be held`) where the sentence goes on in lower case, not in a
  // headline's capitals.
  const after = ctx.toks[ctx.to + 1];
  const namedThing = next?.capital === true && after !== undefined && after.kind === 'word' && !after.capital && after.gap > 0 && !after.newline;
  return MODIFIER_DETERMINERS.has(before) && next !== undefined && next.kind === 'word' && (!next.capital || namedThing) && next.gap > 0 && !compound
    && /^[a-z]{3,}$/.test(next.lower) && !FUNCTION_WORDS.has(next.lower) && !PERIOD_NOUNS.has(next.lower) && !/(?:ly|ed)$/.test(next.lower)
    && MONTHS[next.lower] === undefined;
}
/** Words before `New Year` that name another calendar's new year. */
const OTHER_NEW_YEARS = new Set(['lunar', 'chinese', 'jewish', 'persian', 'iranian', 'islamic', 'hijri', 'tamil', 'thai', 'vietnamese', 'korean', 'orthodox', 'hindu', 'sikh', 'bengali', 'nepali', 'ethiopian', 'tibetan', 'sinhala', 'khmer', 'lao', 'balinese']);
/** A relative holiday with the occurrence its deictic picks. */
function shifted(spec: Spec | null, c: Captures): Spec | null {
  if (!spec || !has(c, 'd')) return spec;
  const shift = deicticShift(c);
  if (shift === undefined || spec.kind === 'abs') return null;
  return { ...spec, shift };
}

export const HOLIDAY_ROWS: readonly RuleRow[] = [
  {
    // `the third Wednesday in November`, `the last Friday of March 2024`: a named weekday of a month.
    id: 'nth-weekday-of-month',
    pattern: 'the? l=last? @ord? @weekday in|of @month ,? @year?',
    build: (c, ctx) => {
      if (has(c, 'l') === has(c, 'ord')) return null;
      const n = has(c, 'ord') ? num(c, 'ord')! : -1;
      const month = num(c, 'month')!;
      const dow = num(c, 'weekday')!;
      if (n < -1 || n === 0 || n > 5) return null;
      const dayIn = (y: number): Ymd[] => {
        const d = nthWeekdayOfMonth(y, month, dow, n);
        return isValidYmd(y, month, d) ? [{ y, m: month, d }] : [];
      };
      const written = writtenName(ctx, ctx.toks[ctx.from]!.lower === 'the' ? ctx.from + 1 : ctx.from, c.year ? c.year.i : ctx.to).replace(/,$/, '');
      return movable(written, dayIn, c);
    },
    examples: [['The fair opens on the third Wednesday in November.', 'the third Wednesday in November', '2022-11-16'],
      ['It closed on the last Friday of March 2024.', 'the last Friday of March 2024', '2024-03-29'], ['the 2nd Monday of May', 'the 2nd Monday of May', '2022-05-09']],
    negatives: ['the fifth Monday of February 2022'],
  },
  {
    // `the last weekend of May`, `the first weekend in June 2027`: the weekend of that month's first or last Saturday.
    id: 'nth-weekend-of-month',
    pattern: 'the l=last? @ord? weekend of|in @month ,? @year?',
    triggers: ['weekend'],
    build: (c, ctx) => {
      if (has(c, 'l') === has(c, 'ord')) return null;
      const n = has(c, 'ord') ? num(c, 'ord')! : -1;
      const month = num(c, 'month')!;
      if (n < -1 || n === 0 || n > 4) return null;
      const saturday = (y: number): Ymd[] => {
        const d = nthWeekdayOfMonth(y, month, 6, n);
        return isValidYmd(y, month, d) ? [{ y, m: month, d }] : [];
      };
      const spec = movable(writtenName(ctx, ctx.from + 1, c.year ? c.year.i : ctx.to).replace(/,$/, ''), saturday, c);
      return spec ? { ...spec, weekendOf: true } : null;
    },
    examples: [['The final is on the last weekend of May.', 'the last weekend of May', '2022-W21-WE'], ['the first weekend in June 2027', 'the first weekend in June 2027', '2027-W22-WE']],
  },
  {
    // Fixed-date holidays are month-day dates; the year comes from the anchor like `Dec. 25`.
    id: 'holiday-fixed',
    pattern: `${DEICTIC_PREFIX} the? h=christmas|halloween|new|valentine|boxing|bastille|veterans|armistice|independence|hogmanay|fourth|michaelmas|martinmas|candlemas|lammas|lady|midsummer|all|australia|anzac|waitangi|canada|remembrance|juneteenth year|saints|souls|hallows? '|’? s? w=day|eve? of? july? ,? @year?`,
    triggers: ['christmas', 'halloween', 'valentine', 'boxing', 'independence', 'hogmanay', 'new', 'michaelmas', 'martinmas', 'candlemas', 'lammas', 'lady', 'midsummer', 'saints', 'souls', 'hallows',
      'australia', 'anzac', 'waitangi', 'canada', 'remembrance', 'juneteenth'],
    build: (c, ctx) => {
      // (`Christmas of 1914`: the `of` before a year is no part of the name.)
      const phrase = nameWords(ctx, c.h!.i, c.year ? c.year.i : ctx.to).replace(/ of$/, '');
      const hit = FIXED[phrase];
      // `in the new year`, `from the new year`, in lower case, is the start of the year (`to be listed in the new year`): its
      // January, told by the clause's tense.
      if (phrase === 'new year' && !ctx.toks[c.h!.i + 1]!.capital && !ctx.toks[c.h!.i]!.capital && ctx.toks[ctx.from]!.lower === 'the'
        && NEW_YEAR_PREPOSITIONS.has(ctx.toks[ctx.from - 1]?.lower ?? '') && c.h!.i === ctx.from + 1 && !has(c, 'year')) {
        return { kind: 'month', type: 'DATE', month: 1, mod: 'START', newYear: true };
      }
      if (!hit || !named(c, ctx, c.h!.i, c.h!.i + 1)) return null;
      // `the New Year` is the first of January; `the Lunar New Year` and `a new year` are not.
      if (phrase === 'new year' && (!ctx.toks[c.h!.i + 1]!.capital || OTHER_NEW_YEARS.has(ctx.toks[c.h!.i - 1]?.lower ?? ''))) return null;
      // `the` belongs only to `the Fourth of July`; before `Christmas` it is not part of the name.
      const skip = ctx.toks[ctx.from]!.lower === 'the' && phrase !== 'fourth of july' ? 1 : 0;
      return fixedDay(c, ctx, hit, skip);
    },
    examples: [['Sales rose in the year to Christmas 2019.', 'Christmas 2019', '2019-12-25'], ['The truce held at Christmas of 1914.', 'Christmas of 1914', '1914-12-25'], ['on Christmas Day', 'Christmas Day', '2021-12-25'],
      ['Sales will rise in the run-up to Christmas.', 'Christmas', '2022-12-25'], ['Fireworks are planned for Independence Day.', 'Independence Day', '2022-07-04'], ['by New Year\'s Eve', 'New Year\'s Eve', '2021-12-31'], ['on the Fourth of July', 'the Fourth of July', '2022-07-04'], ['at Halloween', 'Halloween', '2021-10-31'],
      ['Sales fell last Christmas.', 'last Christmas', '2021-12-25'], ['Sales fell over the New Year.', 'New Year', '2022-01-01'],
      ['The lease ends at Michaelmas.', 'Michaelmas', '2022-09-29'], ['i will move out by christmas', 'christmas', '2022-12-25'], ['Rent was paid on Lady Day.', 'Lady Day', '2021-03-25'],
      ['The fair opened on All Saints\' Day 1910.', 'All Saints\' Day 1910', '1910-11-01'], ['The case will be heard in the new year.', 'the new year', '2022-01'],
      ['Bins will be emptied weekly from the new year.', 'the new year', '2022-01'], ['The roof will not be fixed before the new year.', 'the new year', '2022-01'], ['The fair opened on Lammas Day, 1 August 1788, in rain.', 'Lammas Day', '1788-08-01'],
      ['The carnival is normally held on Australia Day.', 'Australia Day', '2022-01-26'], ['Veterans marched on Anzac Day 2019.', 'Anzac Day 2019', '2019-04-25'],
      ['Fireworks light the harbour on Canada Day.', 'Canada Day', '2022-07-01'], ['Banks close for Juneteenth.', 'Juneteenth', '2022-06-19'],
      ['Wreaths were laid on Remembrance Day.', 'Remembrance Day', '2021-11-11'],
      ['The pool will shut for the Christmas school holidays.', 'Christmas', '2022-12-25'], ['The tour closes with a Boxing Day concert in Leeds.', 'Boxing Day', '2022-12-26']],
    negatives: ['a new day', 'the fourth day', 'a new year', 'the Lunar New Year parade', 'Chinese New Year', 'The Christmas market opens on Friday.', 'We ate a Halloween cake.', 'The Christmas Fair will be held on Saturday.'],
  },
  {
    // Saints' days by the saint's name: `St Patrick's Day`, `Saint George's Day 2019`, `the feast of St Michael`. Alone
    // (`St Michael's church`) the name is no date: it needs `day` after it or `the feast of` before it.
    id: 'holiday-saint',
    pattern: `${DEICTIC_PREFIX} the? f=feast? of? st|saint .? n=michael|stephen|patrick|andrew|george|david|swithin|swithun|valentine|crispin|dunstan|luke|thomas|nicholas|lucy|agnes|bartholomew|mark|matthew|james|martin p='|’? q=s? w=day|feast? ,? @year?`,
    triggers: ['st', 'saint'],
    build: (c, ctx) => {
      const n = ctx.toks[c.n!.i]!;
      const hit = n.capital ? SAINTS[n.lower] : undefined;
      const feast = has(c, 'f') && ctx.toks[c.f!.i + 1]?.lower === 'of';
      if (!hit || !(has(c, 'w') || feast) || has(c, 'f') !== feast || (feast && (has(c, 'w') || has(c, 'p') || has(c, 'q')))) return null;
      // (`of` alone before the saint is no part of the name: `the church of St Michael's Day` does not occur, `of St
      // George's Day` does.)
      const first = ctx.toks[ctx.from]!.lower;
      const skip = !feast && (first === 'the' || first === 'of') ? (ctx.toks[ctx.from + 1]!.lower === 'of' ? 2 : 1) : 0;
      return fixedDay(c, ctx, hit, skip);
    },
    examples: [['The parade is on St Patrick\'s Day.', 'St Patrick\'s Day', '2022-03-17'], ['Rents were paid on the feast of St Michael.', 'the feast of St Michael', '2021-09-29'],
      ['Flags fly on Saint George\'s Day 2019.', 'Saint George\'s Day 2019', '2019-04-23'], ['The hunt met on St Stephen\'s Day.', 'St Stephen\'s Day', '2021-12-26'],
      ['They sailed on the feast of St Andrew, 30 November 1620.', 'the feast of St Andrew', '1620-11-30'], ['If it rains on St Swithin\'s Day, it rains for forty days.', 'St Swithin\'s Day', '2022-07-15']],
    negatives: ['We met at St Michael\'s church.', 'He read the Gospel of St Luke.', 'the feast of St Michael\'s angels'],
  },
  {
    // `the autumn equinox`, `the summer solstice of 2022`, `the vernal equinox`: the day of the sun's crossing (as the northern
    // hemisphere names the seasons), computed for each year.
    id: 'equinox-solstice',
    pattern: `${DEICTIC_PREFIX} the? s=spring|vernal|autumn|autumnal|fall|summer|winter|march|june|september|december w=equinox|solstice ,? of? @year?`,
    triggers: ['equinox', 'solstice'],
    build: (c, ctx) => {
      const event = SOLAR_EVENTS[nameWords(ctx, c.s!.i, c.w!.i + 1)];
      if (event === undefined) return null;
      return shifted(movable(writtenName(ctx, c.s!.i, c.w!.i + 1), (y) => [solarEventDay(y, event)], c), c);
    },
    examples: [['The stones line up with the sun at the winter solstice.', 'the winter solstice', '2021-12-21'], ['Crowds gathered for the summer solstice of 2022.', 'the summer solstice of 2022', '2022-06-21'],
      ['The autumn equinox came late.', 'The autumn equinox', '2021-09-22'], ['We will plant after the spring equinox.', 'the spring equinox', '2022-03-20'], ['the vernal equinox, 2024', 'the vernal equinox, 2024', '2024-03-20'],
      ['On the autumn equinox 2022 we walked.', 'the autumn equinox 2022', '2022-09-23'], ['next winter solstice', 'next winter solstice', '2022-12-21']],
    negatives: ['the spring solstice', 'an equinox'],
  },
  {
    // England's bank holidays on a Monday of May or August: `the early May bank holiday` (or `the May bank holiday`) is the
    // first Monday of May, `the late May` or `spring bank holiday` the last; `the August` or `summer bank holiday` the last
    // Monday of August. (`the August bank holiday weekend` is the weekend before it, combine.ts.)
    id: 'bank-holiday',
    pattern: `${DEICTIC_PREFIX} the? p=early|late|spring|summer? @month? bank holiday monday?`,
    triggers: ['bank'],
    build: (c, ctx) => {
      const p = has(c, 'p') ? str(c, 'p') : undefined;
      const m = num(c, 'month');
      const day = m === 5 && (p === undefined || p === 'early') ? { month: 5, n: 1 }
        : (m === 5 && p === 'late') || (m === undefined && p === 'spring') ? { month: 5, n: -1 }
        : (m === 8 && p === undefined) || (m === undefined && p === 'summer') ? { month: 8, n: -1 } : null;
      if (!day) return null;
      const first = ctx.toks[ctx.from]!.lower === 'the' ? ctx.from + 1 : ctx.from;
      const spec = shifted(movable(writtenName(ctx, has(c, 'd') ? ctx.from : first, ctx.to), (y) => [{ y, m: day.month, d: nthWeekdayOfMonth(y, day.month, 1, day.n) }], c), c);
      return spec && first > ctx.from && !has(c, 'd') ? { ...spec, skip: 1 } : spec;
    },
    examples: [['Roads were busy over the August bank holiday.', 'August bank holiday', '2021-08-30'], ['The fair returns on the late May bank holiday.', 'late May bank holiday', '2022-05-30'],
      ['The mill is open on the spring bank holiday Monday.', 'spring bank holiday Monday', '2022-05-30']],
    negatives: ['The bank holiday trade was brisk.', 'a bank holiday'],
  },
  {
    // US and Canadian holidays on the nth weekday of a month.
    id: 'holiday-floating',
    pattern: `${DEICTIC_PREFIX} h=thanksgiving|labor|memorial|election|presidents|mother|mothers|father|fathers|columbus|victoria '|’? s? w=day? ,? @year?`,
    triggers: ['thanksgiving', 'mother', 'mothers', 'father', 'fathers', 'victoria'],
    build: (c, ctx) => {
      const end = c.year ? c.year.i : ctx.to;
      if (!named(c, ctx, c.h!.i, end)) return null;
      const name = nameWords(ctx, c.h!.i, end).split(' ').filter((w) => w !== 's').join(' ').replace(/^(mother|father)s /, '$1 ');
      const h = NTH_WEEKDAY[name];
      return h ? shifted(movable(writtenName(ctx, c.h!.i, end).replace(/,$/, ''), (y) => [{ y, m: h.month, d: nthWeekdayOfMonth(y, h.month, h.dow, h.n, h.after) }], c), c) : null;
    },
    examples: [['on Thanksgiving', 'Thanksgiving', '2021-11-25'], ['after Labor Day', 'Labor Day', '2021-09-06'], ['before Memorial Day', 'Memorial Day', '2022-05-30'], ['on Election Day', 'Election Day', '2021-11-02'], ['Stores will open on Thanksgiving Day.', 'Thanksgiving Day', '2022-11-24'],
      ['Sales peak before Mother\'s Day.', 'Mother\'s Day', '2022-05-08'], ['flowers for mother\'s day 2012', 'mother\'s day 2012', '2012-05-13'],
      ['We meet this coming Father\'s Day.', 'this coming Father\'s Day', '2022-06-19'], ['Cottages fill up over the Victoria Day long weekend.', 'Victoria Day', '2022-05-23']],
    negatives: ['on election day', 'labor costs', 'a memorial service', 'on his mother\'s day off', 'Victoria said so.'],
  },
  {
    // `Martin Luther King Day`, `Martin Luther King Jr. Day`, `MLK Day`: the third Monday of January.
    id: 'holiday-mlk',
    pattern: `${DEICTIC_PREFIX} h=martin|mlk luther? king? jr? .? w=day ,? @year?`,
    triggers: ['martin', 'mlk'],
    build: (c, ctx) => {
      const end = c.w!.i + 1;
      if (!capitalized(ctx, c.h!.i, end)) return null;
      const h = NTH_WEEKDAY[nameWords(ctx, c.h!.i, end)];
      return h ? shifted(movable(writtenName(ctx, c.h!.i, end), (y) => [{ y, m: h.month, d: nthWeekdayOfMonth(y, h.month, h.dow, h.n, h.after) }], c), c) : null;
    },
    examples: [['Schools close on Martin Luther King Day.', 'Martin Luther King Day', '2022-01-17'], ['on Martin Luther King Jr. Day 2020', 'Martin Luther King Jr. Day 2020', '2020-01-20'],
      ['Marches were held on MLK Day.', 'MLK Day', '2021-01-18']],
    negatives: ['Martin King spoke that day.'],
  },
  {
    // Easter and the days counted from it, dated by the computus.
    id: 'holiday-easter',
    pattern: `${DEICTIC_PREFIX} h=easter|good|ash|maundy|palm|whit|whitsun|whitsunday|pentecost|ascension|clean|shrove|trinity|corpus|mothering|laetare|passion|rogation|holy w=sunday|monday|tuesday|friday|wednesday|thursday|saturday|day|christi? ,? @year?`,
    triggers: ['easter', 'pentecost', 'ash', 'maundy', 'palm', 'whit', 'whitsun', 'whitsunday', 'ascension', 'good', 'clean', 'shrove', 'trinity', 'corpus', 'mothering', 'laetare', 'passion', 'rogation', 'holy'],
    build: (c, ctx) => {
      const end = c.h!.i + (has(c, 'w') ? 2 : 1);
      if (!named(c, ctx, c.h!.i, end)) return null;
      const name = nameWords(ctx, c.h!.i, end);
      const offset = FROM_EASTER[name];
      return offset === undefined ? null : shifted(movable(writtenName(ctx, c.h!.i, end), (y) => [addDays(easterSunday(y), offset)], c), c);
    },
    examples: [['shut over Easter', 'Easter', '2022-04-17'], ['on Good Friday', 'Good Friday', '2022-04-15'], ['at Easter 2023', 'Easter 2023', '2023-04-09'], ['since Easter Monday, 2019', 'Easter Monday, 2019', '2019-04-22'], ['on Ash Wednesday', 'Ash Wednesday', '2022-03-02'],
      ['It happened last easter.', 'last easter', '2021-04-04'], ['The fair returns next Easter.', 'next Easter', '2022-04-17'],
      ['Lent begins after Clean Monday 2021.', 'Clean Monday 2021', '2021-02-15'], ['Pancakes are served on Shrove Tuesday.', 'Shrove Tuesday', '2022-03-01'],
      ['The fair is held at Whitsun.', 'Whitsun', '2022-06-05'], ['A procession marks Corpus Christi.', 'Corpus Christi', '2022-06-16'],
      ['Mothering Sunday is on 27 March.', 'Mothering Sunday', '2022-03-27'], ['The choir sings on Passion Sunday.', 'Passion Sunday', '2022-04-03'],
      ['The vigil is kept on Holy Saturday.', 'Holy Saturday', '2022-04-16'], ['Ferries will be full over the Easter long weekend.', 'Easter', '2022-04-17']],
    negatives: ['a good Friday for sales', 'easter eggs', 'a clean Monday morning', 'a holy Sunday', 'The Palm Sunday procession leaves the church.'],
  },
  {
    // `Advent Sunday`, `the third Sunday of Advent`, `the 2nd Sunday in Advent 2024`: the four Sundays before Christmas Day,
    // counted from the first (Advent Sunday, between 27 November and 3 December).
    id: 'advent-sunday',
    pattern: `${DEICTIC_PREFIX} the? o=@ord? s=sunday? p=of|in? a=advent s2=sunday? ,? @year?`,
    triggers: ['advent'],
    build: (c, ctx) => {
      const counted = has(c, 'o') && has(c, 's') && has(c, 'p') && !has(c, 's2');
      if (!counted && (has(c, 'o') || has(c, 's') || has(c, 'p') || !has(c, 's2'))) return null;
      const n = counted ? num(c, 'o')! : 1;
      if (!Number.isInteger(n) || n < 1 || n > 4 || !ctx.toks[c.a!.i]!.capital) return null;
      const from = counted ? c.o!.i : c.a!.i;
      return shifted(movable(writtenName(ctx, from, (c.year ? c.year.i : ctx.to)).replace(/,$/, ''), (y) => [adventSunday(y, n)], c), c);
    },
    examples: [['The carol service will be on the third Sunday of Advent.', 'the third Sunday of Advent', '2022-12-11'], ['The wreath will be lit on Advent Sunday.', 'Advent Sunday', '2022-11-27'],
      ['He preached on the 2nd Sunday in Advent 1851.', 'the 2nd Sunday in Advent 1851', '1851-12-07']],
    negatives: ['the fifth Sunday of Advent', 'an advent calendar', 'the advent of steam'],
  },
  {
    // `Matariki`, `the Matariki long weekend`, `Matariki 2023`: New Zealand's public holiday, on the day the law sets for its year.
    id: 'holiday-matariki',
    pattern: `${DEICTIC_PREFIX} h=matariki ,? @year?`,
    triggers: ['matariki'],
    build: (c, ctx) => {
      const end = c.h!.i + 1;
      if (!named(c, ctx, c.h!.i, end)) return null;
      return shifted(movable(writtenName(ctx, c.h!.i, end), matarikiDays, c), c);
    },
    examples: [['Schools will close for Matariki.', 'Matariki', '2022-06-24'], ['It was the wettest day since Matariki 2023.', 'Matariki 2023', '2023-07-14'],
      ['Roads will be busy over the Matariki long weekend.', 'Matariki', '2022-06-24']],
    negatives: ['The Matariki celebrations drew crowds.', 'a matariki star chart'],
  },
  {
    // Islamic feasts, dated by the Hijri calendar (Umm al-Qura where the platform has it).
    id: 'holiday-hijri',
    pattern: 'h=ramadan|eid|ashura -? al|ul|el? -? f=fitr|adha|kebir|kabir|seghir? ,? @year?',
    triggers: ['ramadan', 'eid', 'ashura'],
    build: (c, ctx) => {
      const end = c.f ? c.f.i + 1 : c.h!.i + 1;
      if (!capitalized(ctx, c.h!.i, end)) return null;
      const name = nameWords(ctx, c.h!.i, end);
      const days = HIJRI[name];
      if (!days) return null;
      return movable(writtenName(ctx, c.h!.i, end), (y) => days.flatMap(([m, d]) => hijriDaysInYear(y, m, d)).sort((a, b) => a.m - b.m || a.d - b.d), c);
    },
    examples: [['Markets closed for Eid al-Fitr.', 'Eid al-Fitr', '2021-05-13'], ['Markets will close for Eid al-Fitr.', 'Eid al-Fitr', '2022-05-02'], ['The talks resume after Ramadan.', 'Ramadan', '2022-04-02'],
      ['He was arrested during Ramadan 2021.', 'Ramadan 2021', '2021-04-13'], ['Pilgrims gathered before Eid al-Adha.', 'Eid al-Adha', '2021-07-20'],
      ['Families will travel for Eid.', 'Eid', '2022-05-02']],
    negatives: ['the ramadan fast in lower case'],
  },
];
