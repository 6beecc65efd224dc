/**
 * One small resolver per kind of Spec: given the anchor day `resolveSpec` chose, each turns its kind of
 * expression into a TimeML value and a plain explanation. Adding a kind means adding one entry to RESOLVERS
 * (and its unresolved form to unresolvedValue); the anchor choice and the finishing touches stay in resolve.ts.
 * Pure: same context, same answer.
 */
import type { AnchorKind, Tense } from '../model/types.js';
import {
  type Ymd, addDays, addMonths, daysInMonth, formatWeek, formatYmd, isValidYmd, isoWeek, isoWeekday, pad2, pad4, parseYmd,
} from './calendar.js';
import { daysFromCivil } from '../model/timex-value.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import type { Spec, SpecKind } from './spec.js';

/** What the resolvers may read: the publication date, the story's last date and what the text is about. */
export interface Anchors {
  /** Publication date (or the reference date), day precision. */
  doc: Ymd | null;
  /** How the document date was obtained, for explanations. */
  docLabel: string;
  /** The publication's time of day in seconds after midnight, when the date given or found states one. */
  docClock?: number | null;
  /** The offset the publication's time was given in (`-04:00`, `Z`), when it states one. */
  docZone?: string | null;
  /** Last mentioned calendar value in the text before this expression. */
  last: string | null;
  /** Its first day (cached by setLastMentioned). */
  lastDay?: Ymd | null;
  /** First days of the values mentioned so far, by value (a memo of setLastMentioned's, one per text). */
  firstDays?: Map<string, Ymd | null>;
  /** The last day the text told on each weekday (index 1 Monday to 7 Sunday), for `on the Thursday`. */
  daysByWeekday?: (Ymd | undefined)[];
  /** The last mentioned value was in the same sentence as this expression. */
  lastInSentence: boolean;
  /** The last mentioned value was in this sentence or the one before it. */
  lastNear?: boolean;
  /** A time of day was told on no known day within the last two sentences, and no day since (a scene's clock). */
  daylessScene?: boolean;
  /** The last mentioned value opens its sentence (`In 2025 the ban came in ...`), alone or after a preposition. */
  lastOpensSentence?: boolean;
  /** The last mentioned value is a night the text dated itself (`the night of 14/15 April`), not `tonight`. */
  lastNightDated?: boolean;
  /** How many dates in a row the text has told well before publication (more than 45 days): a story under way. */
  pastRun?: number;
  /** The last mentioned value was the only date of its sentence, and no bound (`until Saturday`, `by Friday`). */
  lastAlone?: boolean;
  /** Last mentioned quarter (`1989-Q3`) within the last few sentences, for `the quarter`, `a year ago`. */
  lastQuarter: string | null;
  mode: 'auto' | 'news' | 'narrative';
  /**
   * `auto` mode found the text told in story time (most stated years lie well before publication):
   * a bare month or season then belongs to the year the story has reached.
   */
  story?: boolean;
  /** Since the last stated date, the text spoke of the present (`in recent years`, `now`). */
  presentTold?: boolean;
  /**
   * This expression bounds a span that runs on from the story's last date (`did not return until January`,
   * `stayed through the spring`): in story time it lies on or after that date.
   */
  boundAhead?: boolean;
  /** The expression ends a span after `until`, `till` or `through` (`waited until January`), not `by`. */
  spanEnd?: boolean;
  /**
   * This expression's clause is in the past perfect (`In January the mayor had warned`): it tells of a time
   * before the story's, so a bare month need not lie after the date the story has reached.
   */
  pastPerfect?: boolean;
  /**
   * This expression's clause looks ahead from a past time with `would` (`were promised it would be done by the
   * summer`): a bare month or season lies on or after the earlier date its sentence names, not after publication
   * (a day keeps its own reading: `into the Oct. 15 shooting` names a day gone by).
   */
  futureInPast?: boolean;
  /**
   * This expression's sentence names no day, only a recurrence or a longer period (`open at 8 a.m. on Saturdays`,
   * `on three Fridays in July, from 6 p.m.`): a time of day in it lies on no day the text gives.
   */
  noDayInSentence?: boolean;
  /** The expression is a clock time opening its line: a live page's stamp (`11:20 BST - Unions said ...`). */
  lineStamp?: boolean;
  /** A clock time right after a present `is`/`are` (`The time is 13:23`): it states the time now. */
  presentCopula?: boolean;
}

/** One expression to resolve, with the anchor already chosen. */
export interface ResolveContext {
  spec: Spec;
  anchors: Anchors;
  tense: Tense;
  /** The day the expression is counted from. */
  anchorDay: Ymd;
  anchorKind: AnchorKind;
  /** First day of the story's last date, if any. */
  lastDay: Ymd | null;
  /** The anchor in words, for explanations (`the last mentioned date (2011-03)`). */
  from: string;
  /** The clause's tense in words, when it decided the direction (` (past-tense clause)`), else ''. */
  inTense: string;
}

/** A resolver's answer: a value, or null when the expression cannot be counted from this anchor. */
export interface Resolved {
  value: string | null;
  explanation: string;
}

type Resolver = (c: ResolveContext) => Resolved;

export const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_NAME: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
export const UNIT_WORD: Record<string, string> = {
  D: 'day', W: 'week', WE: 'weekend', FN: 'fortnight', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century', H: 'hour', MIN: 'minute',
};

