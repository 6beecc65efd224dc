/**
 * The resolver: turns an underspecified Spec into a TimeML value, given the anchors known at that
 * point of the text. It composes specs (`Tuesday of next week`), chooses the anchor (the publication
 * date or the story's own time), hands the expression to its kind's resolver (resolvers.ts) and
 * finishes the value. Pure: same spec and anchors, same answer; never reads the machine clock.
 */
import type { AnchorKind, Tense, TimexType } from '../model/types.js';
import { type Ymd, addDays, addMonths, formatWeek, formatYmd, fromDate, isValidYmd, isoWeekday, nthWeekdayOfMonth, pad2, pad4, parseYmd, twoDigitYear } from './calendar.js';
import { WEEKDAY_NAMES } from './lexicon.js';
import { daysFromCivil, isoWeekOneMonday, precisionOfValue, timexValueToInterval, valueStartTime } from '../model/timex-value.js';
import type { PartOf, Spec, SpecKind } from './spec.js';
import { type Anchors, RESOLVERS, SEASON_START, shifted, shiftYearsKeep, unresolvedValue } from './resolvers.js';
import { wordTable } from '../text/table.js';
import { aheadOfPublication, dayNearestMoment } from './zoned-moment.js';

export { shiftYearsKeep, type Anchors };

export interface Resolution {
  value: string;
  type: TimexType;
  anchor: AnchorKind;
  anchorValue?: string;
  explanation: string;
}

/** A representative day of a calendar value (its first day; a week's Monday), for anaphoric arithmetic; null for decades and coarser. */
function firstDayOf(value: string): Ymd | null {
  const day = parseYmd(value);
  if (day) return day;
  const precision = precisionOfValue(value);
  if (!precision || precision === 'decade' || precision === 'century' || precision === 'millennium') return null;
  const start = valueStartTime(precision === 'week' ? value.slice(0, 8) : value);
  return Number.isNaN(start) ? null : fromDate(new Date(start));
}

/** Records the last mentioned calendar value and caches its first day. */
export function setLastMentioned(anchors: Anchors, value: string): void {
  // The same value again (a list of one date, a date repeated): its first day is already known.
  if (anchors.last === value && anchors.lastDay !== undefined) return;
  anchors.last = value;
  const memo = (anchors.firstDays ??= new Map<string, Ymd | null>());
  let day = memo.get(value);
  if (day === undefined) {
    day = firstDayOf(value);
    memo.set(value, day);
  }
  anchors.lastDay = day;
}

function withTime(value: string, spec: Spec): string {
  if (!spec.time) return value;
  // A day, or a weekday whose week is unknown (`9 am Wednesday` with no date: `XXXX-WXX-3T09:00`).
  // (A BC day keeps no time: TIMEX3 values here, as the model reads them, write none after one.)
  if (!/^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) && !/^XXXX-WXX-[1-7]$/.test(value)) return value;
  return value + spec.time + zoneSuffix(value, spec);
}

/**
 * The zone a clock time was said in, as the value's suffix: a fixed offset as it is; a US zone said without its
 * season (`ET`) by the day, on daylight time from the second Sunday in March to the first Sunday in November
 * (the rule since 2007; from 1987 to 2006, the first Sunday in April to the last Sunday in October). Nothing
 * for a part of day, or for a US zone on a day not known.
 */
export function zoneSuffix(day: string, spec: Spec): string {
  const zone = spec.zone;
  if (!zone || !/^T\d{2}/.test(spec.time ?? '')) return '';
  if (!zone.startsWith('US')) return zone;
  const d = parseYmd(day);
  if (!d || d.y < 1987) return '';
  const [from, to] = d.y >= 2007
    ? [{ m: 3, d: nthWeekdayOfMonth(d.y, 3, 7, 2) }, { m: 11, d: nthWeekdayOfMonth(d.y, 11, 7, 1) }]
    : [{ m: 4, d: nthWeekdayOfMonth(d.y, 4, 7, 1) }, { m: 10, d: nthWeekdayOfMonth(d.y, 10, 7, -1) }];
  const at = d.m * 100 + d.d;
  const hours = Number(zone.slice(2)) + (at >= from.m * 100 + from.d && at < to.m * 100 + to.d ? 1 : 0);
  return `${hours < 0 ? '-' : '+'}${pad2(Math.abs(hours))}:00`;
}

const TENSE_WORD: Record<Tense, string> = { past: 'past-tense', future: 'future-tense', present: 'present-tense', unknown: '' };

/** A spec the resolvers take: a relative expression, not an `abs` value. */
type RelativeSpec = Spec & { kind: Exclude<SpecKind, 'abs'> };

/** `Tuesday of next week`: that weekday of the week named; null when the week is not a calendar week. */
function weekdayOfWeek(spec: Spec, week: Resolution): Resolution | null {
  const monday = /^\d{4}-W\d{2}$/.test(week.value) ? firstDayOf(week.value) : null;
  if (!monday || spec.dow === undefined) return null;
  const day = addDays(monday, spec.dow - 1);
  return { ...week, type: spec.time ? 'TIME' : 'DATE', value: withTime(formatYmd(day), spec), explanation: `${WEEKDAY_NAMES[spec.dow]} of ${week.explanation}` };
}

