/**
 * Temporal adverbials inside a clause: which span of text a date takes with it when a title drops it
 * (`on Friday`, `in the 1990s`, `about two weeks ago`), and the clause text with those spans cut out.
 */
import type { TextSpan } from '../model/types.js';
import type { Clause } from '../text/clauses.js';
import { AUXILIARIES, DETERMINERS, MODALS, PREPOSITIONS, isPastVerb } from '../text/lexicon.js';
import { isSpace } from '../text/tokens.js';

/** Words that belong to a temporal adverbial when they stand right before a timex (`on or` before `around 9 July`, whose hedge the timex holds). */
const ADVERBIAL_LEAD = /(?:\b(?:(?:shortly|just|soon|right|well|long|immediately|moments|minutes|hours) (?:before|after)|than (?:in|during|the)|on or (?:about|before|after)|on or(?=\s{1,3}$)|(?:whole|rest|most|much|all|bulk|remainder) of|for(?=\s{1,3}(?:the\s{1,3})?(?:whole|rest|most|much|all|bulk|remainder)\s{1,3}of\s)|on an?(?:\s{1,3}(?:wet|cold|hot|warm|fine|bright|dark|rainy|sunny|snowy|windy|grey|gray|quiet|busy|late|early|chilly|mild|stormy|foggy|freezing))?|as early as|as late as|as soon as|no later than|no earlier than|(?:more|less|fewer) than|nearly|almost|some\s?time|so far|on|in|at|during|since|by|from|until|till|through|throughout|into|over|within|between|as of|of|all|early|late|earlier|later|the|around|about|before|after)\s{1,3}){1,4}$/i;
/** The days, seasons and parts of a day an indefinite `one` may open (`one Friday`, `one spring morning`). */
const ONE_DAY_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|day)\b/i;
/** Temporal noun phrases that work as adverbials without a preposition (`said Friday`, `left yesterday`). */
const BARE_ADVERBIAL = /^(?:(?:last|next|this|that|early|late|earlier|later|the same|the following|the next|the previous)\s|yesterday|today|tonight|tomorrow|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d{2}|\d{1,2}\s{0,2}(?:am|pm|a\.m\.|p\.m\.))/i;
/** Auxiliaries of a passive or a perfect before a past participle (`was arrested`, `have married`). */
const PASSIVE_OR_PERFECT: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had']);
/** A month (abbreviated or whole) and a day (`Nov. 2`, `Aug 14`, `March 3`). */
const MONTH_DAY = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,2}\d{1,2}$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,2}\d{1,2}$/;
/** Adjectives the tagger reads as times (`current` is PRESENT_REF) that modify a noun after them. */
const TIME_ADJECTIVES = new Set(['current', 'present', 'recent', 'former', 'future', 'past', 'previous', 'latest', 'contemporary']);
/** A noun after a determined date (`the 2019 final`); function words and verbs follow adverbials. */
/** A time noun right after a date (`the 2003-04 season`, `the 2019 financial year`). */
const TIME_NOUN_NEXT = /^(?:[-–/]\d{2})?\s{1,2}(?:season|term|period|campaign|session|financial\s{1,2}year|fiscal\s{1,2}year|school\s{1,2}year|tax\s{1,2}year)\b/i;
/**
 * A break a date names, after a preposition of time (`by the August break`, `before the Fourth of July recess`): the
 * phrase says when; `Parliament breaks for the Easter recess` keeps its recess, the happening.
 */
const BREAK_NEXT = /^\s{1,2}(?:break|recess)\b(?!-)/i;
const TIME_PREPOSITION_LEAD = /^(?:before|after|by|until|till|during|since|through|over|ahead\s{1,3}of)\s/i;
/** Forms of `be` (and its contractions) before a predicative `due`. */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', "'s", "'re", 'am', 'isn’t', "isn't", 'were', 'remains', 'remain', 'seems', 'looks']);
/** A day of the week or a feast, one word (`Sunday`, `Easter`). */
const NAMED_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|easter|christmas|whitsun|hogmanay)$/i;
/** Words after a named day that still belong to the time (`the Sunday morning`, `the Monday following`). */
const DAY_PART_NEXT = /^\s{1,2}(?:morning|afternoon|evening|night|lunchtime|following|preceding|before|after|last|next|just|gone|past|when)\b/i;
/** `the Sunday run`, `the Friday tutoring program`: a day or feast after `the` and before a noun it modifies. */
function namedDayBeforeNoun(before: string, own: string, after: string): boolean {
  return /\bthe\s{1,3}$/i.test(before) && NAMED_DAY.test(own) && ATTRIBUTIVE_NEXT.test(after) && !DAY_PART_NEXT.test(after);
}
/**
 * After a period told by its unit (`the last week`, `the first day`), the length of an `of` phrase of a determiner and one
 * noun that says which period (` of the dig`), when a verb, a mark or the end follows it; else 0.
 */
