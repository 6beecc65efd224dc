/** tagTimexes: tokenize, recognize, combine, then resolve each expression against its anchors. */
import type { Tense, TagOptions, TextSpan, Timex } from '../model/types.js';
import { type Ymd, addDays, formatYmd, isValidYmd, parseYmd } from './calendar.js';
import { combine } from './combine.js';
import { documentDateFrom, isDatelineAt } from './document-date.js';
import { type Recognized, recognize } from './recognize.js';
import { type Anchors, resolveSpec, setLastMentioned, shiftYearsKeep } from './resolve.js';
import { type ClauseCue, clauseCue, clauseTense, isPastPerfectAt } from './tense.js';
import { inWhenClauseAfter, yearWithin } from './when-clause.js';
import { definesRecurringPeriod } from './recurring-period.js';
import { unresolvedValue } from './resolvers.js';
import { sentenceIds, sentenceIdsFromSpans } from '../text/sentences.js';
import { QUARTER_CLOSED_BY } from '../text/lexicon.js';
import { type Token, tokenize } from '../text/tokens.js';
import { type Int8Lender, int8Lender } from '../text/scratch.js';
import { daysFromCivil, precisionOfValue, timexValueToInterval } from '../model/timex-value.js';

const QUARTER_TOPIC_SENTENCES = 4;
/** Kinds whose direction depends on tense. */
const TENSED = new Set(['weekday', 'md', 'month', 'season', 'quarter', 'ordday']);
/** Words before a date that make it the bound of a span still to come (`runs through Monday`). */
const BOUND_WORDS = new Set(['until', 'till', 'through', 'thru']);
/** Values of vague references to the present, the past or the future. */
const VAGUE_REFS = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
/** Precisions that make a value a usable anchor for `that year`, `two days later`. */
const ANCHOR_PRECISIONS = new Set(['year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute']);

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

/**
 * Finds and normalizes the temporal expressions of a text. Relative expressions are anchored to
 * `options.documentDate`, else the publication date found in the text, else `options.referenceDate`;
 * with none of these they are tagged but left unresolved (`XXXX-XX-XX`). Never the machine clock.
 */
/** A news agency's mark in a dateline: `(AP)`, `(Reuters)`, `(AFP)`. */
const WIRE_MARK = /\((?:AP|Reuters|AFP|Bloomberg|UPI|dpa|Xinhua|ANSA|EFE|PTI|Yonhap|Kyodo|CNN|BBC)\)\s{0,3}[-–—]/;


/**
 * The quarter closed by the date right after it: `the quarter ended Sept. 30` is that date's quarter,
 * `its fourth quarter ended Aug. 26` keeps its (fiscal) number and takes the date's year. Null otherwise.
 */
function quarterClosedBy(text: string, toks: readonly Token[], item: Recognized, next: Recognized | undefined,
  anchors: Anchors, sent: Int32Array, cues: Int8Array): { value: string; explanation: string } | null {
  const spec = item.spec;
  const bare = spec.kind === 'anaphoric' && spec.unit === 'Q' && (spec.n ?? 0) === 0;
  const numbered = spec.kind === 'quarter' && spec.q !== undefined && spec.year === undefined && !spec.yearSpec;
  if ((!bare && !numbered) || !next || sent[next.from] !== sent[item.from]) return null;
  if (!QUARTER_CLOSED_BY.test(text.slice(toks[item.to - 1]!.end, toks[next.from]!.start))) return null;
  const closer = resolveSpec(next.spec, anchors, clauseTense(toks, sent, next.from, next.to, cues));
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

export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  return tagText(text, options);
}

/**
 * `tagTimexes`, with the text's sentences when a caller has split it already (extraction splits a
 * text once for the tagger and for events); without them the tokens' own sentence breaks serve.
 */
/** Words that keep a timeline's entry in the future (`Friday – Talks will resume`, `March: vote due`). */
/** Past reporting verbs: after one, an entry's line tells what was said, which may look ahead. */
const REPORTED_PAST = new Set(['said', 'announced', 'told', 'warned', 'confirmed', 'revealed', 'promised', 'pledged', 'agreed', 'decided', 'voted', 'ruled']);
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
  const s = sent[item.from];
  for (let k = item.to + 1; k < toks.length && sent[k] === s && !toks[k]!.newline; k++) {
    const w = toks[k]!;
    if (ENTRY_FUTURE.has(w.lower)) return false;
    // `November: The trust said the market would close next year`: the entry's own verb is past; what was said may look ahead.
    if (w.kind === 'word' && !w.capital && REPORTED_PAST.has(w.lower)) return true;
  }
  return true;
}