/** The spec with what its parts name filled in: the year of `next year's first quarter`, the quarter of `the quarter`. */
function completed(input: Spec, anchors: Anchors, tense: Tense): Spec {
  let spec = input.weekSpec ? { ...input, weekSpec: undefined } : input;
  if (spec.yearSpec) {
    // `the year` right after a date of another year in the same sentence is that year.
    const named = spec.yearSpec.storyPeriod && anchors.lastInSentence && anchors.doc ? /^(\d{4})(?:-(?:Q[1-4]|H[12]|\d{2}))?$/.exec(anchors.last ?? '') : null;
    const y = named && Number(named[1]) !== anchors.doc!.y ? named : /^(\d{4})/.exec(resolveSpec(spec.yearSpec, anchors, tense).value);
    spec = { ...spec, yearSpec: undefined, year: y ? Number(y[1]) : undefined };
    // A weekly recurrence in that year: `Mondays during last year` is `2021-WXX-1`.
    if (y && spec.kind === 'abs' && spec.type === 'SET' && spec.value?.startsWith('XXXX-')) spec = { ...spec, value: `${y[1]}${spec.value.slice(4)}` };
  }
  if (spec.yy !== undefined) {
    const year = centuryOf(spec.yy, anchors.doc);
    // `Feb 29, 97` names no day: the year is dropped rather than an impossible date written.
    const valid = spec.kind === 'md' && isValidYmd(year, spec.month!, spec.day!);
    spec = valid
      ? { kind: 'abs', type: spec.type, time: spec.time, zone: spec.zone, value: `${pad4(year)}-${pad2(spec.month!)}-${pad2(spec.day!)}`, note: `a date with a two-digit year, read as ${year} (the century nearest the document date)` }
      : { ...spec, yy: undefined };
  }
  if (spec.kind === 'quarter' && spec.q === undefined && !spec.half) {
    const q = /Q(\d)$/.exec(anchors.lastQuarter ?? (anchors.doc ? shifted(anchors.doc, 'Q', -1) ?? '' : ''));
    spec = { ...spec, q: q ? Number(q[1]) : 1 };
  }
  return spec;
}

/**
 * The year of a two-digit year (`Aug 9, 96`): the one in the century that puts it from 80 years before to 20
 * years after the document date (in 2012, `96` is 1996 and `25` is 2025); without a document date, 00-29 are
 * 2000-2029 and 30-99 are 1930-1999, as for `'87`.
 */
export function centuryOf(yy: number, doc: Ymd | null): number {
  if (!doc) return twoDigitYear(yy);
  const year = doc.y - (doc.y % 100) + yy;
  return year > doc.y + 20 ? year - 100 : year < doc.y - 80 ? year + 100 : year;
}

interface Anchor {
  spec: RelativeSpec;
  day: Ymd | null;
  kind: AnchorKind;
  lastDay: Ymd | null;
  /** How the story's clock set the year, for the explanation (` (the story has moved on past 1942-12-24)`). */
  note?: string;
}

/** The year in which a bare month, season or day (`January`, `the spring`, `3 March`) first ends on or after `day`. */
/** The year of the first `month` on or after the start of the season `season` of `year` (a winter from its November). */
function monthYearFromSeason(year: number, season: string, month: number): number {
  const start = season === 'WI' ? 11 : SEASON_START[season]!;
  // (The month just before a season is told with it, not a year on: `the winter of 1941–42 ... between October and
  // December` is that October.)
  return month >= start - 1 ? year : year + 1;
}

/** Days before the story's last day that a day of the month may lie and still be of its year (a story's eve). */
const DAYS_STEPPED_BACK = 31;
/** Days either side of a stated day of a far year within which a bare day told in the past is of that year. */
const DAYS_NEAR_STORY_DAY = 45;

/** The year of a holiday's first day on or after `day`. */
function feastYearOnOrAfter(day: Ymd, daysIn: (year: number) => readonly Ymd[]): number {
  const first = daysIn(day.y)[0];
  return first && dayNumber(first) >= dayNumber(day) ? day.y : day.y + 1;
}

function yearOnOrAfter(day: Ymd, spec: RelativeSpec): number {
  if (spec.kind === 'season') {
    // A season ends two months after it starts; winter runs over the turn of the year (the winter of 2025 ends in
    // February 2026), so in January or February the winter under way is the previous year's.
    const start = SEASON_START[spec.season!]!;
    if (start === 12) return day.m <= 2 ? day.y - 1 : day.y;
    return (start + 2) * 100 + 31 < day.m * 100 + day.d ? day.y + 1 : day.y;
  }
  const month = spec.month!;
  // `During June and July neither side attacked. Cholera broke out in late June`: a bare month just before the one the
  // story has reached steps back a little within its year, rather than on eleven months.
  if (spec.kind === 'month' && day.m - month === 1) return day.y;
  // `fought on 14 and 15 October 1916. On the evening of 13 October ...`: a day a few weeks before the one reached
  // goes back to the eve of the story, not a year on.
  if (spec.kind === 'md' && isValidYmd(day.y, month, spec.day!)) {
    const back = daysFromCivil(day.y, day.m, day.d) - daysFromCivil(day.y, month, spec.day!);
    if (back > 0 && back <= DAYS_STEPPED_BACK) return day.y;
  }
  const last = spec.kind === 'md' ? spec.day! : 31;
  return month * 100 + last < day.m * 100 + day.d ? day.y + 1 : day.y;
}