/** Year for a month (and day) without one: direction from `shift`, else from tense, else nearest. */
function yearFor(anchor: Ymd, month: number, day: number, shift: number | undefined, tense: Tense, story = false): number {
  const a = anchor.m * 100 + anchor.d;
  const t = month * 100 + day;
  if (shift === 0) return anchor.y;
  // On the story's clock the year is the one the story has reached: tense never moves it back a year.
  if (story && shift === undefined) return anchor.y;
  if (shift !== undefined && shift < 0) return t < a && month !== anchor.m ? anchor.y : anchor.y - 1;
  if (shift !== undefined && shift > 0) return t > a && month !== anchor.m ? anchor.y : anchor.y + 1;
  const here = Date.UTC(2000, anchor.m - 1, anchor.d);
  const there = Date.UTC(2000, month - 1, day);
  const diff = (there - here) / 86_400_000;
  // Tense picks the direction only when the date is far from the anchor; close dates keep its year.
  // News mostly reports the past: without a future cue, a month far ahead belongs to last year.
  // A past-tense month more than two months ahead is last year's (`In March we voted`, said in January); a
  // nearer one keeps the year, as a clause's tense is often not the date's (`the record date is Nov. 6`).
  if (tense === 'past') return diff > 60 ? anchor.y - 1 : anchor.y;
  if (tense === 'future') return t < a && month !== anchor.m ? anchor.y + 1 : anchor.y;
  // Present tense (`the Cup starts in November`) looks ahead or at now, not back a year.
  if (tense === 'present') return diff < -183 ? anchor.y + 1 : anchor.y;
  // Unknown tense: the nearest such day.
  if (diff > 183) return anchor.y - 1;
  if (diff < -183) return anchor.y + 1;
  return anchor.y;
}

function weekdayDate(anchor: Ymd, dow: number, shift: number | undefined, tense: Tense, nextWeek = false): Ymd {
  const today = isoWeekday(anchor);
  // `next Tuesday` said on a Monday is not the next day (that is `tomorrow`) but the Tuesday a week on; said on a Friday it
  // is the coming one. (Further days keep the coming one: `next Sunday` said on a Monday or a Friday, as gold has it.)
  if (nextWeek && shift !== undefined && shift > 0 && (dow - today + 7) % 7 === 1) return addDays(anchor, 8);
  const back = (today - dow + 7) % 7; // days back to the most recent one on or before the anchor
  const fwd = (dow - today + 7) % 7; // days ahead to the next one on or after
  // `this Saturday`: the one of the anchor's week, unless it has passed and the clause looks ahead (`will meet
  // this Monday`, said on a Friday, and `will play this Saturday`, said on a Sunday, are the coming ones), or is told
  // in the present, a schedule's (`faces the committee this Tuesday`, said on a Sunday).
  if (shift === 0) {
    const inWeek = dow - today;
    return addDays(anchor, (tense === 'future' || tense === 'present') && inWeek < 0 ? fwd : inWeek);
  }
  if (shift !== undefined && shift < 0) return addDays(anchor, -(back || 7));
  if (shift !== undefined && shift > 0) return addDays(anchor, fwd || 7);
  if (tense === 'past') return addDays(anchor, -back);
  if (tense === 'future') return addDays(anchor, fwd);
  return back <= fwd ? addDays(anchor, -back) : addDays(anchor, fwd);
}

/** Value of the period `n` units away from a day, at that unit's granularity. */
export function shifted(day: Ymd, unit: string, n: number): string | null {
  switch (unit) {
    case 'D': return formatYmd(addDays(day, n));
    case 'W': return formatWeek(addDays(day, 7 * n));
    case 'WE': return `${formatWeek(addDays(day, 7 * n))}-WE`;
    case 'FN': return formatWeek(addDays(day, 14 * n));
    case 'M': { const x = addMonths(day, n); return `${pad4(x.y)}-${pad2(x.m)}`; }
    case 'Q': { const x = addMonths(day, 3 * n); return `${pad4(x.y)}-Q${Math.ceil(x.m / 3)}`; }
    case 'Y': return pad4(day.y + n);
    // Decades and centuries count AD only (BC ones are `BC` prefixes, not offsets).
    case 'DE': { const k = Math.floor(day.y / 10) + n; return k >= 0 ? String(k).padStart(3, '0') : null; }
    case 'CE': { const k = Math.floor(day.y / 100) + n; return k >= 0 ? pad2(k) : null; }
    default: return null;
  }
}

/**
 * The year of a month (or a season starting in month `first`) told from the story's last date `ref`
 * (`last`, its value): that one of its year (0), the first one after it (+1), the last one before it (-1).
 * After a year alone, `the following spring` lies after the whole year.
 */
function storyYear(ref: Ymd, last: string | null, first: number, anaphor: number): number {
  const at = ref.y * 12 + ref.m - 1;
  const end = last && /^(?:BC)?\d{4}$/.test(last) ? ref.y * 12 + 11 : at;
  let y = ref.y;
  if (anaphor > 0) while (y * 12 + first - 1 <= end) y++;
  if (anaphor < 0) while (y * 12 + first - 1 >= at) y--;
  return y;
}
const storyRelation = (anaphor: number): string => (anaphor === 0 ? 'of the year of' : anaphor > 0 ? 'after' : 'before');
/** The story's last date in words, when there is one, else the anchor. */
const storyFrom = (c: ResolveContext): string => (c.lastDay ? `the last mentioned date (${c.anchors.last})` : c.from);