/**
 * Whether the date at tokens [from, to) sits in an aside that closes before token `at`: a relative clause set off
 * by commas (`Bream, who joined the firm in 2016, pleaded not guilty in May`). Its date is no year for `May`.
 */
function inClosedAside(toks: readonly Token[], sent: Int32Array, from: number, to: number, at: number): boolean {
  if (from < 0) return false;
  let opens = false;
  for (let k = from - 1; k >= 0 && k >= from - 12 && sent[k] === sent[from]; k--) {
    const w = toks[k]!.lower;
    if (w === ',') break;
    if ((w === 'who' || w === 'which' || w === 'whose') && toks[k - 1]?.text === ',') { opens = true; break; }
  }
  if (!opens) return false;
  for (let k = to; k < at; k++) if (toks[k]!.text === ',') return true;
  return false;
}

/** The tense `since` gives its date (`since October`): the past, told by no verb. */
const PAST_CUE: ClauseCue = { tense: 'past', at: -1 };

/** Stated years needed before a text can be judged to be told in story time. */
const STORY_MIN_YEARS = 3;

/**
 * Whether a text is told in story time: at least three stated years, most of them (two in three)
 * more than two years before publication, as in a history or a biography rather than news.
 */
function toldInStoryTime(toks: readonly Token[], sent: Int32Array, items: readonly Recognized[], doc: Ymd | null): boolean {
  if (!doc) return false;
  let years = 0, far = 0, prevSentence = -1, prevTo = -1, deictic = 0;
  for (const item of items) {
    // `was sentenced Tuesday`, `last spring`, `next month`: the telling keeps to the present.
    if (item.spec.kind === 'weekday' || item.spec.kind === 'deictic' || (item.spec.shift !== undefined && item.spec.kind !== 'anaphoric')) deictic++;
    const m = item.spec.kind === 'abs' && item.spec.type === 'DATE' ? /^(\d{4})(?:-|$)/.exec(item.spec.value ?? '') : null;
    if (!m) continue;
    const sentence = sent[item.from]!;
    // A year the story has not reached: a list's later members (`in 1998, 2003 and 2011`) and the
    // baselines of comparisons (`the best since 1987`, `more than the 89 collected in 2003`).
    const listed = sentence === prevSentence && item.from - prevTo <= 2;
    prevSentence = sentence;
    prevTo = item.to;
    if (listed || comparedWith(toks, sent, item.from)) continue;
    years++;
    if (doc.y - Number(m[1]) > 2) far++;
  }
  // A news story that recalls a few past years (a court case's crimes) still tells its present as often.
  return years >= STORY_MIN_YEARS && far * 3 >= years * 2 && deictic < far;
}

/**
 * Whether item k stands alone on its line and heads prose under it: not one of a list of dates (another date on
 * the line before or after it) and not announced by a line ending with a colon.
 */
function isEntryHeading(toks: readonly Token[], items: readonly Recognized[], k: number): boolean {
  const item = items[k]!;
  const startsLine = opensLine(toks, item.from) || afterPlaceOnLine(toks, item.from);
  const next = toks[item.to];
  // (The text under it may open with a word or with a clock time: a programme guide's `07:00 Breakfast ...`.)
  if (!startsLine || !next || !next.newline || (next.kind !== 'word' && next.kind !== 'num')) return false;
  if (item.from > 0 && toks[item.from - 1]!.text === ':') return false;
  const aloneOnLine = (x: Recognized | undefined): boolean => x !== undefined && opensLine(toks, x.from) && (x.to >= toks.length || toks[x.to]!.newline);
  const before = items[k - 1], after = items[k + 1];
  return !(before && before.to === item.from && aloneOnLine(before)) && !(after && after.from === item.to && aloneOnLine(after));
}

/** A heading of a column of what happened on this day in past years, in the first characters of a text. */
const ON_THIS_DAY = /\b(?:on this (?:day|date)|this day in history|today in history)\b/i;
const ON_THIS_DAY_HEAD = 300;
/** Dashes that set a timeline entry's date off from its text (`1912 – The tramway opens`). */
const ENTRY_DASHES = new Set(['-', '–', '—']);