/** Shapes of values read for every expression (module constants: a regex literal is a new object each time it runs). */
const DAY_START = /^\d{4}-\d{2}-\d{2}/;
const YEAR_VALUE = /^\d{4}$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
/** How many months on from a month of a far year a bare month told after it still goes on in that story. */
const MONTHS_A_STORY_GOES_ON = 3;
const MONTH_START = /^(?:BC)?\d{4}-\d{2}/;
const MONTH_START_AD = /^\d{4}-\d{2}/;
const YEAR_OR_MONTH_VALUE = /^(?:BC)?\d{4}(?:-\d{2})?$/;
const SEASON_VALUE = /^(BC)?(\d{4})-(SP|SU|FA|WI)$/;
/** A season or a month of a year (`2025-SP`, `2025-03`): periods a bare month told after them goes on from. */
const PERIOD_OF_YEAR = /^\d{4}(?:-(?:SP|SU|FA|WI|\d{2}))?$/;
const DAY_OF_YEAR = /^\d{4}(-\d{2}-\d{2})$/;
const BC_FINER = /^BC\d{4}-/;
const BC_NAMED = /^BC\d{4}-(?:SP|SU|FA|WI|\d{2}(?:-\d{2})?)$/;

/**
 * Which clock an expression is told on: the story's own (its last date) for anaphora and in narrative mode,
 * else the publication date. A news story whose publication date is unknown leaves `on Wednesday` unresolved
 * rather than on a flashback's clock. May fix the spec's year to the story's.
 */