/** Shifts a value by n years keeping its granularity (`2022-Q3` -> `2021-Q3`). */
export function shiftYearsKeep(value: string, n: number): string | null {
  const m = /^(\d{4})(-.*)?$/.exec(value);
  if (!m) return null;
  const rest = m[2] ?? '';
  const y = Number(m[1]) + n;
  if (/^-\d{2}-\d{2}/.test(rest) && rest.slice(1, 6) === '02-29') return `${pad4(y)}-02-28`;
  return `${pad4(y)}${rest.replace(/^(-\d{2}-\d{2}).*$/, '$1').replace(/^-W\d{2}.*$/, '')}`;
}

/** A day's value, AD or BC (`2022-01-07`, `BC0044-03-15`), with or without a time after it. */
const DAY_OR_BC_DAY_START = /^(?:BC)?\d{4}-\d{2}-\d{2}/;

/** Whether a mentioned value is too coarse to count `unit`s from (`1987` for `that day`). */
function tooCoarseFor(value: string, unit: string): boolean {
  const day = DAY_OR_BC_DAY_START.test(value);
  if (unit === 'D' || unit === 'H' || unit === 'MIN' || unit === 'S') return !day;
  if (unit === 'W' || unit === 'WE' || unit === 'FN') return !day && !/^\d{4}-W\d{2}/.test(value);
  return false;
}

/** Whether the expression is told on the story's clock and the story's last date is too coarse to count `unit`s from. */
function storyClockTooCoarse(c: ResolveContext, unit: string): boolean {
  return c.anchorKind === 'narrative' && c.anchors.last !== null && tooCoarseFor(c.anchors.last, unit);
}

/** The value an expression keeps when nothing anchors it: what it states, the rest `X`. */
export function unresolvedValue(spec: Spec): string {
  switch (spec.kind) {
    case 'md': return spec.feast ? 'XXXX-XX-XX' : `XXXX-${pad2(spec.month!)}-${pad2(spec.day!)}`;
    case 'month': return `XXXX-${pad2(spec.month!)}`;
    case 'season': return `XXXX-${spec.season}`;
    case 'quarter': return spec.half ? `XXXX-H${spec.half}` : `XXXX-Q${spec.q}`;
    case 'weekday': return spec.weekend ? 'XXXX-WXX-WE' : `XXXX-WXX-${spec.dow}`;
    case 'ordday': return `XXXX-XX-${pad2(spec.day!)}`;
    default: {
      const u = spec.unit;
      if (u === 'Y') return 'XXXX';
      if (u === 'M') return 'XXXX-XX';
      if (u === 'W' || u === 'FN') return 'XXXX-WXX';
      if (u === 'WE') return 'XXXX-WXX-WE';
      if (u === 'Q') return 'XXXX-QX';
      return 'XXXX-XX-XX';
    }
  }
}

/**
 * Among the days a movable feast falls on around the anchor, the one the clause points at, with the rules
 * `yearFor` applies to a month-day date: `shift` picks the last before or the next after (0: the anchor's
 * year); a past clause takes the latest on or before the anchor (a feast can fall twice in a year, so no
 * month-day leeway), a future one the first on or after the anchor, a present one the first less than half a year back; otherwise the nearest.
 */
function pickDay(anchor: Ymd, days: readonly Ymd[], shift: number | undefined, tense: Tense): Ymd | null {
  const at = daysFromCivil(anchor.y, anchor.m, anchor.d);
  const dated = days.map((day) => ({ day, diff: daysFromCivil(day.y, day.m, day.d) - at })).sort((a, b) => a.diff - b.diff);
  const first = (ok: (diff: number) => boolean) => dated.find((x) => ok(x.diff))?.day ?? null;
  const last = (ok: (diff: number) => boolean) => [...dated].reverse().find((x) => ok(x.diff))?.day ?? null;
  if (shift === 0) return dated.find((x) => x.day.y === anchor.y)?.day ?? null;
  if (shift !== undefined && shift < 0) return last((d) => d < 0);
  if (shift !== undefined && shift > 0) return first((d) => d > 0);
  if (tense === 'past') return last((d) => d <= 0);
  if (tense === 'future') return first((d) => d >= 0);
  if (tense === 'present') return first((d) => d >= -183);
  return dated.reduce<{ day: Ymd; diff: number } | null>((best, x) => (!best || Math.abs(x.diff) < Math.abs(best.diff) ? x : best), null)?.day ?? null;
}

/** A movable feast (`Thanksgiving`, `Easter`, `Eid`): its day nearest the anchor in the clause's direction, or in the year stated. */
function feastDay(c: ResolveContext, feast: NonNullable<Spec['feast']>): Resolved {
  const { spec, anchorDay } = c;
  const years = spec.year !== undefined ? [spec.year] : [anchorDay.y - 1, anchorDay.y, anchorDay.y + 1];
  const days = years.flatMap((y) => feast.daysIn(y));
  // On the story's clock the feast is the one of the year the story has reached: tense never moves it back a year
  // (`It was 1977, and it had rained for most of June. On the first Saturday of July ...`).
  const storyYear = spec.year === undefined && spec.shift === undefined && c.anchorKind === 'narrative';
  const day = spec.year !== undefined ? days[0] ?? null : storyYear ? feast.daysIn(anchorDay.y)[0] ?? null : pickDay(anchorDay, days, spec.shift, c.tense);
  if (!day) return { value: null, explanation: `${feast.name} could not be dated from ${c.from}` };
  const direction = storyYear ? 'in the year of' : spec.shift !== undefined ? (spec.shift < 0 ? 'before' : spec.shift > 0 ? 'after' : 'in the year of')
    : c.tense === 'past' ? 'most recent from' : c.tense === 'future' ? 'next after' : 'nearest to';
  return { value: formatYmd(day), explanation: spec.year !== undefined ? `${feast.name} in ${spec.year}` : `${feast.name} ${direction} ${c.from}${c.inTense}` };
}

