/**
 * From tagged text to timeline events: one event per happening that a date anchors, each traceable
 * to its sentence, with a headline title, a precision and a one-line explanation of its date.
 *
 * Per sentence: its dates are grouped into units (happenings.ts), each unit gets a role over the
 * sentence's clauses (roles.ts), and each happening a headline from its clause (headline.ts).
 * Over the document: repeats merge (merge.ts) and titles that would read the same are told apart.
 */
import type { DateSource, Precision, SegmentKind, TextSpan, Timex, TimelineEvent } from '../model/types.js';
import { isCalendarValue, precisionOfValue, valueStartTime } from '../model/timex-value.js';
import { clauseAt, clausesOf, type Clause } from '../text/clauses.js';
import { firstIndex } from '../text/search.js';
import { AUXILIARIES, MODALS, isPastVerb, pastOfParticiple } from '../text/lexicon.js';
import { isSpace } from '../text/tokens.js';
import { segmentText, type Paragraph, type Segmentation, type Sentence } from '../text/sentences.js';
import { findUnits, type Unit } from './happenings.js';
import { namesDayOfNoun, releaseAdverbialMemo } from './adverbials.js';
import { fitTitle, headline } from './headline.js';
import { anchorDurationsElsewhere, distinguishTitles, happeningKey, mergeRepeats } from './merge.js';
import { unitRoles } from './roles.js';
import { explainElsewhere, explainLead, explainLifeDate, explainReported, explainStamp, explainUnit } from './explain.js';
import { lifeDatesOf, lifeEventOf } from './life-dates.js';
import { mendClauses } from './mend-clauses.js';
import { letterHeadings, mastheadsAndSignatures } from './letters.js';
import { personNames } from './persons.js';
import { headingTimex, isSubheading, leadingStamp, messageStart, within } from './entry-stamps.js';

export { isSuperlativeBaseline } from './roles.js';

/** An event before ids and ordering are settled. */
export interface DraftEvent {
  unit: Unit;
  sentence: Sentence;
  title: string;
  /** Subject, verb and object heads of the happening: repeats share it. */
  key: string;
  spans: TextSpan[];
  dateSource: DateSource;
  /** Its explanation, or how to make it: most drafts of a long text merge away, so it is made only when needed (see explanationOf). */
  explanation: string | (() => string);
  segment: SegmentKind;
  timexIds: string[];
  /** The date of the statement that reports this happening, when it has its own. */
  reportedOn?: string;
}

export interface ExtractResult {
  events: TimelineEvent[];
  title?: string;
}

const GREETING = /^(?:Good (?:morning|afternoon|evening)|Hello|Hi|Welcome)\b/i;
/** A reply or a word of feeling that opens a short message (`Yes!`, `Sorry all.`, `Great day.`): no happening of its own. */
const REPLY = /^(?:yes|yeah|no|ok|okay|sure|thanks|thank you|sorry|perfect|great|cheers|lovely|brilliant|got you|see you)\b/i;
/** A sentence of at most three words that is a reply (see REPLY). */
const isReply = (s: string): boolean => REPLY.test(s) && s.trim().split(/\s+/).length <= 3;

