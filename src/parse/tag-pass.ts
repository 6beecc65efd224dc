/**
 * What the tagger knows as it walks a text's expressions in order: the text read once (tokens, sentences,
 * verb cues, recognized expressions), the anchors of its clocks, and what the story has told so far.
 */
import type { Tense, TagOptions, TextSpan, Timex } from '../model/types.js';
import { type Ymd, parseYmd } from './calendar.js';
import { combine } from './combine.js';
import { withTextDateOrder } from './date-order.js';
import { type DocumentDateMatch, documentDateFrom } from './document-date.js';
import { type Recognized, recognize } from './recognize.js';
import type { Anchors } from './resolve.js';
import type { Spec } from './spec.js';
import { toldInStoryTime } from './story-clock.js';
import { zoneOfMoment } from './zoned-moment.js';
import { sentencesWithoutDays } from './item-cues.js';
import { sentenceIds, sentenceIdsFromSpans } from '../text/sentences.js';
import { type Token, tokenize } from '../text/tokens.js';
import { type Int8Lender, int8Lender } from '../text/scratch.js';

/** The walk over one text. Fields below `timexes` change as the walk goes on. */
export interface TagPass {
  readonly text: string;
  readonly toks: readonly Token[];
  /** The recognized expressions, in text order. */
  readonly items: readonly Recognized[];
  /** The sentence of each token. */
  readonly sent: Int32Array;
  /** The verb cue of each token, worked out once for all the tense windows it falls in. */
  readonly cues: Int8Array;
  /** The publication date stated at the top of the text, when it is the one used. */
  readonly found: DocumentDateMatch | null;
  /** The publication (or reference) date, which no heading or dateline moves. */
  readonly publication: Ymd | null;
  /** The anchors the resolver reads; the walk moves them (headings, datelines, the last date told). */
  readonly anchors: Anchors;
  /** The text is a column of what happened on this day in past years (`On this day`, `Today in history`). */
  readonly onThisDay: boolean;
  /** Sentences dated by a recurrence or a longer period that name no day (`Stalls open at 8 a.m. on Saturdays`). */
  readonly undated: ReadonlySet<number>;
  /** Sentences that name a recurrence (`daily`, `every Friday`, `at weekends`). */
  readonly recurring: ReadonlySet<number>;
  /** The expressions tagged so far. */
  readonly timexes: Timex[];
  /** The value of the expression before this one (a range's start). */
  prevValue: string | null;
  /** The publication date a digest item's own dateline stands in for, until the end of its paragraph. */
  datelineItem: { doc: Ymd | null; docLabel: string; end: number } | null;
  /** The sentence of the last date that moved the story, how many such dates it held, and whether the last was a bound. */
  lastSentence: number;
  datesInLastSentence: number;
  /** The one day all the dates of that sentence fall on (`on Friday ... at 17:30`), or null when they fall on none or on several. */
  lastSentenceDay: string | null;
  lastWasBound: boolean;
  /** The tokens of the last date that moved the story. */
  lastFrom: number;
  lastTo: number;
  /** The sentence of the last quarter named (a quarter stays the topic for a few sentences). */
  quarterSentence: number;
  /** The last day the text stated, not counted from another (a day count's `Day 1` is the day set out). */
  lastStatedDay: Ymd | null;
  /** The last day the text stated, counted from another or not (`that date` names it). */
  lastAnyDay: Ymd | null;
  /** The sentence of that day. */
  lastAnyDaySentence: number;
  /** The first day of a day count (`Day 1.`). */
  dayOne: Ymd | null;
  /** Whether a clock time opening its line (a stamp) was seen; whether the stamps are a chapter list's offsets. */
  stampSeen: boolean;
  chapterMarks: boolean;
  /** The day the text's stamps lie on, when it is not the publication's. */
  stampRunDay: Ymd | null;
  /** The sentence of the last time of day told on no known day (-1: none, or a day was told since). */
  daylessClockSentence: number;
  /** Whether the text has written a clock time in four figures with a leading zero (`at 0615`). */
  fourFigureClock: boolean;
  /**
   * A day a week or more after publication that the text named with its weekday (`opens Friday, Aug. 16`): that
   * weekday said bare after it, in the present or future, is that day.
   */
  weekAhead: Ymd | null;
  /** The last day a bare weekday of the coming week was read as (`practice begins on Friday`), ahead of publication. */
  weekdayAhead: Ymd | null;
  /** How many happenings (anniversaries, days next to one) the walk has looked up (special-readings.ts bounds it). */
  happeningsLookedUp: number;
  /** The year of the birth the text first told (`was born in Norwich on 11 July 1903`), which ages count from. */
  birthYear: number | null;
}

/** One expression as the walk reads it: where it is and what its clause tells. */
export interface ItemAt {
  /** Its index in `TagPass.items`. */
  readonly k: number;
  readonly item: Recognized;
  /** Its characters in the text. */
  readonly start: number;
  readonly end: number;
  /** It follows `since`: it counts up to now. */
  readonly since: boolean;
  /** A clock time or a part of day. */
  readonly clock: boolean;
  /** The tense its clause tells it (or a timeline, a bound or `since` does). */
  readonly tense: Tense;
  /** The spec to resolve: the recognized one, or it placed in a `when` clause's period or in the story's week. */
  readonly spec: Spec;
  /** The year a `when` clause on the period just named gives it (`last winter, when a storm over Christmas`). */
  readonly whenYear: number | undefined;
}

