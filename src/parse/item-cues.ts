/**
 * What an expression's place tells the resolver: the tense of its clause (or of the timeline, bound or `since`
 * it sits in) and the anchors' flags for it (a stamp opening its line, a bound looking ahead, the last date
 * told in the same sentence). `readItem` sets them for one expression of the walk.
 */
import type { Tense } from '../model/types.js';
import type { Recognized } from './recognize.js';
import type { ItemAt, TagPass } from './tag-pass.js';
import { type ClauseCue, clauseBoundaryBetween, clauseCue, isPastPerfectAt, isPresentPerfectAt } from './tense.js';
import { inWhenClauseAfter, yearWithin } from './when-clause.js';
import { comparedWith, opensLine } from './text-lines.js';
import { type Ymd, formatYmd, parseYmd } from './calendar.js';
import { newExtent, readValueExtent } from '../model/timex-value.js';
import type { Token } from '../text/tokens.js';
import { isPastPreposition } from './lexicon.js';
import { NOT_PAST_ED, REPORTING_VERBS, isPastVerb } from '../text/lexicon.js';

/** Kinds whose direction depends on tense. */
export const TENSED = new Set(['weekday', 'md', 'month', 'season', 'quarter', 'ordday']);
/** Words before a date that make it the bound of a span still to come (`runs through Monday`). */
const BOUND_WORDS = new Set(['until', 'till', 'through', 'thru']);
/** Tokens back from a date that a bound's short noun phrase may take (`until the thaw in April`). */
const BOUND_PHRASE_REACH = 4;

/**
 * Whether `until` or `till` opens a short noun phrase that ends in this date (`carried supplies until the thaw in
 * April`): the date bounds a span running on from the story's last date, as `until April` does.
 */
function boundPhraseBefore(toks: readonly Token[], sent: Int32Array, from: number): boolean {
  if (toks[from - 1]?.lower !== 'in' && toks[from - 1]?.lower !== 'of') return false;
  for (let k = from - 2; k >= 0 && k >= from - BOUND_PHRASE_REACH && sent[k] === sent[from]; k--) {
    const w = toks[k]!;
    if (w.kind !== 'word') return false;
    if (BOUND_WORDS.has(w.lower)) return true;
  }
  return false;
}

/** The tense `since` gives its date (`since October`): the past, told by no verb. */
const PAST_CUE: ClauseCue = { tense: 'past', at: -1 };
/** Kinds that take the side of publication of the date before them in their clause when no verb tells one. */
const SIDE_SHARING = new Set(['month', 'md', 'season']);

/** Whether a value (`1989-06`) ends on or before the first moment of `doc`. */
function endsBefore(value: string | null, doc: Ymd | null): boolean {
  // (Read into a scratch extent in epoch milliseconds: no Date objects for each expression of a long text.)
  return !!value && doc !== null && readValueExtent(value, ENDS) && ENDS.end <= Date.UTC(doc.y, doc.m - 1, doc.d);
}
const ENDS = /* @__PURE__ */ newExtent();

/** Sentences a scene told at a time on no known day lasts (`at 4 a.m. on a Tuesday in March 2016 ... By dawn`). */
const DAYLESS_SCENE_SENTENCES = 2;
/** A sentence's quarter stays the topic for this many sentences. */
const QUARTER_TOPIC_SENTENCES = 4;

/** Past reporting verbs: after one, an entry's line tells what was said, which may look ahead. */
const REPORTED_PAST = new Set(['said', 'announced', 'told', 'warned', 'confirmed', 'revealed', 'promised', 'pledged', 'agreed', 'decided', 'voted', 'ruled']);
/** ... and in the historical present of a timeline's entry (`June 30: The company says the plant will reopen`). */
const REPORTED_PRESENT = new Set(['says', 'announces', 'tells', 'warns', 'confirms', 'reveals', 'promises', 'pledges', 'agrees', 'decides', 'votes', 'rules']);
/** Words that open an entry of opening hours (`Boxing Day: closed`). */
const SCHEDULE_STATES = new Set(['closed', 'open', 'shut', 'opening', 'closing', 'normal', 'usual']);
/** Whether a clock time opens at token `k` (`8.30am`, `10am`, `9:15`, `4 p.m.`). */
function clockAt(toks: readonly Token[], k: number): boolean {
  const [n, next] = [toks[k], toks[k + 1]];
  if (!n || n.kind !== 'num' || !next) return false;
  return /^(?:am|pm|a|p)$/.test(next.lower) || ((next.text === '.' || next.text === ':') && toks[k + 2]?.kind === 'num' && toks[k + 2]!.text.length === 2);
}
/** Words that keep a timeline's entry in the future (`Friday – Talks will resume`, `March: vote due`). */
const ENTRY_FUTURE = new Set(['will', 'shall', 'll', 'expected', 'due', 'scheduled', 'planned', 'plans', 'set', 'going', 'next', 'upcoming']);