function chooseAnchor(input: RelativeSpec, anchors: Anchors, tense: Tense): Anchor {
  let spec = input;
  const lastDay = anchors.lastDay !== undefined ? anchors.lastDay : anchors.last ? firstDayOf(anchors.last) : null;
  // `She enrolled in 1994. By the end of the decade she had opened a studio`: a period said with `the`, in the past
  // (or past perfect) of a story well before publication, is the story's.
  // (Only a story date that names such a period: `the end of the month` after `built in 1926` is no month of 1926.)
  if (spec.kind === 'deictic' && spec.storyPeriod && (spec.n ?? 0) === 0 && (anchors.pastPerfect || tense === 'past') && lastDay && anchors.doc
    && storyDateNames(spec.unit, anchors.last) && (anchors.doc.y - lastDay.y > 1 || storyPeriodJustNamed(spec, anchors, lastDay, anchors.doc, tense))) {
    spec = { ...spec, kind: 'anaphoric' };
  }
  // `A year ago, member states were split` after `from January 1` (next year's): outside a report on a quarter, an amount
  // back from now is counted from publication, whatever date the story told last.
  if (spec.kind === 'anaphoric' && spec.fromNow && anchors.doc && !anchors.lastQuarter && anchors.mode !== 'narrative') {
    spec = { ...spec, kind: 'deictic', shift: undefined };
  }
  const anaphoric = spec.kind === 'anaphoric';
  let note: string | undefined;
  let useNarrative = anaphoric || anchors.mode === 'narrative' || (!anchors.doc && anchors.mode !== 'news');
  // `In November 2019 ... on the Saturday evening`: a weekday said with `the`, in a story told well before publication,
  // is the story's (a day of the week it has reached), not the last one before publication.
  // So is one said right after the text named a day (`I'll be there from the 20th to the 23rd. Could we meet on the
  // Saturday afternoon?`): a day of that stay, near it.
  const dayJustNamed = anchors.lastNear === true && DAY_START.test(anchors.last ?? '');
  // `He saw his doctor on 8 August. His symptoms worsened over the weekend`: `the weekend` after a day the story just
  // named, in the past and well before publication, is the one after that day.
  // (Two such dates in a row at least: `The last flood was on 3 March 2019. Crews were out over the weekend` is news.)
  // (Or one, then a bound ahead of it: `on March 20 forces crossed the border. By the weekend they had reached the capital`.)
  const storyWeekend = spec.weekend === true && dayJustNamed && tense === 'past' && ((anchors.pastRun ?? 0) >= 2 || anchors.boundAhead === true);
  if (spec.kind === 'weekday' && spec.storyPeriod && spec.shift === undefined && lastDay && anchors.last && anchors.mode !== 'news'
    && (spec.weekend ? storyWeekend : (dayJustNamed || (tense !== 'future' && (anchors.doc === null || anchors.doc.y - lastDay.y > 1))))) useNarrative = true;
  // `Monday 7 September` in a page dated 4 September 2026: a weekday that the date falls on near publication fixes the
  // year there, whatever year a story told before has reached (a programme guide after a history of 1871).
  if (spec.kind === 'md' && spec.dow !== undefined && spec.year === undefined && spec.shift === undefined && !spec.feast && anchors.doc && anchors.mode !== 'narrative') {
    const doc = anchors.doc;
    const near = [doc.y, doc.y + 1, doc.y - 1].filter((y) => isValidYmd(y, spec.month!, spec.day!) && isoWeekday({ y, m: spec.month!, d: spec.day! }) === spec.dow);
    if (near.length > 0 && lastDay && Math.abs(lastDay.y - doc.y) > 1) spec = { ...spec, year: near[0]! };
  }
  // A bare month right after a year or a month of a year in the same sentence belongs to that year (`in 2011 ... in
  // March`, `In January 1974 ... by October`), and
  // so does a day of the month just named (`In March 2021 the plant closed on 14 March`);
  // in a text told in story time, a bare month, season or day belongs to the year the story has reached
  // (`In 1871 ... In March ... on 14 June`), as long as the story stays away from the present.
  // Narrative mode tells the whole text on the story's clock; `auto` does when the story lies well before publication.
  const narrative = anchors.mode === 'narrative';
  // A text with no publication date has no present: it is told wholly on its own clock.
  const undated = anchors.doc === null && anchors.mode !== 'news';
  const awayFromPresent = narrative || undated || (anchors.doc !== null && lastDay !== null && (anchors.lastInSentence ? Math.abs(lastDay.y - anchors.doc.y) > 1 : anchors.doc.y - lastDay.y > 1));
  if (!anaphoric && lastDay && anchors.mode !== 'news' && awayFromPresent
    && spec.shift === undefined && spec.n === undefined && spec.year === undefined && spec.anaphor === undefined && !spec.newYear
    && ((anchors.lastInSentence && tense !== 'future' && (spec.kind === 'month' || spec.kind === 'season') && YEAR_OR_MONTH_VALUE.test(anchors.last ?? ''))
      || (anchors.lastInSentence && tense !== 'future' && spec.kind === 'md' && !spec.feast && MONTH_VALUE.test(anchors.last ?? '') && Number(anchors.last!.slice(5)) === spec.month)
      || ((anchors.story || narrative || undated) && !anchors.presentTold && tense !== 'future' && tense !== 'present' && (spec.kind === 'month' || spec.kind === 'season' || (spec.kind === 'md' && !spec.feast))))) {
    useNarrative = true;
    // ... and that very year: tense must not move it to the year before (`in 2022 ... in October`).
    // After a month or a day, a story told forward has moved on: its next bare month lies on or after that
    // day (`on Christmas Eve ... In January`), and so does a bound of a span running on from it (`on 19 November
    // ... until January`); a clause in the past perfect steps back (`In January the mayor had warned`).
    const forward = MONTH_START.test(anchors.last ?? '') && (anchors.boundAhead || (!anchors.pastPerfect && !anchors.lastInSentence));
    // After a season, a story told forward goes on from the season's start: `In the winter of 1708 ... by the end of
    // April` is the April after that winter, `in the spring of 1921 ... in November` that year's November; and a winter
    // starts with its November as people tell it (`The winter of 1846-47 ... Snow fell in November`: 1846).
    // (Not the end of a span, `did not open until the spring. They waited until January`: the story has not reached it.)
    // (BC years too: `the winter` of 72 BC goes on into March of 71 BC.)
    const season = (spec.kind === 'month' || spec.kind === 'md') && !anchors.spanEnd ? SEASON_VALUE.exec(anchors.last ?? '') : null;
    const seasonYear = season ? (season[1] ? 1 - Number(season[2]) : Number(season[2])) : 0;
    const year = season ? monthYearFromSeason(seasonYear, season[3]!, spec.month!) : forward ? yearOnOrAfter(lastDay, spec) : lastDay.y;
    spec = { ...spec, year };
    if (year !== lastDay.y) note = `, the next one: the story has moved on past ${anchors.last}`;
  }
  // `Last spring I sowed carrots in the middle of March and lost them to a frost on 2 April`, `in 2021 we had one on 12
  // May`: a bare month or day told in the past after a year, or a season or month of a past year, named earlier in its
  // sentence goes on from it, in that year.
  // (A month goes on at most two months; a range's end has its own reading, `ran from September to May`.)
  if (!useNarrative && !anaphoric && tense === 'past' && anchors.lastInSentence && !anchors.spanEnd && lastDay && anchors.doc && lastDay.y < anchors.doc.y
    && (spec.kind === 'month' || (spec.kind === 'md' && !spec.feast)) && spec.year === undefined && spec.shift === undefined && spec.anaphor === undefined
    && PERIOD_OF_YEAR.test(anchors.last ?? '')) {
    const season = SEASON_VALUE.exec(anchors.last!);
    const ahead = (spec.month! - lastDay.m + 12) % 12;
    const wholeYear = YEAR_VALUE.test(anchors.last!);
    const year = season && !season[1] ? monthYearFromSeason(Number(season[2]), season[3]!, spec.month!) : wholeYear ? lastDay.y : ahead <= 2 ? yearOnOrAfter(lastDay, spec) : null;
    if (year !== null && (spec.kind === 'month' || isValidYmd(year, spec.month!, spec.day!))) {
      useNarrative = true;
      spec = { ...spec, year };
    }
  }
  // `in the early hours of 15 April 1912 ... The ship had left Southampton on 10 April. On the afternoon of the 14th ...`:
  // a bare day told in the past within weeks of a day of a far year the text has just stated is of that year, as an
  // anniversary column's flashback tells it.
  if (!useNarrative && !anaphoric && anchors.mode !== 'news' && tense === 'past' && lastDay && anchors.doc && anchors.doc.y - lastDay.y > 1
    && DAY_START.test(anchors.last ?? '') && spec.year === undefined && spec.shift === undefined && spec.anaphor === undefined
    && ((spec.kind === 'md' && !spec.feast && isValidYmd(lastDay.y, spec.month!, spec.day!)
      && Math.abs(dayNumber(lastDay) - daysFromCivil(lastDay.y, spec.month!, spec.day!)) <= DAYS_NEAR_STORY_DAY) || spec.kind === 'ordday')) {
    useNarrative = true;
    if (spec.kind === 'md') spec = { ...spec, year: lastDay.y };
  }
  // `In the spring of 1986 the banks closed. By the summer the shops were empty`: a bare season or month told in the past
  // right after a season of a far year (in its sentence or the one before) goes on from it, in the story. (Not after a
  // month or a day: news goes back to this year's months after a flashback, `A trial was listed for May 2022. In July`.)
  const storyPeriod = !useNarrative && !anaphoric && anchors.mode !== 'news' && tense === 'past' && anchors.lastNear && lastDay && anchors.doc
    && anchors.doc.y - lastDay.y > 1 && (spec.kind === 'month' || spec.kind === 'season') && spec.year === undefined && spec.shift === undefined
    && spec.anaphor === undefined && !spec.newYear ? SEASON_VALUE.exec(anchors.last ?? '') : null;
  if (storyPeriod && lastDay && storyPeriod[1] === undefined) {
    useNarrative = true;
    const year = storyPeriod[3] && spec.kind === 'month' ? monthYearFromSeason(Number(storyPeriod[2]), storyPeriod[3], spec.month!) : yearOnOrAfter(lastDay, spec);
    spec = { ...spec, year };
    note = `, going on from the period the story has just reached (${anchors.last})`;
  }
  // `He wrote to the manager in January 2024. In February he rang again`: a bare month told in the past right after a
  // month of a far year (in its sentence or the one before), at most a season on from it, goes on from it in that story.
  // (A month further on, or one before it, is news going back to this year's months, `was listed for May 2022. In July`.)
  if (!useNarrative && !anaphoric && anchors.mode !== 'news' && tense === 'past' && anchors.lastNear && lastDay && anchors.doc && anchors.doc.y - lastDay.y > 1
    && spec.kind === 'month' && spec.year === undefined && spec.shift === undefined && spec.anaphor === undefined && !spec.newYear
    && MONTH_VALUE.test(anchors.last ?? '')) {
    const ahead = (spec.month! - lastDay.m + 12) % 12;
    if (ahead >= 1 && ahead <= MONTHS_A_STORY_GOES_ON) {
      useNarrative = true;
      spec = { ...spec, year: yearOnOrAfter(lastDay, spec) };
      note = `, going on from the month the story has just reached (${anchors.last})`;
    }
  }
  // `I have a dinner on the Friday evening, but I'm free on Saturday`: a weekday in a sentence that has named a day ahead
  // of publication, and looks no back, is a day of that week.
  if (!useNarrative && spec.kind === 'weekday' && !spec.weekend && spec.shift === undefined && tense !== 'past' && anchors.lastInSentence && lastDay
    && anchors.doc && DAY_START.test(anchors.last ?? '') && dayNumber(lastDay) - dayNumber(anchors.doc) > 0) {
    useNarrative = true;
    note = `, in the week of the day named earlier in the sentence (${anchors.last!.slice(0, 10)})`;
  }
  // `January: The river burst its banks on Jan. 9`, `In March 2021 the plant closed. On 14 March ...`: a day of the month
  // the story has just named is in that month's year.
  // (Only a month of the publication year, where it settles whether the day is behind or ahead as the month did; or,
  // told in the past, one of the year before: `between June and August last year ... On the night of 3 August`.)
  if (!useNarrative && spec.kind === 'md' && !spec.feast && anchors.lastNear && lastDay && spec.year === undefined && spec.shift === undefined
    && spec.anaphor === undefined && MONTH_VALUE.test(anchors.last ?? '') && lastDay.m === spec.month && anchors.doc
    && (lastDay.y === anchors.doc.y || (lastDay.y === anchors.doc.y - 1 && tense === 'past'))) {
    useNarrative = true;
    spec = { ...spec, year: lastDay.y };
    note = `, the month the story has just named (${anchors.last})`;
  }
  // `In 2025 the ban came in on 4 August`: a day told in the past after a year its sentence states is of that year.
  // (Only a year that opens the sentence and so dates all of it: not one inside a clause, `a program approved in 1987`.)
  // (So is a bare month or season: `Last year she broke her collarbone in March and missed most of the spring`.)
  if (!useNarrative && (spec.kind === 'md' || spec.kind === 'month' || spec.kind === 'season') && !spec.feast && anchors.lastInSentence && anchors.lastOpensSentence === true && tense === 'past' && lastDay && spec.year === undefined
    && spec.shift === undefined && spec.anaphor === undefined && !spec.newYear && YEAR_VALUE.test(anchors.last ?? '')) {
    useNarrative = true;
    spec = { ...spec, year: lastDay.y };
    note = `, the year its sentence states (${anchors.last})`;
  }
  // `Last year we were promised it would be done by the summer`: a future seen from a past date of the same
  // sentence starts at that date (the summer after it), not at publication.
  // (So does a holiday seen from a past day the story told in this sentence or the one before: `stood at 14-24 on May 15.
  // Solano said later that he expected to be fired before Memorial Day` is that May's.)
  const feast = spec.kind === 'md' && spec.feast !== undefined;
  if (!useNarrative && anchors.futureInPast && (anchors.lastInSentence || (feast && anchors.lastNear && DAY_START.test(anchors.last ?? ''))) && lastDay && anchors.doc && dayNumber(lastDay) < dayNumber(anchors.doc)
    && spec.shift === undefined && spec.n === undefined && spec.year === undefined && spec.anaphor === undefined
    && (spec.kind === 'month' || spec.kind === 'season' || feast)) {
    useNarrative = true;
    spec = { ...spec, year: feast ? feastYearOnOrAfter(lastDay, spec.feast!.daysIn) : yearOnOrAfter(lastDay, spec) };
    note = `, the next one after ${anchors.last}: a future told from that past date (${feast ? 'a plan or `would`' : '`would`'})`;
  }
  return { spec, day: useNarrative ? (lastDay ?? anchors.doc) : anchors.doc, kind: useNarrative && lastDay && anchors.last ? 'narrative' : 'document-date', lastDay, note };
}