/** `March 3`, `Christmas`: the year from the anchor and the clause's tense. */
const monthDay: Resolver = (c) => {
  const { spec, tense } = c;
  if (spec.feast) return feastDay(c, spec.feast);
  const month = spec.month!;
  const day = spec.day!;
  let y = spec.year ?? yearFor(c.anchorDay, month, day, spec.shift, tense, c.anchorKind === 'narrative');
  if (month === 2 && day === 29 && daysInMonth(y, 2) === 28 && spec.year === undefined) {
    // `Feb. 29` exists only in leap years: the nearest one in the clause's direction.
    const step = tense === 'future' || (spec.shift ?? 0) > 0 ? 1 : -1;
    while (daysInMonth(y, 2) === 28) y += step;
  }
  if (spec.dow) {
    // A stated weekday fixes the year: the nearest year where the date falls on it.
    const fits = [y, y - 1, y + 1].filter((yy) => isoWeekday({ y: yy, m: month, d: day }) === spec.dow);
    if (fits.length) y = fits[0]!;
  }
  return { value: `${pad4(y)}-${pad2(month)}-${pad2(day)}`, explanation: `${MONTH_NAMES[month]} ${day} in the year given by ${c.from}${c.inTense}` };
};

/** `March`, `next March`, `that March`. */
const month: Resolver = (c) => {
  const { spec, anchorDay } = c;
  const name = MONTH_NAMES[spec.month!];
  if (spec.anaphor !== undefined && spec.year === undefined) {
    // From the story's last date: that month of its year, the first one after it, or the last one before it.
    const y = storyYear(c.lastDay ?? anchorDay, c.anchors.last, spec.month!, spec.anaphor);
    return { value: `${pad4(y)}-${pad2(spec.month!)}`, explanation: `${name} ${storyRelation(spec.anaphor)} ${storyFrom(c)}` };
  }
  if (spec.newYear && spec.year === undefined) {
    // `until the new year`: the January after the story's day or publication; `rose in the new year`, told in the past
    // from publication, the last one.
    const from = c.anchorKind === 'narrative' && c.lastDay ? c.lastDay : anchorDay;
    // (Said in January, the new year is the one just begun.)
    const y = (c.tense === 'past' && c.anchorKind !== 'narrative') || from.m === 1 ? from.y : from.y + 1;
    return { value: `${pad4(y)}-01`, explanation: `the new year after ${c.anchorKind === 'narrative' ? storyFrom(c) : c.from}${c.inTense}` };
  }
  let y = spec.year ?? yearFor(anchorDay, spec.month!, 15, spec.shift, c.tense, c.anchorKind === 'narrative');
  if (spec.unit === 'Y') y = anchorDay.y + (spec.n ?? 0);
  return { value: `${pad4(y)}-${pad2(spec.month!)}`, explanation: `${name} of the year given by ${c.from}${c.inTense}` };
};

/** `last summer`, `the winter`, `that spring`. */
const season: Resolver = (c) => {
  const { spec, anchorDay } = c;
  const start = SEASON_START[spec.season!]!;
  const name = SEASON_NAME[spec.season!]!;
  if (spec.anaphor !== undefined && spec.year === undefined) {
    // From the story's last date: that season of its year, the first one after it, or the last one before it.
    const ref = c.lastDay ?? anchorDay;
    // `two winters later`: that many years on from the season the story's date lies in (a winter's January is the winter before).
    let y = spec.elapsed ? (spec.season === 'WI' && ref.m <= 2 && /^\d{4}-\d{2}/.test(c.anchors.last ?? '') ? ref.y - 1 : ref.y) + spec.anaphor : storyYear(ref, c.anchors.last, start, spec.anaphor);
    // (`That first summer`: the next year's, when the story's date is past this year's end of it.)
    if (spec.firstOfStory && y * 12 + start + 1 < ref.y * 12 + ref.m - 1) y++;
    const relation = spec.firstOfStory ? 'first not over by' : spec.elapsed ? `${Math.abs(spec.anaphor)} year${Math.abs(spec.anaphor) === 1 ? '' : 's'} ${spec.anaphor > 0 ? 'after' : 'before'} the one of` : storyRelation(spec.anaphor);
    return { value: `${pad4(y)}-${spec.season}`, explanation: `${spec.firstOfStory ? 'the ' : ''}${name} ${relation} ${storyFrom(c)}` };
  }
  let y = spec.year ?? yearFor(anchorDay, start, 15, spec.shift, c.tense, c.anchorKind === 'narrative');
  // Winter that began last December is still this winter in January and February.
  // (Not after a bare year on the story's clock: `in 1888 ... through the winter` is the winter that 1888 ends with.)
  const yearOnly = c.anchorKind === 'narrative' && /^(?:BC)?\d{4}$/.test(c.anchors.last ?? '');
  if (spec.season === 'WI' && anchorDay.m <= 2 && spec.shift !== 1 && !yearOnly) y = Math.min(y, anchorDay.y - 1);
  // A season under way (`last summer` said in July): `last` is the one before it, `next` the one after.
  const monthsIn = (anchorDay.m - start + 12) % 12;
  if (spec.year === undefined && spec.shift !== undefined && spec.shift !== 0 && monthsIn < 3) {
    const current = anchorDay.m < start ? anchorDay.y - 1 : anchorDay.y;
    y = current + spec.shift;
  }
  return { value: `${pad4(y)}-${spec.season}`, explanation: `${name} of the year given by ${c.from}${c.inTense}` };
};