/**
 * Whether an expression is the date of a timeline's entry: it opens a line and a dash or colon follows it
 * (`29 September – The first walkout begins`, `Monday: Ministers appoint a mediator`), and no word of the
 * entry marks a plan or the future.
 */
function entryDate(toks: readonly Token[], sent: Int32Array, item: Recognized): boolean {
  const first = toks[item.from]!;
  if (item.from > 0 && !first.newline) return false;
  const mark = toks[item.to];
  if (!mark || !/^[-–—:]$/.test(mark.text)) return false;
  // (`Christmas Eve: 8.30am to 1pm`, `New Year's Day: closed`: a list of opening hours is a schedule, not a timeline.)
  const opening = toks[item.to + 1];
  if (opening && !opening.newline && (SCHEDULE_STATES.has(opening.lower) || clockAt(toks, item.to + 1))) return false;
  const s = sent[item.from];
  for (let k = item.to + 1; k < toks.length && sent[k] === s && !toks[k]!.newline; k++) {
    const w = toks[k]!;
    if (ENTRY_FUTURE.has(w.lower)) return false;
    // `November: The trust said the market would close next year`: the entry's own verb is a report; what was said may look ahead.
    if (w.kind === 'word' && !w.capital && (REPORTED_PAST.has(w.lower) || REPORTED_PRESENT.has(w.lower))) return true;
  }
  return true;
}

/**
 * Whether the date at tokens [from, to) sits in an aside that closes before token `at`: a relative clause set off
 * by commas (`Bream, who joined the firm in 2016, pleaded not guilty in May`), or a past participle's (`The hall, built
 * in 1926, had been due to shut after the council withdrew its grant in the summer`). Its date is no year for `May`.
 */
function inClosedAside(toks: readonly Token[], sent: Int32Array, from: number, to: number, at: number): boolean {
  if (from < 0) return false;
  let opens = false;
  for (let k = from - 1; k >= 0 && k >= from - 12 && sent[k] === sent[from]; k--) {
    const w = toks[k]!.lower;
    if (w === ',') {
      const first = toks[k + 1]!;
      opens = k > 0 && toks[k - 1]!.kind === 'word' && first.kind === 'word' && !first.capital && first.lower.length >= 4 && isPastVerb(first.lower) && !NOT_PAST_ED.has(first.lower);
      break;
    }
    if ((w === 'who' || w === 'which' || w === 'whose') && toks[k - 1]?.text === ',') { opens = true; break; }
  }
  if (!opens) return false;
  for (let k = to; k < at; k++) if (toks[k]!.text === ',') return true;
  return false;
}

/** Tokens an `until` may stand after a span's start (`from 2022 until she resigned in March`). */
const SPAN_REACH = 8;

/**
 * Whether the date at token `at` ends, in a clause after `until`, a span that the date at [from, to) began after `from`
 * (`worked there from 2022 until she resigned in March`): the span's start is no year for it.
 */
function endsSpanFrom(toks: readonly Token[], from: number, to: number, at: number): boolean {
  if (from < 1 || toks[from - 1]!.lower !== 'from' || at - to > SPAN_REACH) return false;
  for (let k = to; k < at; k++) {
    const w = toks[k]!.lower;
    if (w === 'until' || w === 'till') return k + 1 < at;
  }
  return false;
}