/** Whether the story's last date names a period of `unit` to say `the` of: a month for `the month`, a day for `the day`. */
function storyDateNames(unit: string | undefined, last: string | null): boolean {
  if (unit === 'M') return MONTH_START_AD.test(last ?? '');
  if (unit === 'D' || unit === 'W') return DAY_START.test(last ?? '');
  return true;
}

/**
 * `July: ... on July 18 ... for the rest of the month`, `In March 2025 ... By the end of the year` (said in 2026): in the
 * past, a month or year said with `the` right after the story named a day or month of another one is the story's.
 */
function storyPeriodJustNamed(spec: RelativeSpec, anchors: Anchors, lastDay: Ymd, doc: Ymd, tense: Tense): boolean {
  if (tense !== 'past' || !anchors.lastNear || !MONTH_START_AD.test(anchors.last ?? '')) return false;
  if (spec.unit === 'M') return lastDay.y !== doc.y || lastDay.m !== doc.m;
  return spec.unit === 'Y' && lastDay.y !== doc.y;
}

export function resolveSpec(input: Spec, anchors: Anchors, tense: Tense): Resolution {
  if (input.partOf) return partOfResolved(input.partOf, resolveSpec({ ...input, partOf: undefined }, anchors, tense));
  if (input.weekOf) return weekOfResolved(resolveSpec({ ...input, weekOf: undefined }, anchors, tense));
  if (input.weekendOf) return weekendOfResolved(resolveSpec({ ...input, weekendOf: undefined }, anchors, tense));
  if (input.weekdayFrom) return weekdayFromResolved(input.weekdayFrom, resolveSpec({ ...input, weekdayFrom: undefined }, anchors, tense));
  if (input.offset) return offsetResolved(input.offset, resolveSpec({ ...input, offset: undefined }, anchors, tense));
  // `On this day in 1957`: the day and month of today in the year named.
  if (input.kind === 'deictic' && input.unit === 'D' && input.yearSpec) {
    const today = resolveSpec({ ...input, yearSpec: undefined }, anchors, tense);
    const year = YEAR_VALUE.exec(resolveSpec(input.yearSpec, anchors, tense).value)?.[0];
    const md = DAY_OF_YEAR.exec(today.value)?.[1];
    if (year && md && isValidYmd(Number(year), Number(md.slice(1, 3)), Number(md.slice(4)))) {
      return { ...today, value: `${year}${md}`, explanation: `the day and month of ${today.explanation}, in ${year}` };
    }
  }
  if (input.weekSpec && input.dow !== undefined) {
    const r = weekdayOfWeek(input, resolveSpec(input.weekSpec, anchors, tense));
    if (r) return r;
  }
  const whole = completed(input, anchors, tense);
  const type: TimexType = whole.time && whole.type === 'DATE' ? 'TIME' : whole.type;
  if (whole.kind === 'abs') {
    return { value: withTime(whole.value!, whole), type, anchor: 'none', explanation: explainAbs(whole) };
  }
  const { spec, day: anchorDay, kind: anchorKind, lastDay, note } = chooseAnchor(whole as RelativeSpec, anchors, tense);
  if (!anchorDay) {
    return { value: withTime(unresolvedValue(spec), spec), type, anchor: 'unresolved', explanation: 'relative expression with no known anchor date, left unresolved' };
  }
  const anchorValue = anchorKind === 'narrative' ? anchors.last! : formatYmd(anchorDay);
  const from = anchorKind === 'narrative' ? `the last mentioned date (${anchorValue})` : anchors.docLabel;
  const tenseWord = TENSE_WORD[tense];
  const resolved = RESOLVERS[spec.kind]({ spec, anchors, tense, anchorDay, anchorKind, lastDay, from, inTense: tenseWord ? ` (${tenseWord} clause)` : '' });
  if (resolved.value === null) {
    // On the story's clock, the date it could not count from stays known (`That evening` after `October 2019`).
    const told = anchorKind === 'narrative' ? { anchorValue } : {};
    return { value: withTime(unresolvedValue(spec), spec), type, anchor: 'unresolved', ...told, explanation: resolved.explanation };
  }
  let { value, explanation } = resolved;
  if (note) explanation += note;
  // A BC value names a month, a day or a season of its year (`BC0044-03-15`), nothing finer: a BC week or
  // quarter (a story set in 44 BC) keeps its year.
  if (value.startsWith('BC') && BC_FINER.test(value) && !BC_NAMED.test(value)) {
    value = value.slice(0, 6);
    explanation += ', kept to its year (BC values name years, seasons, months and days)';
  }
  if (spec.kind === 'clock' && spec.time) [value, explanation] = placedByMoment(value, explanation, spec, anchors, tense, anchorKind);
  return { value: withTime(value, spec), type, anchor: anchorKind, anchorValue, explanation };
}

