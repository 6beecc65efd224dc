/**
 * Readings that take an expression before the resolver does, because its place in the text says what it is:
 * a chapter list's offsets, a count of days, `that date`, months of a recurring year, an undated `Today`, a
 * timeline's stamps on its incident's day. Each is one row: a name and a reader that answers with a resolution,
 * with `NO_DATE` (the expression is no date of the text), or with null (the row does not apply). The first row
 * that answers wins; with none, `resolveSpec` reads the expression.
 */
import { type Ymd, addDays, formatYmd, isValidYmd, isoWeekday, pad2, parseYmd, toDate } from './calendar.js';
import { timexValueToInterval } from '../model/timex-value.js';
import { RANGE_JOINS, WEEKDAY_NAMES, WEEKDAYS } from './lexicon.js';
import { type Resolution, resolveSpec, setLastMentioned } from './resolve.js';
import type { Recognized } from './recognize.js';
import type { Spec } from './spec.js';
import { definesRecurringPeriod } from './recurring-period.js';
import { unresolvedValue } from './resolvers.js';
import { LAST_AS_FINAL_AFTER } from './tense.js';
import type { ItemAt, TagPass } from './tag-pass.js';

/** Prepositions before a four-figure clock (`at 1120`, `until 1400`); words that may hedge it (`until about 1400`). */
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'to']);
const CLOCK_HEDGES = new Set(['about', 'around', 'approximately', 'shortly', 'just', 'soon']);

/** The answer of a reading that finds the expression is no date of the text. */
export const NO_DATE = 'no-date';

export interface SpecialReading {
  /** What the row reads, in a few words. */
  readonly name: string;
  readonly read: (pass: TagPass, at: ItemAt) => Resolution | typeof NO_DATE | null;
}

/** A part of day or a clock time a counted day keeps (`the evening of day 1`, `at 4 a.m. on the second day`). */
const COUNTED_DAY_TIME = /^T(?:[A-Z]{2}|\d{2}:\d{2})$/;

/** The value of day `n` of a count whose first day is `first`. */
function dayOfCount(first: Ymd, n: number, time?: string): Resolution {
  const from = formatYmd(first);
  // (`the evening of day 1`: that day's evening; `at 4 a.m. on the second day`: that time of it.)
  // (A BC day keeps no time: the model reads no time after one.)
  const day = addDays(first, n - 1);
  const value = formatYmd(day) + (time && COUNTED_DAY_TIME.test(time) && day.y > 0 ? time : '');
  return { value, type: value.includes('T') ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: from, explanation: `day ${n} of the count of days that starts on ${from}, the day stated before its day 1` };
}

/** Happenings looked up per text (anniversaries, days next to one; each scans the text before it once): a bound that keeps the walk linear. */
const HAPPENING_LOOKUPS = 8;
const STEM = 5;
const DAY_VALUE_START = /^\d{4}-\d{2}-\d{2}/;
const DECADE = /^(\d{3})$/;

/** The first day the text stated, before token `before`, in a sentence holding a word that starts as `topic` does. */
function dayOfHappening(pass: TagPass, topic: string, before: number): Ymd | null {
  const stem = topic.slice(0, STEM);
  const { toks, sent, timexes } = pass;
  // (One walk over the tokens and one over the timexes, both in text order.)
  let k = 0;
  let first = 0;
  for (let j = 0; j < before; j++) {
    if (j > 0 && sent[j] !== sent[j - 1]) first = j;
    const t = toks[j]!;
    if (t.kind !== 'word' || !t.lower.startsWith(stem)) continue;
    let last = j;
    while (last + 1 < toks.length && sent[last + 1] === sent[j]) last++;
    const from = toks[first]!.start;
    const to = toks[last]!.end;
    while (k < timexes.length && timexes[k]!.start < from) k++;
    for (; k < timexes.length && timexes[k]!.start < to; k++) {
      const x = timexes[k]!;
      if (x.end <= to && x.type !== 'SET' && DAY_VALUE_START.test(x.value)) return parseYmd(x.value.slice(0, 10));
    }
    j = last;
  }
  return null;
}

