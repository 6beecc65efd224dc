/**
 * Combination pass over recognized expressions: modifiers before them (`early`, `the end of`,
 * `about`, `more than`) and adjacent pieces that make one expression (`Thursday, 9 November 1989`,
 * `7:06 PM Friday`, `the early morning hours of Friday`).
 */
import type { TimexMod } from '../model/types.js';
import type { Recognized } from './recognize.js';
import type { PartOf, Spec } from './spec.js';
import type { Token } from '../text/tokens.js';
import { SLOT_CLASSES, isNear } from './slots.js';
import { MONTHS, PART_LIMITS, PART_UNITS, TIME_ZONES, US_ZONES, WEEKDAYS, ZONE_OFFSETS } from './lexicon.js';
import { formatYmd } from './calendar.js';
import { hourOfADayPart } from './hour-of-a-day-part.js';
import { AMOUNT_UNITS, amountIn, amountParts } from './amount-parts.js';
import { signedOffsets } from './signed-offsets.js';
import { wordTable } from '../text/table.js';

/** Modifier phrases (lower-cased token sequences) and the TIMEX3 mod they give; longest first. */
const DATE_MODIFIERS: readonly (readonly [readonly string[], TimexMod | undefined])[] = [
  [['the', 'end', 'of'], 'END'], [['the', 'close', 'of'], 'END'], [['the', 'beginning', 'of'], 'START'],
  [['the', 'start', 'of'], 'START'], [['the', 'middle', 'of'], 'MID'], [['the', 'turn', 'of'], 'START'],
  [['end', 'of'], 'END'], [['beginning', 'of'], 'START'], [['early', 'in'], 'START'], [['late', 'in'], 'END'],
  [['mid', '-'], 'MID'], [['early'], 'START'], [['late'], 'END'], [['mid'], 'MID'], [['around'], 'APPROX'],
  [['about'], 'APPROX'], [['sometime'], undefined], [['circa'], 'APPROX'], [['nearly'], 'APPROX'], [['almost'], 'APPROX'],
];
const DURATION_MODIFIERS: readonly (readonly [readonly string[], TimexMod])[] = [
  [['no', 'more', 'than'], 'EQUAL_OR_LESS'], [['more', 'than'], 'MORE_THAN'], [['less', 'than'], 'LESS_THAN'],
  [['fewer', 'than'], 'LESS_THAN'], [['at', 'least'], 'EQUAL_OR_MORE'], [['at', 'most'], 'EQUAL_OR_LESS'],
  [['up', 'to'], 'EQUAL_OR_LESS'], [['nearly'], 'LESS_THAN'], [['almost'], 'LESS_THAN'], [['about'], 'APPROX'],
  [['around'], 'APPROX'], [['approximately'], 'APPROX'], [['roughly'], 'APPROX'], [['some'], 'APPROX'],
  [['just', 'over'], 'MORE_THAN'], [['just', 'under'], 'LESS_THAN'],
];

/** The last words of the modifier phrases, made on first use. */
let modifierEnds: ReadonlySet<string> | undefined;

/** Whether a word ends some modifier phrase (`of` in `the end of`, `early`, `than`). */
function endsModifier(lower: string): boolean {
  modifierEnds ??= new Set([...DATE_MODIFIERS, ...DURATION_MODIFIERS].map(([words]) => words[words.length - 1]!));
  return modifierEnds.has(lower);
}

/** Words before `in the evening` that make it the evening of the day told (`later in the evening`). */
const IN_POD_LEADS = new Set(['later', 'earlier', 'early', 'late']);
/** Verbs that take a part of day as the time they fill (`spent the night`). */
const SPENDING_VERBS = new Set(['spent', 'spend', 'spends', 'spending', 'passed']);
/** Words before `past` that make it an adjective (`the past night`), not a preposition (`ran past midnight`). */
const DETERMINERS_BEFORE_PAST = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
const POD_PREPOSITIONS = new Set(['at', 'around', 'by', 'until', 'till', 'before', 'after', 'through', 'throughout', 'during', 'since', 'from', 'overnight']);

function precedes(toks: readonly Token[], from: number, words: readonly string[], floor: number): number {
  const start = from - words.length;
  if (start < floor) return -1;
  for (let k = 0; k < words.length; k++) {
    if (toks[start + k]!.lower !== words[k]) return -1;
    if (k > 0 && !isNear(toks, start + k)) return -1;
  }
  return isNear(toks, from) ? start : -1;
}

