/**
 * The resolver: turns an underspecified Spec into a TimeML value, given the anchors known at that
 * point of the text. Pure: same spec and anchors, same answer; never reads the machine clock.
 */
import type { AnchorKind, Tense, TimexType } from '../model/types.js';
import {
  type Ymd, addDays, addMonths, daysInMonth, easterSunday, formatWeek, formatYmd, fromDate, isoWeekday, nthWeekdayOfMonth, pad2, pad4, parseYmd,
} from './calendar.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from './lexicon.js';
import { precisionOfValue, valueStartTime } from '../model/timex-value.js';
import type { Spec } from './spec.js';

export interface Anchors {
  /** Publication date (or the reference date), day precision. */
  doc: Ymd | null;
  /** How the document date was obtained, for explanations. */
  docLabel: string;
  /** Last mentioned calendar value in the text before this expression. */
  last: string | null;
  /** Its first day (cached by setLastMentioned). */
  lastDay?: Ymd | null;
  /** The last mentioned value was in the same sentence as this expression. */
  lastInSentence: boolean;
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
}

export interface Resolution {
  value: string;
  type: TimexType;
  anchor: AnchorKind;
  anchorValue?: string;
  explanation: string;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_NAME: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

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
  anchors.last = value;
  anchors.lastDay = firstDayOf(value);
}

/** Year for a month (and day) without one: direction from `shift`, else from tense, else nearest. */
function yearFor(anchor: Ymd, month: number, day: number, shift: number | undefined, tense: Tense): number {
  const a = anchor.m * 100 + anchor.d;
  const t = month * 100 + day;
  if (shift === 0) return anchor.y;
  if (shift !== undefined && shift < 0) return t < a && month !== anchor.m ? anchor.y : anchor.y - 1;
  if (shift !== undefined && shift > 0) return t > a && month !== anchor.m ? anchor.y : anchor.y + 1;
  const here = Date.UTC(2000, anchor.m - 1, anchor.d);
  const there = Date.UTC(2000, month - 1, day);
  const diff = (there - here) / 86_400_000;
  // Tense picks the direction only when the date is far from the anchor; close dates keep its year.
  // News mostly reports the past: without a future cue, a month far ahead belongs to last year.
  if (tense === 'past') return diff > 150 ? anchor.y - 1 : anchor.y;
  if (tense === 'future') return t < a && month !== anchor.m ? anchor.y + 1 : anchor.y;
  // Present tense (`the Cup starts in November`) looks ahead or at now, not back a year.
  if (tense === 'present') return diff < -183 ? anchor.y + 1 : anchor.y;
  // Unknown tense: the nearest such day.
  if (diff > 183) return anchor.y - 1;
  if (diff < -183) return anchor.y + 1;
  return anchor.y;
}

function weekdayDate(anchor: Ymd, dow: number, shift: number | undefined, tense: Tense): Ymd {
  const today = isoWeekday(anchor);
  const back = (today - dow + 7) % 7; // days back to the most recent one on or before the anchor
  const fwd = (dow - today + 7) % 7; // days ahead to the next one on or after
  if (shift === 0) return addDays(anchor, dow - today);
  if (shift !== undefined && shift < 0) return addDays(anchor, -(back || 7));
  if (shift !== undefined && shift > 0) return addDays(anchor, fwd || 7);
  if (tense === 'past') return addDays(anchor, -back);
  if (tense === 'future') return addDays(anchor, fwd);
  return back <= fwd ? addDays(anchor, -back) : addDays(anchor, fwd);
}

/** Value of the period `n` units away from a day, at that unit's granularity. */
function shifted(day: Ymd, unit: string, n: number): string | null {
  switch (unit) {
    case 'D': return formatYmd(addDays(day, n));
    case 'W': return formatWeek(addDays(day, 7 * n));
    case 'WE': return `${formatWeek(addDays(day, 7 * n))}-WE`;
    case 'FN': return formatWeek(addDays(day, 14 * n));
    case 'M': { const x = addMonths(day, n); return `${pad4(x.y)}-${pad2(x.m)}`; }
    case 'Q': { const x = addMonths(day, 3 * n); return `${pad4(x.y)}-Q${Math.ceil(x.m / 3)}`; }
    case 'Y': return pad4(day.y + n);
    case 'DE': return String(Math.floor(day.y / 10) + n);
    case 'CE': return pad2(Math.floor(day.y / 100) + n);
    default: return null;
  }
}
const UNIT_WORD: Record<string, string> = { D: 'day', W: 'week', WE: 'weekend', FN: 'fortnight', M: 'month', Q: 'quarter', Y: 'year', DE: 'decade', CE: 'century', H: 'hour', MIN: 'minute' };