/** Where the word that ends right before `end` ends: `end` with at most three spaces before it skipped. */
function wordEndBefore(text: string, end: number): number {
  let e = end;
  while (e > 0 && e > end - 4 && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Where the run of (at most 12) ASCII letters that ends at `e` starts. */
function letterRunStart(text: string, e: number): number {
  let b = e;
  while (b > 0 && b > e - 12 && isAsciiLetter(text.charCodeAt(b - 1))) b--;
  return b;
}

function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** Whether text[b, e), ASCII letters, spells `word` (lower case) in any case: read in place, no slice. */
function spells(text: string, b: number, e: number, word: string): boolean {
  if (e - b !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(b + k) | 32) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * Where the words that set a date against the one told start, right before `at` (`, not at`, `rather than`, `instead of`), or -1.
 * (Read in place, word by word back from the date: it runs for every timex of a text.)
 */
function contrastStart(text: string, at: number): number {
  let e = wordEndBefore(text, at);
  let b = letterRunStart(text, e);
  if (spells(text, b, e, 'at') || spells(text, b, e, 'on') || spells(text, b, e, 'in') || spells(text, b, e, 'by') || spells(text, b, e, 'during')) {
    e = wordEndBefore(text, b);
    b = letterRunStart(text, e);
  }
  if (spells(text, b, e, 'not')) return text.charCodeAt(b - 2) === 44 ? b - 2 : text.charCodeAt(b - 1) === 44 ? b - 1 : -1;
  const ve = wordEndBefore(text, b);
  const vb = letterRunStart(text, ve);
  if ((spells(text, b, e, 'than') && spells(text, vb, ve, 'rather')) || (spells(text, b, e, 'of') && spells(text, vb, ve, 'instead'))) return vb;
  return -1;
}

/** Day-level start of a value (`2022-01-07T19:06` -> `2022-01-07`). */
function dayOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;
}

/**
 * A day or a time told from a story date that names no day (`In October 2019 we left ... That evening ...`) has no
 * value of its own, but its happening lies in that period: it dates the event with the period's value. Unless the
 * text came back to the present in between (`... in February 2020. Now we know what to do.` / `Tom was carried out
 * on the Wednesday morning.`): an event with no date is better than one in the wrong month.
 */
function withinStoryPeriods(timexes: readonly Timex[]): Timex[] {
  const stated = new Set<string>();
  const inOrder = timexes.map((t, i) => i).sort((a, b) => timexes[a]!.start - timexes[b]!.start);
  const out = [...timexes];
  for (const i of inOrder) {
    const t = timexes[i]!;
    const d = t.derivation;
    if (t.value === 'PRESENT_REF') stated.clear();
    else if (d.anchor === 'unresolved' && d.anchorValue !== undefined && !isCalendarValue(t.value) && isCalendarValue(d.anchorValue)) {
      if (stated.has(d.anchorValue)) out[i] = { ...t, value: d.anchorValue };
    } else stated.add(t.value);
  }
  return out;
}

function precisionOf(value: string): Precision {
  return precisionOfValue(value) ?? 'day';
}

function sourceOf(u: Unit): DateSource {
  if (u.kind === 'derived' || u.kind === 'until') return 'derived';
  const relative = u.timexes.some((t) => t.type !== 'DURATION' && t.derivation && t.derivation.anchor !== 'none');
  return relative ? 'relative' : 'explicit';
}

/** The clause around a span, an aside counting as part of the clause it sits in. */
function outerClause(clauses: readonly Clause[], span: TextSpan): number {
  let k = clauseAt(clauses, span.start, span.end);
  for (let hops = 0; k >= 0 && hops < 4 && clauses[k]!.parent >= 0 && ['relative', 'appositive', 'parenthetical'].includes(clauses[k]!.kind); hops++) k = clauses[k]!.parent;
  return k;
}

interface SentenceContext {
  text: string;
  sentence: Sentence;
  para: Paragraph;
  clauses: Clause[];
  /** The sentence's dates, cut from titles where they work as adverbials. */
  dates: TextSpan[];
  documentDate: string | null;
  /** The surnames of the people the text names, found when first needed. */
  people: () => ReadonlySet<string>;
  /** Dates set against the one told, with the words that deny them (`, not at midnight`): cut from titles. */
  contrasts: readonly TextSpan[];
  /** Titles and keys already made in this sentence, by clause, saying and cut spans (a dense sentence has many units per clause). */
  made?: Map<string, { title: string; key: string }>;
}

/**
 * `Parliament sits until 26 March, when it breaks for the Easter recess`, `except between 14 December 2021 and 21
 * February 2022, when ice cover prevented access`: a `when` clause set off after a date tells a happening of that
 * date (of a range, of the range; of an `until`, of its end). Its event, or null.
 */
function whenAfterDate(ctx: SentenceContext, u: Unit, clause: number): DraftEvent | null {
  const { text, clauses } = ctx;
  if (u.named !== undefined || u.kind === 'derived' || u.timexes.length === 0) return null;
  const gap = /^,\s{1,3}(?=when\s)/i.exec(text.slice(u.span.end, u.span.end + 8));
  if (!gap) return null;
  const k = clauses.findIndex((c) => c.kind === 'subordinate' && c.lead === 'when' && c.start === u.span.end + gap[0].length && c.verb !== undefined);
  if (k < 0 || k === clause) return null;
  const w = clauses[k]!;
  // A state, not a happening (`when I was four`, `when he knew`); a clause with a date of its own is dated by it.
  if (STATIVE_HEADS.has(w.verb!.head) || ctx.dates.some((t) => t.start >= w.start && t.end <= w.end && !namesDayOfNoun(text, t))) return null;
  const last = u.timexes[u.timexes.length - 1]!;
  const point: Unit = u.kind === 'until'
    ? { kind: 'point', start: u.end ?? last.value, timexes: [last], span: u.span }
    : { kind: u.kind, start: u.start, ...(u.end !== undefined ? { end: u.end } : {}), timexes: u.timexes, span: u.span };
  const d = draft(ctx, point, k, false, sourceOf(point), later(point, sourceOf(point), ctx.documentDate));
  // (`when it breaks`: the pronoun is the subject of the clause the date belongs to.)
  const subject = clauses[clause]?.subject;
  const pronoun = /^It\s/.exec(d.title);
  if (pronoun && subject && !subject.inherited && !/^(?:it|they|he|she|we|i|you)$/i.test(subject.text) && subject.text.split(' ').length <= 5) {
    d.title = `${subject.text.replace(/^\p{Ll}/u, (x) => x.toUpperCase())} ${d.title.slice(pronoun[0].length)}`;
  }
  return d;
}

/** Determiners that open an occasion subject (`The turning point`, `Her big break`). */
const OCCASION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'her', 'his', 'their', 'its', 'our', 'my', 'this', 'that']);
/** Adjectives an occasion noun may take (`big break`, `real turning point`). */
const OCCASION_ADJECTIVES: ReadonlySet<string> = new Set(['real', 'big', 'biggest', 'first', 'final', 'key', 'true', 'lucky']);
/** Nouns that name an occasion, not a doer. */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(['turning point', 'tipping point', 'moment', 'breakthrough', 'break', 'high point', 'low point', 'watershed', 'climax', 'peak']);

/** Whether `head` (a subject without its `of` phrase) names an occasion: `The turning point`, `Her big break`. */
function namesOccasion(head: string): boolean {
  const words = head.toLowerCase().split(/\s+/);
  if (!OCCASION_DETERMINERS.has(words[0]!)) return false;
  const rest = OCCASION_ADJECTIVES.has(words[1] ?? '') ? words.slice(2) : words.slice(1);
  return OCCASION_NOUNS.has(rest.join(' '));
}
/** A superlative time as the subject (`the hardest week`, `her best season`). */
const SUPERLATIVE_TIME_SUBJECT = /^(?:the|her|his|their|its|our|my)\s(?:[a-z]{3,}est|worst|best)\s(?:week|day|month|year|moment|time|period|spell|night|season)$/i;
/** The `of` or `in` phrase after an occasion's noun (`of her career`, `in the club's history`). */
const OCCASION_TAIL = /\s(?:of|in)\s/i;
/** Verbs by which an occasion merely comes (`came`, `arrived`). */
const OCCASION_VERBS: ReadonlySet<string> = new Set(['came', 'come', 'comes', 'arrived', 'arrives', 'was', 'is', 'followed']);

/** Whether clause `c` only says when an occasion came: its subject names one, its verb is `came` or `was`, and its date follows the verb with no object between. */
function occasionOnly(text: string, c: Clause | undefined, u: Unit): boolean {
  if (!c?.verb || !c.subject || c.subject.inherited || !OCCASION_VERBS.has(c.verb.head)) return false;
  const tail = OCCASION_TAIL.exec(c.subject.text);
  const head = tail ? c.subject.text.slice(0, tail.index) : c.subject.text;
  if (!namesOccasion(head) && !SUPERLATIVE_TIME_SUBJECT.test(head)) return false;
  const first = u.timexes[0];
  return first !== undefined && /^\s{0,3}(?:(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?)?$/i.test(text.slice(c.verb.end, first.start));
}

/** Verbs that tell a state (`was`, `knew`, `had`). */
const STATIVE_HEADS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'am', 'know', 'knew', 'known', 'knows', 'have', 'has', 'had', 'seem', 'seemed', 'seems']);

