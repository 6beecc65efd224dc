/**
 * Inside one sentence: groups its temporal expressions into happenings ("units"): single dates,
 * ranges (`from 3 to 17 June 2021`, `between 1998 and 2003`, `1939-45`, `from Monday night until
 * Wednesday morning`, `until 30 April`) and dates carrying a duration (`a two-week state of
 * emergency` declared on Wednesday).
 */
import type { Timex, TextSpan } from '../model/types.js';
import { isSuperlativeSpan } from './superlatives.js';
import { isSpace } from '../text/tokens.js';
import { AUXILIARIES, MODALS } from '../text/lexicon.js';
import { isVerbForm } from '../text/verbs.js';
import { addDuration, parseDuration, readValueExtent, valueStartTime, withDay, type DurationAmount, type Extent } from '../model/timex-value.js';
import { newExtent } from '../model/timex-extent.js';

export type UnitKind = 'point' | 'range' | 'until' | 'derived';

export interface Unit {
  kind: UnitKind;
  start: string;
  end?: string;
  /** The timexes the dates rest on (anchors first, then a duration). */
  timexes: Timex[];
  /** Extent of the temporal expression(s) in the text, for title windows and explanations. */
  span: TextSpan;
  /** The duration that made a `derived` range. */
  duration?: Timex;
  /** A `derived` range that ends at its date (`for seven days, finishing on 26 March`), not one that starts there. */
  endsAtAnchor?: boolean;
  /** A happening named by a noun phrase rather than told by a clause (`her retirement` in `until her retirement in 1998`). */
  named?: string;
  /**
   * The bound of a negated clause (`was not unveiled until 1966`, `had not won at home since 2019`): the happening is at
   * the date, and its title keeps `until 1966` or `since 2019`, without which it would say the opposite.
   */
  keepBound?: boolean;
}

const RANGE_GAP = /^\s{0,3}(?:to|until|till|through|thru|into|and|[-–—])\s{0,3}(?:the\s{1,3})?$/i;
const DASH_GAP = /^\s{0,2}[-–—]\s{0,2}$/;
/** `Wednesday through Friday` is a range without `from`. */
const THROUGH_GAP = /^\s{1,3}(?:through|thru)\s{1,3}$/i;
/**
 * `from 2012 until its collapse in September 2022`: the end named by a happening (one or two words, after an
 * optional determiner) and its date. The happening's words (`its collapse`), or null. Read word by word (no regex
 * with nested repeats).
 */
function untilHappening(gap: string): string | null {
  if (gap.length > 60) return null;
  const words = gap.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (words.length < 3 || !/^(?:until|till|to)$/.test(lower[0]!) || !/^(?:in|on)$/.test(lower[words.length - 1]!)) return null;
  const middle = lower.slice(1, -1);
  if (/^(?:its|his|her|their|the)$/.test(middle[0]!)) middle.shift();
  const named = middle.length >= 1 && middle.length <= 2 && middle.every((w) => /^[a-z][a-z-]{1,20}$/.test(w));
  return named ? words.slice(1, -1).join(' ') : null;
}
/**
 * `Nov. 19-21`, `March 20 to 22`: the last day of a range written after a month-day date (not an amount:
 * `rose on March 20 to 22 percent`).
 */
const DAY_AFTER = /^(?:\s?[-–]\s?|\s{1,3}(?:to|through|thru|until|till)\s{1,3})(\d{1,2})(?!\d|[-–:.\/,]\d)(?=\s{0,2}(?:[,.;:)!?]|$)|\s{1,2}(?:in|at|on|and|with|for|as|when|while|after|before|under|near|amid)\s|\s{1,2}[A-Z])/;
/** `between March 20 and 22`: as DAY_AFTER, after `between`. */
const DAY_AFTER_AND = /^\s{1,3}and\s{1,3}(\d{1,2})(?!\d|[-–:.\/,]\d)(?=\s{0,2}(?:[,.;:)!?]|$)|\s{1,2}(?:in|at|on|with|for|as|when|while|after|before|under|near|amid)\s|\s{1,2}[A-Z])/;
/**
 * Whether the timexes of `u` tell the date of a happening before them again, for a happening of their own (`the same
 * day`, `that same year`, `that day`); not `the first night`, which the story places, nor a day named again.
 */