/** Whether the verb at `at` is `would` or follows it in its verb group (`would be finished`, `would not reopen`). */
/** Past forms of a plan that, said by their subject before `to` (`he expected to be fired`), tell a future seen from the past. */
const PAST_PLANS: ReadonlySet<string> = /* @__PURE__ */ new Set(['expected', 'hoped', 'planned', 'intended']);
/** Words before such a form that make it a passive or a participle, a plan still ahead (`is expected to`, `as planned`). */
const NOT_PLAN_SUBJECT: ReadonlySet<string> = /* @__PURE__ */ new Set(['is', 'are', 'am', 'was', 'were', 'be', 'been', 'being', 's', 'as', 'than', 'the', 'an', 'a']);
/** Adverbs between an auxiliary or a subject and a plan's verb (`is now expected`, `had long hoped`). */
const PLAN_ADVERBS: ReadonlySet<string> = /* @__PURE__ */ new Set(['now', 'still', 'also', 'already', 'long', 'once', 'then', 'always', 'never', 'not']);
/** `he expected to be fired`, `the club hoped to sign him`: an active past plan at `at`. */
function isPastPlanAt(toks: readonly Token[], at: number): boolean {
  // (The cue may be the plan's own verb: `expected to be fired`, `hoped to sign`.)
  for (const p of [at, at - 2, at - 3]) {
    // (`is now expected to`, `was originally planned to`: an adverb may stand after the auxiliary.)
    let b = p - 1;
    while (b > 0 && toks[b]!.kind === 'word' && (PLAN_ADVERBS.has(toks[b]!.lower) || toks[b]!.lower.endsWith('ly'))) b--;
    const before = toks[b];
    if (PAST_PLANS.has(toks[p]?.lower ?? '') && toks[p + 1]?.lower === 'to' && before !== undefined && before.kind === 'word' && !NOT_PLAN_SUBJECT.has(before.lower)) {
      return p === at || toks.slice(p + 2, at).every((x) => x.lower === 'be');
    }
  }
  return false;
}
function isWouldAt(toks: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k >= at - 3; k--) {
    const w = toks[k]!;
    if (w.lower === 'would') return true;
    if (w.kind !== 'word') return false;
  }
  return false;
}

/**
 * Reads expression `k` of the walk: null when it lies inside the publication date stated at the top of the text.
 * Sets the anchors' flags for it; ends a digest item's dateline whose paragraph is over; notes the text's first stamp.
 */