/** Spans a title always drops: a range's words, the wire dateline. */
function alwaysCut(ctx: SentenceContext, u: Unit): TextSpan[] {
  const out: TextSpan[] = [];
  if (u.kind === 'range' || u.kind === 'until') out.push(u.span);
  const { para, sentence } = ctx;
  if (para.datelineEnd > para.start && sentence.start < para.datelineEnd) out.push({ start: sentence.start, end: para.datelineEnd });
  out.push(...ctx.contrasts);
  return out;
}

/** A subject that is a time (`The afternoon`, `This week`), not a doer. */
const TIME_SUBJECT = /^(?:the|this|that|each|every|next|last)\s(?:morning|afternoon|evening|night|day|week|weekend|month|year|season)$/i;
/** Before a date: the preposition that opens it (`in`, `on the`). */
const DATE_PREPOSITION_BEFORE = /\s(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?$/i;
/** A noun phrase's determiner first (`a knee operation`, `the cup`, `his first title`). */
const OBJECT_START = /^\s{0,3}(?:a|an|the|his|her|its|their|our|my|your)\s/i;
/** Between two listed objects' dates: `and`, the second object (a few words), its date's preposition. */
const AND_OBJECT_BETWEEN = /^\s{1,3}and\s{1,3}((?:[a-z\d'’-]{1,20}\s{1,3}){1,5})(?:in|on|at|during)\s{1,3}(?:the\s{1,3})?$/i;

/**
 * `had a knee operation in 2019 and a hip replacement in 2021`: objects of one verb listed each with its own date. The
 * span a title of one of them drops: the other object with its date. Null when the clause lists no such pair.
 */
function otherListedObject(text: string, c: Clause, u: Unit, dates: readonly TextSpan[]): TextSpan | null {
  const verb = c.verb;
  if (!verb || !MAIN_KINDS.has(c.kind) || u.kind !== 'point' || u.timexes.length !== 1 || u.start.includes('T')) return null;
  const own = u.timexes[0]!;
  const inClause = dates.filter((d) => d.start >= verb.end && d.end <= c.end);
  if (inClause.length !== 2) return null;
  const [a, b] = inClause as [TextSpan, TextSpan];
  const m = AND_OBJECT_BETWEEN.exec(text.slice(a.end, b.start));
  // (Each object a noun phrase with its determiner: not `and again in 2003`, `and reach Jupiter in 2030`, `and Kessel on the 19th`.)
  const first = text.slice(verb.end, a.start);
  if (!m || !DATE_PREPOSITION_BEFORE.test(first) || !OBJECT_START.test(first) || !OBJECT_START.test(m[1]!) || m[1]!.trim().split(/\s+/).some((w) => isPastVerb(w.toLowerCase()))) return null;
  if (own.start === a.start) return { start: a.end, end: b.end };
  // (From the first object's first word: the space after the verb stays.)
  let from = verb.end;
  while (from < a.start && isSpace(text.charCodeAt(from))) from++;
  return own.start === b.start ? { start: from, end: a.end + m[0].indexOf(m[1]!) } : null;
}

/** Between two dates of one clause, the second object told after the second date: `and,` with only spaces (`won the title on 27 July and, thirteen days later, the final`). */
const AND_COMMA_BETWEEN = /^\s{0,3}and\s{0,3},\s{0,3}$/;
/** After that second date: its comma, then the second object (a determiner opens it) to the clause's end. */
const COMMA_OBJECT_AFTER = /^\s{0,3},\s{1,3}(?=(?:a|an|the|his|her|its|their|our)\s)/i;
/** Between two dates of one clause, first: `and` (the second object and an optional preposition of the second date follow). */
const AND_OPEN = /^\s{1,3}and\s{1,3}/;
/** A word of a second object after `and`. */
const OBJECT_WORD = /^[\p{L}\d'’-]{1,20}$/u;
/** Words that open no object after `and` but tell the same happening again (`and again in 2003`, `and later in May`). */
const NOT_AN_OBJECT = /^(?:again|later|earlier|then|also|once|twice|finally|still|only|just|not|never|so|too|back|it|he|she|they|we|i|you)$/i;

/**
 * `was elected branch secretary in 1968 and general secretary eleven years later`, `won the national title on 27 July
 * and, thirteen days later, the European final`: a verb told once for two objects, each with its own date (gapping).
 * The span a title of one of them drops: the other object with its date. The second object is one when it is built as the
 * first (the same head noun, the same preposition first) or opens with a determiner; it holds no verb. Null otherwise.
 */
function otherGappedObject(text: string, c: Clause, u: Unit, dates: readonly TextSpan[]): TextSpan | null {
  const verb = c.verb;
  if (!verb || !MAIN_KINDS.has(c.kind) || u.kind !== 'point' || u.timexes.length !== 1) return null;
  const own = u.timexes[0]!;
  const inClause = dates.filter((d) => d.start >= verb.end && d.end <= c.end);
  if (inClause.length !== 2) return null;
  const [a, b] = inClause as [TextSpan, TextSpan];
  const before = DATE_PREPOSITION_BEFORE.exec(text.slice(verb.end, a.start));
  const firstObject = before ? text.slice(verb.end, a.start - before[0].length).trim() : '';
  // (The verb has its own object before the first date: `arrived in 1990 and Jones in 1995` gaps the subject, not the object.)
  if (!firstObject || firstObject.split(/\s+/).length > 8) return null;
  let from = verb.end;
  while (from < a.start && isSpace(text.charCodeAt(from))) from++;
  // (`appointed him youth coach`: a pronoun the verb is told to stays with the second object too.)
  const to = /^(?:him|her|them|us|me|it)\s{1,3}(?=\S)/i.exec(text.slice(from, a.start));
  if (to && firstObject.split(/\s+/).length > 1) from += to[0].length;
  const between = text.slice(a.end, b.start);
  if (AND_COMMA_BETWEEN.test(between)) {
    const after = COMMA_OBJECT_AFTER.exec(text.slice(b.end, c.end));
    if (!after) return null;
    if (own.start === a.start) return { start: a.end, end: c.end };
    return own.start === b.start ? { start: from, end: b.end + after[0].length } : null;
  }
  const open = AND_OPEN.exec(between);
  if (!open) return null;
  // The second object: the words after `and`, but the preposition that opens the second date (`in`, `on the`).
  const prep = DATE_PREPOSITION_BEFORE.exec(` ${between.slice(open[0].length)}`);
  const objectText = between.slice(open[0].length, prep ? between.length - prep[0].length + 1 : between.length);
  const second = objectText.trim().split(/\s+/);
  if (second.length > 8 || !second.every((w) => OBJECT_WORD.test(w))) return null;
  const first = firstObject.split(/\s+/);
  const lower = second.map((w) => w.toLowerCase());
  if (NOT_AN_OBJECT.test(lower[0]!) || lower.some((w) => isPastVerb(w) || AUXILIARIES.has(w) || MODALS.has(w))) return null;
  // (Built as the first: `branch secretary` / `general secretary of the union`, `to Leeds` / `to York`; or a determined noun phrase.)
  const headOf = (ws: readonly string[]): string => {
    const of = ws.findIndex((w, k) => k > 0 && w.toLowerCase() === 'of');
    return (of > 0 ? ws[of - 1]! : ws[ws.length - 1]!).toLowerCase();
  };
  const parallel = headOf(first) === headOf(second) || (PARALLEL_OPENERS.has(lower[0]!) && first[0]!.toLowerCase() === lower[0])
    || (OBJECT_START.test(`${first[0]} `) && OBJECT_START.test(`${second[0]} `));
  if (!parallel || /^\p{Lu}/u.test(second[0]!)) return null;
  if (own.start === a.start) return { start: a.end, end: b.end };
  return own.start === b.start ? { start: from, end: a.end + open[0].length } : null;
}

/** Prepositions that open a second object built as the first (`moved to Leeds in 1990 and to York in 1995`). */
const PARALLEL_OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['to', 'from', 'for', 'as', 'into', 'at', 'with']);

/** Between two dates of one clause: `and to`, a bare verb (`by the summer and to coordinate schedules by 1999`). */
const AND_INFINITIVE_BETWEEN = /^,?\s{1,3}and\s{1,3}(to)\s{1,3}\p{Ll}/u;
/** An infinitive's `to` before a bare verb (`expected to begin`). */
const INFINITIVE_TO = /\bto\s{1,3}\p{Ll}/u;

/**
 * `expected to begin selling seats by the summer and to coordinate schedules by 1999`: infinitives of one verb
 * coordinated each with its own date. The span a title of one of them drops: the other infinitive with its date.
 * Null when the clause holds no such pair.
 */
function otherInfinitive(text: string, c: Clause, u: Unit, dates: readonly TextSpan[]): TextSpan | null {
  const verb = c.verb;
  if (!verb || u.timexes.length !== 1) return null;
  const own = u.timexes[0]!;
  const inClause = dates.filter((d) => d.start >= verb.end && d.end <= c.end);
  if (inClause.length !== 2) return null;
  const [a, b] = inClause as [TextSpan, TextSpan];
  const m = AND_INFINITIVE_BETWEEN.exec(text.slice(a.end, b.start));
  const first = INFINITIVE_TO.exec(text.slice(verb.end, a.start));
  if (!m || !first) return null;
  if (own.start === a.start) return { start: a.end, end: b.end };
  return own.start === b.start ? { start: verb.end + first.index, end: a.end + m[0].lastIndexOf('to') } : null;
}

/** How to make a unit's explanation when needed (a function of its own: it keeps the unit alive, not the sentence's clauses). */
function later(u: Unit, source: DateSource, documentDate: string | null): () => string {
  return () => explainUnit(u, source, documentDate);
}

/** A draft's explanation, made now if it was left to be made when needed. */
function explanationOf(d: DraftEvent): string {
  if (typeof d.explanation !== 'string') d.explanation = d.explanation();
  return d.explanation;
}

function draft(ctx: SentenceContext, u: Unit, clause: number, withSaying: boolean, source: DateSource, explanation: string | (() => string)): DraftEvent {
  const { text, sentence, clauses } = ctx;
  // `The afternoon is free for the field trip, leaving at 1.45pm`: a participle whose shared subject is a time has no doer
  // to title it by (`The afternoon left`); the clause it hangs on titles it.
  const p = clauses[clause];
  if (p?.kind === 'participial' && p.lead === '' && p.subject?.inherited && TIME_SUBJECT.test(p.subject.text) && p.parent >= 0) clause = p.parent;
  const always = alwaysCut(ctx, u);
  const other = clause >= 0 ? otherListedObject(text, clauses[clause]!, u, ctx.dates) ?? otherGappedObject(text, clauses[clause]!, u, ctx.dates)
    ?? otherInfinitive(text, clauses[clause]!, u, ctx.dates) : null;
  if (other) always.push(other);
  // headline and happeningKey depend only on these inputs (the sentence's own are fixed): made once per distinct set.
  let memo = `${clause >= 0 ? clause : -1}|${clause >= 0 && withSaying ? 1 : 0}|${u.keepBound ? 1 : 0}`;
  // `was not unveiled until 1966`: the bound stays in the title.
  const dates = u.keepBound ? ctx.dates.filter((d) => !u.timexes.some((t) => t.start === d.start)) : ctx.dates;
  for (const a of always) memo += `|${a.start}:${a.end}`;
  const made = (ctx.made ??= new Map()).get(memo);
  let title: string;
  let key: string;
  const sinceTitle = clause >= 0 && u.named === undefined ? sinceGerundTitle(text, clauses, clause, u) : null;
  if (sinceTitle !== null) {
    title = sinceTitle;
    key = happeningKey(undefined, title);
  } else if (u.named !== undefined) {
    // A happening named by a noun phrase is titled by it (`Her retirement`).
    title = u.named.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
    key = happeningKey(undefined, title);
  } else if (made) ({ title, key } = made);
  else {
    title = clause >= 0
      ? headline({ text, sentence, clauses, clause, withSaying, dates, always, people: ctx.people })
      : headline({ text, sentence, clauses, clause: 0, dates, always, people: ctx.people });
    key = happeningKey(clauses[Math.max(0, clause)], title);
    ctx.made.set(memo, { title, key });
  }
  return {
    unit: u,
    sentence,
    title,
    key,
    spans: [{ start: sentence.start, end: sentence.end }],
    dateSource: source,
    explanation,
    segment: sentence.kind,
    timexIds: u.timexes.map((t) => t.id),
  };
}

/** A `since` clause opened by an -ing form (`Since launching in 2019 with one shop`): the form and what follows it. */
const SINCE_GERUND = /^since\s{1,3}([a-z]{3,}ing)\s/i;
/** A present perfect verb group (`has grown`, `have welcomed`). */
const PRESENT_PERFECT = /^(?:has|have)\s/i;

/**
 * `Since launching in 2019 with one warehouse, the network has grown to 31 sites`: the date is the launch's, and the main
 * clause tells a state that runs from it to now. The title tells the launch, with the main clause's subject:
 * `The network launched with one warehouse`. Null when the sentence is not built so.
 */
function sinceGerundTitle(text: string, clauses: readonly Clause[], clause: number, u: Unit): string | null {
  const main = clauses[clause]!;
  const first = u.timexes[0];
  if (!main.verb || !main.subject || main.subject.inherited || !PRESENT_PERFECT.test(text.slice(main.verb.start, main.verb.end)) || !first) return null;
  const k = clauses.findIndex((c) => c.kind === 'subordinate' && c.lead === 'since' && c.start <= first.start && c.end >= first.end);
  if (k < 0 || k >= clause) return null;
  const since = clauses[k]!;
  const m = SINCE_GERUND.exec(text.slice(since.start, since.end));
  if (!m) return null;
  // What follows the -ing form, its date and the date's preposition cut (`with one warehouse`).
  const from = since.start + m[0].length;
  const gap = /(?:^|\s)(?:in|on|at|during)\s{1,3}$/i.exec(text.slice(from, first.start));
  let rest = `${text.slice(from, gap ? first.start - gap[0].length : first.start)} ${text.slice(first.end, since.end)}`.replace(/\s+/g, ' ').trim();
  while (rest.endsWith(',')) rest = rest.slice(0, -1).trimEnd();
  const subject = main.subject.text.replace(/^\p{Ll}/u, (x) => x.toUpperCase());
  return fitTitle(`${subject} ${pastOfParticiple(m[1]!.toLowerCase())}${rest ? ` ${rest}` : ''}`, subject.length + 2);
}

/**
 * Whether text[start, end) ends with a colon (before a closing quote or bracket), trailing spaces aside:
 * `The strikes will take place on:`. Read from the end, without a copy of the line.
 */
function endsWithColon(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= start) return false;
  const last = text[e - 1]!;
  if (last === ':') return true;
  return e - 1 > start && '"”’)'.includes(last) && text[e - 2] === ':';
}

const LETTER = /\p{L}/u;
/** Whether text[start, end) holds two letters in a row (`/\p{L}{2}/u` over it), without a copy of it. */
function hasLetterPair(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c | 32) >= 97 && (c | 32) <= 122;
    else {
      // A surrogate pair inside the span is one code point; a lone surrogate is no letter.
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      letter = LETTER.test(pair ? text.slice(i, i + 2) : text[i]!);
      if (pair) i++;
    }
    run = letter ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** Whether a sentence holds nothing but its dates, bullets and marks (`- Thursday 12 March`, `• 4 May;`). */
/** Whether [start, end) ends with a full stop, a question or an exclamation mark (before a closing quote or bracket). */
function endsWithStop(text: string, start: number, end: number): boolean {
  let k = end;
  while (k > start && /\s/.test(text[k - 1]!)) k--;
  if (k > start && '"”’)'.includes(text[k - 1]!)) k--;
  return k > start && '.!?'.includes(text[k - 1]!);
}

function datesOnly(text: string, s: TextSpan, dates: readonly Timex[]): boolean {
  let rest = '';
  let at = s.start;
  for (const t of dates) {
    if (t.start < at) continue;
    rest += text.slice(at, t.start);
    at = t.end;
  }
  rest += text.slice(at, s.end);
  return !/\p{L}/u.test(rest.replace(/\b(?:and|or|on|from|to|until)\b/gi, ''));
}

/** Whether an entry's heading date dates only a sentence with a verb: an annals' year (`1132.`) or a day written out that opens its entry (`Friday 8th. Gales.`). */
function needsVerb(stamp: Timex, para: Paragraph): boolean {
  if (/^\d{3,4}$/.test(stamp.value)) return stamp.text === stamp.value;
  // (A day on a heading line of its own dates what follows it, verb or not: `Last day`, `- Fixed a crash`.)
  return stamp.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(stamp.value) && !/^Day\s/.test(stamp.text) && stamp.start >= para.start;
}

/** Whether a line's dates are a day, its colon and clock times (`Christmas Eve: 8.30am to 1pm`, `Monday 28 December: 10am-4pm`). */
function hoursOfADay(text: string, dates: readonly Timex[]): boolean {
  const day = dates[0]!;
  return dates.length >= 2 && day.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(day.value) && /^\s{0,2}:\s/.test(text.slice(day.end, day.end + 3))
    && dates.slice(1).every((t) => t.type === 'TIME' && /T\d{2}:\d{2}$/.test(t.value));
}

/**
 * `It is now 2027,`, `It's now December.`, `It is now November and I have had nothing`: a statement of the present time,
 * at the publication date, tells no happening (whatever the clause joined to it by `and` or `but` tells has no date).
 */
function nowIs(text: string, u: Unit, documentDay: string | null): boolean {
  const t = u.timexes[0];
  if (documentDay === null || u.timexes.length !== 1 || u.kind !== 'point' || !t || !documentDay.startsWith(t.value)) return false;
  return IT_IS_NOW.test(text.slice(Math.max(0, t.start - 16), t.start)) && /^\s{0,2}(?:[,.;!]|$|(?:and|but)\s)/.test(text.slice(t.end, t.end + 6));
}
const IT_IS_NOW = /\bit(?:\s{1,2}is|'s|’s)\s{1,2}now\s{1,2}$/i;

/** A sentence that may tell a birth or a death (`was born`, `died`). */
const BIRTH_OR_DEATH = /\b(?:born|died)\b/;

/** Clauses that tell a sentence's own happening (not an aside, a subordinate clause or an attribution). */
const MAIN_KINDS: ReadonlySet<string> = new Set(['main', 'coordinated', 'reported']);

/** The event a live-blog entry's time stamp gives its first sentence that carries no date of its own. */
function stampDraft(ctx: SentenceContext, stamp: Timex): DraftEvent {
  const { sentence: s, clauses } = ctx;
  const u: Unit = { kind: 'point', start: stamp.value, timexes: [stamp], span: { start: s.start, end: s.start } };
  const main = Math.max(0, clauses.findIndex((c) => c.kind === 'main'));
  const own = stamp.start >= s.start && stamp.end <= s.end;
  const saying = clauses[main + 1]?.kind === 'reported';
  return own
    ? draft(ctx, u, main, saying, sourceOf(u), explainStamp(stamp, true))
    : draft(ctx, u, main, saying, 'inherited', explainStamp(stamp, false));
}

/** Whether the main clause's verb group is a present perfect (`have died`, `has been evacuated`). */
function presentPerfect(text: string, clauses: readonly Clause[]): boolean {
  const main = clauses.find((c) => c.kind === 'main');
  // Not a quotation (`"We have waited ...," said ...`): the lead's own voice.
  if (!main?.verb || /^["“‘']/.test(text.slice(main.start, main.start + 1)) || /^(?:i|we|you)$/i.test(main.subject?.text ?? '')) return false;
  // `Bans have been blocked since the court ruled`: a perfect with `since` tells a lasting state, not a happening.
  if (clauses.some((c) => c.lead === 'since') || /\bsince\b/i.test(text.slice(main.verb.end, main.end))) return false;
  // `What a busy fortnight it has been`, `It has been a hard year`: the copula alone tells a state (`There has been an
  // explosion` does tell a happening).
  if (main.verb.head === 'been' && !/^there$/i.test(main.subject?.text ?? '')) return false;
  return /^(?:has|have)\s/i.test(text.slice(main.verb.start, main.verb.end)) && main.verb.tense === 'past';
}

/** Sentence kinds and events of `text`, given its timexes, its publication date and (when split already) its sentences. */
export function extractEvents(text: string, timexes: Timex[], documentDate: string | null, seg: Segmentation = segmentText(text)): ExtractResult {
  // (A copy: a chat message's heading is read into its paragraph's dateline below.)
  const paragraphs = [...seg.paragraphs];
  const paragraphOf = (t: Timex): Paragraph | undefined => paragraphs[firstIndex(paragraphs, (p) => p.start <= t.start) - 1];
  const calendar = withinStoryPeriods(timexes).filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.documentDate && isCalendarValue(t.value));
  const inDateline = (t: Timex): boolean => {
    const p = paragraphOf(t);
    return p !== undefined && t.start >= p.start && t.end <= p.datelineEnd;
  };
  // A timex that is a whole quoted name (a show called "This Week") dates nothing; a quoted phrase in lower case is
  // words said (`would release a tablet "later this year"`).
  const quotedName = (t: Timex): boolean => /^\p{Lu}/u.test(t.text) && /["“]$/.test(text.slice(Math.max(0, t.start - 1), t.start)) && /^[,.]?["”]/.test(text.slice(t.end, t.end + 2));
  const sortedTimexes = [...timexes].sort((a, b) => a.start - b.start);
  // `he came home after 3am, not at midnight`, `on Saturday rather than Friday`: a date set against the one told is
  // denied, and dates nothing.
  // (Read once per timex: a calendar timex is denied when one starting where it does is.)
  const contrasts: TextSpan[] = [];
  const contrasted = new Set<number>();
  for (const t of sortedTimexes) {
    const at = contrastStart(text, t.start);
    if (at >= 0) { contrasts.push({ start: at, end: t.end }); contrasted.add(t.start); }
  }
  // `arrived on 2 April, a week earlier than last year`: a relative time measured against another is a difference, not a
  // date; `it sounded like 2004 again`: a date a thing is likened to dates nothing.
  const measureOrLikeness = (t: Timex): boolean => (/(?:later|earlier)$/i.test(t.text) && /^\s{1,3}than\s/i.test(text.slice(t.end, t.end + 8)))
    || /(?:^|\s)like\s{1,3}$/i.test(text.slice(Math.max(0, t.start - 6), t.start));
  const anchorsAll = calendar.filter((t) => !inDateline(t) && !quotedName(t) && !contrasted.has(t.start) && !measureOrLikeness(t)).sort((a, b) => a.start - b.start);
  // Dates a title may cut out (computed once: a per-unit filter over every timex would be quadratic).
  // (A difference, `ten days earlier than last year`, is an amount of time that goes with its baseline.)
  const titleCuts = sortedTimexes.filter((t) => (t.type !== 'DURATION' || measureOrLikeness(t)) && t.type !== 'SET' && !t.documentDate);
  const drafts: DraftEvent[] = [];
  const undatedWithDuration: { sentence: Sentence; duration: Timex }[] = [];

  // Live-blog entries: a heading's time (a stamp line, or a stamp before a dash) dates the entry's
  // first sentence that carries no date of its own.
  // By paragraph index (typed and plain arrays, not maps: a text of many short lines has as many entries).
  const stampOf: (Timex | undefined)[] = new Array<Timex | undefined>(paragraphs.length + 1).fill(undefined);
  const headings = new Uint8Array(paragraphs.length);
  // Lines of dates alone after a line that ends with a colon are a list of the dates it announces, not entry stamps.
  let listed = false;
  for (const p of paragraphs) {
    if (p.kind === 'title') continue;
    const h = headingTimex(text, p, anchorsAll);
    if (h && listed) continue;
    listed = false;
    if (h) { stampOf[p.index + 1] = h; headings[p.index] = 1; continue; }
    // (A release's subheading, `### Fixed`, passes its entry's date on to the lines below it.)
    const carried = stampOf[p.index];
    if (carried && isSubheading(text.slice(p.start, p.end))) { stampOf[p.index + 1] = carried; headings[p.index] = 1; continue; }
    const lead = leadingStamp(text, p, anchorsAll);
    if (lead) stampOf[p.index] = lead;
    // A chat message's stamp and sender (`[14/02/2026, 09:12] Priya: `) head its words as a wire dateline does.
    const words = lead ? messageStart(text, p, lead) : -1;
    if (words > p.datelineEnd) paragraphs[p.index] = { ...p, datelineEnd: words };
    listed = endsWithColon(text, p.start, p.end);
  }
  // A letter's heading (`Ashcombe Rectory, 2nd September 1864` before `My dear Sophia,`) dates the letter: no happening.
  for (const k of letterHeadings(text, paragraphs, (p) => within(anchorsAll, p.start, p.end, 2))) headings[k] = 1;
  // So does a masthead over a report or a signature under it (`Dr A. Rowe, FY2 Surgery, 3 May 2027`).
  for (const k of mastheadsAndSignatures(text, paragraphs, (p) => within(anchorsAll, p.start, p.end, 2))) headings[k] = 1;
  const stampIds = new Set<string>();
  for (const t of stampOf) if (t) stampIds.add(t.id);
  // The story's lead: the first sentence of its body text.
  const lead = seg.sentences.find((x) => x.kind === 'sentence' && paragraphs[x.paragraph]!.kind === 'body');
  const dated = new Set<number>();
  const documentDay = documentDate === null ? null : dayOf(documentDate);
  // A biography's life dates in brackets after the name that opens it.
  const life = lead ? lifeDatesOf(text, lead, within(anchorsAll, lead.start, lead.end)) : null;

  let people: Set<string> | undefined;
  const peopleOf = (): ReadonlySet<string> => (people ??= personNames(text));
  const contextOf = (s: Sentence, clauses: Clause[]): SentenceContext =>
    ({ text, sentence: s, para: paragraphs[s.paragraph]!, clauses, dates: within(titleCuts, s.start, s.end), documentDate, people: peopleOf,
      contrasts: contrasts.length === 0 ? [] : contrasts.filter((x) => x.start >= s.start && x.end <= s.end) });
  // A sentence that ends with a colon (`The strikes will take place on:`) and the list of dates after it.
  type ListLead = { ctx: SentenceContext; clause: number; paragraph: number };
  const list: { lead: ListLead | null } = { lead: null };
  for (const s of seg.sentences) {
    if (headings[s.paragraph] === 1) continue; // the heading itself is not a happening
    const anchors = within(anchorsAll, s.start, s.end).filter((t) => !stampIds.has(t.id));
    const listLead = list.lead !== null && s.paragraph - list.lead.paragraph <= 1 ? list.lead : null;
    list.lead = null;
    if (listLead && anchors.length > 0 && datesOnly(text, s, anchors)) {
      // `- Thursday 12 March`: an item of dates alone is the lead-in's happening on each date.
      for (const u of findUnits(text, s, anchors, [], null)) {
        const d = draft(listLead.ctx, u, listLead.clause, false, sourceOf(u), later(u, sourceOf(u), documentDate));
        d.spans = [{ start: s.start, end: s.end }];
        drafts.push(d);
      }
      list.lead = { ...listLead, paragraph: s.paragraph };
      continue;
    }
    // `Summer and autumn`, `1941–1943` heading a section of a history: a paragraph of dates alone, without a stop, names
    // the section, and tells no happening (the sentences under it do).
    const para = paragraphs[s.paragraph]!;
    // (Not a day's hours in a list of them, `Christmas Eve: 8.30am to 1pm`: the day is open then.)
    if (anchors.length > 0 && s.start <= para.start && s.end >= para.end && !endsWithStop(text, s.start, s.end) && datesOnly(text, s, anchors) && !hoursOfADay(text, anchors)) continue;
    if (endsWithColon(text, s.start, s.end) && hasLetterPair(text, s.start, s.end)) {
      const clauses = clausesOf(text, s);
      const main = clauses.findIndex((c) => c.kind === 'main' && c.verb !== undefined);
      if (main >= 0) list.lead = { ctx: contextOf(s, clauses), clause: main, paragraph: s.paragraph };
    }
    const durations = within(sortedTimexes, s.start, s.end).filter((t) => t.type === 'DURATION');
    const stamp = stampOf[s.paragraph];
    // A sentence that is only its paragraph's stamp (`Day 2.`) tells nothing: the next one takes the date.
    if (stamp && s.start <= stamp.start && stamp.end <= s.end && /^[\s.:–—|)-]*$/.test(text.slice(s.start, stamp.start) + text.slice(stamp.end, s.end))) continue;
    const untilFrom = stamp?.value ?? documentDay;
    // Clauses only for a sentence that may tell a dated happening (most sentences of a long text do not).
    // ... and that has words at all (a line of marks tells nothing).
    const mayTell = (anchors.length > 0 || (stamp !== undefined && !dated.has(s.paragraph)) || s === lead) && hasLetterPair(text, s.start, s.end);
    if (!mayTell) {
      for (const d of durations) undatedWithDuration.push({ sentence: s, duration: d });
      // `He died at his home in Harrogate.` in a biography that opens `Wrenfield (1823–1891)`: dated by the brackets.
      if (life && anchors.length === 0 && BIRTH_OR_DEATH.test(text.slice(s.start, s.end))) {
        const clauses = clausesOf(text, s);
        const main = clauses.findIndex((c) => c.kind === 'main');
        const date = main >= 0 ? lifeEventOf(text, clauses[main]!, life) : null;
        if (date) {
          const u: Unit = { kind: 'point', start: date.value, timexes: [date], span: { start: s.start, end: s.start } };
          drafts.push(draft(contextOf(s, clauses), u, main, false, 'inherited', explainLifeDate(date, date === life.died)));
        }
      }
      continue;
    }
    // A wire dateline (`CANBERRA, Australia (AP)_ `) is no part of the sentence's clauses.
    const clauseSpan = s.start < para.datelineEnd ? { start: para.datelineEnd, end: s.end } : s;
    const clauses = mendClauses(text, clauseSpan, clausesOf(text, clauseSpan), anchors);
    const units = findUnits(text, s, anchors, durations, untilFrom, (a, b) => outerClause(clauses, a) === outerClause(clauses, b));
    const ctx = contextOf(s, clauses);
    const roles = unitRoles(text, s.start, units, clauses);
    // Whether a date of its own tells the sentence's main happening (not only an aside's or a baseline's).
    const mainDated = roles.some((r) => r.kind === 'happening' && MAIN_KINDS.has(clauses[r.clause]!.kind));
    if (!mainDated) {
      const said = text.slice(Math.max(s.start, para.datelineEnd), s.end);
      // (A year heading an annals' entry dates a clause with a verb: `1132. Nothing worth telling.` tells nothing.)
      // (So does a day written out heading a log's entry: `Friday 8th. Strong gales all day.` tells nothing.)
      const toldByVerb = stamp === undefined || !needsVerb(stamp, para) || clauses.some((c) => c.kind === 'main' && c.verb !== undefined);
      if (stamp && !dated.has(s.paragraph) && !GREETING.test(said) && !isReply(said) && toldByVerb) {
        // A live-blog entry's time dates its first sentence that tells its happening without a date.
        dated.add(s.paragraph);
        drafts.push(stampDraft(ctx, stamp));
      } else if (documentDate !== null && s === lead && presentPerfect(text, clauses)) {
        // A news lead in the present perfect (`Three people have died after ...`) tells what has happened by publication.
        const u: Unit = { kind: 'point', start: dayOf(documentDate), timexes: [], span: { start: s.start, end: s.start } };
        const verb = clauses.find((c) => c.kind === 'main')!.verb!;
        drafts.push(draft(ctx, u, 0, false, 'inherited', explainLead(text.slice(verb.start, verb.end), u.start)));
      }
      if (units.length === 0) for (const d of durations) undatedWithDuration.push({ sentence: s, duration: d });
    } else if (stamp && !dated.has(s.paragraph)) {
      // `1137. There was famine through all the land, and many died in the spring.`: an entry's heading dates its first
      // clause when only a clause coordinated after it has a date of its own.
      const first = clauses.findIndex((c) => c.kind === 'main' && c.verb !== undefined);
      const own = roles.some((r) => r.kind === 'happening' && r.clause === first);
      if (first >= 0 && !own && roles.some((r) => r.kind === 'happening' && clauses[r.clause]!.kind === 'coordinated' && clauses[r.clause]!.parent === first)) {
        drafts.push(stampDraft(ctx, stamp));
      }
    }
    if (units.length === 0) continue;
    if (stamp) dated.add(s.paragraph);
    const reporters = new Map<Unit, Unit>();
    roles.forEach((r, i) => { if (r.kind === 'report') reporters.set(r.reports, units[i]!); });
    units.forEach((u, i) => {
      const role = roles[i]!;
      if (role.kind === 'none' && (role.why === 'part of what the clause says' || role.why === 'the baseline of a comparison')) {
        // `collected fortnightly, except between 14 December and 21 February, when ice cover prevented access`, `the
        // first strike since 1977, when dockers walked out`: a date that does not date its clause (what it says, or a
        // comparison's baseline) still dates the `when` clause set off after it.
        const also = whenAfterDate(ctx, u, clauseAt(clauses, u.span.start, u.span.end));
        if (also) drafts.push(also);
      }
      if (role.kind !== 'happening') return;
      if (nowIs(text, u, documentDay)) return;
      const source = sourceOf(u);
      const d = draft(ctx, u, role.clause, role.withSaying, source, later(u, source, documentDate));
      // The statement that tells this happening, when it is dated apart (`said on Monday that ...`).
      const said = reporters.get(u);
      if (said) {
        d.reportedOn = said.start;
        d.timexIds.push(...said.timexes.map((t) => t.id));
        d.explanation = explanationOf(d) + explainReported(said);
      }
      const also = whenAfterDate(ctx, u, role.clause);
      // `The turning point came in 2007, when the trust bought the fen`: a clause that only names the occasion tells no
      // happening of its own; the `when` clause tells it.
      if (!(also && occasionOnly(text, clauses[role.clause], u))) drafts.push(d);
      if (also) drafts.push(also);
    });
    // `Greta Holm (born 9 August 1951) is a politician who served from 1997 to 2006`, `Piet van Loon (born 1961) is a
    // cyclist`: the birth date in brackets tells the person's birth, not the state the sentence is about.
    const born = s === lead && life?.born && life.died === null ? life.born : null;
    if (born) {
      const own = drafts.findIndex((d) => d.sentence === s && d.unit.timexes.length === 1 && d.unit.timexes[0] === born);
      if (own >= 0) drafts.splice(own, 1);
      const u: Unit = { kind: 'point', start: born.value, timexes: [born], span: { start: born.start, end: born.end }, named: `${life!.name} was born` };
      drafts.push(draft(ctx, u, -1, false, sourceOf(u), explainLifeDate(born, false)));
    }
  }

  const merged = mergeRepeats(drafts);
  const notDerived = new Set(merged.filter((d) => d.unit.kind !== 'derived'));
  anchorDurationsElsewhere(text, merged, undatedWithDuration);
  // A duration dated by the same happening in another sentence: said in the same plain words.
  for (const d of merged) if (d.unit.kind === 'derived' && notDerived.has(d)) d.explanation = explainElsewhere(d.unit);
  // Each start read once, not twice per comparison (n log n parses of the value).
  const startTime = new Map(merged.map((d) => [d, valueStartTime(d.unit.start)]));
  merged.sort((a, b) => startTime.get(a)! - startTime.get(b)! || a.sentence.start - b.sentence.start);
  distinguishTitles(merged);
  const events = merged.map((d, i) => toEvent(text, d, i));
  releaseAdverbialMemo();
  return seg.title === undefined ? { events } : { events, title: seg.title };
}

function toEvent(text: string, d: DraftEvent, index: number): TimelineEvent {
  const span = d.spans[0]!;
  const event: TimelineEvent = {
    id: `e${index + 1}`,
    start: d.unit.start,
    precision: precisionOf(d.unit.start),
    title: d.title,
    text: text.slice(span.start, span.end),
    span: { start: span.start, end: span.end },
    timexIds: [...new Set(d.timexIds)],
    dateSource: d.dateSource,
    explanation: explanationOf(d),
    segment: d.segment,
  };
  if (d.unit.end !== undefined && d.unit.end !== d.unit.start) event.end = d.unit.end;
  if (d.reportedOn !== undefined) event.reportedOn = d.reportedOn;
  if (d.spans.length > 1) event.spans = d.spans.map((s) => ({ start: s.start, end: s.end }));
  return event;
}