/**
 * The year of a month (or a season starting in month `first`) told from the story's last date `ref`
 * (`last`, its value): that one of its year (0), the first one after it (+1), the last one before it (-1).
 * After a year alone, `the following spring` lies after the whole year.
 */
function storyYear(ref: Ymd, last: string | null, first: number, anaphor: number): number {
  const at = ref.y * 12 + ref.m - 1;
  const end = last && /^\d{4}$/.test(last) ? ref.y * 12 + 11 : at;
  let y = ref.y;
  if (anaphor > 0) while (y * 12 + first - 1 <= end) y++;
  if (anaphor < 0) while (y * 12 + first - 1 >= at) y--;
  return y;
}
const storyRelation = (anaphor: number): string => (anaphor === 0 ? 'of the year of' : anaphor > 0 ? 'after' : 'before');

/** Shifts a value by n years keeping its granularity (`2022-Q3` -> `2021-Q3`). */
export function shiftYearsKeep(value: string, n: number): string | null {
  const m = /^(\d{4})(-.*)?$/.exec(value);
  if (!m) return null;
  const rest = m[2] ?? '';
  const y = Number(m[1]) + n;
  if (/^-\d{2}-\d{2}/.test(rest) && rest.slice(1, 6) === '02-29') return `${pad4(y)}-02-28`;
  return `${pad4(y)}${rest.replace(/^(-\d{2}-\d{2}).*$/, '$1').replace(/^-W\d{2}.*$/, '')}`;
}

/** Whether a mentioned value is too coarse to count `unit`s from (`1987` for `that day`). */
function tooCoarseFor(value: string, unit: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}/.test(value);
  if (unit === 'D' || unit === 'H' || unit === 'MIN' || unit === 'S') return !day;
  if (unit === 'W' || unit === 'WE' || unit === 'FN') return !day && !/^\d{4}-W\d{2}/.test(value);
  return false;
}