/** `the third quarter`, `the first half`. */
const quarter: Resolver = (c) => {
  const { spec, anchorDay } = c;
  if (spec.half) {
    return { value: `${pad4(spec.year ?? anchorDay.y)}-H${spec.half}`, explanation: `half ${spec.half} of the year of ${c.from}` };
  }
  const first = spec.q! * 3 - 2;
  const y = spec.year ?? (c.tense === 'past' && first > anchorDay.m ? anchorDay.y - 1 : anchorDay.y);
  return { value: `${pad4(y)}-Q${spec.q}`, explanation: `quarter ${spec.q} of the year given by ${c.from}${c.inTense}` };
};

/** Days from the story's day within which a day told on a weekday is the one `the Thursday` means. */
const STORY_WEEK_DAYS = 7;

/** `on Friday`, `next Tuesday`, `the weekend`. */
const weekday: Resolver = (c) => {
  const { spec, anchorDay, tense } = c;
  // `In October 2019 ... until Saturday`: a weekday on a story clock that names no day or week has no date.
  if (storyClockTooCoarse(c, 'W')) {
    return { value: null, explanation: `a ${spec.weekend ? 'weekend' : WEEKDAY_NAMES[spec.dow!]} told after ${c.anchors.last}, which names no day or week` };
  }
  // `the following Tuesday`, `the previous Friday`: strictly after (before) the story's last day, or publication.
  if (spec.anaphor !== undefined && !spec.weekend) {
    const ref = c.lastDay ?? anchorDay;
    const today = isoWeekday(ref);
    const gap = spec.anaphor > 0 ? ((spec.dow! - today + 7) % 7 || 7) : -((today - spec.dow! + 7) % 7 || 7);
    const from = c.lastDay ? `the last mentioned date (${c.anchors.last})` : c.from;
    return { value: formatYmd(addDays(ref, gap)), explanation: `the ${spec.anaphor > 0 ? 'first' : 'last'} ${WEEKDAY_NAMES[spec.dow!]} ${spec.anaphor > 0 ? 'after' : 'before'} ${from}` };
  }
  // `On 9 March the ferry sank. On the Saturday ...`, `from the 20th to the 23rd ... on the Saturday`: a weekday said with
  // `the` is the one nearest the day the story has reached.
  const storyDay = spec.storyPeriod === true && !spec.weekend && c.anchorKind === 'narrative';
  // (Told in the simple past, the story goes on: `On 12 May ... On the Friday he sailed` is the Friday after.)
  // (So does a bound: `arrive on Tuesday 6 October, and freshers' week runs until the Saturday` is the Saturday after.)
  const storyTense: Tense = (tense === 'past' && !c.anchors.pastPerfect) || (tense === 'future' && c.anchors.spanEnd === true) ? 'future' : 'unknown';
  let day = weekdayDate(anchorDay, spec.dow!, spec.shift, storyDay ? storyTense : tense, spec.nextWeek === true && !spec.weekend);
  if (storyDay) {
    // (`She wrote that she would come on the first of October. ... She left on the Thursday`: a day the text told on that
    // weekday within a week of the story's is the one meant.)
    const told = c.anchors.daysByWeekday?.[spec.dow!];
    if (told && Math.abs(daysFromCivil(told.y, told.m, told.d) - daysFromCivil(anchorDay.y, anchorDay.m, anchorDay.d)) <= STORY_WEEK_DAYS) {
      return { value: formatYmd(told), explanation: `the ${WEEKDAY_NAMES[spec.dow!]} the text told last (${formatYmd(told)}): a weekday said with \`the\` is the story's` };
    }
    const which = storyTense === 'future' ? `first ${WEEKDAY_NAMES[spec.dow!]} on or after` : `${WEEKDAY_NAMES[spec.dow!]} nearest to`;
    return { value: formatYmd(day), explanation: `the ${which} ${c.from}: a weekday said with \`the\` is the story's` };
  }
  if (spec.weekend && spec.storyPeriod && c.anchorKind === 'narrative') {
    day = weekdayDate(anchorDay, spec.dow!, undefined, 'future');
    return { value: `${formatWeek(day)}-WE`, explanation: `the weekend after ${c.from}: the story's, told in the past` };
  }
  if (spec.weekend) {
    // `the weekend` on a Sunday is the one under way.
    if (spec.shift === undefined && isoWeekday(anchorDay) === 7 && tense !== 'future') day = addDays(anchorDay, -1);
    return { value: `${formatWeek(day)}-WE`, explanation: `the weekend nearest to ${c.from}${c.inTense}` };
  }
  const name = WEEKDAY_NAMES[spec.dow!];
  // `this Monday` moved out of the anchor's week by its clause's tense.
  const movedThis = spec.shift === 0 && isoWeek(day).week !== isoWeek(anchorDay).week;
  const explanation = movedThis
    ? `${tense === 'future' || tense === 'present' ? 'the coming' : 'the last'} ${name} relative to ${c.from}${c.inTense}`
    : spec.shift !== undefined
    ? `${spec.shift < 0 ? 'the last' : spec.shift > 0 ? 'the next' : 'this week\'s'} ${name} relative to ${c.from}`
    : tense === 'past' ? `most recent ${name} on or before ${c.from}`
      : tense === 'future' ? `next ${name} on or after ${c.from}` : `${name} nearest to ${c.from}`;
  return { value: formatYmd(day), explanation };
};

