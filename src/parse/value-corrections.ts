/**
 * Corrections a resolved value takes from what stands around it: the period of a `when` clause, a column of
 * what happened on this day, the other end of a range, a quarter closed by a date, a `since` that counts up to
 * now. Each is one row that may change the resolution (and, for a range's start, the timex before it); the rows
 * run in order on every expression.
 */
import { isValidYmd, isoWeekday, formatWeek, formatYmd, parseYmd, addDays } from './calendar.js';
import type { Recognized } from './recognize.js';
import { toldWithoutYear } from './spec.js';
import { type Resolution, resolveSpec } from './resolve.js';
import { TENSED } from './item-cues.js';
import type { ItemAt, TagPass } from './tag-pass.js';
import { clauseTense } from './tense.js';
import { opensLine } from './text-lines.js';
import { QUARTER_CLOSED_BY, REPORTING_VERBS } from '../text/lexicon.js';
import { PARTS_OF_DAY, RANGE_JOINS } from './lexicon.js';
import type { Token } from '../text/tokens.js';
import type { Timex } from '../model/types.js';
import { timexValueToInterval } from '../model/timex-value.js';

export interface ValueCorrection {
  /** What the row corrects, in a few words. */
  readonly name: string;
  readonly correct: (pass: TagPass, at: ItemAt, r: Resolution) => void;
}

/** Dashes that set a timeline entry's date off from its text (`1912 – The tramway opens`). */
const ENTRY_DASHES = new Set(['-', '–', '—']);
/** Words between the two ends of a range opened by `from` or `between`. */
const RANGE_GLUE: ReadonlySet<string> = /* @__PURE__ */ new Set([...RANGE_JOINS, 'and']);

/** A month or a day of a month with no year of its own, told from no other date (`Dec. 29`, `March`). */
const yearless = (s: Recognized['spec']): boolean =>
  (s.kind === 'md' || s.kind === 'month') && toldWithoutYear(s) && s.month !== undefined;

/** The timex already tagged that starts at character `start`, looking back over the last few. */
function timexAt(pass: TagPass, start: number): Timex | undefined {
  for (let j = pass.timexes.length - 1; j >= 0 && j >= pass.timexes.length - 4; j--) {
    if (pass.timexes[j]!.start === start) return pass.timexes[j];
  }
  return undefined;
}

/** Tokens a sequence's `then` may stand after the step before it (`first through Dec. 29 and then for 90 days, to`). */
const THEN_REACH = 12;
/** Whether `then` stands between token `from` and `to` (exclusive), at most THEN_REACH tokens after `from`. */
function thenBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to && j < from + THEN_REACH; j++) if (toks[j]!.lower === 'then') return true;
  return false;
}

/** A month with no year of its own, told from no other date (`April`, not `April 2019`, `next April`, `that April`). */
const bareMonth = (s: Recognized['spec']): boolean =>
  s.kind === 'month' && toldWithoutYear(s) && s.month !== undefined;

/** Days back from publication past which a date told after a schedule ahead is taken to go on from it instead. */
const SCHEDULE_PAST_DAYS = 90;
/** Values a schedule's step may have: a day (with any time) or a month. */
const SCHEDULE_STEP = /^\d{4}-\d{2}(?:-\d{2}|$)/;

/** Sentences back a scene-setting year reaches. */
const SCENE_SENTENCES = 2;

/** Whether the year at `from` is stated as a scene's (`It was 1977`, `The year is 1961`): `was` or `is` after `it` or `year`. */
function setsTheScene(toks: readonly Token[], from: number): boolean {
  const verb = toks[from - 1]?.lower;
  const subject = toks[from - 2]?.lower;
  return (verb === 'was' || verb === 'is') && (subject === 'it' || subject === 'year');
}

/** The index of the token that starts at character `start` (binary search). */
function tokenAt(toks: readonly Token[], start: number): number {
  let lo = 0, hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (toks[mid]!.start <= start) lo = mid; else hi = mid - 1;
  }
  return lo;
}