/** Whether the token at `i` is the first of its line. */
const opensLine = (toks: readonly Token[], i: number): boolean => i === 0 || toks[i]!.newline;

/** Tokens a letter's place may take before its date (`14 Brompton Square, Kensington,`). */
const PLACE_TOKENS = 8;

/**
 * Whether the token at `at` follows only a place and a comma on its line, as a letter's heading puts it (`Ashcombe
 * Rectory, 12th March 1864`, `14 Brompton Square, Kensington, 29th March 1864`): capitalized words, numbers, commas.
 */
function afterPlaceOnLine(toks: readonly Token[], at: number): boolean {
  if (toks[at - 1]?.text !== ',') return false;
  for (let k = at - 2; k >= 0 && k >= at - 1 - PLACE_TOKENS; k--) {
    const t = toks[k]!;
    const placeWord = (t.kind === 'word' && t.text[0] !== t.lower[0]) || t.kind === 'num' || t.text === ',';
    if (!placeWord) return false;
    if (k === 0 || t.newline) return t.text !== ',';
  }
  return false;
}

/** Whether `since` or `than` comes earlier in the same clause (no comma between). */
function comparedWith(toks: readonly Token[], sent: Int32Array, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12 && sent[k] === sent[at]; k--) {
    const w = toks[k]!.lower;
    if (w === 'since' || w === 'than') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** Lends tagText its memo of verb cues (one code per token, zero at first). */
let cueMemo: Int8Lender | null = null;

export function tagText(text: string, options: TagOptions, sentences?: readonly TextSpan[]): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const toks = tokenize(text);
  const items = combine(toks, recognize(toks, options));
  // A date at the top of the text is the publication date only when none is given or it agrees with it.
  const stated = documentDateFrom(text, toks, items);
  const found = stated && options.documentDate && stated.value.slice(0, 10) !== String(options.documentDate).slice(0, 10) ? null : stated;
  let doc: Ymd | null = null;
  let docLabel = 'the publication date';
  let docClock: number | null = null;
  if (options.documentDate) [doc, docClock] = [parseAnchor(options.documentDate), clockOf(options.documentDate)];
  if (!doc && found) [doc, docClock] = [parseYmd(found.value), clockOf(found.value)];
  if (!doc && options.referenceDate) {
    [doc, docClock] = [parseAnchor(options.referenceDate), clockOf(options.referenceDate)];
    docLabel = 'the reference date';
  }
  const sent = sentences ? sentenceIdsFromSpans(toks, sentences) : sentenceIds(toks);
  // A wire story without a year in its dateline (`TOKYO, Jan. 2 (AP) -`) is news all the same.
  const mode = options.mode ?? (!doc && WIRE_MARK.test(text.slice(0, 600)) ? 'news' : 'auto');
  const anchors: Anchors = { doc, docLabel, docClock, last: null, lastInSentence: false, lastQuarter: null, mode, story: mode === 'auto' && toldInStoryTime(toks, sent, items, doc) };
  let lastSentence = -1;
  let datesInLastSentence = 0;
  let lastWasBound = false;
  // A column of what happened on this day in past years (`On this day`, `Today in history`).
  const onThisDay = ON_THIS_DAY.test(text.slice(0, ON_THIS_DAY_HEAD));
  /** The publication date a digest item's own dateline stands in for, until the end of its paragraph. */
  let datelineItem: { doc: Ymd | null; docLabel: string; end: number } | null = null;
  let lastFrom = -1;
  let lastTo = -1;
  let quarterSentence = -1;
  const timexes: Timex[] = [];
  // The verb cue of each token, worked out once for all the tense windows it falls in.
  const cues = (cueMemo ??= int8Lender()).take(toks.length);
  if (found) {
    timexes.push({
      id: '', start: found.start, end: found.end, text: found.text, type: found.value.includes('T') ? 'TIME' : 'DATE',
      value: found.value, documentDate: true,
      derivation: { rule: 'document-date', anchor: 'none', explanation: 'the publication date stated at the top of the text' },
    });
  }
  /** The value of the expression before this one (for a range's end). */
  let prevValue: string | null = null;
  /** The last day the text stated (a value of day precision, not counted from another), and the first day of a day count (`Day 1.`). */
  let lastStatedDay: Ymd | null = null;
  /** Whether a clock time opening its line (a stamp) was seen, and the day the text's stamps lie on when not publication's. */
  let stampSeen = false;
  let chapterMarks = false;
  let stampRunDay: Ymd | null = null;
  /** The last day the text stated, counted from another or not (`that date` names it). */
  let lastAnyDay: Ymd | null = null;
  let dayOne: Ymd | null = null;
  const undated = sentencesWithoutDays(toks, items, sent);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const start = toks[item.from]!.start;
    const end = toks[item.to - 1]!.end;
    if (found && start < found.end && end > found.start) continue;
    if (datelineItem && start > datelineItem.end) {
      [anchors.doc, anchors.docLabel] = [datelineItem.doc, datelineItem.docLabel];
      datelineItem = null;
    }
    // `since October` counts up to now: the last October, whatever the verb or the year mentioned before.
    const since = toks[item.from - 1]?.lower === 'since';
    const clock = item.spec.kind === 'clock' || item.spec.kind === 'pod';
    const told = !TENSED.has(item.spec.kind) && !clock && !item.spec.storyPeriod ? null : since ? PAST_CUE : clauseCue(toks, sent, item.from, item.to, cues);
    let tense: Tense = told?.tense ?? 'unknown';
    anchors.pastPerfect = told !== null && told.at >= 0 && isPastPerfectAt(toks, told.at);
    anchors.futureInPast = told !== null && told.tense === 'future' && told.at >= 0 && isWouldAt(toks, told.at);
    // `The time is 13:23`, `It is 8:43`: a time right after a present `is` states the time now, not a schedule's.
    const beforeClock = toks[item.from - 1]?.text === 'T' ? toks[item.from - 2] : toks[item.from - 1]; // (`is T13:23:42`)
    anchors.presentCopula = clock && (beforeClock?.lower === 'is' || beforeClock?.lower === 'are');
    if (item.spec.looksBack && tense !== 'future') tense = 'past';
    // A clock time that opens its line is a live page's stamp (`11:20 BST - Unions said ...`): its clause tells it no side.
    anchors.lineStamp = clock && opensLine(toks, item.from);
    if (anchors.lineStamp) tense = 'unknown';
    // An incident's timeline (`14:09 - Error rates pass 5%`) after a time said on another day than publication's
    // (`between 14:02 and 15:47 UTC on Tuesday 3 March`): its stamps are that day's. (The text's first stamp settles it:
    // a live page's stamps, after a time of the publication day, stay on that day whatever their entries say.)
    if (anchors.lineStamp && !stampSeen) {
      stampSeen = true;
      // A podcast's or a video's chapter list (`00:00 – Cold open`, `02:15 – ...`): offsets into the recording, no times.
      chapterMarks = CHAPTER_START.test(text.slice(start, end));
      const last = anchors.last ?? '';
      stampRunDay = /^\d{4}-\d{2}-\d{2}T\d/.test(last) && anchors.doc !== null && last.slice(0, 10) !== formatYmd(anchors.doc) ? parseYmd(last.slice(0, 10)) : null;
    }
    if (anchors.lineStamp && chapterMarks) continue;
    // A timeline's entry (`29 September – The walkout begins`) is told in the historical present: it looks back.
    if (TENSED.has(item.spec.kind) && tense !== 'past' && entryDate(toks, sent, item)) tense = 'past';
    // `runs through Monday`, `closed until Friday`: a bound not in the past looks ahead.
    // (Not the end of a range the same row read, `June 8 through 11`: it keeps to the side of its start.)
    const prevItem = items[k - 1];
    const rangeEnd = prevItem !== undefined && prevItem.rule === item.rule && prevItem.to === item.from - 1;
    const bound = !rangeEnd && BOUND_WORDS.has(toks[item.from - 1]?.lower ?? '');
    if (TENSED.has(item.spec.kind) && tense !== 'past' && bound) tense = 'future';
    // ... and on the story's clock `by January` after `in December` is a later bound too (the next January).
    anchors.boundAhead = bound || toks[item.from - 1]?.lower === 'by';
    anchors.spanEnd = bound;
    // `Tuesdays to Saturdays at 7.45pm`, `on Saturdays at 2.30pm`: a time of a recurrence just named belongs to no one day.
    const ofRecurrence = clock && k > 0 && items[k - 1]!.spec.type === 'SET' && item.from - items[k - 1]!.to <= 1;
    anchors.noDayInSentence = clock && (ofRecurrence || undated.has(sent[item.from]!));
    anchors.lastInSentence = lastSentence === sent[item.from] && !since && !inClosedAside(toks, sent, lastFrom, lastTo, item.from);
    anchors.lastNear = lastSentence >= 0 && sent[item.from]! - lastSentence <= 1;
    anchors.lastAlone = datesInLastSentence === 1 && !lastWasBound;
    // A quarter stays the topic for a few sentences.
    if (anchors.lastQuarter && sent[item.from]! - quarterSentence > QUARTER_TOPIC_SENTENCES) anchors.lastQuarter = null;
    // `last winter, when a storm over Christmas ...`: a bare date in a `when` clause on the period just named lies in it.
    const year = anchors.lastInSentence && anchors.last && inWhenClauseAfter(toks, sent, lastTo, item.from) ? yearWithin(item.spec, anchors.last) : undefined;
    // `whose fiscal year runs from April to March`: months of every such year, not dates.
    const generic = (item.spec.kind === 'month' || item.spec.kind === 'md') && item.spec.year === undefined && !item.spec.feast && definesRecurringPeriod(toks, sent, item.from);
    // `on the Saturday evening`: a weekday said with `the` names a day of the story's week (resolve.ts).
    const spec = year !== undefined ? { ...item.spec, year }
      : item.spec.kind === 'weekday' && (toks[item.from - 1]?.lower === 'the' || (item.spec.weekend && toks[item.from]!.lower === 'the'))
      ? { ...item.spec, storyPeriod: true } : item.spec;
    // `Day 1.`, `Day 3.`: a count of days from the day the text stated last before its first day; without one, no date.
    // (A count begins at a `Day 1` heading, or at `(day 1)` right after a date: `on 11 August 2024 (day 1)`.)
    const dayCount = item.spec.dayCount;
    if (dayCount) {
      if (dayCount.n === 1 && (dayCount.heading || (k > 0 && item.from - items[k - 1]!.to <= 1 && lastStatedDay !== null))) dayOne = lastStatedDay;
      if (!dayOne) continue;
    }
    const r = dayCount && dayOne
      ? dayOfCount(dayOne, dayCount.n, item.spec.time)
      : item.spec.statedDay && lastAnyDay && !/^\d{4}-\d{2}-\d{2}/.test(anchors.last ?? '')
      ? { value: formatYmd(lastAnyDay), type: 'DATE' as const, anchor: 'narrative' as const, anchorValue: formatYmd(lastAnyDay), explanation: `the day the text last stated (${formatYmd(lastAnyDay)})` }
      : generic
      ? { value: unresolvedValue(item.spec), type: item.spec.type, anchor: 'unresolved' as const, explanation: 'a month of every such year (a recurring year is defined), not a date' }
      // `Today her studio is kept as it was`, in a text with no date of its own: the present, as `now` is.
      : !anchors.doc && item.to - item.from === 1 && toks[item.from]!.lower === 'today' && item.spec.kind === 'deictic' && !item.spec.time
      ? { value: 'PRESENT_REF', type: 'DATE' as const, anchor: 'none' as const, explanation: '`today` in a text with no date of its own: the present' }
      : anchors.lineStamp && stampRunDay ? resolveOnDay(spec, anchors, tense, stampRunDay)
      : resolveSpec(spec, anchors, tense);
    if (year !== undefined) r.explanation += `, inside ${anchors.last!}: a \`when\` clause on that period`;
    // An `On this day` column's entries (`1912 – The tramway opens`): a year opening its line is this day of that year.
    if (onThisDay && anchors.doc && /^\d{4}$/.test(r.value) && opensLine(toks, item.from) && ENTRY_DASHES.has(toks[item.to]?.text ?? '')) {
      const md = formatYmd(anchors.doc).slice(4);
      if (isValidYmd(Number(r.value), anchors.doc.m, anchors.doc.d)) {
        r.value += md;
        r.explanation += `; in an \`on this day\` column, the day and month of ${anchors.docLabel} (${formatYmd(anchors.doc)})`;
      }
    }
    // `from Monday to Friday`, `between March and May`: the end of a range lies on or after its start.
    const rangeStart = k > 0 && prevValue !== null && rangeEndOf(toks, items[k - 1]!, item) ? prevValue : null;
    // (Days of a range over the turn of a year are placed by the events, nearer the publication date.)
    if (rangeStart && item.spec.kind === 'weekday' && items[k - 1]!.spec.kind === 'weekday' && item.spec.shift === undefined) {
      const later = laterThan(rangeStart, r.value);
      if (later !== r.value) {
        r.value = later;
        r.explanation += `, moved on to end the range that starts ${rangeStart}`;
      }
    }
    // `from May to December`, `from September to May`: bare months whose end came out before the start. Either the end
    // moves a year on or the start a year back, whichever range lies nearer the publication date (0 if it holds it).
    const prevTimex = timexes[timexes.length - 1];
    const docDay = anchors.doc;
    if (rangeStart && docDay && prevTimex && prevTimex.value === rangeStart && item.spec.kind === 'month' && items[k - 1]!.spec.kind === 'month'
      && item.spec.shift === undefined && item.spec.year === undefined && items[k - 1]!.spec.year === undefined
      && /^\d{4}-\d{2}$/.test(rangeStart) && /^\d{4}-\d{2}$/.test(r.value) && r.value < rangeStart) {
      const month = (v: string): number => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
      const at = docDay.y * 12 + docDay.m - 1;
      const away = (from: number, to: number): number => (at < from ? from - at : at > to ? at - to : 0);
      const [s0, e0] = [month(rangeStart), month(r.value)];
      const yearOn = (v: string, n: number): string => `${String(Number(v.slice(0, 4)) + n).padStart(4, '0')}${v.slice(4)}`;
      if (away(s0, e0 + 12) <= away(s0 - 12, e0)) {
        r.value = yearOn(r.value, 1);
        r.explanation += `, a year on to end the range that starts ${rangeStart}`;
      } else {
        prevTimex.value = yearOn(rangeStart, -1);
        prevTimex.derivation.explanation += `, a year back to start the range that ends ${r.value}`;
      }
    }
    const closing = quarterClosedBy(text, toks, item, items[k + 1], anchors, sent, cues);
    if (closing) {
      r.value = closing.value;
      r.explanation = closing.explanation;
    }
    // `since March` written in January is last March: a `since` date never lies after the anchor.
    if (since && TENSED.has(item.spec.kind) && item.spec.year === undefined && r.anchorValue && /^\d{4}-/.test(r.value)) {
      const begins = timexValueToInterval(r.value)?.start.getTime();
      const anchorStart = timexValueToInterval(r.anchorValue.slice(0, 10))?.start.getTime();
      if (begins !== undefined && anchorStart !== undefined && begins > anchorStart) {
        r.value = `${String(Number(r.value.slice(0, 4)) - 1).padStart(4, '0')}${r.value.slice(4)}`;
        r.explanation += ', a year back: a date after `since` lies before the publication date';
      }
    }
    // `since year-end` written in October: the end of a period still under way is the previous one's.
    if (since && item.spec.kind === 'deictic' && (item.spec.n ?? 0) === 0 && item.spec.mod === 'END' && /^\d{4}$/.test(r.value) && doc && Number(r.value) === doc.y) {
      r.value = String(doc.y - 1).padStart(4, '0');
      r.explanation += ', a year back: the current year has not ended';
    }
    // Each object made whole, its fields in the order they always had (no field added afterwards).
    const { rule } = item;
    const { anchor, explanation, anchorValue } = r;
    const derivation: Timex['derivation'] = anchorValue
      ? (tense !== 'unknown' ? { rule, anchor, explanation, anchorValue, tense } : { rule, anchor, explanation, anchorValue })
      : (tense !== 'unknown' ? { rule, anchor, explanation, tense } : { rule, anchor, explanation });
    const timex: Timex = item.spec.mod
      ? { id: '', start, end, text: text.slice(start, end), type: r.type, value: r.value, derivation, mod: item.spec.mod }
      : { id: '', start, end, text: text.slice(start, end), type: r.type, value: r.value, derivation };
    timexes.push(timex);
    prevValue = r.value;
    // A date alone on its line heading the text under it (a diary's `Friday 7 August`, a live page's day) is that
    // text's today: `This evening`, `Yesterday` under it count from it.
    if (/^\d{4}-\d{2}-\d{2}/.test(r.value) && !dayCount && isEntryHeading(toks, items, k)) {
      anchors.doc = parseYmd(r.value.slice(0, 10));
      anchors.docLabel = `the date heading this entry (${r.value.slice(0, 10)})`;
    } else if (/^\d{4}-\d{2}-\d{2}$/.test(r.value) && !item.spec.time && (dayCount?.heading === true || (!dayCount && isDatelineAt(text, start, end)))) {
      // A wire item's own dateline in a digest (`NAIROBI, Oct. 13 (Wire) — ... today`), or a day count's heading (`Day 3.
      // ... That night`): that item's today, to the end of its paragraph.
      datelineItem ??= { doc: anchors.doc, docLabel: anchors.docLabel, end: 0 };
      // (A second dateline on the line already found its end: the line is not read again.)
      if (datelineItem.end < end) {
        const nl = text.indexOf('\n', end);
        datelineItem.end = nl < 0 ? text.length : nl;
      }
      anchors.doc = parseYmd(r.value);
      anchors.docLabel = dayCount ? `day ${dayCount.n} of the count (${r.value})` : `the date of this item's dateline (${r.value})`;
    }
    const p = precisionOfValue(r.value);
    // Comparisons (`a year earlier`) do not move the story's clock.
    const comparison = item.spec.kind === 'anaphoric' && item.spec.shift === 1;
    // `the 1988 period` after a 1989 third quarter is the year-ago one compared with: the topic stays.
    const yearAgoOfTopic = anchors.lastQuarter !== null && item.spec.year !== undefined && r.value === shiftYearsKeep(anchors.lastQuarter, -1);
    if (p === 'quarter' && !comparison && !yearAgoOfTopic) {
      anchors.lastQuarter = r.value;
      quarterSentence = sent[item.from]!;
    }
    // A vague reference to the present or the recent past (`in recent years`, `now`, `until some months
    // ago`) brings the telling back to the present: bare months no longer follow the story's year.
    if (VAGUE_REFS.has(r.value) || (r.type === 'DURATION' && /X/.test(r.value) && (toks[item.to]?.lower === 'ago' || /\b(?:recent|past|last)\b/i.test(text.slice(start, end))))) anchors.presentTold = true;
    // Where the story has reached, if this expression moves it. A `since` date counts up to now: it is not where the
    // story has reached. A weekly recurrence in a stated year (`on Thursdays in 1994`) tells it, as the year alone would.
    // A time of day that took the publication day only for want of another (`stayed open until 10pm`, told of July)
    // leaves the story where it was.
    const defaulted = clock && r.anchor === 'document-date' && anchors.lastDay != null && anchors.last !== null && anchors.doc !== null
      && !anchors.last.startsWith(formatYmd(anchors.doc));
    const dated = (r.type === 'DATE' || r.type === 'TIME') && p && ANCHOR_PRECISIONS.has(p) && !r.value.includes('X') && !comparison && !since && !defaulted && !comparedWith(toks, sent, item.from)
      && !restatesStoryDate(item.spec, r.value, anchors.last);
    const reached = dated ? r.value : r.type === 'SET' && !since && /^\d{4}-WXX/.test(r.value) ? r.value.slice(0, 4) : null;
    if (reached !== null && dated) {
      const day = /^\d{4}-\d{2}-\d{2}/.test(r.value) ? parseYmd(r.value.slice(0, 10)) : null;
      anchors.pastRun = day && anchors.doc && daysFromCivil(anchors.doc.y, anchors.doc.m, anchors.doc.d) - daysFromCivil(day.y, day.m, day.d) > PAST_RUN_DAYS ? (anchors.pastRun ?? 0) + 1 : 0;
    }
    if (reached !== null) {
      // (A day counted from another, `returns eight days later`, starts no count: `Day 1` is the day set out.)
      if (dated && /^\d{4}-\d{2}-\d{2}/.test(r.value)) {
        lastAnyDay = parseYmd(r.value.slice(0, 10));
        if (item.spec.kind !== 'anaphoric') lastStatedDay = lastAnyDay;
      }
      if (dated && r.anchor === 'none') anchors.presentTold = false;
      setLastMentioned(anchors, reached);
      datesInLastSentence = lastSentence === sent[item.from] ? datesInLastSentence + 1 : 1;
      lastWasBound = anchors.boundAhead === true;
      lastSentence = sent[item.from]!;
      lastFrom = item.from;
      lastTo = item.to;
    }
  }
  timexes.sort((a, b) => a.start - b.start);
  timexes.forEach((t, k) => { t.id = `t${k + 1}`; });
  return timexes;
}