/**
 * Whether the sentence has just named a year, a half or a month, a period of another size than the quarter under
 * discussion: `For the first nine months of fiscal 2014, ... compared with ... a year ago` compares that year's period,
 * `orders in the first three weeks of October ran ahead of last year's pace` that month's, not the quarter.
 */
const yearJustNamed = (c: ResolveContext): boolean => c.anchors.lastInSentence && /^\d{4}(?:-H[12]|-\d{2})?$/.test(c.anchors.last ?? '');

/** The period under discussion, when a quarterly report is: `this quarter`, `the quarter`, `a year earlier`. */
function topicPeriod(c: ResolveContext, anaphoric: boolean): string | null {
  const { spec, anchors } = c;
  const unit = spec.unit!;
  const n = spec.n ?? 0;
  // In a report about a quarter, `this quarter` is that quarter and `from ... last year` the same quarter a year before.
  if (!anaphoric && anchors.lastQuarter && !spec.underWay && ((unit === 'Q' && n === 0) || (unit === 'Y' && n === -1 && spec.comparison && !yearJustNamed(c)))) {
    const value = unit === 'Q' ? anchors.lastQuarter : shiftYearsKeep(anchors.lastQuarter, -1);
    if (value) return value;
  }
  // `the quarter`: the quarter the story is about, else the last one completed before publication.
  if (anaphoric && unit === 'Q' && n === 0) return anchors.lastQuarter ?? (anchors.doc ? shifted(anchors.doc, 'Q', -1) : null);
  return null;
}

/** `yesterday`, `last week`, `two years ago` (from publication); `that day`, `two days later` (from the story's last date). */
const offset = (anaphoric: boolean): Resolver => (c) => {
  const { spec } = c;
  const unit = spec.unit!;
  const n = spec.n ?? 0;
  const unitWord = UNIT_WORD[unit] ?? unit;
  const topic = topicPeriod(c, anaphoric);
  if (topic) return { value: topic, explanation: 'the quarter under discussion' };
  let value: string | null = null;
  if (anaphoric && spec.shift === 1 && unit === 'Y') {
    // `a year earlier` compares with the period under discussion, at its granularity.
    const base = (yearJustNamed(c) ? null : c.anchors.lastQuarter) ?? (c.anchorKind === 'narrative' ? c.anchors.last : null);
    if (base) value = shiftYearsKeep(base, n);
  }
  // `Six weeks later`, `forty days later` after a mention of a month: a month or more on from the middle of it, told
  // as a month (no day to count from, but the month is plain).
  if (!value && storyClockTooCoarse(c, unit)) {
    const month = /^(\d{4})-(\d{2})$/.exec(c.anchors.last!);
    const days = unit === 'W' ? n * 7 : unit === 'D' ? n : 0;
    if (month && Math.abs(days) >= 28) {
      const mid = addDays({ y: Number(month[1]), m: Number(month[2]), d: 15 }, days);
      const amount = Math.abs(n);
      return { value: `${pad4(mid.y)}-${pad2(mid.m)}`, explanation: `the month ${amount} ${unitWord}s ${n < 0 ? 'before' : 'after'} the middle of ${c.from} (which names no day)` };
    }
  }
  // `that day`, `two days later` after a mention of only a year or a month: no day to count from.
  if (!value && storyClockTooCoarse(c, unit)) {
    return { value: null, explanation: `the ${unitWord} cannot be counted from ${c.from}, which names no ${unitWord}` };
  }
  // `A decade later` after a year (or a finer date) is ten years after it, a year; after a century, a decade.
  if (!value && spec.elapsed && n !== 0 && c.anchorKind === 'narrative' && /^(?:BC)?\d{4}/.test(c.anchors.last!)) value = pad4(c.anchorDay.y + n * (unit === 'CE' ? 100 : 10));
  // Hours, minutes and seconds away from a publication time: that time (`12 hours ago`, said at 12:14, is 00:14); from
  // the story's last time, that time (`40 minutes later`, after 08:43, is 09:23).
  // Counted from the publication itself when the story has stated no time yet (`5 minutes later`, said at 10:00).
  const clock = anaphoric ? storyClockShift(c, unit, n) ?? clockShift(c, unit, n) : clockShift(c, unit, n);
  if (!value && clock) return clock;
  // `the turn of the century` after 1994 is the turn at 2000, the start of the century nearest the year.
  if (!value && spec.turn && n === 0) {
    const y = (c.anchorKind === 'narrative' && c.lastDay ? c.lastDay : c.anchorDay).y;
    if (y >= 0) return { value: pad2(Math.round(y / 100)), explanation: `the turn of the century nearest ${c.from}` };
  }
  // `the following weekend` after a weekday is that week's weekend, the first one after it.
  if (!value && anaphoric && unit === 'WE' && n === 1 && isoWeekday(c.anchorDay) <= 5) value = shifted(c.anchorDay, 'WE', 0);
  // A day or more of hours away from a day: the day they reach (`Forty-eight hours later` after the night of the 17th
  // is the 19th); fewer hours or minutes away from a day: that day.
  if (!value && unit === 'H' && Math.abs(n) >= 24) value = formatYmd(addDays(c.anchorDay, Math.trunc(n / 24)));
  value ??= shifted(c.anchorDay, unit, n) ?? formatYmd(c.anchorDay);
  const amount = Math.abs(n);
  const explanation = n === 0 ? `the ${unitWord} of ${c.from}` : `${amount} ${amount === 1 ? unitWord : unitWord.replace(/([^aeiou])y$/, '$1ie')}${amount === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} ${c.from}`;
  return { value, explanation };
};