/** A wire agency's mark in a dateline: `(AP)`, `(Reuters)`, `(AFP)`. */
const WIRE_MARK = /\((?:AP|Reuters|AFP|Bloomberg|UPI|dpa|Xinhua|ANSA|EFE|PTI|Yonhap|Kyodo|CNN|BBC)\)\s{0,3}[-–—]/;
/** A heading of a column of what happened on this day in past years, in the first characters of a text. */
const ON_THIS_DAY = /\b(?:on this (?:day|date)|this day in history|today in history)\b/i;
const ON_THIS_DAY_HEAD = 300;

/** The time of day a date states (`2012-08-10T12:14:00`, `2012-08-10 12:14`), in seconds after midnight. */
function clockOf(value: string | undefined): number | null {
  const m = value ? /^\s*\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::(\d{2}))?/.exec(value) : null;
  if (!m) return null;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && min < 60 && sec < 60 ? h * 3600 + min * 60 + sec : null;
}

function parseAnchor(value: string | undefined): Ymd | null {
  if (!value) return null;
  const full = parseYmd(value);
  if (full) return full;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(value.trim());
  return m ? { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: 1 } : null;
}

/** Lends the walk its memo of verb cues (one code per token, zero at first). */
let cueMemo: Int8Lender | null = null;

/**
 * Reads a text once and sets out its walk. The publication date is `options.documentDate`, else the date stated
 * at the top of the text (only when none is given or it agrees), else `options.referenceDate`; with none,
 * relative expressions are tagged but left unresolved. Never the machine clock.
 */
export function openPass(text: string, options: TagOptions, sentences?: readonly TextSpan[]): TagPass {
  const toks = tokenize(text);
  const items = combine(toks, recognize(toks, withTextDateOrder(text, options)));
  const stated = documentDateFrom(text, toks, items);
  const found = stated && options.documentDate && stated.value.slice(0, 10) !== String(options.documentDate).slice(0, 10) ? null : stated;
  let doc: Ymd | null = null;
  let docLabel = 'the publication date';
  let docClock: number | null = null;
  let docZone: string | null = null;
  if (options.documentDate) [doc, docClock, docZone] = [parseAnchor(options.documentDate), clockOf(options.documentDate), zoneOfMoment(options.documentDate)];
  if (!doc && found) [doc, docClock, docZone] = [parseYmd(found.value), clockOf(found.value), zoneOfMoment(found.value)];
  if (!doc && options.referenceDate) {
    [doc, docClock, docZone] = [parseAnchor(options.referenceDate), clockOf(options.referenceDate), zoneOfMoment(options.referenceDate)];
    docLabel = 'the reference date';
  }
  const sent = sentences ? sentenceIdsFromSpans(toks, sentences) : sentenceIds(toks);
  // A wire story without a year in its dateline (`TOKYO, Jan. 2 (AP) -`) is news all the same.
  const mode = options.mode ?? (!doc && WIRE_MARK.test(text.slice(0, 600)) ? 'news' : 'auto');
  // Every field set here, in one order: the resolver reads this object for every expression, and fields added later one
  // by one would give it a slower shape.
  const anchors: Anchors = {
    doc, docLabel, docClock, docZone, last: null, lastDay: null, firstDays: new Map(), daysByWeekday: [], lastInSentence: false, lastNear: false, daylessScene: false,
    lastOpensSentence: false, lastNightDated: false, pastRun: 0, lastAlone: false, lastQuarter: null, mode,
    story: mode === 'auto' && toldInStoryTime(toks, sent, items, doc), presentTold: false, boundAhead: false, spanEnd: false,
    pastPerfect: false, futureInPast: false, noDayInSentence: false, lineStamp: false, presentCopula: false,
  };
  const timexes: Timex[] = [];
  if (found) {
    timexes.push({
      id: '', start: found.start, end: found.end, text: found.text, type: found.value.includes('T') ? 'TIME' : 'DATE',
      value: found.value, documentDate: true,
      derivation: { rule: 'document-date', anchor: 'none', explanation: 'the publication date stated at the top of the text' },
    });
  }
  return {
    text, toks, items, sent, cues: (cueMemo ??= int8Lender()).take(toks.length), found, publication: doc, anchors,
    onThisDay: ON_THIS_DAY.test(text.slice(0, ON_THIS_DAY_HEAD)), undated: sentencesWithoutDays(toks, items, sent),
    recurring: new Set(items.filter((x) => x.spec.type === 'SET').map((x) => sent[x.from]!)), timexes,
    prevValue: null, datelineItem: null, lastSentence: -1, datesInLastSentence: 0, lastSentenceDay: null, lastWasBound: false, lastFrom: -1, lastTo: -1,
    quarterSentence: -1, lastStatedDay: null, lastAnyDay: null, lastAnyDaySentence: -1, dayOne: null, stampSeen: false, chapterMarks: false, stampRunDay: null, daylessClockSentence: -1, fourFigureClock: false, birthYear: null, weekAhead: null, weekdayAhead: null, happeningsLookedUp: 0,
  };
}