/** `from A to B`, `between A and B`, `A–B`: `b` ends a range that `a` starts. */
function rangeEndOf(toks: readonly Token[], a: Recognized, b: Recognized): boolean {
  if (b.from !== a.to + 1 || !RANGE_GLUE.has(toks[a.to]!.lower)) return false;
  const opener = toks[a.from - 1]?.lower ?? '';
  if (toks[a.to]!.lower === 'and') return opener === 'between';
  // `Monday to Friday`, `May - December`: two weekdays or two months joined by `to` or a dash need no `from`.
  const sameKind = a.spec.kind === b.spec.kind && (a.spec.kind === 'weekday' || a.spec.kind === 'month');
  return opener === 'from' || opener === 'between' || sameKind;
}

/** The start of the range this expression ends, when it ends one: the value of the expression before it. */
function rangeStartOf(pass: TagPass, at: ItemAt): string | null {
  const before = pass.items[at.k - 1];
  return before !== undefined && pass.prevValue !== null && rangeEndOf(pass.toks, before, at.item) ? pass.prevValue : null;
}

/** A day value (with any time after it) moved by `days`. */
function addDaysToValue(value: string, days: number): string | null {
  const day = parseYmd(value);
  return day ? `${formatYmd(addDays(day, days))}${value.slice(10)}` : null;
}

/** A weekday's `value` moved on by a week (at most twice) until it no longer starts before `start`. */
function laterThan(start: string, value: string): string {
  const a = timexValueToInterval(start)?.start.getTime();
  let v = value;
  for (let n = 0; n < 2; n++) {
    const b = timexValueToInterval(v)?.start.getTime();
    if (a === undefined || b === undefined || b >= a) return v;
    const next = addDaysToValue(v, 7);
    if (!next) return v;
    v = next;
  }
  return v;
}

/** A month value (`2021-11`) as a count of months. */
const monthCount = (v: string): number => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
/** A value moved by `n` years, the rest kept; 29 February moves on in that direction to the nearest leap year. */
function yearOn(v: string, n: number): string {
  let y = Number(v.slice(0, 4)) + n;
  if (v.slice(4, 10) === '-02-29') while (!isValidYmd(y, 2, 29)) y += Math.sign(n) || 1;
  return `${String(y).padStart(4, '0')}${v.slice(4)}`;
}

/**
 * The quarter closed by the date right after it: `the quarter ended Sept. 30` is that date's quarter,
 * `its fourth quarter ended Aug. 26` keeps its (fiscal) number and takes the date's year. Null otherwise.
 */
function quarterClosedBy(pass: TagPass, item: Recognized, next: Recognized | undefined): { value: string; explanation: string } | null {
  const { text, toks, sent, anchors } = pass;
  const spec = item.spec;
  const bare = spec.kind === 'anaphoric' && spec.unit === 'Q' && (spec.n ?? 0) === 0;
  const numbered = spec.kind === 'quarter' && spec.q !== undefined && spec.year === undefined && !spec.yearSpec;
  if ((!bare && !numbered) || !next || sent[next.from] !== sent[item.from]) return null;
  if (!QUARTER_CLOSED_BY.test(text.slice(toks[item.to - 1]!.end, toks[next.from]!.start))) return null;
  const closer = resolveSpec(next.spec, anchors, clauseTense(toks, sent, next.from, next.to, pass.cues));
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(closer.value);
  if (!m) return null;
  if (!bare) return { value: `${m[1]}-Q${spec.q!}`, explanation: `the quarter that ends on ${closer.value}` };
  // Three months end on that date (the month before, if it falls in a month's first week); the
  // calendar quarter holding their middle month names them: `ended July 31` is May-July, Q2.
  let middle = Number(m[1]) * 12 + Number(m[2]) - 1 - (Number(m[3] ?? 28) <= 7 ? 1 : 0) - 1;
  if (middle < 0) middle = 0;
  const year = Math.floor(middle / 12);
  return { value: `${String(year).padStart(4, '0')}-Q${Math.floor((middle % 12) / 3) + 1}`, explanation: `the quarter that ends on ${closer.value}` };
}