const RANGE_DASH = /^\s{0,2}[-–]\s{0,2}$/;
const RANGE_LOOKBACK = 3;

/** The first day of a range of days the text just stated (`met on 14–15 June`): a scene's day 1. */
function rangeStartDay(pass: TagPass): Ymd | null {
  // (The last day the text stated, past a few later dates that state none: `14–16 September 2027 ... since 2019`.)
  let n = pass.timexes.length;
  while (n > 0 && pass.timexes.length - n < RANGE_LOOKBACK && !DAY_VALUE_START.test(pass.timexes[n - 1]!.value)) n--;
  const [start, end] = [pass.timexes[n - 2], pass.timexes[n - 1]];
  if (!start || !end || !DAY_VALUE_START.test(start.value) || !DAY_VALUE_START.test(end.value) || !RANGE_DASH.test(pass.text.slice(start.end, end.start))) return null;
  return parseYmd(start.value.slice(0, 10));
}

/** Words that open an exception from a list or recurrence (`except`, `excluding`; `but not`, `apart from`, `other than` by their last word). */
const EXCEPTION_WORDS = new Set(['except', 'excluding', 'excepting', 'bar', 'barring', 'save']);
const EXCEPTION_PAIRS: Readonly<Record<string, string>> = { not: 'but', from: 'apart', than: 'other' };
/** Words that may stand between an exception's opening and its weekday, or between the weekdays of its list. */
const EXCEPTION_FILLERS = new Set(['on', 'for', 'and', 'or', ',', 'the']);
/** Words of a recurrence the tagger may not mark by itself (`runs daily except Sunday`). */
const RECURRENCE_WORDS = new Set(['every', 'each', 'daily', 'nightly', 'weekly', 'weekdays', 'always']);
const EXCEPTION_REACH = 8;

/** Whether the weekday at token `from` is excepted (`except Saturday`, `but not on Sunday`, `except Monday and Tuesday`). */
function exceptedWeekday(pass: TagPass, from: number): boolean {
  const { toks, sent } = pass;
  for (let k = from - 1; k >= 0 && k >= from - EXCEPTION_REACH && sent[k] === sent[from]; k--) {
    const w = toks[k]!.lower;
    if (EXCEPTION_WORDS.has(w)) return true;
    const pair = EXCEPTION_PAIRS[w];
    if (pair !== undefined) return toks[k - 1]?.lower === pair;
    if (!EXCEPTION_FILLERS.has(w) && !WEEKDAYS[w]) return false;
  }
  return false;
}

/** Whether the sentence of token `at` names a recurrence before it (a set the tagger found, or a word of one). */
function recurrenceBefore(pass: TagPass, at: number): boolean {
  const s = pass.sent[at]!;
  if (pass.recurring.has(s)) return true;
  for (let k = at - 1; k >= 0 && pass.sent[k] === s; k--) if (RECURRENCE_WORDS.has(pass.toks[k]!.lower)) return true;
  return false;
}

/** Words between two weekdays of a sentence that tell the second happened later (`left on Monday and arrived on Tuesday`). */
const THEN_WORDS = new Set(['and', 'then']);
/** Words between them that tell the order is not the text's (`arrived on Tuesday, having left on Monday`, `and had left`). */
const NOT_IN_ORDER = new Set(['having', 'had', 'after', 'since', 'because', 'when', 'before', 'until', 'till', 'by']);
const IN_ORDER_REACH = 12;

/**
 * The day of the weekday told just before item `k` in its sentence, when the words between them tell a later happening
 * (`left on Monday and arrived on Tuesday`): null otherwise.
 */
function dayOfWeekdayBefore(pass: TagPass, k: number): Ymd | null {
  const prev = pass.items[k - 1];
  const item = pass.items[k]!;
  const last = pass.timexes[pass.timexes.length - 1];
  if (!prev || !last || prev.spec.kind !== 'weekday' || prev.spec.weekend || last.end !== pass.toks[prev.to - 1]!.end || last.type !== 'DATE' && last.type !== 'TIME') return null;
  if (pass.sent[prev.from] !== pass.sent[item.from] || item.from - prev.to > IN_ORDER_REACH) return null;
  let then = false;
  for (let j = prev.to; j < item.from; j++) {
    const w = pass.toks[j]!.lower;
    if (NOT_IN_ORDER.has(w)) return null;
    if (THEN_WORDS.has(w)) then = true;
  }
  return then ? parseYmd(last.value.slice(0, 10)) : null;
}