function periodOf(own: string, after: string): number {
  if (!/(?:week|weekend|month|year|day|night|morning|evening|season|term|half|quarter|anniversary)$/i.test(own)) return 0;
  const m = /^\s{1,2}of\s{1,2}(?:the|its|their|his|her)\s{1,2}[a-z-]{2,20}/.exec(after);
  if (!m) return 0;
  const next = /^\s{0,2}([\p{L}']*)/u.exec(after.slice(m[0].length))?.[1] ?? '';
  const rest = after.slice(m[0].length);
  const ends = /^\s{0,2}(?:[,.;:!?)]|$)/.test(rest) || AUXILIARIES.has(next.toLowerCase()) || MODALS.has(next.toLowerCase()) || (next !== '' && isPastVerb(next.toLowerCase()));
  return ends ? m[0].length : 0;
}

/** A season, one word, or with `the` (`winter`, `the summer`). */
const SEASON = /^(?:the\s{1,3})?(?:winter|summer|spring|autumn)$/i;
/** Before a bare season that modifies a noun: a determiner or `into` (`into winter quarters`, `its spring collection`). */
const SEASON_DETERMINER_BEFORE = /\b(?:the|into|its|their|his|her|our|a)\s{1,3}$/i;
/** Nouns after a season that still tell a time (`the summer months`, `the winter recess`). */
const SEASON_TIME_NEXT = /^\s{1,2}(?:months?|season|term|half|holidays?|break|recess|vacation|solstice|equinox|time|period|quarter|weeks?|days?|nights?|evenings?|mornings?|sun)\b/i;
/**
 * `into winter quarters`, `when the summer timetable starts`: a season before a noun it modifies says which kind of
 * thing it is, not when anything happens.
 */
function seasonBeforeNoun(before: string, own: string, after: string): boolean {
  if (!SEASON.test(own) || !ATTRIBUTIVE_NEXT.test(after) || SEASON_TIME_NEXT.test(after)) return false;
  // (Not a season after a preposition of time, `In the summer masons came`, `through the winter well`, nor one before a
  // determiner or an -ing form, `spent the winter gathering an army`: there it is the time.)
  const next = /^\s{1,2}(\p{L}{1,20})/u.exec(after)?.[1]?.toLowerCase() ?? '';
  if (DETERMINERS.has(next) || next.endsWith('ing') || next === 'well') return false;
  if (!/^the\s/i.test(own)) return SEASON_DETERMINER_BEFORE.test(before);
  const words = before.trimEnd().split(/\s+/);
  return !TIME_PREPOSITIONS.has(words[words.length - 1]!.toLowerCase());
}
/** Prepositions of time (and words) that make a season after them the time (`in the summer`, `through the winter`, `all the spring`). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'through', 'throughout', 'by', 'during', 'until', 'till', 'since', 'over', 'for', 'from', 'to', 'after',
  'before', 'across', 'of', 'all', 'that', 'this']);

/** Whether the timex at `span` is a day, feast or season that modifies the noun after it (`during the Sunday run`, `the summer timetable`). */
export function namesDayOfNoun(text: string, span: TextSpan): boolean {
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const own = text.slice(span.start, span.end);
  const after = text.slice(span.end, span.end + 20);
  return namedDayBeforeNoun(before.slice(-8), own, after) || seasonBeforeNoun(before, own, after);
}
const ATTRIBUTIVE_NEXT = /^\s{1,2}(?!(?:and|or|but|to|in|on|at|for|with|by|from|of|that|which|who|when|as|after|before|was|were|is|are|had|has|have|will|would|saw|rose|fell)\b)(?:\p{Ll}{3,}|\p{Lu}\p{Ll}+)/u;

/**
 * The span to cut for a timex: the timex with the preposition/determiner words that introduce it,
 * or null when the timex is not an adverbial (`The third quarter flattered ...`, `third-quarter profit`).
 */
export function adverbialSpan(text: string, floor: number, span: TextSpan): TextSpan | null {
  // The roles and the headlines of a sentence ask about the same dates several times each: the answers are kept for
  // the text being read, in a small table of the last ones (they depend on the text, the floor and the span only).
  if (text !== memoText) memoFloor.fill(-1);
  memoText = text;
  const slot = ((span.start * 31) ^ span.end) & (MEMO_SIZE - 1);
  if (memoFloor[slot] === floor && memoStart[slot] === span.start && memoEnd[slot] === span.end) return memoFound[slot] ?? null;
  const found = readAdverbialSpan(text, floor, span);
  memoFloor[slot] = floor;
  memoStart[slot] = span.start;
  memoEnd[slot] = span.end;
  memoFound[slot] = found;
  return found;
}

/** How many answers of adverbialSpan are kept (the dates of a sentence or two), by a hash of their span. */
const MEMO_SIZE = 64;
/** Tables made by a call a bundler may drop when nothing uses them (no work at module top level). */
function floats(n: number, fill: number): Float64Array {
  return new Float64Array(n).fill(fill);
}
function emptySlots<T>(n: number): (T | null)[] {
  return new Array<T | null>(n).fill(null);
}
const memoFloor = /* @__PURE__ */ floats(MEMO_SIZE, -1);
const memoStart = /* @__PURE__ */ floats(MEMO_SIZE, 0);
const memoEnd = /* @__PURE__ */ floats(MEMO_SIZE, 0);
const memoFound: (TextSpan | null)[] = /* @__PURE__ */ emptySlots<TextSpan>(MEMO_SIZE);
let memoText: string | null = null;

/** Forgets adverbialSpan's answers and the text they were about (an extraction calls it when done). */
export function releaseAdverbialMemo(): void {
  memoFloor.fill(-1);
  memoFound.fill(null);
  memoText = null;
}

/**
 * `second-quarter results`: a hyphenated date (its words `own`) before a noun (`after` is the text after it). Not one
 * before a preposition other than `of` (`by mid-May on whether`): the word after an adjective is its noun.
 */
export function hyphenatedBeforeNoun(own: string, after: string): boolean {
  if (!/\p{L}-\p{L}/u.test(own) || !/^\s\p{Ll}/u.test(after)) return false;
  // (`the fiscal second-quarter of $8.6 million`: `of` after a date opens what the clause says of an amount.)
  const next = /^\s(\p{Ll}{1,12})/u.exec(after.slice(0, 14))?.[1] ?? '';
  return next === 'of' || !PREPOSITIONS.has(next);
}

function readAdverbialSpan(text: string, floor: number, span: TextSpan): TextSpan | null {
  const before = text.slice(Math.max(floor, span.start - 40), span.start);
  const after = text.slice(span.end, span.end + 20);
  const own = text.slice(span.start, span.end);
  if (hyphenatedBeforeNoun(own, after)) return null; // adjectival compound
  if (/^['’]s?\b/.test(after)) return null; // possessive: `Friday's vote` names the thing itself
  // `Last summer was wrecked by the weather`: a date opening its clause before the verb is its subject.
  if (dateAsSubject(text, floor, span)) return null;
  // `spent the better part of the 2010s making films`: the time spent is the verb's object, not an adverbial.
  if (objectOfTimeVerb(before)) return null;
  // `on Friday, Nov. 28, the day after Thanksgiving`: the appositive goes whole with its comma.
  const comma = restatingAppositive(before);
  if (comma >= 0) return { start: span.start - (before.length - comma), end: span.end };
  // `, a level last seen in July 2007`: the baseline goes with the appositive that holds it.
  const aside = before.lastIndexOf(',');
  if (aside >= 0 && lastSeenBefore(before)) return { start: span.start - (before.length - aside), end: span.end };
  // `One Friday in October 1971,`, `one summer`: an indefinite day or season goes with its `one`.
  const one = /(?:^|\s)one\s{1,3}$/i.exec(before);
  if (one && ONE_DAY_WORD.test(own)) return { start: span.start - one[0].trimStart().length, end: span.end };
  // `went into winter quarters`: a season before a noun it modifies is part of the noun phrase.
  if (seasonBeforeNoun(before, own, after)) return null;
  // `on current trends`, `under present rules`: a time adjective before its noun modifies the noun; it is no adverbial.
  if (TIME_ADJECTIVES.has(own.toLowerCase()) && /^\s{1,2}\p{Ll}/u.test(after)) return null;
  // `between 2 and 3:30 p.m.`, `from 9 to 11am`: a bare hour that opens the range (no timex of its own) goes with it.
  const openHour = CLOCK_TIME.test(own) ? openHourLength(before) : 0;
  if (openHour > 0) return { start: span.start - openHour, end: span.end };
  const lead = ADVERBIAL_LEAD.exec(before);
  // `in the 2003-04 season`, `the 2019 financial year`: a time noun after the date is part of the time phrase.
  const timeNoun = TIME_NOUN_NEXT.exec(after) ?? (lead && TIME_PREPOSITION_LEAD.test(lead[0]) ? BREAK_NEXT.exec(after) : null);
  // (`The 2024 season was a slow climb`: the dated period opening its clause before the verb is its subject; it stays.)
  if (lead && timeNoun && /^\s{0,3}the\s{1,3}$/i.test(lead[0]) && periodAsSubject(text, floor, span.start - lead[0].length, span.end + timeNoun[0].length)) return null;
  if (lead && timeNoun) return { start: span.start - lead[0].length, end: span.end + timeNoun[0].length };
  // `in the last week of the dig`, `on the first day of the trial`: the `of` phrase says which period; it goes with it.
  const ofWhat = lead ? periodOf(own, text.slice(span.end, span.end + 40)) : 0;
  if (ofWhat > 0) return { start: span.start - lead![0].length, end: span.end + ofWhat };
  // `before the Nov. 5 general election`, `a rematch of the 2019 final`: a dated noun keeps its date.
  if (lead && /\bthe\s{1,3}$/i.test(lead[0]) && /\d/.test(own) && ATTRIBUTIVE_NEXT.test(after)) return null;
  // `in the 2011 and 2014 elections`: so do dates listed before the noun, the first and the last alike.
  if (/\d/.test(own) && datedNounList(text, span, lead?.[0] ?? '', before)) return null;
  // `during the Sunday run`, `The Easter holidays begin`: a day or feast named before a noun says which thing it is.
  if (lead && namedDayBeforeNoun(lead[0], own, after)) return null;
  // `took over in the summer`, `switched it on on 24 August`, `came in on Monday`: the first word there is a
  // particle of the verb, not the preposition.
  const particle = lead ? /^(?:over|on|in)\s{1,3}(?=(?:in|on|at|during|since|by|until|till|from)\s)/i.exec(lead[0]) : null;
  // `a firmware update due on 3 June will fix`: after a noun, `due` (`scheduled`, `slated`) before the date's
  // preposition only said the date was set; it goes with it (`The report is due on Friday` keeps it).
  const rest = lead && !particle ? before.slice(0, before.length - lead[0].length) : '';
  const [noun, due] = lastWords(rest, 2);
  if (lead && /\s$/.test(rest) && due !== undefined && /^(?:due|scheduled|slated)$/i.test(due) && noun !== undefined && /^[\p{L}'’]+$/u.test(noun)
    && !BE_FORMS.has(noun.toLowerCase()) && !/^(?:to|not|been|being|now|also|still|currently|originally|initially)$/i.test(noun)) {
    return { start: span.start - lead[0].length - (rest.length - rest.lastIndexOf(due)), end: span.end };
  }
  if (lead) return { start: span.start - lead[0].length + (particle ? particle[0].length : 0), end: restatedEnd(text, span.end) };
  if (/["“‘]$/.test(before) && /^[,.]?["”’]/.test(after)) return null; // a quoted name (`"This Week"`)
  // `less than a year later`, `about two weeks ago`, `two years after that`: the relative time goes with its hedge.
  if (/\b(?:later|earlier|ago|afterwards|thereafter|after that|before that|after this)$/i.test(own)) {
    const hedge = /\b(?:less than|more than|about|nearly|almost|just|some|roughly|around|barely|only)\s{1,3}$/i.exec(before);
    // `a week earlier than last year`, `two months later than planned`: what the time is measured against goes with it.
    const than = /(?:later|earlier)$/i.test(own) ? /^\s{1,3}than\s[^,.;:!?()"“”]{1,40}/.exec(text.slice(span.end, span.end + 48)) : null;
    const end = than ? span.end + than[0].length : span.end;
    return hedge ? { start: span.start - hedge[0].length, end } : than ? { start: span.start, end } : span;
  }
  if (/\b(?:for|to|than|with|like)\s{1,3}$/i.test(before)) return null; // a complement: `the point for next year`
  if (/\b(?:effect|force)\s{1,3}$/i.test(before)) return span; // `take effect July 1`, `came into force 1 May`
  if (BARE_ADVERBIAL.test(own)) return span;
  // `was arrested Nov. 2 in Las Vegas`, `were married June 14`: a month and day right after a passive or perfect verb,
  // with no preposition (as news agencies write it), is an adverbial too (not `the quarter ended Sept. 30`, whose date
  // is what the participle says of the noun).
  if (MONTH_DAY.test(own) && /\s$/.test(before)) {
    const [aux, verb] = before.slice(-40).trimEnd().split(' ').slice(-2);
    if (aux !== undefined && verb !== undefined && PASSIVE_OR_PERFECT.has(aux) && /^[a-z]{3,}$/.test(verb) && isPastVerb(verb) && !/^(?:ended|ending|dated|set|due)$/.test(verb)) return span;
  }
  // A timeline entry's date heading its line (`29 September – The walkout begins`): the date and its mark go.
  // (So does the last date of a range that heads its line: `March 2021 - present: Senior Hydrologist`.)
  const rangeHead = span.start - floor <= 24 && /[-–—]\s{0,2}$/.test(before) && !/[,.;]/.test(text.slice(floor, span.start));
  // (A range open to this day, `March 2021 - present:`, goes whole.)
  const entry = span.start <= floor || rangeHead ? (OPEN_RANGE_END.exec(after) ?? /^\s{0,2}[–—:-]\s{0,2}/.exec(after)) : null;
  if (entry) return { start: span.start, end: span.end + entry[0].length };
  // A bullet's leading date (`- March 2021: Helix announces ...`) counts as parenthetical too.
  const parenthetical = (span.start <= floor || /(?:^|[,;(]\s{0,2}|^\s{0,2}[-•*–]\s{1,2})$/.test(before.slice(-3))) && /^\s{0,2}(?:[,.;:!?)]|$)/.test(after);
  return parenthetical ? span : null;
}

/** `- present:`, `– now:` after a line's first date: the range runs to this day. */
const OPEN_RANGE_END = /^\s{0,2}[–—-]\s{0,2}(?:present|now|date|today)\s{0,2}:\s{0,2}/i;
/** A clock time (`3:30 p.m.`, `11am`), not a day of a month (`13 December`). */
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2}|\s{0,2}[ap]\.?m\b)/i;
/** A bare hour (`2`, `9.30`). */
const BARE_HOUR = /^\d{1,2}(?:[:.]\d{2})?$/;
/** A word that holds a date's number (`2014`, `5`, `1990s`). */
const DATE_NUMBER = /^\d[\d\p{L}–-]{0,8}$/u;
/** A month word before a day (`Nov.`, `March`). */
const MONTH_LIKE = /^\p{L}{3,9}\.?$/u;

/**
 * `between 2 and `, `from 9.30 to ` ending `before`: the length of a range's first hour, bare, and its words before the
 * last hour; 0 when there is none.
 */
function openHourLength(before: string): number {
  if (!/\s$/.test(before)) return 0;
  const [from, hour, link] = lastWords(before, 3);
  if (from === undefined || hour === undefined || link === undefined) return 0;
  if (!/^(?:between|from)$/i.test(from) || !BARE_HOUR.test(hour) || !/^(?:and|to)$/i.test(link)) return 0;
  return before.length - before.lastIndexOf(from);
}

/** The words of `s` split at spaces, empty ones dropped. */
function wordsOf(s: string): string[] {
  return s.split(' ').filter((w) => w !== '');
}

/** How many of `words` (from the first) make one listed date (`2014`, `Nov. 6`): 0, 1 or 2. */
function listedDateWords(words: readonly string[]): number {
  if (words[0] !== undefined && DATE_NUMBER.test(words[0])) return 1;
  return words[0] !== undefined && MONTH_LIKE.test(words[0]) && words[1] !== undefined && DATE_NUMBER.test(words[1]) ? 2 : 0;
}

/**
 * Whether the date at `span` is an item of a list of dates before a noun they modify (`in the 2011 and 2014 elections`):
 * the first item after `the` with the next before the noun, or the last item after `the <date> and`.
 */
function datedNounList(text: string, span: TextSpan, lead: string, before: string): boolean {
  if (/\bthe\s{1,3}$/i.test(lead)) {
    const after = text.slice(span.end, span.end + 24);
    const words = wordsOf(after);
    if (!/^\s/.test(after) || (words[0] !== 'and' && words[0] !== 'or')) return false;
    const n = listedDateWords(words.slice(1));
    if (n === 0 || words.length <= n + 1) return false;
    const last = words[n]!;
    const end = span.end + after.indexOf(last, after.indexOf(words[0]) + words[0].length) + last.length;
    return ATTRIBUTIVE_NEXT.test(text.slice(end, end + 20));
  }
  if (!/\s$/.test(before)) return false;
  const words = lastWords(before, 4);
  if (words[words.length - 1] !== 'and' && words[words.length - 1] !== 'or') return false;
  const item = words.slice(0, -1);
  const the = item.length >= 2 && /^the$/i.test(item[item.length - 2]!) && listedDateWords(item.slice(-1)) === 1
    || (item.length >= 3 && /^the$/i.test(item[item.length - 3]!) && listedDateWords(item.slice(-2)) === 2);
  return the && ATTRIBUTIVE_NEXT.test(text.slice(span.end, span.end + 20));
}

/** `on 3 March 2008, the week the station launched`: an appositive naming the date's period by a happening. */
const RESTATING_AFTER = /^,\s{1,3}the\s{1,3}(?:day|week|weekend|month|year|night|morning|evening|season)\s/;
/** The subject that opens the happening in such an appositive (`the station`, `his brother`, `she`). */
const RESTATING_SUBJECT = /^(?:the|a|an|his|her|its|their|our|my|he|she|it|they|we|I)\s/;
/** Where a date's span ends with such an appositive (up to its closing mark), or `end`. */
function restatedEnd(text: string, end: number): number {
  const m = RESTATING_AFTER.exec(text.slice(end, end + 24));
  if (!m) return end;
  let from = end + m[0].length;
  // (`, the day after Parliament returns`, `, the week before the election`: a happening or a thing after `after`/`before`.)
  const link = /^(?:that|when|after|before)\s/.exec(text.slice(from, from + 7));
  if (link) from += link[0].length;
  if (!/^(?:after|before)/.test(link?.[0] ?? '') && !RESTATING_SUBJECT.test(text.slice(from, from + 7))) return end;
  for (let k = from; k < Math.min(text.length, from + 80); k++) if (',.;:!?)\n'.includes(text[k]!)) return k;
  return end;
}

/** The last `n` words of `s` (split at white space). */
/**
 * `s.trimEnd().split(/\s+/).slice(-n)`, read from the end (only the last n words are cut out; a space that opens
 * `s` still counts as an empty word before the first, as split gives it).
 */
function lastWords(s: string, n: number): string[] {
  let e = s.length;
  while (e > 0 && isSpace(s.charCodeAt(e - 1))) e--;
  if (e === 0) return [''];
  const out: string[] = [];
  while (out.length < n) {
    let b = e;
    while (b > 0 && !isSpace(s.charCodeAt(b - 1))) b--;
    out.push(s.slice(b, e));
    if (b === 0) break;
    let w = b;
    while (w > 0 && isSpace(s.charCodeAt(w - 1))) w--;
    if (w === 0) {
      if (out.length < n) out.push('');
      break;
    }
    e = w;
  }
  return out.reverse();
}

/** Verbs whose object is an amount of time (`spent the summer`, `passed most of 2019`). */
const TIME_OBJECT_VERBS = new Set(['spent', 'spend', 'spends', 'spending', 'passed', 'missed', 'miss', 'misses', 'missing', 'wasted']);
/** Nouns of a share of a period (`most of`, `the better part of`). */
const SHARE_NOUNS = new Set(['part', 'most', 'much', 'bulk', 'rest', 'remainder', 'whole', 'all', 'half', 'majority']);
const SHARE_ADJECTIVES = new Set(['better', 'best', 'greater', 'larger', 'first', 'second', 'last']);
/** Whether the text before a date ends with a verb that takes it as its object, through a share of it (`spent most of`). */
function objectOfTimeVerb(before: string): boolean {
  const ws = lastWords(before, 7).map((w) => w.toLowerCase());
  let k = ws.length - 1;
  if (ws[k] === 'the') k--;
  if (ws[k] === 'of' && SHARE_NOUNS.has(ws[k - 1] ?? '')) {
    k -= 2;
    if (SHARE_ADJECTIVES.has(ws[k] ?? '')) k--;
    if (ws[k] === 'the') k--;
  }
  return TIME_OBJECT_VERBS.has(ws[k] ?? '');
}

/** `a level last seen in July 2007`: the date a level was last at is the baseline of the comparison. */
const LAST_SEEN_VERBS = new Set(['seen', 'reached', 'recorded', 'hit', 'touched']);
const LAST_SEEN_PREPOSITIONS = new Set(['in', 'on', 'during', 'at']);
export function lastSeenBefore(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = lastWords(before, 5).map((w) => w.toLowerCase());
  if (words[words.length - 1] === 'the') words.pop();
  const [aux, last, verb, prep] = words.slice(-4);
  // (`She was last seen on Friday`: after an auxiliary it is the clause's own verb group, a happening.)
  if (aux !== undefined && /^(?:was|were|is|are|been|be|had|has|have)$/.test(aux)) return false;
  return last === 'last' && LAST_SEEN_VERBS.has(verb ?? '') && LAST_SEEN_PREPOSITIONS.has(prep ?? '');
}

/** Nouns of an appositive that restates a date by another (`, the day after Thanksgiving`). */
const RESTATING_NOUNS = new Set(['day', 'night', 'morning', 'evening', 'week', 'weekend']);

/** Where the comma of `, the day after ` (`before`) ends `before` opens, or -1. */
function restatingAppositive(before: string): number {
  if (!/\s$/.test(before)) return -1;
  const words = lastWords(before, 4);
  if (words.length < 4 || !words[0]!.endsWith(',') || words[1]!.toLowerCase() !== 'the' || !RESTATING_NOUNS.has(words[2]!.toLowerCase())) return -1;
  const rel = words[3]!.toLowerCase();
  return rel === 'after' || rel === 'before' ? before.lastIndexOf(',') : -1;
}

/** A verb right after a date: the date is the subject (`Last summer was ...`, `2023 saw ...`). */
/** Whether text[start, end), a dated period (`The 2024 season`), opens its sentence and a verb follows it (`was`, `ended`): its subject. */
function periodAsSubject(text: string, floor: number, start: number, end: number): boolean {
  if (!/^["“‘]?$|[.!?;:]["“‘]?$/.test(text.slice(Math.max(floor, start - 4), start).trim())) return false;
  const next = /^\s{1,2}([a-z]{2,12})\b/.exec(text.slice(end, end + 16))?.[1];
  return next !== undefined && (AUXILIARIES.has(next) || MODALS.has(next) || isPastVerb(next));
}

/**
 * `Last summer was wrecked`, `Today and tomorrow will stay dry`: a date (or two joined by `and`/`or`) that opens its
 * clause right before a verb is the clause's subject.
 */
export function dateAsSubject(text: string, floor: number, span: TextSpan): boolean {
  const opens = (at: number): boolean => /^["“‘]?$|[.!?;:]["“‘]?$/.test(text.slice(Math.max(floor, at - 4), at).trim());
  const after = text.slice(span.end, span.end + 40);
  if (DATE_AS_SUBJECT.test(after)) {
    if (opens(span.start)) return true;
    // The second of two dates joined at the clause's start (`Today and | tomorrow will`).
    const words = text.slice(Math.max(floor, span.start - 24), span.start).trimEnd().split(/\s+/);
    const joiner = words[words.length - 1]?.toLowerCase();
    const first = words[words.length - 2];
    if ((joiner !== 'and' && joiner !== 'or') || !first) return false;
    const at = text.lastIndexOf(first, span.start);
    return at >= floor && opens(at);
  }
  const joined = /^\s{1,2}(?:and|or)\s{1,2}\p{L}{3,12}/u.exec(after);
  return joined !== null && opens(span.start) && DATE_AS_SUBJECT.test(after.slice(joined[0].length));
}

const DATE_AS_SUBJECT = /^\s{1,2}(?:was|were|is|are|has|have|had|will|would|should|could|saw|sees|brought|marked|proved)\b/;

/** A word shaped like a verb in -s after a date (`brings`, `marks`; not `across`, `bus`, `this`), and the word after it. */
const PRESENT_S_AFTER = /^\s{1,3}([a-z]{3,20}s)\s{1,3}([\p{L}\p{N}'’-]{1,30})/u;
const NOT_PRESENT_S = /(?:ss|us|is)$/;

/**
 * The date that is a main clause's whole subject, right before its verb (`Thursday brings another front`), as the
 * clause layer read it; or a date opening the clause before a word in -s that the clause layer did not read as the
 * noun before a verb, and a word that is no verb (`This weekend looks drier`, `Next month marks fifty years`). Null
 * when there is none.
 */
export function dateSubjectOf(text: string, c: Clause, dates: readonly TextSpan[]): TextSpan | null {
  if (c.kind !== 'main') return null;
  const span = c.subject && !c.subject.inherited ? c.subject.span : undefined;
  const whole = span && c.verb ? dates.find((d) => d.start <= span.start && d.end >= span.end) : undefined;
  if (whole) return /^\s{1,3}$/.test(text.slice(whole.end, c.verb!.start)) ? whole : null;
  const date = dates.find((d) => d.start >= c.bodyStart && d.start <= c.bodyStart + 1);
  const m = date ? PRESENT_S_AFTER.exec(text.slice(date.end, Math.min(c.end, date.end + 48))) : null;
  if (!date || !m || NOT_PRESENT_S.test(m[1]!)) return null;
  // `Last year profits rose`: the clause layer read the word in -s as the subject and the next one as its verb.
  const nextAt = date.end + m[0].length - m[2]!.length;
  if (c.verb && c.verb.start <= nextAt) return null;
  const next = m[2]!.toLowerCase();
  return MODALS.has(next) || AUXILIARIES.has(next) || isPastVerb(next) || next.endsWith('ed') ? null : date;
}

/** Words that join two cut dates (`and again`, `and then`, `or`). */
const DATE_JOINER = /^,? ?(?:and|or|then)(?: (?:again|then|later|once more))?$/i;

/** Day and month names, which a cut date may end on. */
const DAY_AND_MONTH_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/**
 * `last` or `next` after a cut day or month (`on Monday last`, `on Tuesday next`): the old order of the deictic word,
 * which the tagger leaves outside the expression; null when none follows or a noun does (`on Monday next week`).
 */
function postposedDeictic(text: string, cut: TextSpan, end: number): RegExpExecArray | null {
  const last = text.slice(Math.max(cut.start, cut.end - 10), cut.end).toLowerCase().split(' ').pop() ?? '';
  if (!DAY_AND_MONTH_NAMES.has(last)) return null;
  return /^\s{1,2}(?:last|next)(?=\s{0,2}(?:[,.;:!?)]|$))/i.exec(text.slice(cut.end, Math.min(end, cut.end + 8)));
}

/** Words after an aside's closing comma that open a new part of the sentence, which keeps its comma (`, and`, `, which`). */
const ASIDE_FOLLOWERS = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'then', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as',
  'although', 'though', 'because', 'since', 'after', 'before', 'until', 'including', 'with', 'from', 'in', 'at', 'to', 'for', 'by', 'on', 'of',
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'according',
  'compared', 'up', 'down', 'despite', 'amid', 'than', 'not', 'now']);

/** `text` restricted to `window`, with `remove` spans cut out and the commas around them tidied. */
export function cutSpans(text: string, window: TextSpan, remove: TextSpan[]): string {
  const spans = remove
    .map((s) => ({ start: Math.max(window.start, s.start), end: Math.min(window.end, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  // Pieces are collected and joined once; each check looks at a few characters around a cut (linear overall).
  const pieces: string[] = [];
  let at = window.start;
  let prevEnd = -1;
  let written = false;
  for (const s of spans) {
    if (s.start < at) { at = Math.max(at, s.end); continue; }
    let piece = text.slice(at, s.start);
    // `on Monday and again on Wednesday`: the words joining two dates go with them.
    if (at > window.start && at === prevEnd && piece.length <= 24 && DATE_JOINER.test(piece.trim().replace(/\s+/g, ' '))) piece = ' ';
    at = s.end;
    prevEnd = s.end;
    // Era and zone words the tagger left outside the expression (`the 2nd century AD`, `09:30 GMT`), and the
    // `last` or `next` written after a day or a month (`on Monday last`, `in June next`).
    const dangling = /^\s{1,2}(?:AD|BC|BCE|CE|GMT|UTC)\b/.exec(text.slice(at, Math.min(window.end, at + 8))) ?? postposedDeictic(text, s, window.end);
    if (dangling) at += dangling[0].length;
    // `X, on Friday, Y` -> `X, Y`; `X on Friday, Y` keeps its comma only when X had one.
    const next = text.slice(at, Math.min(window.end, at + 12));
    const tail = (piece.length >= 4 ? piece : (pieces.at(-1) ?? '') + piece).slice(-4);
    if (/,\s{0,3}$/.test(tail) && /^\s{0,3}[,.;]/.test(next)) {
      if (/\S/.test(piece) || pieces.length === 0) piece = piece.replace(/,\s{0,3}$/, '');
      else pieces[pieces.length - 1] = pieces[pieces.length - 1]!.replace(/,\s{0,3}$/, '');
      // `The strike, in 1984, closed the pit` -> `The strike closed the pit`: when the clause goes on with a plain word
      // (a verb), not a connective, the aside's commas both go.
      const goesOn = /^\s{0,3},\s{1,3}([a-z]+)\b/.exec(next);
      if (goesOn && !ASIDE_FOLLOWERS.has(goesOn[1]!) && !goesOn[1]!.endsWith('ing')) at += next.indexOf(',') + 1;
    }
    else if (/[;:]\s{0,3}$/.test(tail) && /^\s{0,3},/.test(next)) at = at + next.indexOf(',') + 1;
    // `launched on July 30, 2020, from Cape Canaveral` -> `launched from Cape Canaveral`
    else if ((written || /\S/.test(piece)) && /^,\s{1,2}(?:from|in|at|to|with|near|for|by|aboard|after|before)\s/.test(next)) at += 1;
    written ||= /\S/.test(piece);
    pieces.push(piece);
  }
  pieces.push(text.slice(at, window.end));
  return pieces.join('');
}