/** `on the 23rd, a Wednesday night kick-off`: some such weekday set off by `, a` right after a stated day. */
const SOME_WEEKDAY = /^XXXX-WXX-([1-7])(T.*)?$/;
const APPOSITIVE_A = /^,\s{1,3}an?\s{1,3}$/;
/** `, on ` or `, ` between an amount counted from the story's date and the day it comes to. */
const APPOSITIVE_ON = /^,\s{1,3}(?:on\s{1,3})?$/;

/** The timex tagged last, when only `gap` (an appositive's comma and words) stands between it and this expression. */
function timexSetOffBefore(pass: TagPass, at: ItemAt, gap: RegExp): Timex | undefined {
  const before = pass.timexes[pass.timexes.length - 1];
  return before && before.end < at.start && gap.test(pass.text.slice(before.end, at.start)) ? before : undefined;
}

/** The comma alone between a stated date and an offset set off after it (`on 1 October 2026, nine months later`). */
const APPOSITIVE_COMMA = /^,\s{1,3}$/;
/** A day (with any time after it) or a week as stated; a month, a year. */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/;
const WEEK_VALUE = /^\d{4}-W\d{2}$/;
const MONTH_VALUE = /^\d{4}-\d{2}$/;
const YEAR_VALUE = /^\d{4}$/;

/** A stated day as a value of the precision of `like` (a day, an ISO week, a month or a year); null for other precisions. */
function dayAsPrecisionOf(day: string, like: string): string | null {
  const d = parseYmd(day.slice(0, 10));
  if (!d) return null;
  if (DAY_VALUE.test(like)) return formatYmd(d);
  if (WEEK_VALUE.test(like)) return formatWeek(d);
  if (MONTH_VALUE.test(like)) return formatYmd(d).slice(0, 7);
  if (YEAR_VALUE.test(like)) return formatYmd(d).slice(0, 4);
  return null;
}

/** Tokens a clock time may stand before the day its phrase names (`the 18:10 service to Kelmarsh on Tuesday`). */
const CLOCK_DAY_REACH = 6;
/** Words and marks that end a clause or a phrase between a clock time and a day. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', 'and', 'but', 'or', 'then', 'until', 'till', 'before', 'after', 'since', 'by']);
/** A day alone, with no time. */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The rows of an amount counted from the story's last date (`nine days later`, `two weeks before that`). */
const COUNTED_FROM_STORY: ReadonlySet<string> = new Set(['later-earlier', 'before-after-that']);

/** Whether the expression ends its clause: a full stop, a semicolon, a comma or a line's end after it. */
function endsClause(pass: TagPass, at: ItemAt): boolean {
  const next = pass.toks[at.item.to];
  return next === undefined || next.newline || next.text === '.' || next.text === ';' || next.text === ',';
}