/**
 * A clock time's day moved by the moment it names: said again in another zone right after a zoned time in its sentence
 * (`At 1100 PM EDT (0300 UTC)`: the day that makes it that moment), or looking ahead from a publication whose own hour
 * it comes before (`Next advisory at 200 AM EDT`, issued at 11 p.m.: the next day).
 */
function placedByMoment(value: string, explanation: string, spec: Spec, anchors: Anchors, tense: Tense, anchorKind: AnchorKind): [string, string] {
  const day = DAY_ONLY.test(value) ? parseYmd(value) : null;
  if (!day) return [value, explanation];
  const suffix = zoneSuffix(value, spec);
  if (anchors.lastInSentence && anchors.last && suffix) {
    const moved = dayNearestMoment(day, spec.time!, suffix, anchors.last);
    if (moved) return [formatYmd(moved), `${explanation}, moved to ${formatYmd(moved)}: the moment ${anchors.last} said in another zone`];
  }
  const doc = anchors.doc;
  if (tense === 'future' && anchorKind === 'document-date' && doc && anchors.docClock != null && formatYmd(doc) === value
    && aheadOfPublication(day, spec.time!, suffix, anchors.docClock, anchors.docZone ?? null)) {
    return [formatYmd(addDays(day, 1)), `${explanation}, the next day: a time ahead, before the hour the text was published`];
  }
  return [value, explanation];
}
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a value names (its first ten characters), or null when it names none. */
const dayOfValue = (value: string): Ymd | null => (/^\d{4}-\d{2}-\d{2}/.test(value) ? parseYmd(value.slice(0, 10)) : null);