const SECONDS_IN: Readonly<Record<string, number>> = { H: 3600, MIN: 60, S: 1 };

/**
 * `three hours ago`, `90 minutes ago` from a publication date that states its time: the time that far back, to the
 * minute (to the second when seconds are counted or stated). Null when the unit is a calendar one or no time is known.
 */
function clockShift(c: ResolveContext, unit: string, n: number): Resolved | null {
  const clock = c.anchors.docClock;
  if (clock == null || !c.anchors.doc || c.anchorKind !== 'document-date') return null;
  return timeAway(c.anchors.doc, clock, unit, n, `the time of ${c.from}`);
}

const STATED_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * `40 minutes later`, `two hours earlier`: that far from the time the story last stated (`2026-03-03T08:43`), in its
 * zone (`six hours later` after `1800 UTC on August 22` is `...T00:00Z`), or null.
 */
function storyClockShift(c: ResolveContext, unit: string, n: number): Resolved | null {
  const m = c.anchors.last ? STATED_CLOCK.exec(c.anchors.last) : null;
  const day = m ? parseYmd(m[1]!) : null;
  if (!m || !day) return null;
  const r = timeAway(day, Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0), unit, n, `the last mentioned time (${c.anchors.last})`);
  return r && m[5] ? { ...r, value: r.value + m[5] } : r;
}

/** The time `n` units (hours, minutes, seconds) from `clock` seconds into `day`, or null for other units. */
function timeAway(from: Ymd, clock: number, unit: string, n: number, what: string): Resolved | null {
  const size = SECONDS_IN[unit];
  if (size === undefined) return null;
  const at = clock + n * size;
  const day = addDays(from, Math.floor(at / 86_400));
  const secs = ((at % 86_400) + 86_400) % 86_400;
  const hm = `${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}`;
  const withSeconds = unit === 'S' || secs % 60 !== 0;
  const amount = Math.abs(n);
  return {
    value: `${formatYmd(day)}T${hm}${withSeconds ? `:${pad2(secs % 60)}` : ''}`,
    explanation: `${amount} ${UNIT_WORD[unit] ?? 'second'}${amount === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} ${what}`,
  };
}

/** Days ahead of its anchor within which a day of the month told in the past is still that month's. */
const DAYS_AHEAD_NOT_PAST = 2;

/**
 * `the 9th`: that day of the anchor's month; from the publication date, the month before or after when the clause's
 * tense says so (`police said on the 28th`, written on 3 November: 28 October) or, with no tense, when that day lies
 * nearer (`your note of the 28th`).
 */
const ordinalDay: Resolver = (c) => {
  const { anchorDay: a, tense } = c;
  const day = c.spec.day!;
  const inMonth = (m: Ymd): Ymd | null => (isValidYmd(m.y, m.m, day) ? { y: m.y, m: m.m, d: day } : null);
  const here = inMonth(a);
  let pick = here;
  let note = '';
  const monthAway = (n: number): Ymd | null => inMonth(addMonths({ y: a.y, m: a.m, d: 1 }, n));
  if (c.spec.shift !== undefined) {
    // `the 20th ult.`, `the 1st inst.`: the month is said.
    pick = monthAway(c.spec.shift);
    note = c.spec.shift < 0 ? ', last month (ult.)' : c.spec.shift > 0 ? ', next month (prox.)' : ', this month (inst.)';
  } else if (c.spec.dow !== undefined) {
    // `Monday 7th`: the month nearest the anchor's where that day is that weekday.
    const fits = [here, monthAway(-1), monthAway(1), monthAway(-2), monthAway(2)].filter((x): x is Ymd => x !== null && isoWeekday(x) === c.spec.dow);
    if (fits[0]) [pick, note] = [fits[0], `, the month where it falls on a ${WEEKDAY_NAMES[c.spec.dow]}`];
  } else if (c.anchorKind !== 'narrative') {
    const before = inMonth(addMonths({ y: a.y, m: a.m, d: 1 }, -1));
    const after = inMonth(addMonths({ y: a.y, m: a.m, d: 1 }, 1));
    const gap = (x: Ymd | null): number => (x ? daysFromCivil(x.y, x.m, x.d) - daysFromCivil(a.y, a.m, a.d) : NaN);
    // (A day just ahead of the anchor is not sent back a month: `16th Nov. ... Draft arrived on the 17th`, an entry written up
    // after its heading's day, or a story dated the day before it was filed.)
    if (here && tense === 'past' && gap(here) > DAYS_AHEAD_NOT_PAST && before) [pick, note] = [before, ', the month before: the clause tells the past'];
    else if (here && tense === 'future' && gap(here) < 0 && after) [pick, note] = [after, ', the month after: the clause looks ahead'];
    else if (here && tense === 'unknown' && gap(here) > 15 && before && gap(before) >= -15) [pick, note] = [before, ', the month before: that day lies nearer'];
  }
  if (!pick) return { value: null, explanation: `no day ${day} in the month of ${c.from}` };
  return { value: formatYmd(pick), explanation: `day ${day} of the month of ${c.from}${note}` };
};