/** Shapes of values the helpers below test for each expression (module constants: a regex literal is a new object each time it runs). */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_VALUE = /^\d{4}$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const QUARTER_START = /^\d{4}-Q/;
const WEEK_START = /^\d{4}-W/;
const SEASON_VALUE = /^\d{4}-[A-Z]{2}$/;
const PERIOD_VALUE = /^\d{4}(?:-\d{2}|-Q\d|-W\d{2}|-(?:SP|SU|FA|WI))?$/;
const APOSTROPHE = /^['’]$/;

/** Day-level or finer specs a time of day can attach to. */
function isDayLevel(s: Spec): boolean {
  if (s.kind === 'weekday' || s.kind === 'md' || s.kind === 'ordday') return true;
  if (s.kind === 'deictic' || s.kind === 'anaphoric') return s.unit === 'D';
  return s.kind === 'abs' && s.type === 'DATE' && !!s.value && DAY_VALUE.test(s.value);
}

/** A day that recurs, with no time of its own: `every Monday` (`XXXX-WXX-1`), `every April 18` (`XXXX-04-18`). */
const EVERY = /^(?:every|each)$/;
const EVERY_PART_OF_DAY = /^XXXX-XX-XXT[A-Z]{2}$/;
const RECURRING_DAY = /^XXXX-(?:WXX-\d|\d{2}-\d{2})$/;
function recurringDay(s: Spec): boolean {
  return s.kind === 'abs' && s.type === 'SET' && !s.mod && RECURRING_DAY.test(s.value ?? '');
}

/** A clock time or `noon`, `midnight` with no zone and no day: `5:12 a.m.`. */
const CLOCK_TIME = /^T\d/;
function clockOfDay(s: Spec): boolean {
  return (s.kind === 'clock' || s.kind === 'pod') && !s.zone && CLOCK_TIME.test(s.time ?? '');
}

/** Specs that name a year: `this year`, `next year`, `1990`. */
function isYearLevel(s: Spec): boolean {
  return (s.kind === 'deictic' && s.unit === 'Y') || (s.kind === 'abs' && !!s.value && YEAR_VALUE.test(s.value));
}
/** `this year's third quarter`: a possessive `'s` between the two. */
function possessive(toks: readonly Token[], a: Recognized, b: Recognized): boolean {
  return b.from === a.to + 2 && APOSTROPHE.test(toks[a.to]!.text) && toks[a.to + 1]!.lower === 's' && isNear(toks, b.from);
}

/** `noon ET Thursday`, `midnight UTC on 28 February`: a time zone (and `on`) alone between a time and its day. */
function zoneBetween(toks: readonly Token[], a: Recognized, b: Recognized): boolean {
  const zone = toks[a.to]!;
  const on = b.from === a.to + 2 && toks[a.to + 1]!.lower === 'on' && isNear(toks, a.to + 1);
  return (b.from === a.to + 1 || on) && TIME_ZONES.has(zone.lower) && zone.text === zone.text.toUpperCase() && isNear(toks, a.to) && isNear(toks, b.from);
}

/** The zone a zone word between a time and its day names (`noon ET Thursday`). */
function zoneWord(lower: string): string | undefined {
  return ZONE_OFFSETS[lower] ?? (US_ZONES[lower] !== undefined ? `US${US_ZONES[lower]}` : undefined);
}

function between(toks: readonly Token[], a: Recognized, b: Recognized, allowed: RegExp): boolean {
  if (b.from - a.to > 1) return false;
  // (Pieces that meet across a line break with nothing between are a list's lines: `Sat 7 Mar v Leeds (H), 3pm` /
  // `Sat 14 Mar at Dunmore (A)`; a hard wrap keeps its joining word or comma.)
  if (b.from === a.to) return isNear(toks, b.from) && !toks[b.from]!.newline;
  const t = toks[a.to]!;
  return allowed.test(t.lower) && isNear(toks, a.to) && isNear(toks, b.from);
}

/** `at 2pm, on Saturday 17 May`: a comma and `on` between a time and its day, all close. */
function commaOn(toks: readonly Token[], a: Recognized, b: Recognized): boolean {
  return b.from - a.to === 2 && toks[a.to]!.text === ',' && toks[a.to + 1]!.lower === 'on' && isNear(toks, a.to) && isNear(toks, a.to + 1) && isNear(toks, b.from);
}

const RANGE_WORDS = /^(-|–|to|and|until|till|through)$/;

/** Whether an expression's tokens carry am/pm (`p` for pm only). */
function hasAmPm(toks: readonly Token[], item: Recognized, only?: 'a' | 'p'): boolean {
  for (let k = item.from; k < item.to; k++) {
    const w = toks[k]!.lower;
    if ((w === 'am' || w === 'a') && only !== 'p' && (w === 'am' || toks[k + 1]?.text === '.')) return true;
    if ((w === 'pm' || w === 'p') && only !== 'a' && (w === 'pm' || toks[k + 1]?.text === '.')) return true;
  }
  return false;
}

/** Lower-case words that a title capitalizes: `This Week With David Brinkley`. */
const TITLE_CASE_WORDS = /^(with|of|and|the|for|from|at|in|on|to|a|an)$/;

/**
 * A capitalized expression followed by a capitalized function word belongs to a title or name
 * (`"This Week With David Brinkley"`, `Good Morning To You`), not to the story's time. Text in capitals
 * throughout (a headline) says nothing.
 */
function inTitle(toks: readonly Token[], item: Recognized): boolean {
  const next = toks[item.to];
  if (!next || next.kind !== 'word' || !next.capital || next.newline || !TITLE_CASE_WORDS.test(next.lower) || !isNear(toks, item.to)) return false;
  if (allUpper(next.text)) return false;
  // Every word capitalized, one of them a word prose writes in lower case (`Week`, not `March`).
  let common = false;
  for (let k = item.from; k < item.to; k++) {
    const t = toks[k]!;
    if (t.kind === 'word' && !t.capital) return false;
    if (t.kind === 'word' && k > item.from && !allUpper(t.text) && MONTHS[t.lower] === undefined && WEEKDAYS[t.lower] === undefined) common = true;
  }
  return common;
}

/** `s === s.toUpperCase()` for a word token's text (ASCII letters only), read in place: no upper-cased copy. */
function allUpper(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 90) return false;
  return true;
}