export function readItem(pass: TagPass, k: number): ItemAt | null {
  const { toks, sent, anchors, found } = pass;
  const item = pass.items[k]!;
  const start = toks[item.from]!.start;
  const end = toks[item.to - 1]!.end;
  if (found && start < found.end && end > found.start) return null;
  if (pass.datelineItem && start > pass.datelineItem.end) {
    [anchors.doc, anchors.docLabel] = [pass.datelineItem.doc, pass.datelineItem.docLabel];
    pass.datelineItem = null;
  }
  // `since October` counts up to now: the last October, whatever the verb or the year mentioned before.
  const since = toks[item.from - 1]?.lower === 'since';
  const clock = item.spec.kind === 'clock' || item.spec.kind === 'pod';
  const told = !TENSED.has(item.spec.kind) && !clock && !item.spec.storyPeriod ? null : since ? PAST_CUE : clauseCue(toks, sent, item.from, item.to, pass.cues);
  let tense: Tense = told?.tense ?? 'unknown';
  anchors.pastPerfect = told !== null && told.at >= 0 && isPastPerfectAt(toks, told.at);
  anchors.futureInPast = told !== null && told.tense === 'future' && told.at >= 0 && (isWouldAt(toks, told.at) || isPastPlanAt(toks, told.at));
  // `The time is 13:23`, `It is 8:43`: a time right after a present `is` states the time now, not a schedule's.
  const beforeClock = toks[item.from - 1]?.text === 'T' ? toks[item.from - 2] : toks[item.from - 1]; // (`is T13:23:42`)
  anchors.presentCopula = clock && (beforeClock?.lower === 'is' || beforeClock?.lower === 'are');
  if (item.spec.looksBack && tense !== 'future') tense = 'past';
  // A clock time that opens its line is a live page's stamp (`11:20 BST - Unions said ...`): its clause tells it no side.
  anchors.lineStamp = clock && opensLine(toks, item.from);
  if (anchors.lineStamp) tense = 'unknown';
  if (anchors.lineStamp && !pass.stampSeen) noteFirstStamp(pass, start, end);
  // A timeline's entry (`29 September – The walkout begins`) is told in the historical present: it looks back.
  if (TENSED.has(item.spec.kind) && tense !== 'past' && entryDate(toks, sent, item)) tense = 'past';
  // `runs through Monday`, `closed until Friday`: a bound not in the past looks ahead.
  // (Not the end of a range the same row read, `June 8 through 11`: it keeps to the side of its start.)
  const prevItem = pass.items[k - 1];
  const rangeEnd = prevItem !== undefined && prevItem.rule === item.rule && prevItem.to === item.from - 1;
  // (`can't stay past Friday`: `past` as a preposition bounds a span too.)
  // (`runs until the Saturday`: the story's weekday said with `the` is bounded by the word before its article.)
  const boundAt = toks[item.from - 1]?.lower === 'the' && item.spec.kind === 'weekday' ? item.from - 2 : item.from - 1;
  // (`through May and June`: a date joined by `and`/`or` to a bound just read is bounded with it.)
  const joined = toks[item.from - 1]?.lower;
  const listedAfterBound = (joined === 'and' || joined === 'or') && prevItem !== undefined && prevItem.to === item.from - 1 && anchors.spanEnd === true;
  const bound = (!rangeEnd && (BOUND_WORDS.has(toks[boundAt]?.lower ?? '') || isPastPreposition(toks, boundAt))) || listedAfterBound;
  if (TENSED.has(item.spec.kind) && tense !== 'past' && bound) tense = 'future';
  // `A fire ban has been declared until 11:59pm on Friday`, `The road has been closed until Monday`: a state set up now
  // (the present perfect) lasts until a bound ahead.
  if ((TENSED.has(item.spec.kind) || clock) && tense === 'past' && bound && told !== null && told.at >= 0 && isPresentPerfectAt(toks, told.at)) tense = 'future';
  // ... and on the story's clock `by January` after `in December` is a later bound too (the next January).
  anchors.boundAhead = bound || toks[item.from - 1]?.lower === 'by' || boundPhraseBefore(toks, sent, item.from);
  anchors.spanEnd = bound;
  // `Tuesdays to Saturdays at 7.45pm`, `on Saturdays at 2.30pm`: a time of a recurrence just named belongs to no one day.
  const ofRecurrence = clock && k > 0 && prevItem!.spec.type === 'SET' && item.from - prevItem!.to <= 1;
  anchors.noDayInSentence = clock && (ofRecurrence || pass.undated.has(sent[item.from]!));
  anchors.lastInSentence = pass.lastSentence === sent[item.from] && !since && !inClosedAside(toks, sent, pass.lastFrom, pass.lastTo, item.from)
    && !endsSpanFrom(toks, pass.lastFrom, pass.lastTo, item.from);
  anchors.lastNear = pass.lastSentence >= 0 && sent[item.from]! - pass.lastSentence <= 1;
  anchors.daylessScene = pass.daylessClockSentence >= 0 && sent[item.from]! - pass.daylessClockSentence <= DAYLESS_SCENE_SENTENCES;
  // (Or the dates of that sentence all fall on one day: `Practice begins on Friday with the first session at 17:30.`)
  anchors.lastAlone = (pass.datesInLastSentence === 1 || pass.lastSentenceDay !== null) && !pass.lastWasBound;
  const opener = toks[pass.lastFrom - 1]?.kind === 'word' ? pass.lastFrom - 1 : pass.lastFrom;
  anchors.lastOpensSentence = pass.lastFrom >= 0 && (opener === 0 || sent[opener - 1] !== sent[opener]);
  if (anchors.lastQuarter && sent[item.from]! - pass.quarterSentence > QUARTER_TOPIC_SENTENCES) anchors.lastQuarter = null;
  // `rising to a high in June from $29.75 in March`: with no verb to tell it, a month takes the side of publication
  // the date before it in its clause lies on, when that is the past.
  if (tense === 'unknown' && SIDE_SHARING.has(item.spec.kind) && item.spec.shift === undefined && anchors.lastInSentence && endsBefore(anchors.last, anchors.doc)
    && !clauseBoundaryBetween(toks, pass.lastTo, item.from, pass.cues)) tense = 'past';
  // `last winter, when a storm over Christmas ...`: a bare date in a `when` clause on the period just named lies in it.
  const whenYear = anchors.lastInSentence && anchors.last && inWhenClauseAfter(toks, sent, pass.lastTo, item.from) ? yearWithin(item.spec, anchors.last) : undefined;
  // `on the Saturday evening`: a weekday said with `the` names a day of the story's week (resolve.ts).
  // (`The mayor told a meeting on the weekend that ...`: in a dated text, the weekend a saying is dated by is news, the one
  // before publication, whatever day the story told last.)
  const storyWeekend = !(item.spec.weekend && pass.publication && sayingBefore(toks, sent, item.from));
  const spec = whenYear !== undefined ? { ...item.spec, year: whenYear }
    : item.spec.kind === 'weekday' && (toks[item.from - 1]?.lower === 'the' || (item.spec.weekend && toks[item.from]!.lower === 'the' && storyWeekend))
    ? { ...item.spec, storyPeriod: true } : item.spec;
  return { k, item, start, end, since, clock, tense, spec, whenYear };
}