const sameDateAgain = (u: Unit): boolean => u.timexes.every((t) => SAME_DATE_AGAIN.test(t.text));
const SAME_DATE_AGAIN = /^(?:the|that)\s(?:same\s)?(?:day|date|night|morning|afternoon|evening|week|weekend|month|season|year)$/i;
/** A bare clock time (`6 a.m.`), which takes its day from the other end of a range. */
const BARE_CLOCK = /^\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:a\.m\.?|p\.m\.?|am|pm)?$/i;
const RANGE_OPEN = /\b(?:from|between)\s{1,3}(?:the\s{1,3})?$/i;
/**
 * `in the years 1933 to 1945`, `over the period 2001-2005`: a time noun that opens a range without `from` (not with
 * `and`: `in the years 1990 and 1995` are two years).
 */
const RANGE_OPEN_NOUN = /\bthe\s{1,3}(?:years|period|decades|seasons)\s{1,3}$/i;
const DAY_BEFORE = /\b(?:from|between)\s{1,3}(?:the\s{1,3})?(\d{1,2})(?:st|nd|rd|th)?\s{0,3}(?:to|until|till|through|and|[-–])\s{0,3}$|(?:^|\s)(\d{1,2})(?:st|nd|rd|th)?\s{0,2}[-–]\s{0,2}$/i;
/** `Nov. 19-21, 2023` tagged whole: the last day is inside the expression. */
const MONTH_DAYS_INSIDE = /^[A-Za-z]{3,9}\.?\s{1,3}\d{1,2}\s?[-–]\s?(\d{1,2})\b/;
const DAY_INSIDE = /^(?:from\s{1,3})?(\d{1,2})(?:st|nd|rd|th)?\s{0,3}(?:to|until|till|-|–)\s{0,3}\d/i;
const YEAR_AFTER = /^[-–/](\d{4}|\d{2})\b/;
const YEAR_INSIDE = /(\d{4})\s{0,1}[-–]\s{0,1}(\d{4}|\d{2})\b/;