export const VALUE_CORRECTIONS: readonly ValueCorrection[] = [
  {
    // `runs until 9 March ... opens a week later, on 23 February`: an offset counted from the story's last date that the
    // day set off in apposition right after it contradicts names that day; the writer counted from another date.
    name: 'a counted offset in apposition to the day after it',
    correct: (pass, at, r) => {
      const before = timexSetOffBefore(pass, at, APPOSITIVE_ON);
      if (!before || !COUNTED_FROM_STORY.has(before.derivation.rule) || !DAY_VALUE.test(r.value) || (at.item.spec.kind !== 'md' && at.item.spec.kind !== 'abs')) return;
      const value = dayAsPrecisionOf(r.value, before.value);
      if (!value || value === before.value || before.value.startsWith('XXXX')) return;
      before.value = value;
      before.derivation.explanation = `the day told in apposition after it (${r.value.slice(0, 10)}), not ${before.derivation.explanation}`;
    },
  },
  {
    // `came into force on 1 October 2026, nine months later.`: an offset set off after a stated day, ending its clause, says
    // how far that day lies from the story's date before it; it names the day, not a day that far on from it.
    name: 'an offset in apposition to the day before it',
    correct: (pass, at, r) => {
      if (!COUNTED_FROM_STORY.has(at.item.rule) || at.item.spec.kind !== 'anaphoric' || !endsClause(pass, at)) return;
      const before = timexSetOffBefore(pass, at, APPOSITIVE_COMMA);
      if (!before || !DAY_VALUE.test(before.value) || COUNTED_FROM_STORY.has(before.derivation.rule)) return;
      const value = dayAsPrecisionOf(before.value, r.value);
      if (!value || value === r.value) return;
      r.value = value;
      r.explanation = `the day stated before it (${before.value.slice(0, 10)}), which it sets off as that far on`;
    },
  },
  {
    // `Eight days later, on 22 July, ...`, `A week later, on 3 May`: an amount counted from a date too coarse to count days
    // from (a month, a season) is the day set off in apposition right after it.
    name: 'an uncounted offset in apposition to the day after it',
    correct: (pass, at, r) => {
      const before = timexSetOffBefore(pass, at, APPOSITIVE_ON);
      const unknown = before?.value === 'XXXX-XX-XX' ? 'D' : before?.value === 'XXXX-WXX' ? 'W' : undefined;
      if (!unknown || !COUNTED_FROM_STORY.has(before!.derivation.rule)) return;
      const day = parseYmd(r.value);
      if (!day) return;
      before!.value = unknown === 'D' ? formatYmd(day) : formatWeek(day);
      before!.derivation.explanation = `the day told in apposition after it (${formatYmd(day)}), not counted from a coarser date`;
    },
  },
  {
    // `on the 23rd, a Wednesday night kick-off`, `on 4 May, a Sunday`: a weekday in apposition to the day just stated
    // is that day, when the day falls on it.
    name: 'a weekday in apposition to the day before it',
    correct: (pass, at, r) => {
      const some = SOME_WEEKDAY.exec(r.value);
      const before = some ? timexSetOffBefore(pass, at, APPOSITIVE_A) : undefined;
      if (!some || !before) return;
      const day = parseYmd(before.value.slice(0, 10));
      if (!day || isoWeekday(day) !== Number(some[1])) return;
      r.value = formatYmd(day) + (some[2] ?? '');
      r.explanation = `${r.explanation}; in apposition to ${formatYmd(day)}, which falls on that day`;
    },
  },
  {
    // `Farm income fell 9 percent in 1997, the department reported in February`: a month a report was made in is not inside
    // the whole year the sentence reports on; it is that month of a later year, the first one, when it lies before
    // publication.
    name: 'a month of a report after the year reported',
    correct: (pass, at, r) => {
      const { toks, sent, publication } = pass;
      const year = r.anchor === 'narrative' && /^\d{4}$/.test(r.anchorValue ?? '') ? Number(r.anchorValue) : NaN;
      if (!publication || !bareMonth(at.item.spec) || Number.isNaN(year) || !r.value.startsWith(`${r.anchorValue}-`) || pass.lastSentence !== sent[at.item.from]) return;
      if (toks[at.item.from - 1]?.lower !== 'in' || !REPORTING_VERBS.has(toks[at.item.from - 2]?.lower ?? '')) return;
      const month = Number(r.value.slice(5, 7));
      if (year + 1 > publication.y || (year + 1 === publication.y && month > publication.m)) return;
      r.value = `${year + 1}${r.value.slice(4)}`;
      r.explanation = `${r.explanation.replace(/ of the year given by .*/, '')} of ${year + 1}, after the year ${year} it reports on`;
    },
  },
  {
    // `In June we took over the depot` (said in May), `In October, the firm completed the sale` (said in September): a
    // month that opens its sentence with `in`, told in the past, lies before publication, however near ahead it falls
    // (the resolver keeps a past month up to two months ahead in the year, for dates a past clause sets ahead:
    // `declared a dividend payable Dec. 15`, `was extended to Nov. 16`).
    name: 'a month opening a past sentence just ahead of publication',
    correct: (pass, at, r) => {
      const { toks, sent, publication } = pass;
      const k = at.item.from - 1;
      if (!publication || at.tense !== 'past' || !bareMonth(at.item.spec) || r.anchor !== 'document-date' || toks[k]?.lower !== 'in' || (k > 0 && sent[k - 1] === sent[k])) return;
      const month = Number(r.value.slice(5, 7));
      if (!r.value.startsWith(`${publication.y}-`) || month <= publication.m) return;
      r.value = `${publication.y - 1}${r.value.slice(4)}`;
      r.explanation = `${r.explanation}; opening a sentence told in the past, the one before publication`;
    },
  },
  {
    // `His opponent conceded shortly after midnight` (said on the day): a midnight told in the past on the day of publication,
    // with no day of its own, is the one that began that day, not the one that ends it.
    name: 'a past midnight of the day of publication',
    correct: (pass, at, r) => {
      const { publication } = pass;
      if (!publication || at.tense !== 'past' || at.spec.kind !== 'pod' || r.anchor !== 'document-date' || r.value !== `${formatYmd(publication)}T24:00`) return;
      // (Not after the text told an earlier day, or a story of another year: `towed it in before midnight` after a
      // Thursday evening of March 2011.)
      const last = pass.lastAnyDay;
      if (last ? formatYmd(addDays(last, 1)) < formatYmd(publication) : pass.anchors.last !== null && !pass.anchors.last.startsWith(String(publication.y))) return;
      r.value = `${formatYmd(publication)}T00:00`;
      r.explanation = 'the midnight that began the day of publication (told in the past)';
    },
  },
  {
    // `last winter, when a storm over Christmas ...`: the year came from the period the `when` clause is on (item-cues.ts).
    name: 'a `when` clause\'s period',
    correct: (pass, at, r) => {
      if (at.whenYear !== undefined) r.explanation += `, inside ${pass.anchors.last!}: a \`when\` clause on that period`;
    },
  },
  {
    // An `On this day` column's entries (`1912 – The tramway opens`): a year opening its line is this day of that year.
    name: 'a year in an `on this day` column',
    correct: (pass, { item }, r) => {
      const doc = pass.anchors.doc;
      if (!pass.onThisDay || !doc || !/^\d{4}$/.test(r.value) || !opensLine(pass.toks, item.from) || !ENTRY_DASHES.has(pass.toks[item.to]?.text ?? '')) return;
      if (isValidYmd(Number(r.value), doc.m, doc.d)) {
        r.value += formatYmd(doc).slice(4);
        r.explanation += `; in an \`on this day\` column, the day and month of ${pass.anchors.docLabel} (${formatYmd(doc)})`;
      }
    },
  },
  {
    // `from Monday to Friday`: the end of a range lies on or after its start. (Days of a range over the turn of a
    // year are placed by the events, nearer the publication date.)
    name: 'a weekday ending a range',
    correct: (pass, at, r) => {
      const { item, k } = at;
      if (item.spec.kind !== 'weekday' || item.spec.shift !== undefined || pass.items[k - 1]?.spec.kind !== 'weekday') return;
      const rangeStart = rangeStartOf(pass, at);
      if (!rangeStart) return;
      const later = laterThan(rangeStart, r.value);
      if (later !== r.value) {
        r.value = later;
        r.explanation += `, moved on to end the range that starts ${rangeStart}`;
      }
    },
  },
  {
    // `from May to December`, `from September to May`: bare months whose end came out before the start. Either the end
    // moves a year on or the start a year back, whichever range lies nearer the publication date (0 if it holds it).
    name: 'bare months of a range in order',
    correct: (pass, at, r) => {
      const { item, k } = at;
      const before = pass.items[k - 1];
      const prevTimex = pass.timexes[pass.timexes.length - 1];
      const docDay = pass.anchors.doc;
      if (item.spec.kind !== 'month' || before?.spec.kind !== 'month' || item.spec.shift !== undefined || item.spec.year !== undefined || before.spec.year !== undefined) return;
      const rangeStart = rangeStartOf(pass, at);
      if (!rangeStart || !docDay || !prevTimex || prevTimex.value !== rangeStart || !/^\d{4}-\d{2}$/.test(rangeStart) || !/^\d{4}-\d{2}$/.test(r.value) || r.value >= rangeStart) return;
      const now = docDay.y * 12 + docDay.m - 1;
      const away = (from: number, to: number): number => (now < from ? from - now : now > to ? now - to : 0);
      const [s0, e0] = [monthCount(rangeStart), monthCount(r.value)];
      if (away(s0, e0 + 12) <= away(s0 - 12, e0)) {
        r.value = yearOn(r.value, 1);
        r.explanation += `, a year on to end the range that starts ${rangeStart}`;
      } else {
        prevTimex.value = yearOn(rangeStart, -1);
        prevTimex.derivation.explanation += `, a year back to start the range that ends ${r.value}`;
      }
    },
  },
  {
    // `between June and August last year`, `from March to May 2019`: a bare month starting a range takes the year its
    // end states (the year before, if it comes later in the year than the end).
    name: 'a range\'s bare month in its end\'s year',
    correct: (pass, at, r) => {
      const { item, k } = at;
      const before = pass.items[k - 1];
      const prevTimex = pass.timexes[pass.timexes.length - 1];
      const s = item.spec;
      const statesYear = s.year !== undefined || s.yearSpec !== undefined || s.unit === 'Y';
      if (s.kind !== 'month' || !statesYear || !before || !bareMonth(before.spec)) return;
      const rangeStart = rangeStartOf(pass, at);
      const end = /^(\d{4})-(\d{2})$/.exec(r.value);
      const start = rangeStart && prevTimex?.value === rangeStart ? /^(\d{4})-(\d{2})$/.exec(rangeStart) : null;
      if (!end || !start) return;
      const year = Number(end[1]) - (Number(start[2]) > Number(end[2]) ? 1 : 0);
      const value = `${String(year).padStart(4, '0')}-${start[2]}`;
      if (value === rangeStart) return;
      prevTimex!.value = value;
      prevTimex!.derivation.explanation += `, in the year of the range's end (${r.value})`;
    },
  },
  {
    // `extended first through Dec. 29 and then to March 29`: steps a sentence orders with `then` keep their order. A
    // yearless day or month that came out after the next step moves a year back, or the next step a year on,
    // whichever pair lies nearer the publication date.
    name: 'steps of a sequence in order',
    correct: (pass, at, r) => {
      const { item, k } = at;
      const docDay = pass.anchors.doc;
      if (!docDay || !yearless(item.spec)) return;
      // The step before: the last date of the sentence, past any span (`and then for 90 days, to March 29`).
      let j = k - 1;
      while (j >= 0 && pass.items[j]!.spec.type === 'DURATION' && pass.sent[pass.items[j]!.from] === pass.sent[item.from]) j--;
      const before = pass.items[j];
      if (!before || !yearless(before.spec) || pass.sent[before.from] !== pass.sent[item.from]) return;
      const prevTimex = timexAt(pass, pass.toks[before.from]!.start);
      if (!prevTimex || !thenBetween(pass.toks, before.to, item.from)) return;
      const day = /^\d{4}-\d{2}(?:-\d{2})?$/;
      if (!day.test(prevTimex.value) || !day.test(r.value) || prevTimex.value.length !== r.value.length || r.value >= prevTimex.value) return;
      const now = docDay.y * 12 + docDay.m - 1;
      const away = (from: number, to: number): number => (now < from ? from - now : now > to ? now - to : 0);
      const [s0, e0] = [monthCount(prevTimex.value), monthCount(r.value)];
      if (away(s0, e0 + 12) < away(s0 - 12, e0)) {
        r.value = yearOn(r.value, 1);
        r.explanation += `, a year on to follow ${prevTimex.value}, the step before it`;
      } else {
        prevTimex.value = yearOn(prevTimex.value, -1);
        prevTimex.derivation.explanation += `, a year back to come before ${r.value}, the step after it`;
      }
    },
  },
  {
    // `from April to October in 1961`, `between June and August in 2019`, `one August evening in 1987`: bare months right
    // before `in` and a year are that year's (a range's start the year before, if it comes later in the year than its end).
    name: 'bare months before their year',
    correct: (pass, { item, k }, r) => {
      if (item.spec.kind !== 'abs' || !/^\d{4}$/.test(r.value) || pass.toks[item.from - 1]?.lower !== 'in') return;
      const end = pass.items[k - 1];
      const tEnd = pass.timexes[pass.timexes.length - 1];
      // (`one August evening in 1987`, `a cold March morning in 1962`: a part of the day or `day` may stand between.)
      const between = end ? item.from - 1 - end.to : -1;
      const dayWord = between === 1 && (PARTS_OF_DAY[pass.toks[end!.to]!.lower] !== undefined || pass.toks[end!.to]!.lower === 'day');
      if (!end || (between !== 0 && !dayWord) || !bareMonth(end.spec) || !tEnd || tEnd.start !== pass.toks[end.from]!.start || !/^(?:\d{4}|XXXX)-\d{2}$/.test(tEnd.value)) return;
      const inYear = (t: Timex, year: number): void => {
        const value = `${String(year).padStart(4, '0')}${t.value.slice(4)}`;
        if (value === t.value) return;
        t.value = value;
        t.derivation.explanation += `, in ${value.slice(0, 4)}: the year stated right after`;
      };
      inYear(tEnd, Number(r.value));
      const start = pass.items[k - 2];
      const tStart = pass.timexes[pass.timexes.length - 2];
      if (start && tStart && bareMonth(start.spec) && rangeEndOf(pass.toks, start, end) && tStart.start === pass.toks[start.from]!.start && /^\d{4}-\d{2}$/.test(tStart.value)) {
        inYear(tStart, Number(r.value) - (start.spec.month! > end.spec.month! ? 1 : 0));
      }
    },
  },
  {
    // `I was eleven the summer the river came into the town. It was 1977`: a year that sets the scene dates the season
    // or month the sentences just before it left without a year.
    name: 'a scene-setting year',
    correct: (pass, { item }, r) => {
      if (!/^\d{4}$/.test(r.value) || item.spec.kind !== 'abs' || !setsTheScene(pass.toks, item.from)) return;
      const sentence = pass.sent[item.from]!;
      for (let j = pass.timexes.length - 1; j >= 0; j--) {
        const t = pass.timexes[j]!;
        const at = pass.sent[tokenAt(pass.toks, t.start)]!;
        if (sentence - at > SCENE_SENTENCES) break;
        if (!/^XXXX-(?:SP|SU|FA|WI|\d{2})$/.test(t.value)) continue;
        t.value = r.value + t.value.slice(4);
        t.derivation.explanation += `; in ${r.value}, the year the text sets its scene in just after`;
      }
    },
  },
  {
    // `The season opens on Sept. 12 ... The bye comes on Nov. 21 ... play on Thanksgiving Day ... The season ends on Jan.
    // 9`, said in May: a date with no year, told in no past, right after a date ahead of publication, goes on from it
    // when the publication date alone would put it months back (a date weeks back is a recent one: `the update on 2
    // October`).
    name: 'a date going on from a schedule ahead',
    correct: (pass, { item, tense, since }, r) => {
      const s = item.spec;
      const { anchors } = pass;
      const doc = anchors.doc;
      const lastDay = anchors.lastDay;
      if ((s.kind !== 'md' && s.kind !== 'month') || s.year !== undefined || s.shift !== undefined || s.anaphor !== undefined || s.newYear || s.yearSpec) return;
      if (tense === 'past' || since || r.anchor !== 'document-date' || !doc || !lastDay || !anchors.lastNear || !SCHEDULE_STEP.test(anchors.last ?? '')) return;
      const docStart = Date.UTC(doc.y, doc.m - 1, doc.d);
      const lastStart = Date.UTC(lastDay.y, lastDay.m - 1, lastDay.d);
      const begins = timexValueToInterval(r.value)?.start.getTime();
      if (begins === undefined || docStart - begins < SCHEDULE_PAST_DAYS * 86_400_000 || lastStart <= docStart) return;
      // The first such date on or after the schedule's last one (a feast's day in that year, or the next).
      const startIn = (y: number): number | undefined => timexValueToInterval(resolveSpec({ ...s, year: y }, anchors, tense).value)?.start.getTime();
      let year = (startIn(lastDay.y) ?? -Infinity) >= lastStart ? lastDay.y : lastDay.y + 1;
      // (Never more than a year past publication: a date told with no year is one of the coming twelve months. Past
      // that, the schedule's step went back, `Term runs to 31 March. The office shuts from 24 December`: the first one
      // after publication.)
      const yearAhead = Date.UTC(doc.y + 1, doc.m - 1, doc.d);
      let from = `it goes on from ${anchors.last}, a date ahead of publication told just before`;
      if ((startIn(year) ?? Infinity) >= yearAhead) {
        year = (startIn(doc.y) ?? -Infinity) >= docStart ? doc.y : doc.y + 1;
        from = `the first after publication: going on from ${anchors.last} would put it more than a year ahead`;
      }
      const on = resolveSpec({ ...s, year }, anchors, tense);
      if (!on.value || !/^\d{4}-/.test(on.value) || on.value === r.value) return;
      r.value = on.value;
      r.explanation += `, moved on to ${year}: ${from}`;
    },
  },
  {
    // `anyone who was on the 18:10 service to Kelmarsh on Tuesday`: a clock time told just before the day its noun phrase
    // names, with no clause between, is a time of that day, not of the day the story last named.
    name: 'a clock time before its day',
    correct: (pass, { item, k }, r) => {
      const s = item.spec;
      const before = pass.items[k - 1];
      const clock = pass.timexes[pass.timexes.length - 1];
      if ((s.kind !== 'weekday' && s.kind !== 'md') || s.time || !DAY_ONLY.test(r.value) || !before || before.spec.kind !== 'clock' || !clock) return;
      if (item.from - before.to > CLOCK_DAY_REACH || pass.sent[before.from] !== pass.sent[item.from] || !DAY_VALUE.test(clock.value) || clock.value.startsWith(r.value)) return;
      if (clock.start !== pass.toks[before.from]!.start) return;
      for (let j = before.to; j < item.from; j++) if (CLAUSE_BREAKS.has(pass.toks[j]!.lower)) return;
      clock.value = r.value + clock.value.slice(10);
      clock.derivation.explanation += `; on ${r.value}, the day its phrase names after it`;
    },
  },
  {
    name: 'a quarter closed by a date',
    correct: (pass, { item, k }, r) => {
      const closing = quarterClosedBy(pass, item, pass.items[k + 1]);
      if (closing) {
        r.value = closing.value;
        r.explanation = closing.explanation;
      }
    },
  },
  {
    // `since March` written in January is last March: a `since` date never lies after the anchor.
    name: 'a `since` date before its anchor',
    correct: (_pass, { item, since }, r) => {
      if (!since || !TENSED.has(item.spec.kind) || item.spec.year !== undefined || !r.anchorValue || !/^\d{4}-/.test(r.value)) return;
      const begins = timexValueToInterval(r.value)?.start.getTime();
      const anchorStart = timexValueToInterval(r.anchorValue.slice(0, 10))?.start.getTime();
      if (begins !== undefined && anchorStart !== undefined && begins > anchorStart) {
        r.value = yearOn(r.value, -1);
        r.explanation += ', a year back: a date after `since` lies before the publication date';
      }
    },
  },
  {
    // `since year-end` written in October: the end of a period still under way is the previous one's.
    name: 'a `since` year-end of the year under way',
    correct: (pass, { item, since }, r) => {
      const doc = pass.publication;
      if (since && item.spec.kind === 'deictic' && (item.spec.n ?? 0) === 0 && item.spec.mod === 'END' && /^\d{4}$/.test(r.value) && doc && Number(r.value) === doc.y) {
        r.value = String(doc.y - 1).padStart(4, '0');
        r.explanation += ', a year back: the current year has not ended';
      }
    },
  },
];

/** Runs every correction on a resolution, in order. */
export function correctValue(pass: TagPass, at: ItemAt, r: Resolution): void {
  for (const row of VALUE_CORRECTIONS) row.correct(pass, at, r);
}