function unresolvedValue(spec: Spec): string {
  switch (spec.kind) {
    case 'md': return `XXXX-${pad2(spec.month!)}-${pad2(spec.day!)}`;
    case 'month': return `XXXX-${pad2(spec.month!)}`;
    case 'season': return `XXXX-${spec.season}`;
    case 'quarter': return spec.half ? `XXXX-H${spec.half}` : `XXXX-Q${spec.q}`;
    case 'weekday': return `XXXX-WXX-${spec.dow}`;
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

function withTime(value: string, spec: Spec): string {
  if (!spec.time) return value;
  return /^[\dX]{4}-[\dX]{2}-[\dX]{2}$/.test(value) ? value + spec.time : value;
}

const TENSE_WORD: Record<Tense, string> = { past: 'past-tense', future: 'future-tense', present: 'present-tense', unknown: '' };

export function resolveSpec(input: Spec, anchors: Anchors, tense: Tense): Resolution {
  let spec = input;
  if (spec.weekSpec && spec.dow !== undefined) {
    // `Tuesday of next week`: that weekday of the week named.
    const week = resolveSpec(spec.weekSpec, anchors, tense);
    const monday = /^\d{4}-W\d{2}$/.test(week.value) ? firstDayOf(week.value) : null;
    if (monday) {
      const day = addDays(monday, spec.dow - 1);
      return { ...week, type: spec.time ? 'TIME' : 'DATE', value: withTime(formatYmd(day), spec), explanation: `${WEEKDAY_NAMES[spec.dow]} of ${week.explanation}` };
    }
    spec = { ...spec, weekSpec: undefined };
  }
  if (spec.yearSpec) {
    const y = /^(\d{4})/.exec(resolveSpec(spec.yearSpec, anchors, tense).value);
    spec = { ...spec, yearSpec: undefined, year: y ? Number(y[1]) : undefined };
  }
  if (spec.kind === 'quarter' && spec.q === undefined && !spec.half) {
    const q = /Q(\d)$/.exec(anchors.lastQuarter ?? (anchors.doc ? shifted(anchors.doc, 'Q', -1) ?? '' : ''));
    spec = { ...spec, q: q ? Number(q[1]) : 1 };
  }
  const type: TimexType = spec.time && spec.type === 'DATE' ? 'TIME' : spec.type;
  if (spec.kind === 'abs') {
    return { value: withTime(spec.value!, spec), type, anchor: 'none', explanation: explainAbs(spec) };
  }
  const anaphoric = spec.kind === 'anaphoric';
  const lastDay = anchors.lastDay !== undefined ? anchors.lastDay : anchors.last ? firstDayOf(anchors.last) : null;
  // Which anchor: the story's own clock for anaphora (and in narrative mode), else the publication date.
  // A news story whose publication date is unknown leaves `on Wednesday` unresolved rather than on a flashback's clock.
  let useNarrative = anaphoric || anchors.mode === 'narrative' || (!anchors.doc && anchors.mode !== 'news');
  // A bare month right after a year in the same sentence belongs to that year (`in 2011 ... in March`);
  // in a text told in story time, a bare month, season or day belongs to the year the story has reached
  // (`In 1871 ... In March ... on 14 June`), as long as the story stays away from the present.
  if (!anaphoric && anchors.doc && lastDay && anchors.mode !== 'news' && (anchors.lastInSentence ? Math.abs(lastDay.y - anchors.doc.y) > 1 : anchors.doc.y - lastDay.y > 1)
    && spec.shift === undefined && spec.n === undefined && spec.year === undefined && spec.anaphor === undefined
    && ((anchors.lastInSentence && (spec.kind === 'month' || spec.kind === 'season') && /^\d{4}$/.test(anchors.last ?? ''))
      || (anchors.story && !anchors.presentTold && tense !== 'future' && tense !== 'present' && (spec.kind === 'month' || spec.kind === 'season' || (spec.kind === 'md' && !spec.nthWeekday && spec.easter === undefined))))) {
    useNarrative = true;
    // ... and that very year: tense must not move it to the year before (`in 2022 ... in October`).
    spec = { ...spec, year: lastDay.y };
  }
  let anchorDay = useNarrative ? (lastDay ?? anchors.doc) : anchors.doc;
  let anchorKind: AnchorKind = useNarrative && lastDay ? 'narrative' : 'document-date';
  const anchorValue = anchorKind === 'narrative' ? anchors.last! : anchorDay ? formatYmd(anchorDay) : undefined;
  if (!anchorDay) {
    return { value: withTime(unresolvedValue(spec), spec), type, anchor: 'unresolved', explanation: 'relative expression with no known anchor date, left unresolved' };
  }
  const from = anchorKind === 'narrative' ? `the last mentioned date (${anchorValue})` : anchors.docLabel;
  const tenseWord = TENSE_WORD[tense];
  const inA = tenseWord ? ` (${tenseWord} clause)` : '';
  let value: string | null = null;
  let explanation = '';
  switch (spec.kind) {
    case 'md': {
      let y = spec.year ?? yearFor(anchorDay, spec.month!, spec.day!, spec.shift, tense);
      if (spec.easter !== undefined) {
        // A movable feast: its day counts from that year's Easter Sunday.
        const day = addDays(easterSunday(y), spec.easter);
        spec = { ...spec, month: day.m, day: day.d };
        y = day.y;
      }
      if (spec.nthWeekday) {
        // A floating holiday (`Thanksgiving`): its day depends on the year just chosen.
        const { n, dow, after } = spec.nthWeekday;
        spec = { ...spec, day: nthWeekdayOfMonth(y, spec.month!, dow, n, after) };
      }
      if (spec.month === 2 && spec.day === 29 && daysInMonth(y, 2) === 28 && spec.year === undefined) {
        // `Feb. 29` exists only in leap years: the nearest one in the clause's direction.
        const step = tense === 'future' || (spec.shift ?? 0) > 0 ? 1 : -1;
        while (daysInMonth(y, 2) === 28) y += step;
      }
      if (spec.dow) {
        // A stated weekday fixes the year: the nearest year where the date falls on it.
        const fits = [y, y - 1, y + 1].filter((yy) => isoWeekday({ y: yy, m: spec.month!, d: spec.day! }) === spec.dow);
        if (fits.length) y = fits[0]!;
      }
      value = `${pad4(y)}-${pad2(spec.month!)}-${pad2(spec.day!)}`;
      explanation = `${MONTH_NAMES[spec.month!]} ${spec.day} in the year given by ${from}${inA}`;
      break;
    }
    case 'month': {
      if (spec.anaphor !== undefined && spec.year === undefined) {
        // From the story's last date: that month of its year, the first one after it, or the last one before it.
        value = `${pad4(storyYear(lastDay ?? anchorDay, anchors.last, spec.month!, spec.anaphor))}-${pad2(spec.month!)}`;
        explanation = `${MONTH_NAMES[spec.month!]} ${storyRelation(spec.anaphor)} ${lastDay ? `the last mentioned date (${anchors.last})` : from}`;
        break;
      }
      let y = spec.year ?? yearFor(anchorDay, spec.month!, 15, spec.shift, tense);
      if (spec.unit === 'Y') y = anchorDay.y + (spec.n ?? 0);
      value = `${pad4(y)}-${pad2(spec.month!)}`;
      explanation = `${MONTH_NAMES[spec.month!]} of the year given by ${from}${inA}`;
      if (spec.weekOfMonth) {
        // As ISO weeks belong to the month of their Thursday: the week of the month's nth (or last) Thursday.
        const day = nthWeekdayOfMonth(y, spec.month!, 4, spec.weekOfMonth);
        if (day >= 1 && day <= daysInMonth(y, spec.month!)) {
          value = formatWeek({ y, m: spec.month!, d: day });
          explanation = `the ISO week of ${MONTH_NAMES[spec.month!]} ${day} (a Thursday) in the year given by ${from}${inA}`;
        }
      }
      break;
    }
    case 'season': {
      const start = SEASON_START[spec.season!]!;
      if (spec.anaphor !== undefined && spec.year === undefined) {
        // From the story's last date: that season of its year, the first one after it, or the last one before it.
        value = `${pad4(storyYear(lastDay ?? anchorDay, anchors.last, start, spec.anaphor))}-${spec.season}`;
        explanation = `${SEASON_NAME[spec.season!]} ${storyRelation(spec.anaphor)} ${lastDay ? `the last mentioned date (${anchors.last})` : from}`;
        break;
      }
      let y = spec.year ?? yearFor(anchorDay, start, 15, spec.shift, tense);
      // Winter that began last December is still this winter in January and February.
      if (spec.season === 'WI' && anchorDay.m <= 2 && spec.shift !== 1) y = Math.min(y, anchorDay.y - 1);
      value = `${pad4(y)}-${spec.season}`;
      explanation = `${SEASON_NAME[spec.season!]} of the year given by ${from}${inA}`;
      break;
    }
    case 'quarter': {
      if (spec.half) {
        const y = spec.year ?? anchorDay.y;
        value = `${pad4(y)}-H${spec.half}`;
        explanation = `half ${spec.half} of the year of ${from}`;
      } else {
        const month = spec.q! * 3 - 2;
        const y = spec.year ?? (tense === 'past' && month > anchorDay.m ? anchorDay.y - 1 : anchorDay.y);
        value = `${pad4(y)}-Q${spec.q}`;
        explanation = `quarter ${spec.q} of the year given by ${from}${inA}`;
      }
      break;
    }
    case 'weekday': {
      let day = weekdayDate(anchorDay, spec.dow!, spec.shift, tense);
      if (spec.weekend) {
        // `the weekend` on a Sunday is the one under way.
        if (spec.shift === undefined && isoWeekday(anchorDay) === 7 && tense !== 'future') day = addDays(anchorDay, -1);
        value = `${formatWeek(day)}-WE`;
        explanation = `the weekend nearest to ${from}${inA}`;
        break;
      }
      value = formatYmd(day);
      const name = WEEKDAY_NAMES[spec.dow!];
      explanation = spec.shift !== undefined
        ? `${spec.shift < 0 ? 'the last' : spec.shift > 0 ? 'the next' : 'this week\'s'} ${name} relative to ${from}`
        : tense === 'past' ? `most recent ${name} on or before ${from}`
          : tense === 'future' ? `next ${name} on or after ${from}` : `${name} nearest to ${from}`;
      break;
    }
    case 'deictic':
    case 'anaphoric': {
      const unit = spec.unit!;
      const n = spec.n ?? 0;
      // In a report about a quarter, `this quarter` is that quarter and `from ... last year` the same quarter a year before.
      if (!anaphoric && anchors.lastQuarter && ((unit === 'Q' && n === 0) || (unit === 'Y' && n === -1 && spec.comparison))) {
        value = unit === 'Q' ? anchors.lastQuarter : shiftYearsKeep(anchors.lastQuarter, -1);
        if (value) { explanation = 'the quarter under discussion'; break; }
      }
      if (anaphoric && unit === 'Q' && n === 0) {
        // `the quarter`: the quarter the story is about, else the last one completed before publication.
        value = anchors.lastQuarter ?? (anchors.doc ? shifted(anchors.doc, 'Q', -1) : null);
        if (value) { explanation = `the quarter under discussion`; break; }
      }
      if (anaphoric && spec.shift === 1 && unit === 'Y') {
        // `a year earlier` compares with the period under discussion, at its granularity.
        const base = anchors.lastQuarter ?? (anchorKind === 'narrative' ? anchors.last : null);
        if (base) value = shiftYearsKeep(base, n);
      }
      // `that day`, `two days later` after a mention of only a year or a month: no day to count from.
      if (!value && anaphoric && anchorKind === 'narrative' && tooCoarseFor(anchors.last!, unit)) {
        return { value: withTime(unresolvedValue(spec), spec), type, anchor: 'unresolved', explanation: `the ${UNIT_WORD[unit] ?? unit} cannot be counted from ${from}, which names no ${UNIT_WORD[unit] ?? unit}` };
      }
      if (!value) value = shifted(anchorDay, unit, n);
      if (!value) value = formatYmd(anchorDay); // hours/minutes away: the day of the anchor
      const amount = Math.abs(n);
      explanation = n === 0 ? `the ${UNIT_WORD[unit] ?? unit} of ${from}`
        : `${amount} ${UNIT_WORD[unit] ?? unit}${amount === 1 ? '' : 's'} ${n < 0 ? 'before' : 'after'} ${from}`;
      break;
    }
    case 'ordday': {
      value = `${pad4(anchorDay.y)}-${pad2(anchorDay.m)}-${pad2(spec.day!)}`;
      explanation = `day ${spec.day} of the month of ${from}`;
      break;
    }
    case 'pod':
    case 'clock': {
      // `On Tuesday the meeting started at 9 a.m.`: a time takes the day its sentence has named.
      const sameDay = anchors.lastInSentence && anchors.last && /^\d{4}-\d{2}-\d{2}/.test(anchors.last) ? lastDay : null;
      value = formatYmd(sameDay ?? anchorDay);
      explanation = sameDay ? `time on the day named earlier in the sentence (${anchors.last!.slice(0, 10)})` : `time on the day of ${from}`;
      break;
    }
    default:
      value = unresolvedValue(spec);
  }
  if (anchorKind === 'narrative' && !anchors.last) anchorKind = 'document-date';
  // TIMEX3 BC values name years only: a BC month or day (a story set in 44 BC) keeps its year.
  if (value && /^BC\d{4}-/.test(value)) {
    value = value.slice(0, 6);
    explanation += ', kept to its year (TimeML BC values name years)';
  }
  return { value: withTime(value ?? unresolvedValue(spec), spec), type, anchor: anchorKind, anchorValue, explanation };
}

function explainAbs(spec: Spec): string {
  if (spec.type === 'DURATION') return `a duration of ${spec.value}`;
  if (spec.type === 'SET') return `a recurrence every ${spec.value}`;
  if (spec.value === 'PRESENT_REF') return 'a reference to the present';
  if (spec.value === 'PAST_REF') return 'a reference to the past';
  if (spec.value === 'FUTURE_REF') return 'a reference to the future';
  return spec.note ?? 'an absolute date stated in the text';
}