/** The first stamp of a chapter list: the recording's start (`00:00`, `0:00`, `00:00:00`). */
const CHAPTER_START = /^0{1,2}:00(?::00)?$/;

/** Days a date must lie before publication to count as the story's past (`Anchors.pastRun`). */
const PAST_RUN_DAYS = 45;

/** Resolves `spec` with `day` standing for the publication date (a timeline's stamps on the day of its incident). */
function resolveOnDay(spec: Recognized['spec'], anchors: Anchors, tense: Tense, day: Ymd): ReturnType<typeof resolveSpec> {
  const [doc, docLabel] = [anchors.doc, anchors.docLabel];
  anchors.doc = day;
  anchors.docLabel = `the day of the time stated before this timeline (${formatYmd(day)})`;
  try {
    return resolveSpec(spec, anchors, tense);
  } finally {
    [anchors.doc, anchors.docLabel] = [doc, docLabel];
  }
}

/** The value of day `n` of a count whose first day is `first`. */
function dayOfCount(first: Ymd, n: number, time?: string): { value: string; type: 'DATE' | 'TIME'; anchor: 'narrative'; anchorValue: string; explanation: string } {
  const from = formatYmd(first);
  // (`the evening of day 1`: that day's evening.)
  const value = formatYmd(addDays(first, n - 1)) + (time && /^T[A-Z]{2}$/.test(time) ? time : '');
  return { value, type: value.includes('T') ? 'TIME' : 'DATE', anchor: 'narrative', anchorValue: from, explanation: `day ${n} of the count of days that starts on ${from}, the day stated before its day 1` };
}