/** A month-day or a movable feast in a stated year, as an absolute date (null when the feast has no day then). */
function dayOfYear(s: Spec, year: number): Spec | null {
  if (s.feast) {
    const day = s.feast.daysIn(year)[0];
    return day ? { kind: 'abs', type: 'DATE', value: formatYmd(day), note: `${s.feast.name} in ${year}` } : null;
  }
  return { kind: 'abs', type: 'DATE', value: formatYmd({ y: year, m: s.month!, d: s.day! }), note: 'a day of the year stated with it' };
}

/**
 * `two hours and thirty minutes`, `15 hours 29 min`, `two years and nine months`: two amounts, the second in smaller
 * units, are one (`PT2H30M`, `P2Y9M`), but not the two bounds of `between two hours and thirty minutes`.
 */
function sumOfAmounts(toks: readonly Token[], a: Recognized, b: Recognized): Spec | null {
  const x = amountParts(a.spec), y = amountParts(b.spec);
  if (!x || !y || !between(toks, a, b, /^(and|,)$/) || toks[a.from - 1]?.lower === 'between') return null;
  let smallestOfA = -1;
  for (let k = 0; k < x.length; k++) if (x[k]! >= 0) smallestOfA = k;
  const largestOfB = y.findIndex((n) => n >= 0);
  if (largestOfB <= smallestOfA) return null;
  const parts = x.map((n, k) => Math.max(n, y[k]!));
  const part = (k: number): string => (parts[k]! >= 0 ? `${parts[k]!}${AMOUNT_UNITS[k] === 'MIN' ? 'M' : AMOUNT_UNITS[k]}` : '');
  const date = `${part(0)}${part(1)}${part(2)}`;
  const time = `${part(3)}${part(4)}${part(5)}`;
  return { kind: 'abs', type: 'DURATION', value: `P${date}${time ? `T${time}` : ''}` };
}

/**
 * `1 day 21 hours ago`, `two years and three months ago`, `3 min 49 sec ago`: an amount before the `ago` of a
 * smaller unit is counted back with it, as one offset in the smaller unit (45 hours, 27 months). Null when the
 * units do not convert (months into days) or the amount's smallest unit is not larger than the `ago`'s.
 */
function amountBeforeAgo(toks: readonly Token[], a: Recognized, b: Recognized, later = false): Spec | null {
  const sb = b.spec;
  const parts = amountParts(a.spec);
  if (!parts || (b.rule !== 'ago' && !later) || (sb.kind !== 'deictic' && sb.kind !== 'anaphoric') || sb.n === undefined || !Number.isInteger(sb.n)
    || !between(toks, a, b, /^(and|,)$/) || toks[a.from - 1]?.lower === 'between') return null;
  // `a fortnight ago` and `two weeks ago` are counted in weeks; a week amount before days is 7 days each.
  const agoUnit = AMOUNT_UNITS.find((u) => u === (sb.unit === 'W' ? 'D' : sb.unit));
  if (agoUnit === undefined) return null;
  const target = AMOUNT_UNITS.indexOf(agoUnit);
  // (Weeks are held as days: `two weeks and three days ago` counts 17 days.)
  for (let k = target; k < parts.length; k++) if (parts[k]! >= 0 && (k > target || !/W/.test(a.spec.value ?? ''))) return null;
  const total = amountIn(parts, agoUnit);
  if (total === null) return null;
  // (`ago` counts back with a negative n, `later` on with a positive one: the amount before adds to its size.)
  const n = sb.n * (sb.unit === 'W' ? 7 : 1) + (sb.n < 0 || !later ? -total : total);
  return { ...sb, unit: agoUnit, n, type: agoUnit === 'H' || agoUnit === 'MIN' || agoUnit === 'S' ? 'TIME' : sb.type };
}

/** A part of the day's time (`TNI`), not a clock's. */
const PART_OF_DAY_TIME = /^T[A-Z]{2}$/;

const OFFSET_UNITS: Readonly<Record<string, 'D' | 'W' | 'M' | 'Y'>> = /* @__PURE__ */ wordTable({ D: 'D', W: 'W', M: 'M', Y: 'Y' });

/**
 * The amount `a` counts from the day `b` names, when the two make one expression: a duration then `before`,
 * `after` or `from` a day word or weekday (`two days before yesterday`, `a week from Tuesday`), or an `ago`
 * right before a day word (`a year ago tomorrow`). A duration before a stated date stays apart, as TimeML marks
 * it (`eight days after Oct. 12`).
 */