/** A part of the day or a clock time: `On Tuesday the meeting started at 9 a.m.` takes the day its sentence named. */
const CLOCK_HOUR = /^T(\d{2}):(\d{2})$/;
/**
 * `On the night of the 14th, shortly before eleven o'clock`: a clock hour said with no half of the day, from six to
 * eleven, on an evening or a night just named is the evening's (`T23:00`); null otherwise.
 */
function eveningHour(spec: Spec, last: string): string | null {
  const hm = spec.halfOpen ? CLOCK_HOUR.exec(spec.time ?? '') : null;
  if (!hm || !/T(?:EV|NI)$/.test(last)) return null;
  const h = Number(hm[1]);
  return h >= 6 && h <= 11 ? `T${pad2(h + 12)}:${hm[2]}` : null;
}

const timeOfDay: Resolver = (c) => {
  if (c.anchors.noDayInSentence) return { value: null, explanation: 'a time of day in a sentence that names a recurrence or a period, not a day' };
  // `In October 2019 we ... That evening`: on a story clock that names no day, no day can be given to the time.
  if (storyClockTooCoarse(c, 'D')) {
    return { value: null, explanation: `a time of day told after ${c.anchors.last}, which names no day` };
  }
  const last = c.anchors.last;
  // `at 4 a.m. on a Tuesday in March 2016 ... By dawn, 340 jobs were gone`: a past time in the scene of a time told on
  // no known day belongs to that day, not to the publication day.
  if (c.tense === 'past' && c.anchors.daylessScene) return { value: null, explanation: 'a time of day in the scene of one told on no known day' };
  const lastIsDay = last !== null && DAY_OR_BC_DAY_START.test(last);
  // (The day of it as written, `2022-01-07` or `BC0212-03-17`.)
  const lastDayText = last === null ? '' : last.slice(0, last.startsWith('BC') ? 12 : 10);
  // `polls closed at 10pm on Thursday ... a recount in the early hours`: the small hours after a night are the next day's.
  // ... and so is a clock time before six after a night named (`On the night of 14/15 April ... ashore by 0140`).
  // (A night the text dated itself, not `tonight` or `last night`, which a quote may say of another night.)
  const smallHours = c.spec.kind === 'clock' && /^T0[0-5]:/.test(c.spec.time ?? '') && lastIsDay && /TNI$/.test(last!) && c.anchors.lastNightDated === true;
  // (So are the small hours a span runs on until from a day just named: `danced on Friday until the small hours`.)
  // (... and so is the first light after a night: `struck a mine on the night of the 23rd ... afloat until dawn`.)
  const early = c.spec.kind === 'pod' && c.spec.time === 'TMO' && (c.spec.mod === 'START' || c.spec.daybreak === true) && lastIsDay;
  const nextDay = (early && (/T(?:EV|NI|1[89]|2\d)/.test(last!) || (c.anchors.spanEnd && c.anchors.lastNear === true))) || smallHours ? 1 : 0;
  const after = nextDay ? ', the small hours after its night' : '';
  const sameDay = c.anchors.lastInSentence && lastIsDay ? c.lastDay : null;
  if (sameDay) {
    const evening = eveningHour(c.spec, last!);
    if (evening && !nextDay) return { value: `${formatYmd(sameDay)}${evening}`, explanation: `time on the day named earlier in the sentence (${lastDayText}), the evening's hour of that ${last!.endsWith('TNI') ? 'night' : 'evening'}` };
    return { value: formatYmd(addDays(sameDay, nextDay)), explanation: `time on the day named earlier in the sentence (${lastDayText})${after}` };
  }
  // `I was woken at four in the morning`, told after the story has named last Tuesday: the story's day, not publication.
  const doc = c.anchors.doc;
  if (lastIsDay && c.lastDay && doc) {
    const back = daysFromCivil(doc.y, doc.m, doc.d) - daysFromCivil(c.lastDay.y, c.lastDay.m, c.lastDay.d);
    // `The incident happened on 3 March. The aircraft departed at 0915`, `Thursday brings rain. It spreads east
    // during the afternoon`, `The quartet plays on Saturday 21 November. Doors open at 7pm`: a day named in the sentence
    // before, on the side of publication the clause's tense looks to (a present tense, a schedule's, looks ahead with it).
    const near = c.anchors.lastNear && ((c.tense === 'past' && back > 0) || (c.tense !== 'past' && !c.anchors.lineStamp && !c.anchors.presentCopula && back < 0 && c.anchors.lastAlone));
    // (So is one told in the past after two or more dates of a past long before publication: `the afternoon of the
    // 14th ... which arrived at 4:10 a.m.` in a column telling a night of 1912.)
    if (near || (c.tense === 'past' && back > 0 && (back <= 7 || (c.anchors.pastRun ?? 0) >= 2))) {
      return { value: formatYmd(addDays(c.lastDay, nextDay)), explanation: `time on the day the story last named (${lastDayText}), in a ${c.tense}-tense clause${after}` };
    }
  }
  if (nextDay && c.anchorKind === 'narrative') return { value: formatYmd(addDays(c.anchorDay, 1)), explanation: `time in the small hours or at first light after the night of ${c.from}` };
  return { value: formatYmd(c.anchorDay), explanation: `time on the day of ${c.from}` };
};

/** The resolver of each kind of relative expression (`abs` values need none). */
export const RESOLVERS: Readonly<Record<Exclude<SpecKind, 'abs'>, Resolver>> = {
  md: monthDay,
  month,
  season,
  quarter,
  weekday,
  deictic: offset(false),
  anaphoric: offset(true),
  ordday: ordinalDay,
  pod: timeOfDay,
  clock: timeOfDay,
};