/**
 * Whether an expression only names the period the story is in (`that winter`, `the same year`, `that month`)
 * and holds the story's last date: the story has not moved, and its finer date stays the clock
 * (`on Christmas Eve ... that winter. In January` is the January after that Christmas).
 */
function restatesStoryDate(spec: Recognized['spec'], value: string, last: string | null): boolean {
  const restating = (spec.kind === 'anaphoric' && (spec.n ?? 0) === 0) || (spec.kind === 'season' && spec.anaphor === 0);
  if (!restating || last === null) return false;
  const period = timexValueToInterval(value);
  const inner = timexValueToInterval(last);
  return period !== null && inner !== null && inner.start >= period.start && inner.end <= period.end && (inner.end.getTime() - inner.start.getTime()) < (period.end.getTime() - period.start.getTime());
}

/** Whether the verb at `at` is `would` or follows it in its verb group (`would be finished`, `would not reopen`). */
function isWouldAt(toks: readonly Token[], at: number): boolean {
  for (let k = at; k >= 0 && k >= at - 3; k--) {
    const w = toks[k]!;
    if (w.lower === 'would') return true;
    if (w.kind !== 'word') return false;
  }
  return false;
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
function sentencesWithoutDays(toks: readonly Token[], items: readonly Recognized[], sent: Int32Array): Set<number> {
  const withDay = new Set<number>();
  const withPeriod = new Set<number>();
  for (const item of items) {
    const s = item.spec;
    if (s.kind === 'clock' || s.kind === 'pod') continue;
    // `their biggest gain since March`: a baseline, not the sentence's date.
    if (item.from > 0 && BASELINE_WORDS.has(toks[item.from - 1]!.lower)) continue;
    const id = sent[item.from]!;
    if (namesDay(s)) withDay.add(id);
    else if (s.type === 'SET' || s.kind === 'month' || s.kind === 'season' || statedPeriod(s.kind === 'abs' ? s.value : undefined, toks[item.from - 1]?.lower)) withPeriod.add(id);
  }
  for (const id of withDay) withPeriod.delete(id);
  return withPeriod;
}

/** Words between the two ends of a range opened by `from` or `between`. */
const RANGE_GLUE = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', '—', 'and']);

/** `from A to B`, `between A and B`, `A–B`: `b` ends a range that `a` starts. */
function rangeEndOf(toks: readonly Token[], a: Recognized, b: Recognized): boolean {
  if (b.from !== a.to + 1 || !RANGE_GLUE.has(toks[a.to]!.lower)) return false;
  const opener = toks[a.from - 1]?.lower ?? '';
  if (toks[a.to]!.lower === 'and') return opener === 'between';
  // `Monday to Friday`, `May - December`: two weekdays or two months joined by `to` or a dash need no `from`.
  const sameKind = a.spec.kind === b.spec.kind && (a.spec.kind === 'weekday' || a.spec.kind === 'month');
  return opener === 'from' || opener === 'between' || sameKind;
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

/** A day value (with any time after it) moved by `days`. */
function addDaysToValue(value: string, days: number): string | null {
  const day = parseYmd(value);
  return day ? `${formatYmd(addDays(day, days))}${value.slice(10)}` : null;
}