function offsetBefore(toks: readonly Token[], a: Recognized, b: Recognized): Spec['offset'] | null {
  const sa = a.spec;
  if ((sa.kind === 'deictic' || sa.kind === 'anaphoric') && a.rule === 'ago' && b.from === a.to && isNear(toks, b.from) && b.spec.kind === 'deictic') {
    // (`a century ago today`, `a decade ago this week`: counted in years.)
    const years = sa.unit === 'DE' ? 10 : sa.unit === 'CE' ? 100 : 0;
    if (years && sa.n !== undefined && Number.isInteger(sa.n)) return { n: sa.n * years, unit: 'Y' };
    const unit = OFFSET_UNITS[sa.unit ?? ''];
    return unit && sa.n !== undefined ? { n: sa.n, unit } : null;
  }
  const m = sa.kind === 'abs' && sa.type === 'DURATION' && !sa.mod ? /^P(\d+)([YMWD])$/.exec(sa.value ?? '') : null;
  if (!m || b.from !== a.to + 1 || !isNear(toks, a.to) || !isNear(toks, b.from)) return null;
  const word = toks[a.to]!.lower;
  const sign = word === 'before' ? -1 : word === 'after' || word === 'from' ? 1 : 0;
  // `from` counts from any day (`a week from Tuesday`); `before`/`after` from a day word only.
  if (sign === 0 || (word !== 'from' && b.spec.kind !== 'deictic')) return null;
  return { n: sign * Number(m[1]), unit: m[2] as 'D' | 'W' | 'M' | 'Y' };
}

/** Specs that name a period of more than a day: a month, season, quarter, week or year. */
function isPeriod(s: Spec): boolean {
  if (s.time || s.mod || s.type !== 'DATE') return false;
  if (s.kind === 'month' || s.kind === 'season' || s.kind === 'quarter') return true;
  if (s.kind === 'deictic' || s.kind === 'anaphoric') return s.unit === 'M' || s.unit === 'Y' || s.unit === 'W' || s.unit === 'Q';
  return s.kind === 'abs' && PERIOD_VALUE.test(s.value ?? '');
}

/** The unit of a period spec, as PART_LIMITS names it (`SE` a season, `H` a half year); undefined when it is none. */
function periodUnit(s: Spec): string | undefined {
  if (s.kind === 'month') return 'M';
  if (s.kind === 'season') return 'SE';
  if (s.kind === 'quarter') return s.half ? 'H' : 'Q';
  if (s.kind === 'deictic' || s.kind === 'anaphoric') return s.unit;
  const v = s.value ?? '';
  return YEAR_VALUE.test(v) ? 'Y' : MONTH_VALUE.test(v) ? 'M' : QUARTER_START.test(v) ? 'Q' : WEEK_START.test(v) ? 'W' : SEASON_VALUE.test(v) ? 'SE' : undefined;
}

/** The ordinal (`3rd`, `second`, `twenty-first`, `last`) that ends right before token `end`, with its first token; null if none. */
function ordinalBefore(toks: readonly Token[], end: number): { n: number; from: number } | null {
  for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
    const m = SLOT_CLASSES.ord!.match(toks, k);
    if (m && k + m.len === end && typeof m.v === 'number') return { n: m.v, from: k };
  }
  return null;
}

/** Whether a spec names one calendar day by its date or its feast (`Christmas`, `March 3`), not by a weekday or from now. */
/** `day` and the parts of a day that may be counted from a named day (`the night before Easter Day`), by their TIMEX3 codes. */
const DAY_OR_PART: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({ day: 'D', night: 'NI', evening: 'EV', morning: 'MO', afternoon: 'AF' });
function isNamedDay(s: Spec): boolean {
  return s.kind === 'md' || (s.kind === 'abs' && s.type === 'DATE' && !!s.value && DAY_VALUE.test(s.value));
}

/**
 * Days told around a named day: `the Labor Day weekend`, `Easter weekend` (the weekend nearest the day),
 * `the Sunday after Thanksgiving`, `the Friday before Christmas` (the first such weekday after or before it), and
 * `the day after Thanksgiving` (the next day).
 */
function aroundADay(toks: readonly Token[], items: readonly Recognized[]): Recognized[] {
  const out: Recognized[] = [];
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const s = item.spec;
    const after = toks[item.to];
    // `the weekend of 9-10 January`, `the weekend of June 14`: the days said date it (a range's two ends read whole, as
    // they do without the words), not the weekend nearest publication.
    const weekend = out[out.length - 1];
    if (isNamedDay(s) && !s.time && weekend && weekend.spec.kind === 'weekday' && weekend.spec.weekend && weekend.spec.shift === undefined && !weekend.spec.time
      && weekend.to === item.from - 1 && toks[weekend.to]!.lower === 'of' && isNear(toks, weekend.to) && isNear(toks, item.from)) {
      out.pop();
    }
    // (Not across a line break: `Saturday 7 March 2026` above `Weekend gardening with Ruth Kell` is a dateline.)
    if (isNamedDay(s) && !s.time && !s.weekOf && after?.lower === 'weekend' && !after.newline && isNear(toks, item.to) && (items[k + 1]?.from ?? Infinity) > item.to) {
      out.push({ ...item, to: item.to + 1, spec: { ...s, weekendOf: true } });
      continue;
    }
    // `the day after Thanksgiving`, `the day before Christmas Eve`: a day counted from a named day; `the night before Easter
    // Day`, `the evening after Christmas`: that part of it.
    const w = item.from >= 3 ? toks[item.from - 1]!.lower : '';
    const part = item.from >= 3 ? DAY_OR_PART[toks[item.from - 2]!.lower] : undefined;
    if (isNamedDay(s) && !s.time && !s.offset && (w === 'after' || w === 'before') && part !== undefined && toks[item.from - 3]!.lower === 'the'
      && isNear(toks, item.from) && isNear(toks, item.from - 1) && isNear(toks, item.from - 2) && (out[out.length - 1]?.to ?? -1) <= item.from - 3) {
      const offset = { offset: { n: w === 'after' ? 1 : -1, unit: 'D' as const } };
      out.push({ ...item, from: item.from - 3, spec: part === 'D' ? { ...s, ...offset } : { ...s, ...offset, type: 'TIME', time: `T${part}` } });
      continue;
    }
    const next = items[k + 1];
    const dir = toks[item.to]?.lower === 'after' ? 1 : toks[item.to]?.lower === 'before' ? -1 : 0;
    if (next && dir !== 0 && s.kind === 'weekday' && s.shift === undefined && !s.time && s.dow !== undefined && next.from === item.to + 1
      && toks[item.from - 1]?.lower === 'the' && isNamedDay(next.spec) && !next.spec.time && isNear(toks, item.to) && isNear(toks, next.from)) {
      out.push({ ...next, from: item.from - 1, spec: { ...next.spec, weekdayFrom: { dow: s.dow, dir } } });
      k++;
      continue;
    }
    out.push(item);
  }
  return out;
}