/** The ISO week of a resolved day (`2026-04-20` -> `2026-W17`); unresolved, a week of unknown date. */
function weekOfResolved(day: Resolution): Resolution {
  const ymd = dayOfValue(day.value);
  if (!ymd) return { ...day, value: 'XXXX-WXX', type: 'DATE', explanation: `the week of a day not dated (${day.explanation})` };
  return { ...day, value: formatWeek(ymd), type: 'DATE', explanation: `the week of ${day.value} (${day.explanation})` };
}

/** The weekend nearest a day: the one before a Monday or Tuesday holiday, else the one of its ISO week. */
function weekendOfResolved(day: Resolution): Resolution {
  const ymd = dayOfValue(day.value);
  if (!ymd) return { ...day, value: 'XXXX-WXX-WE', type: 'DATE', explanation: `the weekend of a day not dated (${day.explanation})` };
  const dow = isoWeekday(ymd);
  const inWeek = dow <= 2 ? addDays(ymd, -7) : ymd;
  return { ...day, value: `${formatWeek(inWeek)}-WE`, type: 'DATE', explanation: `the weekend ${dow <= 2 ? 'before' : 'of'} ${day.value} (${day.explanation})` };
}

/** The first given weekday after (or before) a day: `the Sunday after Thanksgiving`. */
function weekdayFromResolved(rel: { dow: number; dir: 1 | -1 }, day: Resolution): Resolution {
  const ymd = dayOfValue(day.value);
  if (!ymd) return { ...day, value: `XXXX-WXX-${rel.dow}`, type: 'DATE', explanation: `a ${WEEKDAY_NAMES[rel.dow]} near a day not dated (${day.explanation})` };
  const gap = rel.dir > 0 ? ((rel.dow - isoWeekday(ymd) + 6) % 7) + 1 : -(((isoWeekday(ymd) - rel.dow + 6) % 7) + 1);
  return { ...day, value: formatYmd(addDays(ymd, gap)), type: 'DATE', explanation: `the ${WEEKDAY_NAMES[rel.dow]} ${rel.dir > 0 ? 'after' : 'before'} ${day.value} (${day.explanation})` };
}

const PART_WORDS: Readonly<Record<PartOf['unit'], string>> = { D: 'day', W: 'week', M: 'month', Q: 'quarter' };
const PART_UNRESOLVED: Readonly<Record<PartOf['unit'], string>> = { D: 'XXXX-XX-XX', W: 'XXXX-WXX', M: 'XXXX-XX', Q: 'XXXX-QX' };
const ordinalWord = (n: number): string => (n < 0 ? 'last' : `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`);
const dayNumber = (x: Ymd): number => daysFromCivil(x.y, x.m, x.d);

/**
 * The value of the nth day, week, month or quarter (n -1: the last) of the days `first`..`last`, or null when the
 * period has no such part. Months and quarters are the calendar ones wholly inside it; a week is the ISO week of its
 * nth Thursday, as ISO weeks belong to the month or year of their Thursday.
 */