/** Item `b` ends a range item `a` starts: one joining word between them, in one sentence. */
const joinedRange = (pass: TagPass, a: Recognized | undefined, b: Recognized | undefined): boolean =>
  a !== undefined && b !== undefined && b.from === a.to + 1 && RANGE_JOINS.has(pass.toks[a.to]!.lower) && pass.sent[a.from] === pass.sent[b.from];

/** A weekday named alone: not `next Monday`, `the following Monday`, a weekend, or a day counted from one. */
const bareWeekday = (s: Spec): boolean =>
  s.kind === 'weekday' && s.shift === undefined && s.anaphor === undefined && !s.weekend && s.dow !== undefined && !s.offset && !s.storyPeriod;

/**
 * Whether item `k` is part of a week's hours, `Monday to Friday, 9am to 5pm`: a range of weekdays, then a range of
 * clock times (the first of which may have joined the last weekday: `Friday, 9am`).
 */
function weekdayHoursAt(pass: TagPass, k: number): { first: number; last: number } | null {
  const { items } = pass;
  for (let w = k; w >= 0 && w >= k - 3; w--) {
    const [w1, w2] = [items[w], items[w + 1]];
    if (!w1 || !w2 || !bareWeekday(w1.spec) || !bareWeekday(w2.spec) || w1.spec.time || !joinedRange(pass, w1, w2)) continue;
    // (`Friday, 9am` to `5pm`; or `Friday`, `9am` to `5pm`.)
    const c1 = w2.spec.time ? w2 : items[w + 2];
    const at = w2.spec.time ? w + 1 : w + 2;
    const c2 = items[at + 1];
    if (!c1 || !c2 || c2.spec.kind !== 'clock' || (c1 !== w2 && (c1.spec.kind !== 'clock' || c1.from - w2.to > 1)) || !joinedRange(pass, c1, c2)) continue;
    return k <= at + 1 ? { first: w, last: at + 1 } : null;
  }
  return null;
}

/** Whether the sentence of the week's hours [first, last] names no other date (`Call us Monday to Friday, 9am to 5pm.`). */
function onlyHoursInSentence(pass: TagPass, first: number, last: number): boolean {
  const { items, sent } = pass;
  const s = sent[items[first]!.from]!;
  return (first === 0 || sent[items[first - 1]!.from] !== s) && (last + 1 >= items.length || sent[items[last + 1]!.from] !== s);
}

/** Sentences back from a day count (`The next day`) to the day the text last stated, past an aside into earlier years. */
const ASIDE_REACH = 2;