/**
 * `the last day of July`, `the second week of next month`, `the 3rd month next year`, `the 4th day last week`: the nth
 * day, week, month or quarter of a period. The words before the period join it (`of` or `in` between, or nothing when
 * the period is told from now or from the story, `next year`), and an expression they held (`the last week`, read as
 * the week before this one; `the 2nd quarter`) gives way.
 */
function partOfPeriod(toks: readonly Token[], items: readonly Recognized[]): Recognized[] {
  const out: Recognized[] = [];
  for (const item of items) {
    // `the week of April 20`: the ISO week that holds the day.
    const of = item.from - 1;
    if (isDayLevel(item.spec) && !item.spec.time && of >= 2 && toks[of]!.lower === 'of' && toks[of - 1]!.lower === 'week' && toks[of - 2]!.lower === 'the'
      && isNear(toks, of) && isNear(toks, of - 1) && isNear(toks, item.from) && (out.length === 0 || out[out.length - 1]!.to <= of - 2)) {
      out.push({ ...item, from: of - 2, spec: { ...item.spec, weekOf: true } });
      continue;
    }
    const s = item.spec;
    let u = item.from - 1;
    const prep = toks[u]?.lower;
    if (prep === 'of' || prep === 'in') u--;
    const told = s.kind === 'deictic' || s.kind === 'anaphoric' || s.shift !== undefined || s.anaphor !== undefined;
    const joins = !s.partOf && isPeriod(s) && (u < item.from - 1 || told) && isNear(toks, item.from) && isNear(toks, u + 1);
    const part = joins ? partBefore(toks, u, out[out.length - 1], u < item.from - 1) : null;
    const limit = part === null ? undefined : PART_LIMITS[part.partOf.unit === 'D' && part.partOf.dow ? 'W' : part.partOf.unit][periodUnit(s) ?? ''];
    // A weekday of a week is `Tuesday of next week` (step 1); its nth is no part of one.
    if (part && limit !== undefined && !(part.partOf.dow && periodUnit(s) === 'W')) {
      const { n } = part.partOf;
      if (Number.isInteger(n) && (n === -1 || (n >= 1 && n <= limit))) {
        const start = part.from > 0 && toks[part.from - 1]!.lower === 'the' && isNear(toks, part.from) ? part.from - 1 : part.from;
        const prev = out[out.length - 1];
        if (!prev || prev.to <= start || prev.from >= start) {
          if (prev && prev.to > start) out.pop();
          out.push({ ...item, from: start, spec: { ...s, partOf: part.partOf } });
          continue;
        }
      }
    }
    out.push(item);
  }
  return out;
}

/**
 * The part named by the words ending at token `u` (`the 3rd month`, `the first Monday`, `the last Friday`), with its
 * first token: an ordinal and a part word, or an ordinal and a weekday the row weekday read (`last Friday` read as the
 * one before today only with `the` or `of` around it). `prep`: an `of` or `in` follows.
 */
function partBefore(toks: readonly Token[], u: number, prev: Recognized | undefined, prep: boolean): { partOf: PartOf; from: number } | null {
  const unit = PART_UNITS[toks[u]?.lower ?? ''];
  if (unit) {
    const ord = ordinalBefore(toks, u);
    return ord && isNear(toks, u) ? { partOf: { unit, n: ord.n }, from: ord.from } : null;
  }
  const w = prev?.spec;
  if (!prev || prev.to !== u + 1 || w?.kind !== 'weekday' || w.time || w.weekend || w.dow === undefined) return null;
  if (w.shift === -1 && toks[prev.from]!.lower === 'last' && (prep || toks[prev.from - 1]?.lower === 'the')) return { partOf: { unit: 'D', n: -1, dow: w.dow }, from: prev.from };
  if (w.shift !== undefined) return null;
  const ord = ordinalBefore(toks, prev.from);
  return ord && isNear(toks, prev.from) ? { partOf: { unit: 'D', n: ord.n, dow: w.dow }, from: ord.from } : null;
}