/** The end year of a year range written with a 2-digit end (`1939`, `45` -> `1945`), or null when it is not after the start. */
function completeYear(startYear: string, end: string): string | null {
  if (!/^\d{4}$/.test(startYear)) return null;
  const full = end.length === 2 ? startYear.slice(0, 2) + end : end;
  return /^\d{4}$/.test(full) && full > startYear ? full : null;
}
const BC_YEAR_BEFORE = /(?:\bfrom\s{1,3}|\(|\s)(\d{1,4})\s{0,3}(?:to|until|till|-|–)\s{0,3}$/i;
/** A negation in the clause that ends `before` (after its last clause break): `will not reopen`, `won't be`, `no decision is due`. */
function negatedClause(before: string): boolean {
  let k = before.length;
  while (k > 0 && !',;:.!?"“”'.includes(before[k - 1]!)) k--;
  return /\b(?:not|never|no)\b|n['’]t\b/i.test(before.slice(k));
}
/** `since` right before a date (`since 2019`, `since the spring of`). */
const SINCE_BEFORE = /\bsince\s{1,3}(?:the\s{1,3})?$/i;
/** A verb that puts a happening off to a later date, in the clause that ends `before` (`adjourned the case`, `was postponed`). */
function putOff(before: string): boolean {
  let k = before.length;
  while (k > 0 && before.length - k < 80 && !',;:.!?"“”'.includes(before[k - 1]!)) k--;
  const words = before.slice(k).toLowerCase().split(/\s+/);
  return words.some((w, i) => PUT_OFF.has(w) || ((w === 'put' || w === 'pushed' || w === 'moved') && (words[i + 1] === 'back' || words[i + 1] === 'off')));
}
/** Verbs that put a happening off (`adjourned`, `postponed`). */
const PUT_OFF: ReadonlySet<string> = new Set(['adjourn', 'adjourns', 'adjourned', 'postpone', 'postpones', 'postponed', 'defer', 'defers', 'deferred',
  'reschedule', 'reschedules', 'rescheduled']);
/** Before a date: a bound that the happening will not come sooner than (`unlikely before`, `not expected until`). */
const UNLIKELY_BEFORE = /\b(?:unlikely|not expected|not due|not likely) (?:before|until|till) (?:the )?$/i;
/** Between a dated happening and an `until` bound: `and` opening the clause of the bound, with no `but`, `;` or sentence end. */
const AND_BEFORE_UNTIL = /(?:^|[\s,])and\s/;
const NOT_JOINED = /\bbut\b|[;.!?]/;
/** How far back from an `until` its joined happening's date may lie. */
const JOINED_REACH = 120;
/** Adverbs that may open a clause joined by `and` before its verb (`and then ran`). */
const JOINED_ADVERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(['then', 'also', 'later', 'still', 'only']);
/**
 * Whether the words after `and` go on with the subject before it: they open with a verb (`runs`, `was held`, `will
 * run`), not a subject of their own (`the club has`, `written comments can be sent`), and hold no comma.
 */
function sharesSubject(after: string): boolean {
  if (after.includes(',')) return false;
  const words = after.trim().toLowerCase().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && JOINED_ADVERBS.has(words[k]!)) k++;
  const first = words[k] ?? '';
  if (!isVerbForm(first)) return false;
  return MODALS.has(first) || AUXILIARIES.has(first) || !words.slice(k + 1, k + 4).some((w) => MODALS.has(w) || AUXILIARIES.has(w));
}
/**
 * The start of a run told by a clause joined with `and` to a happening whose date lies before it in the sentence
 * (`opens on 4 February, ..., and runs until 27 March`): that date's value, or null. The dates found so far are
 * `units`; `at` is where the `until` phrase opens.
 */
function joinedRunStart(text: string, units: readonly Unit[], bound: string, at: number): string | null {
  for (let k = units.length - 1; k >= 0 && k >= units.length - 3; k--) {
    const u = units[k]!;
    if (at - u.span.end > JOINED_REACH) return null;
    if (u.kind !== 'point' || u.end !== undefined || u.named !== undefined || startOf(u.start) >= startOf(bound)) continue;
    const between = text.slice(u.span.end, at);
    const and = between.lastIndexOf('and ');
    return AND_BEFORE_UNTIL.test(between) && !NOT_JOINED.test(between) && sharesSubject(between.slice(and + 4)) ? u.start : null;
  }
  return null;
}
const UNTIL_BEFORE = /\b(?:until|till|through)\s{1,3}(?:at\s{1,3}least\s{1,3})?(?:the\s{1,3})?$/i;
/** Nouns whose length a duration modifier states (`a two-week state of emergency`). */
export const PERIOD_NOUNS = /^\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}(?:state of emergency|emergency|ceasefire|cease-fire|truce|curfew|lockdown|ban|suspension|moratorium|strike|holiday|mourning|visit|tour|trip|festival|campaign|closure|shutdown|deployment|mission|operation|freeze|pause|halt|break|leave|sentence|term|extension|delay|blockade|embargo|quarantine|siege|program|programme|exercise|exercises|drill|drills|talks|summit|conference|window|period|hearing|trial|walkout|stoppage|inquiry|contract|residency|run)\b/i;
/** Words (and quotation marks) that open another clause between a date and a duration. */
/** A relative clause set off by a comma (`, who ran the store for`), read from its comma. */
const RELATIVE_ASIDE = /^,\s{1,3}(?:who|which|whose)\b/i;
const RELATIVE_REACH = 120;
/** Whether `lead` ends inside a relative clause set off by its last comma. */
function relativeAsideOpen(lead: string): boolean {
  const k = lead.lastIndexOf(',');
  return k >= 0 && !lead.includes(';', k) && RELATIVE_ASIDE.test(lead.slice(k));
}
const OTHER_CLAUSE = /[;"“”]|\b(?:before|after|when|while|but|although|though|because|since|until|whereas|who|which)\b/i;
/** `for two weeks`, `lasted three weeks`, `lasting a month`: how long the happening went on. */
const FOR_BEFORE = /\b(?:for|lasted|lasting)\s{1,3}(?:a|an|another)?\s{0,3}$/i;
/** A label's colon right before a time (`Christmas Eve: `). */
const LABEL_COLON_BEFORE = /\p{L}:\s{1,2}$/u;
/** Between a duration and the date it ends on: `, finishing on`, ` ending`, `, to end on`. */
const ENDING_GAP = /^,?\s{1,3}(?:finishing|ending|concluding|to\s{1,3}(?:end|finish))(?:\s{1,3}on)?\s{1,3}(?:the\s{1,3})?$/i;
/** `of his `, `of the `, `of a ` right before a duration used as an adjective (`of his four-day visit`). */
const OF_PERIOD_BEFORE = /\bof\s{1,3}(?:the|a|an|his|her|its|their|our|my|your|this|that)\s{1,3}$/i;
const BACKWARD_NEAR = /\b(?:past|last|previous|preceding|recent|first|ago|earlier|later)\b/i;

const startOf = valueStartTime;

/** `2024-09` one year on or back; only month and day values (a week number would change its day). */
function shiftYear(value: string, n: number): string | null {
  const m = /^(\d{4})(-\d{2}(?:-\d{2})?(?:T[\dA-Z:]{2,8})?)$/.exec(value);
  return m ? `${String(Number(m[1]) + n).padStart(4, '0')}${m[2]}` : null;
}

/**
 * Start and end of `from A to B`, or null when they do not make a range. Two dates whose year the
 * tagger guessed (`from late September to mid-May`) that come out reversed span the turn of a year:
 * the one nearer the publication date keeps its year.
 */
function orderedEnds(a: Timex, b: Timex, now: string | null): [string, string] | null {
  // `from 6 a.m. to 10 p.m. Sunday`: the bare start time is on the end's day.
  const bDay = /^(\d{4}-\d{2}-\d{2})T/.exec(b.value)?.[1];
  const aTime = /T(\d{2}:\d{2})$/.exec(a.value)?.[1];
  if (bDay && aTime && BARE_CLOCK.test(a.text.trim()) && !a.value.startsWith(bDay)) {
    const start = `${bDay}T${aTime}`;
    if (startOf(start) <= startOf(b.value)) return [start, b.value];
  }
  if (startOf(a.value) <= startOf(b.value)) return [a.value, b.value];
  if (/\d{4}/.test(a.text) || /\d{4}/.test(b.text)) return null;
  const back = shiftYear(a.value, -1);
  const on = shiftYear(b.value, 1);
  if (!back || !on) return null;
  const t = now ? startOf(now) : NaN;
  const keepEnd = Number.isFinite(t) && Math.abs(startOf(b.value) - t) < Math.abs(startOf(a.value) - t);
  return keepEnd ? [back, b.value] : [a.value, on];
}

/**
 * True when `clock` is a time of day on the day, or the part of a day, that `part` names (`…T19:45` and `…TNI`;
 * `…T24:00` and its day, `this Sunday at midnight`, though midnight's instant is the day's end).
 */
function sameDayClock(part: string, clock: string): boolean {
  const p = DAY_OR_PART_VALUE.exec(part);
  return p !== null && clock.startsWith(`${p[1]}T`) && CLOCK_HOUR.test(clock);
}
const DAY_OR_PART_VALUE = /^(\d{4}-\d{2}-\d{2})(?:T(?:MO|MI|AF|EV|NI))?$/;
const CLOCK_HOUR = /T\d{2}/;

/** Scratch extents for joinAdjacent, overwritten on every use (not span literals: see newExtent). */
const EXTENT_A: Extent = /* @__PURE__ */ newExtent();
const EXTENT_B: Extent = /* @__PURE__ */ newExtent();

/** Up to `max` spaces from `i` (before `end`): where they end. */
function spacesFrom(text: string, i: number, end: number, max: number): number {
  let j = i;
  while (j < end && j - i < max && isSpace(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Whether text[a, b) joins two touching timexes: `/^\s{0,2}(?:,\s{0,2})?(?:(?:on|of|at)\s{1,2})?$/` over it, read in
 * place (no copy of the gap and no regex per pair: a text of dates in a row has as many gaps).
 */
function joiningGap(text: string, a: number, b: number): boolean {
  if (b - a > 9) return false;
  let i = spacesFrom(text, a, b, 2);
  // (A comma, or a day label's colon before its hours: `Christmas Eve: 8.30am to 1pm`.)
  if (i < b && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 58)) i = spacesFrom(text, i + 1, b, 2);
  if (i === b) return true;
  if (b - i < 3) return false;
  const c0 = text.charCodeAt(i), c1 = text.charCodeAt(i + 1);
  // `on`, `of`, `at`
  if (!((c0 === 111 && (c1 === 110 || c1 === 102)) || (c0 === 97 && c1 === 116))) return false;
  const j = spacesFrom(text, i + 2, b, 2);
  return j > i + 2 && j === b;
}

/**
 * Two timexes that touch (`21:00 tonight`, `9am on Friday` tagged apart) are one expression:
 * the finer one stands for both when the coarser one contains it.
 */
function joinAdjacent(text: string, anchors: Timex[]): Timex[] {
  const out: Timex[] = [];
  // The run of touching timexes read last: the one that stands for it (`prev`), and where the run starts and ends. A run
  // of several goes out as one object when it ends, `{ ...prev, start, end, text, id: prev.id }`, not as a new object at
  // each join (a text of dates in a row joins thousands); a timex alone goes out as it is.
  let prev: Timex | null = null;
  let start = 0;
  let end = 0;
  let joined = false;
  const flush = (): void => {
    if (prev) out.push(joined ? { ...prev, start, end, text: text.slice(start, end), id: prev.id } : prev);
  };
  for (const t of anchors) {
    if (prev && joiningGap(text, end, t.start)) {
      // `tonight at 7:45 p.m.`: a clock time refines a part of the same day, even one it falls outside of.
      const clock: Timex | null = sameDayClock(prev.value, t.value) ? t : sameDayClock(t.value, prev.value) ? prev : null;
      if (clock) {
        prev = clock;
        end = t.end;
        joined = true;
        continue;
      }
      // Extents in epoch milliseconds, read into two scratch records (no Date objects per pair).
      const a = EXTENT_A;
      const b = EXTENT_B;
      if (readValueExtent(prev.value, a) && readValueExtent(t.value, b)) {
        const within = (x: Extent, y: Extent): boolean => x.start >= y.start && x.end <= y.end;
        if (within(a, b) || within(b, a)) {
          prev = within(a, b) ? prev : t;
          end = t.end;
          joined = true;
          continue;
        }
      }
    }
    flush();
    prev = t;
    start = t.start;
    end = t.end;
    joined = false;
  }
  flush();
  return out;
}

/** A duration that states how long a happening at a date lasts, when it does so soundly. */
export function forwardDuration(text: string, sentence: TextSpan, t: Timex): DurationAmount | null {
  if (t.type !== 'DURATION') return null;
  const amount = parseDuration(t.value);
  if (!amount) return null;
  const after = text.slice(t.end, Math.min(sentence.end, t.end + 60));
  const before = text.slice(Math.max(sentence.start, t.start - 30), t.start);
  if (/^\s{0,2}-?\s{0,2}old\b/i.test(after) || BACKWARD_NEAR.test(before.slice(-12)) || BACKWARD_NEAR.test(t.text)) return null;
  // `the largest crowd of his four-day visit`, `the second day of a three-day summit`: a period that a thing belongs to
  // is longer than the happening told, not how long it lasts.
  if (/-(?:day|week|month|year|hour)s?$/i.test(t.text) && PERIOD_NOUNS.test(after) && !OF_PERIOD_BEFORE.test(before)) return amount;
  // `the mildest for 15 years`: how far back a superlative compares, not how long the happening lasted.
  // `four of them had been there for more than 24 hours`: a perfect state measures the time up to the point, not after it.
  if (FOR_BEFORE.test(before) && PERFECT_STATE_BEFORE.test(before)) return null;
  if (FOR_BEFORE.test(before) && !/^\s{0,3}(?:ago|later|earlier|now)\b/i.test(after) && !isSuperlativeSpan(text.slice(Math.max(sentence.start, t.start - 100), t.start))) return amount;
  return null;
}

/** In the 30 characters before a duration's `for`: a past perfect `had been`, or a present perfect of being somewhere or waiting. */
const PERFECT_STATE_BEFORE = /(?:^|\s)(?:had been|(?:has|have) been (?:there|here|waiting|missing|stuck))\s/i;

function point(t: Timex): Unit {
  return { kind: 'point', start: t.value, timexes: [t], span: { start: t.start, end: t.end } };
}

/** The shapes findUnits reads for each date (module constants: a regex literal in a loop is a new object each time it runs). */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_VALUE = /^\d{4}$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const CLOCK_VALUE = /T\d{2}:\d{2}$/;
const FOUR_DIGITS = /\d{4}/;
const AND_GAP = /^\s{1,3}and\s{1,3}$/;
const TO_GAP = /^\s{1,3}(?:to|until|till)\s{1,3}$/i;
const BARE_DAY = /^\d{1,2}(?:st|nd|rd|th)?(?:,?\s{1,3}\d{4})?$/;
const DAY_OF_NO_MONTH = /^(?:[A-Z][a-z]{2,8}\.?\s{1,2})?\d{1,2}(?:st|nd|rd|th)?$/;
const FROM_BEFORE = /\bfrom\s{1,3}$/i;
const BETWEEN_BEFORE = /\bbetween\s{1,3}$/i;
const BC_VALUE = /^BC\d{4}$/;
const BC_YEAR_VALUE = /^BC(\d{4})$/;
const BC_RANGE_INSIDE = /^(\d{1,4})\s{0,1}[-–]\s{0,1}(\d{1,4})\s{0,2}(?:BC|BCE|B\.C\.)/;

/**
 * Units of one sentence. `anchors` are calendar timexes in text order; `durations` the sentence's
 * duration timexes; `untilFrom` (an entry's time stamp or the publication date) starts an open `until X`.
 */
/** Whether `b` is the day, month or year right after `a`, both written to that precision. */
function inARow(a: string, b: string): boolean {
  if (DAY_VALUE.test(a) && DAY_VALUE.test(b)) return startOf(b) - startOf(a) === 86_400_000;
  if (MONTH_VALUE.test(a) && MONTH_VALUE.test(b)) {
    return Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7))) === 1;
  }
  return YEAR_VALUE.test(a) && YEAR_VALUE.test(b) && Number(b) - Number(a) === 1;
}