function nthPart(part: PartOf, first: Ymd, last: Ymd): string | null {
  const { unit, n } = part;
  const inside = (x: Ymd): boolean => dayNumber(x) >= dayNumber(first) && dayNumber(x) <= dayNumber(last);
  if (unit === 'D' && part.dow) {
    const dow = part.dow;
    const day = n > 0 ? addDays(first, (dow - isoWeekday(first) + 7) % 7 + 7 * (n - 1)) : addDays(last, -((isoWeekday(last) - dow + 7) % 7) + 7 * (n + 1));
    return inside(day) ? formatYmd(day) : null;
  }
  if (unit === 'D') {
    const day = n > 0 ? addDays(first, n - 1) : addDays(last, n + 1);
    return inside(day) ? formatYmd(day) : null;
  }
  if (unit === 'W') {
    if (dayNumber(last) - dayNumber(first) < 7) return null; // a week has no weeks
    const thursday = n > 0 ? addDays(first, (4 - isoWeekday(first) + 7) % 7 + 7 * (n - 1)) : addDays(last, -((isoWeekday(last) - 4 + 7) % 7) + 7 * (n + 1));
    return inside(thursday) ? formatWeek(thursday) : null;
  }
  const step = unit === 'Q' ? 3 : 1;
  // Months since year 0 of the first whole month in the period and of the month after the last whole one.
  const from = first.y * 12 + first.m - 1 + (first.d === 1 ? 0 : 1);
  const to = last.y * 12 + last.m - 1 + (addDays(last, 1).d === 1 ? 1 : 0);
  const lo = Math.ceil(from / step), hi = Math.floor(to / step);
  const k = n > 0 ? lo + n - 1 : hi + n;
  if (k < lo || k >= hi) return null;
  const y = Math.floor((k * step) / 12), m = k * step - y * 12 + 1;
  return unit === 'Q' ? `${pad4(y)}-Q${(m + 2) / 3}` : `${pad4(y)}-${pad2(m)}`;
}

/** The nth day, week, month or quarter of a resolved period (`2022-07`, the last day: `2022-07-31`); unresolved, one of unknown date. */
function partOfResolved(part: PartOf, period: Resolution): Resolution {
  const span = /^\d{4}/.test(period.value) ? timexValueToInterval(period.value) : null;
  const name = `the ${ordinalWord(part.n)} ${part.dow ? WEEKDAY_NAMES[part.dow] : PART_WORDS[part.unit]}`;
  const value = span ? nthPart(part, fromDate(span.start), fromDate(new Date(span.end.getTime() - 86_400_000))) : null;
  if (!value) {
    const why = span ? `${period.value}, which has none` : 'a period not dated';
    return { ...period, value: PART_UNRESOLVED[part.unit], type: 'DATE', explanation: `${name} of ${why} (${period.explanation})` };
  }
  return { ...period, value, type: 'DATE', explanation: `${name} of ${period.value} (${period.explanation})` };
}

const UNIT_WORDS: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({ D: 'day', W: 'week', M: 'month', Y: 'year' });

/** A resolved day moved by an amount of time (`2022-01-06` and two days back: `2022-01-04`), its time kept. */
function offsetResolved(offset: NonNullable<Spec['offset']>, day: Resolution): Resolution {
  // `ten years ago this week`, `a year ago this month`: the week of the same day (its Thursday) or the month, years back.
  const period = /^(\d{4})-(W?)(\d{2})$/.exec(day.value);
  if (period && (offset.unit === 'Y' || offset.unit === 'M')) {
    const months = offset.unit === 'M' ? offset.n : 12 * offset.n;
    const [y, isWeek, k] = [Number(period[1]), period[2] === 'W', Number(period[3])];
    const first = isWeek ? addDays(fromDate(isoWeekOneMonday(y)), 7 * (k - 1) + 3) : { y, m: k, d: 1 };
    const moved = addMonths(first, months);
    const amount = `${Math.abs(offset.n)} ${UNIT_WORDS[offset.unit]}${Math.abs(offset.n) === 1 ? '' : 's'}`;
    return { ...day, value: isWeek ? formatWeek(moved) : `${pad4(moved.y)}-${pad2(moved.m)}`, explanation: `${amount} ${offset.n < 0 ? 'before' : 'after'} ${day.value} (${day.explanation})` };
  }
  const base = parseYmd(day.value);
  if (!base) return day;
  const moved = offset.unit === 'D' || offset.unit === 'W' ? addDays(base, offset.n * (offset.unit === 'W' ? 7 : 1))
    : addMonths(base, offset.unit === 'M' ? offset.n : 12 * offset.n);
  const k = Math.abs(offset.n);
  const amount = `${k} ${UNIT_WORDS[offset.unit]}${k === 1 ? '' : 's'}`;
  return { ...day, value: `${formatYmd(moved)}${day.value.slice(10)}`, explanation: `${amount} ${offset.n < 0 ? 'before' : 'after'} ${day.value.slice(0, 10)} (${day.explanation})` };
}

function explainAbs(spec: Spec): string {
  if (spec.type === 'DURATION') return `a duration of ${spec.value}`;
  if (spec.type === 'SET') return `a recurrence every ${spec.value}`;
  if (spec.value === 'PRESENT_REF') return 'a reference to the present';
  if (spec.value === 'PAST_REF') return 'a reference to the past';
  if (spec.value === 'FUTURE_REF') return 'a reference to the future';
  return spec.note ?? 'an absolute date stated in the text';
}