export function combine(toks: readonly Token[], items: Recognized[]): Recognized[] {
  // 1. Join adjacent pieces.
  let joined: Recognized[] = [];
  // A merged pair may merge again with the next piece (`Friday, January 7, 2022 7:06 PM`).
  let carry: Recognized | null = null;
  for (let k = 0; k < items.length; k++) {
    const a: Recognized = carry ?? items[k]!;
    carry = null;
    const b = items[k + 1];
    if (b) {
      const sa = a.spec, sb = b.spec;
      let merged: Spec | null = null;
      if (sa.kind === 'weekday' && sb.kind !== 'weekday' && isDayLevel(sb) && !(sa.time && sb.time) && between(toks, a, b, /^,$/)) {
        merged = { ...(sb.kind === 'md' ? { ...sb, dow: sa.dow } : sb), ...(sa.time ? { type: 'TIME' as const, time: sa.time, zone: sa.zone } : {}) };
      }
      else if (isYearLevel(sa) && (sb.kind === 'quarter' || sb.kind === 'month' || sb.kind === 'season' || (sb.kind === 'anaphoric' && sb.unit === 'Q')) && possessive(toks, a, b)) merged = { ...sb, kind: sb.kind === 'anaphoric' ? 'quarter' : sb.kind, yearSpec: sa };
      else if ((sa.kind === 'clock' || sa.kind === 'pod') && isDayLevel(sb) && (!sb.time || (sa.kind === 'pod' && PART_OF_DAY_TIME.test(sb.time) && between(toks, a, b, /^of$/)))
        && (between(toks, a, b, /^(on|of|,)$/) || commaOn(toks, a, b) || zoneBetween(toks, a, b))) {
        // (`the early hours of Saturday morning`: the first part of the day names the time.)
        merged = { ...sb, type: 'TIME', time: sa.time, zone: sa.zone ?? (b.from <= a.to + 2 && toks[a.to]!.lower !== 'on' ? zoneWord(toks[a.to]!.lower) : undefined) };
      }
      // (A clock time that opens a line right after a date line is a live page's stamp, not that date's time.)
      else if (isDayLevel(sa) && !sa.time && sb.kind === 'clock' && between(toks, a, b, /^(at|,)$/) && !(b.from === a.to && toks[b.from]!.newline)) merged = { ...sa, type: 'TIME', time: sb.time, zone: sb.zone };
      // `two weeks ago at 9am`: a clock time makes weeks back a day, 14 days back.
      else if (a.rule === 'ago' && sa.kind === 'deictic' && sa.unit === 'W' && sa.n !== undefined && Number.isInteger(sa.n) && (sb.kind === 'clock' || sb.kind === 'pod') && sb.time && between(toks, a, b, /^at$/)) {
        merged = { ...sa, unit: 'D', n: sa.n * 7, type: 'TIME', time: sb.time, zone: sb.zone };
      }
      else if (isDayLevel(sa) && !sa.time && sb.kind === 'pod' && b.from === a.to) merged = { ...sa, type: 'TIME', time: sb.time };
      // `Nov. 9 that year`, `October of that year`, `March of next year`: the year is the one named.
      else if ((sa.kind === 'md' || sa.kind === 'month' || sa.kind === 'season' || (sa.kind === 'quarter' && sa.q !== undefined)) && sa.year === undefined && !sa.yearSpec
        && (sb.kind === 'anaphoric' || sb.kind === 'deictic') && sb.unit === 'Y' && !sb.mod
        && ((sb.kind === 'anaphoric' && (sb.n ?? 0) === 0 && between(toks, a, b, /^,$/)) || between(toks, a, b, /^of$/))) merged = { ...sa, shift: undefined, yearSpec: sb };
      // `Fifty years ago this summer`, `ten years ago this month`: that season or month of the year so long ago.
      else if (a.rule === 'ago' && sa.kind === 'deictic' && sa.unit === 'Y' && b.from === a.to && (sb.kind === 'season' || sb.kind === 'month') && sb.shift === 0 && sb.year === undefined) merged = { ...sb, shift: undefined, yearSpec: sa };
      // `On this day in 1957`: today's day and month in the year named.
      else if (sa.kind === 'deictic' && sa.unit === 'D' && (sa.n ?? 0) === 0 && !sa.time && (toks[a.to - 1]?.lower === 'day' || toks[a.to - 1]?.lower === 'date') && toks[a.to - 2]?.lower === 'this'
        && sb.kind === 'abs' && /^\d{4}$/.test(sb.value ?? '') && between(toks, a, b, /^in$/)) merged = { ...sa, yearSpec: sb };
      // `Tuesday of next week`, `Friday of that week`.
      else if (sa.kind === 'weekday' && sa.shift === undefined && !sa.weekend && (sb.kind === 'anaphoric' || sb.kind === 'deictic') && sb.unit === 'W' && !sb.mod
        && between(toks, a, b, /^of$/)) merged = { ...sa, weekSpec: sb };
      // `Thursdays in 1994`, `every Monday during last year`: a weekly recurrence bounded by a year (`1994-WXX-4`). TIMEX3
      // writes no month with a week, so `on Mondays in March` stays two expressions.
      else if (sa.kind === 'abs' && sa.type === 'SET' && /^XXXX-WXX-/.test(sa.value ?? '') && (isYearLevel(sb) || (sb.kind === 'anaphoric' && sb.unit === 'Y'))
        && !sb.mod && b.from === a.to + 1 && between(toks, a, b, /^(in|during|throughout)$/)) {
        merged = sb.kind === 'abs' ? { ...sa, value: `${sb.value}${sa.value!.slice(4)}` } : { ...sa, yearSpec: sb };
      }
      // `at 5:12 a.m. every April 18`, `every Monday at 9 a.m.`: a clock time of a recurring day recurs with it.
      // (Only a day said with `every` or `each`: in `Tuesdays to Saturdays at 7.45pm` the time is of both days.)
      else if (clockOfDay(sa) && recurringDay(sb) && EVERY.test(toks[b.from]!.lower) && b.from === a.to) merged = { ...sb, value: `${sb.value}${sa.time!}` };
      // `at 11 p.m. each night`: the clock time of every day.
      else if (clockOfDay(sa) && sb.kind === 'abs' && sb.type === 'SET' && EVERY_PART_OF_DAY.test(sb.value ?? '') && EVERY.test(toks[b.from]!.lower) && b.from === a.to) merged = { ...sb, value: `XXXX-XX-XX${sa.time!}` };
      else if (recurringDay(sa) && EVERY.test(toks[a.from]!.lower) && clockOfDay(sb) && b.from === a.to + 1 && between(toks, a, b, /^at$/)) merged = { ...sa, value: `${sa.value}${sb.time!}` };
      // `Christmas '87`, `Easter '87`: a day of the year and a two-digit year after a quote mark.
      else if (sa.kind === 'md' && sa.year === undefined && sa.yy === undefined && !sa.time && b.rule === 'apostrophe-year' && b.from === a.to
        && isNear(toks, b.from) && /^\d{4}$/.test(sb.value ?? '')) merged = dayOfYear(sa, Number(sb.value));
      // `the spring of '55`, `June '44`: a month or season and a two-digit year after a quote mark.
      else if ((sa.kind === 'month' || sa.kind === 'season') && sa.year === undefined && !sa.yearSpec && sa.shift === undefined && b.rule === 'apostrophe-year'
        && between(toks, a, b, /^of$/) && /^\d{4}$/.test(sb.value ?? '')) {
        merged = { kind: 'abs', type: 'DATE', value: `${sb.value!}-${sa.kind === 'month' ? String(sa.month!).padStart(2, '0') : sa.season!}`, ...(sa.mod ? { mod: sa.mod } : {}) };
      }
      // `two hours and thirty minutes`, `15 hours 29 min`: one amount.
      else if (sa.type === 'DURATION' && sb.type === 'DURATION') merged = sumOfAmounts(toks, a, b);
      // `1 day 21 hours ago`: an amount counted back with the `ago` after it; `two hours and forty minutes later`: on.
      else if (sa.type === 'DURATION' && b.rule === 'ago') merged = amountBeforeAgo(toks, a, b);
      else if (sa.type === 'DURATION' && (b.rule === 'later-earlier' || b.rule === 'before-after-that') && sb.kind === 'anaphoric' && sb.type === 'TIME') merged = amountBeforeAgo(toks, a, b, true);
      // `two days before yesterday`, `a week from Tuesday`, `a year ago tomorrow`: an amount counted from a day;
      // `ten years ago this week`, `a year ago this month`: the week or month that long before.
      // (`a hundred years ago tonight`: that night so long before.)
      else if ((!sb.time || (a.rule === 'ago' && sb.kind === 'deictic' && PART_OF_DAY_TIME.test(sb.time)))
        && (sb.kind === 'weekday' || (sb.kind === 'deictic' && (sb.unit === 'D' || (a.rule === 'ago' && (sb.unit === 'W' || sb.unit === 'M') && (sb.n ?? 0) === 0)))) && !sb.offset) {
        const offset = offsetBefore(toks, a, b);
        // (`a week from Sunday`: counted on from the coming Sunday.)
        const coming = offset && offset.n > 0 && sb.kind === 'weekday' && sb.shift === undefined && toks[a.to]?.lower === 'from';
        if (offset) merged = coming ? { ...sb, offset, shift: 1 } : { ...sb, offset };
      }
      if (merged) {
        carry = { from: a.from, to: b.to, spec: merged, rule: `${a.rule}+${b.rule}` };
        continue;
      }
    }
    if (inTitle(toks, a)) continue;
    // A part of day alone is kept only after a preposition of time (`around midday`, `through the night`).
    // So is one with `early` or `late` (`it happened late afternoon`).
    // (And after `in` with `later`, `earlier`, `early` or `late` before it: `later in the evening`, `early in the morning`
    // tell a time of the day told, where a bare `in the morning` is often any morning.)
    // (So is one after `past` as a preposition: `talks ran past midnight`, not `the past night`.)
    if (a.spec.kind !== 'pod' || (a.from > 0 && POD_PREPOSITIONS.has(toks[a.from - 1]!.lower)) || toks[a.from]!.lower === 'overnight'
      || (a.from > 1 && toks[a.from - 1]!.lower === 'past' && !DETERMINERS_BEFORE_PAST.has(toks[a.from - 2]!.lower))
      || (a.from > 1 && toks[a.from - 1]!.lower === 'in' && IN_POD_LEADS.has(toks[a.from - 2]!.lower))
      // (`Crews spent the night clearing mud`, `worked all night`: the night a verb of spending takes as its object.)
      || (a.from > 0 && toks[a.from]!.lower === 'the' && SPENDING_VERBS.has(toks[a.from - 1]!.lower) && !APOSTROPHE.test(toks[a.to]?.text ?? ''))
      || (a.spec.mod && /^(early|late|small|wee)$/.test(toks[toks[a.from]!.lower === 'the' ? a.from + 1 : a.from]!.lower))) joined.push(a);
  }
  // `Monday and Tuesday nights`, `Saturdays and Sundays`: a weekday coordinated with a recurring
  // one recurs too, and takes its part of day.
  for (let k = joined.length - 2; k >= 0; k--) {
    const a = joined[k]!, b = joined[k + 1]!;
    if (a.spec.kind !== 'weekday' || a.spec.shift !== undefined || a.spec.time || b.spec.type !== 'SET') continue;
    const set = /^XXXX-WXX-\d(T[A-Z]{2})?$/.exec(b.spec.value ?? '');
    if (set && b.from - a.to === 1 && /^(and|or)$/.test(toks[a.to]!.lower)) a.spec = { kind: 'abs', type: 'SET', value: `XXXX-WXX-${a.spec.dow!}${set[1] ?? ''}` };
  }
  // `9:15-10:45pm`, `from 10:30 to 11:45 p.m.`: a clock time without am/pm before one with pm
  // shares it, when that keeps it before the second.
  for (let k = 0; k + 1 < joined.length; k++) {
    const a = joined[k]!, b = joined[k + 1]!;
    if (a.spec.kind !== 'clock' || b.spec.kind !== 'clock' || !between(toks, a, b, RANGE_WORDS)) continue;
    if (hasAmPm(toks, a) || !hasAmPm(toks, b, 'p')) continue;
    const ha = Number(a.spec.time!.slice(1, 3)), hb = Number(b.spec.time!.slice(1, 3));
    if (ha >= 1 && ha < 12 && hb >= 12 && ha + 12 <= hb) a.spec = { ...a.spec, time: `T${ha + 12}${a.spec.time!.slice(3)}` };
  }
  // `from 6am until midnight on Sunday`, `between 9 and 11 a.m. Friday`: a clock time alone before a range word shares
  // the day of the time it runs to.
  for (let k = 0; k + 1 < joined.length; k++) {
    const a = joined[k]!, b = joined[k + 1]!;
    if (a.spec.kind !== 'clock' || b.spec.kind === 'clock' || b.spec.kind === 'pod' || !/^T\d/.test(b.spec.time ?? '') || !isDayLevel(b.spec)
      || b.from !== a.to + 1 || !between(toks, a, b, RANGE_WORDS)) continue;
    // `from 8pm to 6am on Monday` runs overnight: its start is on the evening before.
    const overnight = /^T\d{2}:\d{2}/.test(a.spec.time ?? '') && /^T\d{2}:\d{2}/.test(b.spec.time!) && a.spec.time! > b.spec.time! && !b.spec.time!.startsWith('T24');
    if (overnight && ((b.spec.kind !== 'weekday' && b.spec.kind !== 'deictic') || b.spec.offset)) continue;
    a.spec = { ...b.spec, time: a.spec.time, zone: a.spec.zone ?? b.spec.zone, ...(overnight ? { offset: { n: -1, unit: 'D' as const } } : {}) };
  }
  joined = signedOffsets(toks, joined);
  joined = partOfPeriod(toks, joined);
  joined = aroundADay(toks, joined);
  joined = hourOfADayPart(toks, joined, (item) => hasAmPm(toks, item));
  // 2. Modifiers before an expression extend it.
  let floor = 0;
  for (const item of joined) {
    const s = item.spec;
    const isDuration = s.type === 'DURATION';
    const table = isDuration ? DURATION_MODIFIERS : DATE_MODIFIERS;
    // A modifier ends right before the expression: without such a word there, no phrase of the table is tried.
    const before = item.from - 1 >= floor ? toks[item.from - 1] : undefined;
    if (before !== undefined && endsModifier(before.lower)) for (const [words, mod] of table) {
      const start = precedes(toks, item.from, words, floor);
      if (start < 0) continue;
      // `the end of` only before a calendar period; `early`/`late` not before durations or refs.
      if (!isDuration && ((s.kind === 'abs' && s.value?.endsWith('_REF')) || s.kind === 'pod' || s.kind === 'clock')) break;
      // `over the years`: with a determiner, `over` is a preposition, not `more than`.
      if (isDuration && words[0] === 'over' && toks[item.from]!.lower === 'the') break;
      item.from = start;
      if (mod && !s.mod) item.spec = { ...s, mod };
      // `the late 1970s`, `the mid-1990s`: the article before the modifier joins a decade or century.
      if (words[0] !== 'the' && start > floor && toks[start - 1]!.lower === 'the' && s.kind === 'abs' && /^(?:BC)?\d{2,3}$/.test(s.value ?? '')) item.from = start - 1;
      break;
    }
    floor = item.to;
  }
  return joined;
}