/**
 * `on Sunday 15 March, from 10am until 1pm`, `from 2pm to 5pm on Saturday`: a day and a range of clock times on that
 * day, side by side, are one happening at those hours (not one at the day and another at the hours). `units` in text
 * order; the range takes the day's timex and span.
 */
function withHoursOfTheirDay(text: string, units: Unit[]): Unit[] {
  let out: Unit[] | null = null;
  for (let i = 0; i + 1 < units.length; i++) {
    const a = units[i]!, b = units[i + 1]!;
    const [day, hours] = a.kind === 'point' && b.kind === 'range' ? [a, b] : b.kind === 'point' && a.kind === 'range' ? [b, a] : [null, null];
    if (!day || !hours || !DAY_VALUE.test(day.start) || !hours.end) continue;
    const prefix = `${day.start}T`;
    if (!hours.start.startsWith(prefix) || !hours.end.startsWith(prefix) || !joiningGap(text, a.span.end, b.span.start)) continue;
    out ??= [...units];
    const k = out.indexOf(hours);
    out[k] = { ...hours, timexes: [...hours.timexes, ...day.timexes], span: { start: a.span.start, end: b.span.end } };
    out.splice(out.indexOf(day), 1);
    i++;
  }
  return out ?? units;
}

export function findUnits(
  text: string,
  sentence: TextSpan,
  anchors: Timex[],
  durations: Timex[],
  untilFrom: string | null,
  /** Whether two spans of the sentence lie in one clause; a duration times only a date of its own clause. */
  sameClause: (a: TextSpan, b: TextSpan) => boolean = () => true,
): Unit[] {
  anchors = joinAdjacent(text, anchors);
  const units: Unit[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const b = anchors[i + 1];
    const pre = text.slice(Math.max(sentence.start, a.start - 40), a.start);
    if (b) {
      const gap = text.slice(a.end, b.start);
      // `closed Monday and Tuesday`, `During June and July`, `in 1995 and 1996`: two days, months or years in a row
      // joined by `and` are one stretch.
      const nextDay = AND_GAP.test(gap) && inARow(a.value, b.value);
      // `March 20 to 22`, `August 10 to 22, 2012`: a bare day after a month-day date ends a range of that month.
      const dayOfSameMonth = TO_GAP.test(gap) && BARE_DAY.test(b.text)
        && DAY_VALUE.test(a.value) && a.value.slice(5, 7) === b.value.slice(5, 7);
      // `Tuesday 17 November, 2pm to 7pm`: a bare clock time after a time of the same day ends its range (no `from`).
      // (Not a bare time before it: `until 3 January, 4pm to 9pm` tells opening hours, not a happening of that day.)
      // (But a day's hours after its label, `Christmas Eve: 8.30am to 1pm`, are a range of that day.)
      const clockOfSameDay = TO_GAP.test(gap) && BARE_CLOCK.test(b.text.trim()) && (!BARE_CLOCK.test(a.text.trim()) || LABEL_COLON_BEFORE.test(pre)) && !UNTIL_BEFORE.test(pre) && CLOCK_VALUE.test(a.value)
        && CLOCK_VALUE.test(b.value) && a.value.slice(0, 10) === b.value.slice(0, 10);
      // `shut 28 to 30 December`, `Monday 28 to Wednesday 30 December`: a day written without its month before a day of
      // that month starts a range of it (no `from`).
      const dayBeforeSameMonth = TO_GAP.test(gap) && DAY_OF_NO_MONTH.test(a.text) && DAY_VALUE.test(a.value) && DAY_VALUE.test(b.value)
        && a.value.slice(0, 7) === b.value.slice(0, 7);
      const ends = nextDay || dayOfSameMonth || dayBeforeSameMonth || clockOfSameDay || (RANGE_GAP.test(gap) && (RANGE_OPEN.test(pre) || (RANGE_OPEN_NOUN.test(pre) && !AND_GAP.test(gap)) || DASH_GAP.test(gap) || THROUGH_GAP.test(gap)))
        || (FROM_BEFORE.test(pre) && untilHappening(gap) !== null)
        // `the 2019/20 season`: two years joined by a slash.
        || (gap === '/' && YEAR_VALUE.test(a.value) && YEAR_VALUE.test(b.value)) ? orderedEnds(a, b, untilFrom) : null;
      if (ends) {
        const open = RANGE_OPEN.exec(pre) ?? RANGE_OPEN_NOUN.exec(pre);
        units.push({ kind: 'range', start: ends[0], end: ends[1], timexes: [a, b], span: { start: a.start - (open?.[0].length ?? 0), end: b.end } });
        // `until her retirement in 1998`: the happening that ends the range is one of its own, at its date.
        const ending = FROM_BEFORE.test(pre) ? untilHappening(gap) : null;
        if (ending !== null) units.push({ ...point(b), named: ending });
        i++;
        continue;
      }
    }
    const after = text.slice(a.end, Math.min(sentence.end, a.end + 24));
    const monthDay = DAY_VALUE.test(a.value) && !FOUR_DIGITS.test(a.text);
    const lastInside = DAY_VALUE.test(a.value) ? MONTH_DAYS_INSIDE.exec(a.text) : null;
    const lastDay = lastInside ? withDay(a.value, Number(lastInside[1])) : null;
    if (lastDay && lastDay > a.value) {
      units.push({ kind: 'range', start: a.value, end: lastDay, timexes: [a], span: { start: a.start, end: a.end } });
      continue;
    }
    const dayAfter = monthDay ? DAY_AFTER.exec(after) ?? (BETWEEN_BEFORE.test(pre) ? DAY_AFTER_AND.exec(after) : null) : null;
    if (dayAfter) {
      const end = withDay(a.value, Number(dayAfter[1]));
      if (end && end > a.value) {
        units.push({ kind: 'range', start: a.value, end, timexes: [a], span: { start: a.start, end: a.end + dayAfter[0].length } });
        continue;
      }
    }
    const dayBefore = DAY_BEFORE.exec(pre);
    const dayInside = DAY_INSIDE.exec(a.text);
    const day = dayInside?.[1] ?? dayBefore?.[1] ?? dayBefore?.[2];
    if (day !== undefined && DAY_VALUE.test(a.value)) {
      const start = withDay(a.value, Number(day));
      if (start && start < a.value) {
        // `on 20-21 June`: the range starts at its first day, not at the space before it.
        const from = dayInside ? a.start : a.start - dayBefore![0].trimStart().length;
        units.push({ kind: 'range', start, end: a.value, timexes: [a], span: { start: from, end: a.end } });
        continue;
      }
    }
    const bcInside = BC_VALUE.test(a.value) ? BC_RANGE_INSIDE.exec(a.text) : null;
    if (bcInside && Number(bcInside[1]) > Number(bcInside[2])) {
      units.push({ kind: 'range', start: `BC${bcInside[1]!.padStart(4, '0')}`, end: `BC${bcInside[2]!.padStart(4, '0')}`, timexes: [a], span: { start: a.start, end: a.end } });
      continue;
    }
    const bcFrom = BC_YEAR_VALUE.exec(a.value) ? BC_YEAR_BEFORE.exec(pre) : null;
    if (bcFrom && Number(bcFrom[1]) > Number(a.value.slice(2))) {
      const lead = bcFrom[0].length - (/^[(\s]/.test(bcFrom[0]) ? 1 : 0);
      units.push({ kind: 'range', start: `BC${bcFrom[1]!.padStart(4, '0')}`, end: a.value, timexes: [a], span: { start: a.start - lead, end: a.end } });
      continue;
    }
    const yearInside = YEAR_INSIDE.exec(a.text);
    const yearAfter = YEAR_AFTER.exec(text.slice(a.end, Math.min(sentence.end, a.end + 6)));
    if (YEAR_VALUE.test(a.value) && (yearInside || yearAfter)) {
      const end = yearInside ? completeYear(yearInside[1]!, yearInside[2]!) : completeYear(a.value, yearAfter![1]!);
      if (end) {
        const start = yearInside ? yearInside[1]! : a.value;
        units.push({ kind: 'range', start, end, timexes: [a], span: { start: a.start, end: yearInside ? a.end : a.end + yearAfter![0].length } });
        continue;
      }
    }
    if (UNTIL_BEFORE.test(pre)) {
      const open = UNTIL_BEFORE.exec(pre)!;
      // `will not be finished until the New Year`, `didn't return until 1990`: a negated clause happens at the bound.
      const negated = negatedClause(pre.slice(0, pre.length - open[0].length));
      // `The hearing was adjourned until 3 March`, `the vote was postponed until Friday`: a happening put off until a date
      // happens at it.
      // `opens on 4 February ... and runs until 27 March`, `moved there in 1978 and stayed until 1985`: a clause joined by
      // `and` to a happening dated before it runs from that date to the bound.
      const joined = negated ? null : joinedRunStart(text, units, a.value, a.start - open[0].length);
      if (joined !== null && !putOff(pre.slice(0, pre.length - open[0].length))) {
        units.push({ kind: 'until', start: joined, end: a.value, timexes: [a], span: { start: a.start - open[0].length, end: a.end } });
        continue;
      }
      if (untilFrom !== null && startOf(untilFrom) < startOf(a.value) && !negated && !putOff(pre.slice(0, pre.length - open[0].length))) {
        units.push({ kind: 'until', start: untilFrom, end: a.value, timexes: [a], span: { start: a.start - open[0].length, end: a.end } });
        continue;
      }
      if (negated && open[0].trim().toLowerCase().startsWith('until')) {
        units.push({ ...point(a), keepBound: true });
        continue;
      }
      // `She retired in 1996 but stayed on the committee until 2011`: a bound already past ends a stay that began
      // before it; the happening is at the bound, and the title keeps `until 2011`, without which it would say the stay began then.
      if (open[0].trim().toLowerCase().startsWith('until') && (untilFrom === null || startOf(a.value) <= startOf(untilFrom))
        && !putOff(pre.slice(0, pre.length - open[0].length))) {
        units.push({ ...point(a), keepBound: true });
        continue;
      }
    }
    // `Sentencing is unlikely before the new year`: a bound said to come no sooner is no date of the happening; the title
    // keeps it, without which it would say the happening is then.
    if (UNLIKELY_BEFORE.test(pre)) {
      units.push({ ...point(a), keepBound: true });
      continue;
    }
    // `had not beaten Marlow at home since 2019`: the last such happening was at the date, and the title keeps its bound.
    const since = SINCE_BEFORE.exec(pre);
    if (since && negatedClause(pre.slice(0, pre.length - since[0].length))) {
      units.push({ ...point(a), keepBound: true });
      continue;
    }
    units.push(point(a));
  }
  // A duration that states how long a single-date happening lasts makes it a derived range.
  const points = units.filter((u) => u.kind === 'point');
  if (points.length === 1) {
    for (const d of durations) {
      const u = points[0]!;
      // `worked there for a decade before joining Acme in 2015`: a duration in another clause times another happening.
      const gap = text.slice(Math.min(u.span.end, d.end), Math.max(u.span.start, d.start));
      if (OTHER_CLAUSE.test(gap) || !sameClause(u.span, d)) continue;
      // `Ann Vole, who led the choir for 30 years, died on Monday`: a duration in a relative clause set off before the
      // date times what the clause tells, not the happening.
      if (d.end <= u.span.start && gap.includes(',') && relativeAsideOpen(text.slice(Math.max(sentence.start, d.start - RELATIVE_REACH), d.start))) continue;
      const amount = forwardDuration(text, sentence, d);
      // `for a further seven days, finishing on 26 March`, `for two weeks ending 9 May`: the date is where it ends.
      const ends = amount !== null && d.end <= u.span.start && ENDING_GAP.test(text.slice(d.end, u.span.start));
      const start = ends ? addDuration(u.start, { unit: amount.unit, amount: -amount.amount }) : u.start;
      const end = !amount || start === null ? null : ends ? u.start : addDuration(u.start, amount);
      if (end && start) {
        u.kind = 'derived';
        u.start = start;
        u.end = end;
        if (ends) u.endsAtAnchor = true;
        u.duration = d;
        u.timexes = [...u.timexes, d];
        break;
      }
    }
  }
  // The same date told twice in one sentence (`On Friday ... reported on Friday`) is one happening. (Not across a
  // semicolon when the later date says it is the same again: `The vote is on 9 July; the ballot will be held the same
  // day` joins two clauses, each with its happening. A list's semicolons, `statements made Friday by ...; the White
  // House; ... on Friday`, and a time the story places, `; the last scene is the first night of rain`, stay one.)
  // (Units of one date are found by a map, and a semicolon by a search of the sentence's semicolons, so that a
  // sentence of thousands of dates stays linear.)
  const merged: Unit[] = [];
  const byDate = new Map<string, Unit[]>();
  let semicolons: number[] | null = null;
  for (const u of withHoursOfTheirDay(text, units)) {
    const key = `${u.start}\u0000${u.end}`;
    const same = byDate.get(key);
    let into = same?.[0];
    if (same && sameDateAgain(u)) {
      semicolons ??= semicolonsOf(text, sentence);
      const semicolon = lastBefore(semicolons, u.span.start);
      into = same.find((m) => semicolon < m.span.end);
    }
    if (into) into.timexes.push(...u.timexes);
    else {
      merged.push(u);
      if (same) same.push(u);
      else byDate.set(key, [u]);
    }
  }
  return merged;
}

/** The offsets of the semicolons of a sentence, in order. */
function semicolonsOf(text: string, sentence: TextSpan): number[] {
  const out: number[] = [];
  for (let p = text.indexOf(';', sentence.start); p >= 0 && p < sentence.end; p = text.indexOf(';', p + 1)) out.push(p);
  return out;
}

/** The last of the ordered offsets before `at` (binary search), or -1. */
function lastBefore(offsets: readonly number[], at: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (offsets[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? offsets[lo - 1]! : -1;
}