export const SPECIAL_READINGS: readonly SpecialReading[] = [
  {
    // `Protesters gathered on Thursday evening. The last protest there was in 2019.\n\nThe next day the leader agreed`: a
    // day counted on or back from the story, after an aside into an earlier year or month, counts from the last day the
    // text stated, not from the aside (which names no day, and lies before it).
    name: 'a day counted past an aside into earlier time',
    read: (pass, { item, spec, tense }) => {
      const last = pass.anchors.last;
      const day = pass.lastAnyDay;
      // (Not inside the aside's own sentence: `in August, when she was found the next day` counts from a day of August.)
      if (spec.kind !== 'anaphoric' || spec.unit !== 'D' || !spec.n || !last || !day || DAY_VALUE_START.test(last) || pass.anchors.lastInSentence) return null;
      if (pass.sent[item.from]! - pass.lastAnyDaySentence > ASIDE_REACH) return null;
      const aside = timexValueToInterval(last);
      if (!aside || aside.end.getTime() > toDate(day).getTime()) return null;
      const from = formatYmd(day);
      const r = resolveSpec(spec, { ...pass.anchors, last: from, lastDay: day }, tense);
      return { ...r, explanation: `${r.explanation}: the last day the text stated, past an aside into earlier time (${last})` };
    },
  },
  {
    // `On 2 March 1915 the battalion left on Monday and arrived on Tuesday`: told in the past after another weekday of its
    // sentence and `and`, a weekday is the first such day after that one, not one before it (and not after publication).
    name: 'a weekday told after another in its sentence',
    read: (pass, { k, item, tense, spec }) => {
      const s = spec;
      if (tense !== 'past' || s.kind !== 'weekday' || s.shift !== undefined || s.anaphor !== undefined || s.weekend || s.storyPeriod || s.offset || s.dow === undefined) return null;
      const before = dayOfWeekdayBefore(pass, k);
      if (!before) return null;
      const day = addDays(before, (s.dow - isoWeekday(before) + 7) % 7 || 7);
      if (pass.publication && formatYmd(day) > formatYmd(pass.publication)) return null;
      const value = formatYmd(day);
      return { value: value + (s.time ?? ''), type: s.time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: formatYmd(before), explanation: `the first ${WEEKDAY_NAMES[s.dow]} after ${formatYmd(before)}, the weekday told before it in its sentence` };
    },
  },
  {
    // `The shop is open every day except Saturday`, `Buses run daily but not on Sunday`: a weekday excepted from a
    // recurrence is every such day, not the one nearest publication. (Told in the past, `It rained every day except
    // Saturday`, it may be a day of one week.)
    name: 'a weekday excepted from a recurrence',
    read: (pass, { item, tense }) => {
      const s = item.spec;
      if (tense === 'past' || s.kind !== 'weekday' || s.shift !== undefined || s.anaphor !== undefined || s.weekend || s.dow === undefined || s.offset) return null;
      if (!exceptedWeekday(pass, item.from) || !recurrenceBefore(pass, item.from)) return null;
      // (In a text bound to days ahead, `The festival opens Friday, Aug. 16 ... Music ends at 11 p.m. each night, except
      // Sunday`, the recurrence is the event's: the excepted day is its such day, the first on or after that day.)
      const ahead = pass.weekAhead;
      if (ahead) {
        const day = formatYmd(addDays(ahead, (s.dow - isoWeekday(ahead) + 7) % 7));
        return { value: day + (s.time ?? ''), type: s.time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: day, explanation: `the ${WEEKDAY_NAMES[s.dow]} of the days ahead the text named (from ${formatYmd(ahead)}), excepted from their recurrence` };
      }
      return { value: `XXXX-WXX-${s.dow}${s.time ?? ''}`, type: 'SET', anchor: 'unresolved', explanation: 'every such day: a weekday excepted from a recurrence' };
    },
  },
  {
    // `The offices are open Monday to Friday, 9am to 5pm`, `Lines are open Monday–Saturday, 8am–8pm`: a week's hours,
    // told in the present, are every such day and time, not the days nearest publication. (Told ahead or in the past,
    // `The road will be closed Monday to Friday, 9am to 3pm, next week`, they are days of one week.)
    name: 'a week\'s hours',
    read: (pass, { k, item, tense }) => {
      const s = item.spec;
      // (A clock time goes with the days before it, whatever its own clause's tense: `will be closed Monday to Friday, 9am
      // to 5pm` is one week's.)
      if (s.kind !== 'weekday' && s.kind !== 'clock') return null;
      const hours = weekdayHoursAt(pass, k);
      if (!hours) return null;
      // (... and so does a plan or a request with no other date in its sentence: `Anyone with information is asked to call,
      // Monday through Friday, 8 a.m. to 5 p.m.`)
      const lastTimex = pass.timexes[pass.timexes.length - 1];
      const daysRead = s.kind === 'clock' ? lastTimex?.type === 'SET' : tense === 'present' || tense === 'unknown' || (tense === 'future' && onlyHoursInSentence(pass, hours.first, hours.last));
      if (!daysRead) return null;
      const value = s.kind === 'weekday' ? `XXXX-WXX-${s.dow}${s.time ?? ''}` : `XXXX-XX-XX${s.time ?? ''}`;
      return { value, type: 'SET', anchor: 'unresolved', explanation: 'every such day or time: the hours of a week, told in the present' };
    },
  },
  {
    // `born in Norwich on 11 July 1903 ... At nineteen she took a job ... two years later`: an age is no date of the
    // text, but once a birth year is known it is where a biography has reached (1922), and what `two years later` counts from.
    name: 'an age on a biography\'s clock',
    read: (pass, { item }) => {
      const age = item.spec.age;
      if (age === undefined) return null;
      const birth = pass.birthYear;
      if (birth === null) return NO_DATE;
      // (Not in a sentence that has told another date than the birth: `She died on 9 March 1861, at the age of 61`
      // describes that date.)
      const told = pass.anchors.lastInSentence && !(pass.anchors.last ?? '').startsWith(String(birth).padStart(4, '0'));
      if (!told) setLastMentioned(pass.anchors, String(birth + age).padStart(4, '0'));
      return NO_DATE;
    },
  },
  {
    // `A violent earthquake struck on April 18, 1911 ... unveiled on the twenty-fifth anniversary of the earthquake`: that
    // day so many years on, from the first day the text stated in a sentence that names the happening.
    name: 'an anniversary of a day the text stated',
    read: (pass, { item }) => {
      const a = item.spec.anniversary;
      if (!a) return null;
      if (!a.topic || pass.happeningsLookedUp >= HAPPENING_LOOKUPS) return NO_DATE;
      pass.happeningsLookedUp++;
      const day = dayOfHappening(pass, a.topic, item.from);
      if (!day) return NO_DATE;
      const y = day.y + a.n;
      // (29 February, a leap day, keeps its anniversaries on the 28th in common years.)
      const d = day.m === 2 && day.d === 29 && !isValidYmd(y, 2, 29) ? 28 : day.d;
      const value = formatYmd({ y, m: day.m, d });
      return { value, type: 'DATE', anchor: 'narrative', anchorValue: formatYmd(day), explanation: `${a.n} years after ${formatYmd(day)}, the day the text stated for the ${a.topic}` };
    },
  },
  {
    // `The plane crashed on 3 May 2019 ... The day after the crash`: the day next to the first day the text stated in a
    // sentence naming the happening (bounded as anniversaries are).
    name: 'a day next to a happening the text dated',
    read: (pass, { item }) => {
      const h = item.spec.nextToHappening;
      if (!h) return null;
      if (pass.happeningsLookedUp >= HAPPENING_LOOKUPS) return NO_DATE;
      pass.happeningsLookedUp++;
      const day = dayOfHappening(pass, h.topic, item.from);
      if (!day) return NO_DATE;
      const value = formatYmd(addDays(day, h.n)) + (h.time ?? '');
      return { value, type: h.time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: formatYmd(day), explanation: `the day ${h.n > 0 ? 'after' : 'before'} ${formatYmd(day)}, the day the text stated for the ${h.topic}` };
    },
  },
  {
    // `00:00 – Cold open`, `02:15 – ...`: a podcast's or a video's chapter list gives offsets into the recording, no times.
    name: 'a chapter list\'s stamps',
    read: (pass) => (pass.anchors.lineStamp && pass.chapterMarks ? NO_DATE : null),
  },
  {
    // `Day 1.`, `Day 3.`: a count of days from the day the text stated last before its first day; without one, no date.
    // (A count begins at a `Day 1` heading, or at `(day 1)` right after a date: `on 11 August 2024 (day 1)`.)
    name: 'a count of days',
    read: (pass, { item, k }) => {
      const count = item.spec.dayCount;
      if (!count) return null;
      // (An ordinal day of a scene, `On the third day`, counts from the day the text stated last.)
      if (count.ordinal) {
        const first = pass.dayOne ?? rangeStartDay(pass) ?? pass.lastStatedDay;
        return first ? dayOfCount(first, count.n, item.spec.time) : NO_DATE;
      }
      const before = pass.items[k - 1];
      if (count.n === 1 && (count.heading || (before !== undefined && item.from - before.to <= 1 && pass.lastStatedDay !== null))) pass.dayOne = pass.lastStatedDay;
      return pass.dayOne ? dayOfCount(pass.dayOne, count.n, item.spec.time) : NO_DATE;
    },
  },
  {
    // `that date`: the day the text stated last, unless the story's last date is finer than a day's.
    name: 'the day the text last stated',
    read: (pass, { item }) => {
      const day = pass.lastAnyDay;
      if (!item.spec.statedDay || !day || /^\d{4}-\d{2}-\d{2}/.test(pass.anchors.last ?? '')) return null;
      // (`At 11:40 a.m. the same day`: with the time it was told at.)
      const time = item.spec.time ?? '';
      return { value: formatYmd(day) + time, type: time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: formatYmd(day), explanation: `the day the text last stated (${formatYmd(day)})` };
    },
  },
  {
    // `In the 1860s ... by the turn of the century`: the turn nearest the middle of the decade just named (the story's
    // clock keeps no decade, and the publication date is no nearer).
    name: 'the turn of the century after a decade',
    read: (pass, { item }) => {
      const decade = item.spec.turn && (item.spec.n ?? 0) === 0 && pass.prevValue !== null ? DECADE.exec(pass.prevValue) : null;
      if (!decade) return null;
      const value = pad2(Math.round((Number(decade[1]) * 10 + 5) / 100));
      return { value, type: 'DATE', anchor: 'narrative', anchorValue: pass.prevValue!, explanation: `the turn of the century nearest the decade the text last named (${pass.prevValue})` };
    },
  },
  {
    // `whose fiscal year runs from April to March`: months of every such year, not dates.
    name: 'months of a recurring year',
    read: (pass, { item }) => {
      const s = item.spec;
      if ((s.kind !== 'month' && s.kind !== 'md') || s.year !== undefined || s.feast || !definesRecurringPeriod(pass.toks, pass.sent, item.from)) return null;
      return { value: unresolvedValue(s), type: s.type, anchor: 'unresolved', explanation: 'a month of every such year (a recurring year is defined), not a date' };
    },
  },
  {
    // `It is open daily from April to October, and at weekends in winter`: in a sentence that names a recurrence and tells
    // no past or future, bare months and seasons are those of every year, not dates.
    name: 'months of a recurring schedule',
    read: (pass, { item, tense }) => {
      const s = item.spec;
      // (Not a day, `every Wednesday night from 25 November`, `a relaxed performance on 2 April`: a day is one day.)
      if ((s.kind !== 'month' && s.kind !== 'season') || s.year !== undefined || s.shift !== undefined || s.anaphor !== undefined || s.yearSpec || s.partOf) return null;
      if (tense === 'past' || tense === 'future' || !pass.recurring.has(pass.sent[item.from]!)) return null;
      return { value: unresolvedValue(s), type: s.type, anchor: 'unresolved', explanation: 'a month or season of every year, in a schedule that recurs, not a date' };
    },
  },
  {
    // `Today her studio is kept as it was`, in a text with no date of its own: the present, as `now` is.
    name: 'an undated text\'s today',
    read: (pass, { item }) => {
      const s = item.spec;
      if (pass.anchors.doc || item.to - item.from !== 1 || pass.toks[item.from]!.lower !== 'today' || s.kind !== 'deictic' || s.time) return null;
      return { value: 'PRESENT_REF', type: 'DATE', anchor: 'none', explanation: '`today` in a text with no date of its own: the present' };
    },
  },
  {
    // `The festival opens Friday, Aug. 16 ... Gates open at 4 p.m. Friday`: once a text has named a day a week or more
    // ahead with its weekday, that weekday said bare after it, not in the past, is that day, not the one of publication's
    // week. (Other weekdays go on from it as the story's days: `and at 10 a.m. on Saturday`.)
    name: 'the weekday a text bound to a day ahead',
    read: (pass, { item, tense }) => {
      const s = item.spec;
      const ahead = pass.weekAhead;
      if (!ahead || s.kind !== 'weekday' || s.zone || s.dow !== isoWeekday(ahead) || s.shift !== undefined || s.anaphor !== undefined || s.weekend || s.storyPeriod || tense === 'past') return null;
      const value = formatYmd(ahead) + (s.time ?? '');
      return { value, type: s.time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: formatYmd(ahead), explanation: `the ${WEEKDAY_NAMES[s.dow]} the text named earlier as ${formatYmd(ahead)}` };
    },
  },
  {
    // `Practice begins on Friday ... qualifying on Saturday ... The forecast for Sunday evening shows rain`: once a text has
    // read a bare weekday as a day of the coming week, a later weekday that no verb dates (no past, no plan) and that
    // comes on or after that day in the coming week is a day of those days ahead, not the nearer one before publication.
    name: 'a weekday of the days ahead a text told',
    read: (pass, { item, tense, spec }) => {
      const s = spec;
      const ahead = pass.weekdayAhead;
      const doc = pass.publication;
      if (!ahead || !doc || (tense !== 'unknown' && tense !== 'present') || s.kind !== 'weekday' || s.dow === undefined || s.zone || s.shift !== undefined
        || s.anaphor !== undefined || s.weekend || s.storyPeriod || s.offset || s.partOf) return null;
      const next = addDays(doc, ((s.dow - isoWeekday(doc) + 6) % 7) + 1);
      if (formatYmd(next) < formatYmd(ahead) || isoWeekday(doc) === s.dow) return null;
      const value = formatYmd(next) + (s.time ?? '');
      return { value, type: s.time ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: formatYmd(ahead), explanation: `the ${WEEKDAY_NAMES[s.dow]} of the coming week, on or after ${formatYmd(ahead)}, a day ahead the text told` };
    },
  },
  {
    // `on the last Friday before the holidays`, `their last Monday in office`: the last such day of a period the text
    // names, not the one before the publication date (`the last Friday of this month` joins its period, combine.ts).
    name: 'the last such weekday of a period',
    read: (pass, { item }) => {
      const s = item.spec;
      if (s.kind !== 'weekday' || s.shift !== -1 || s.partOf || s.time || s.weekend || s.dow === undefined) return null;
      if (pass.toks[item.from]!.lower !== 'last' || !LAST_AS_FINAL_AFTER.has(pass.toks[item.from - 1]?.lower ?? '')) return null;
      return { value: `XXXX-WXX-${s.dow}`, type: 'DATE', anchor: 'unresolved', explanation: 'the last such day of a period, not one counted from the publication date' };
    },
  },
  {
    // `met at 0615 ... regained at 1120 ... until about 1400`: in a text that writes a clock in four figures with a
    // leading zero, four figures after a preposition of time are such a clock too, not the year 1120.
    name: 'a four-figure clock in a text that writes them',
    read: (pass, { item, spec, tense }) => {
      if (item.rule === 'military-time-zero') pass.fourFigureClock = true;
      if (!pass.fourFigureClock || item.rule !== 'year') return null;
      const digits = pass.toks[item.to - 1]!;
      let before = item.from - 1;
      while (before >= 0 && CLOCK_HEDGES.has(pass.toks[before]!.lower)) before--;
      if (digits.text.length !== 4 || !CLOCK_PREPOSITIONS.has(pass.toks[before]?.lower ?? '') || item.to - item.from > 2) return null;
      const h = Number(digits.text.slice(0, 2)), m = Number(digits.text.slice(2));
      if (h > 23 || m > 59) return null;
      const r = resolveSpec({ kind: 'clock', type: 'TIME', time: `T${digits.text.slice(0, 2)}:${digits.text.slice(2)}`, ...(spec.mod ? { mod: spec.mod } : {}) }, pass.anchors, tense);
      return { ...r, explanation: `${r.explanation}: four figures read as a clock, as the text writes its times` };
    },
  },
  {
    // An incident's timeline (`14:09 - Error rates pass 5%`) whose stamps lie on another day than publication's.
    name: 'a stamp on its timeline\'s day',
    read: (pass, { spec, tense }) => {
      const day = pass.stampRunDay;
      if (!pass.anchors.lineStamp || !day) return null;
      return resolveSpec(spec, { ...pass.anchors, doc: day, docLabel: `the day of the time stated before this timeline (${formatYmd(day)})` }, tense);
    },
  },
];

/** The first special reading's answer, else the resolver's. */
export function readValue(pass: TagPass, at: ItemAt): Resolution | typeof NO_DATE {
  for (const row of SPECIAL_READINGS) {
    const answer = row.read(pass, at);
    if (answer !== null) return answer;
  }
  return resolveSpec(at.spec, pass.anchors, at.tense);
}