/** Tokens back from a date a verb of saying may stand and still be what the date dates (`told a community meeting on`). */
const SAYING_REACH = 6;
/** Whether a verb of saying stands a few words before token `from` in its sentence, with no clause mark between. */
function sayingBefore(toks: readonly Token[], sent: Int32Array, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - SAYING_REACH && sent[k] === sent[from]; k--) {
    const t = toks[k]!;
    if (t.text === ',' || t.text === ';' || t.lower === 'that') return false;
    if (REPORTING_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** A chapter list's first stamp: the recording's start (`00:00`, `0:00`, `00:00:00`). */
const CHAPTER_START = /^0{1,2}:00(?::00)?$/;

/**
 * The text's first stamp settles what its stamps are: a podcast's chapter list (`00:00 – Cold open`) when it is
 * the recording's start; an incident's timeline on the day of a time said just before on another day than
 * publication's (`between 14:02 and 15:47 UTC on Tuesday 3 March`, then `14:09 - Error rates pass 5%`); else the
 * publication day's (a live page's stamps stay on it whatever their entries say).
 */
function noteFirstStamp(pass: TagPass, start: number, end: number): void {
  pass.stampSeen = true;
  pass.chapterMarks = CHAPTER_START.test(pass.text.slice(start, end));
  const last = pass.anchors.last ?? '';
  const doc = pass.anchors.doc;
  pass.stampRunDay = /^\d{4}-\d{2}-\d{2}T\d/.test(last) && doc !== null && last.slice(0, 10) !== formatYmd(doc) ? parseYmd(last.slice(0, 10)) : null;
}

/** Words before a date that make it a baseline or a bound rather than the date of the sentence's happening. */
const BASELINE_WORDS = new Set(['since', 'than']);

/** Whether a spec names a day (or a time on one): `Friday`, `March 3`, `yesterday`, `2022-01-07`. */
function namesDay(s: Recognized['spec']): boolean {
  if (s.type === 'SET' || s.type === 'DURATION') return false;
  if (s.kind === 'weekday' || s.kind === 'md' || s.kind === 'ordday') return !s.weekend;
  if (s.kind === 'deictic' || s.kind === 'anaphoric') return s.unit === 'D';
  return s.kind === 'abs' && /^(?:BC)?\d{4}-\d{2}-\d{2}/.test(s.value ?? '');
}

/** A stated month or season of a year (`November 2019`, `summer 1987`), some weekday (`on a Monday`), or a year after `in`: no one day. */
function statedPeriod(value: string | undefined, before: string | undefined): boolean {
  return value !== undefined && (/^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(value) || value.startsWith('XXXX-WXX-') || (before === 'in' && /^\d{4}$/.test(value)));
}

/**
 * The sentences that date something by a recurrence or a longer period and name no day (`Stalls open at 8 a.m.
 * on Saturdays`, `on three Fridays in July, from 6 p.m.`): a clock time in them belongs to no day of the text.
 */
export function sentencesWithoutDays(toks: readonly Token[], items: readonly Recognized[], sent: Int32Array): Set<number> {
  const withDay = new Set<number>();
  const withPeriod = new Set<number>();
  for (const item of items) {
    const s = item.spec;
    if (s.kind === 'clock' || s.kind === 'pod') continue;
    // `their biggest gain since March`: a baseline, not the sentence's date.
    // (So is one in a `since` clause about a thing: `a plaque to the men killed since it opened in 1891 ... at noon`.)
    if ((item.from > 0 && BASELINE_WORDS.has(toks[item.from - 1]!.lower)) || comparedWith(toks, sent, item.from)) continue;
    const id = sent[item.from]!;
    if (namesDay(s)) withDay.add(id);
    else if (s.type === 'SET' || s.kind === 'month' || s.kind === 'season' || statedPeriod(s.kind === 'abs' ? s.value : undefined, toks[item.from - 1]?.lower)) withPeriod.add(id);
  }
  for (const id of withDay) withPeriod.delete(id);
  return withPeriod;
}
