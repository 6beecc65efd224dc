/**
 * Headline titles from the clause that tells a happening: its subject (restored when elided or a
 * pronoun), its verb group and its complement, in the article's words, without attribution, asides,
 * temporal adverbials or the other half of a coordination; a complete phrase of at most 70
 * characters, shortened at phrase boundaries, never cut with an ellipsis.
 */
import type { TextSpan } from '../model/types.js';
import type { Clause } from '../text/clauses.js';
import { firstIndex } from '../text/search.js';
import { AUXILIARIES, DETERMINERS, IRREGULAR_PARTICIPLES, MODALS, PREPOSITIONS, PRONOUNS, REPORTING_VERBS, ROLE_WORDS, isPastVerb } from '../text/lexicon.js';
import { adverbialSpan, cutSpans, dateAsSubject, dateSubjectOf } from './adverbials.js';
import { participleBody } from './participles.js';
import { namesPerson } from './persons.js';
import { wordSet, wordTable } from '../text/table.js';
import { isSpace } from '../text/tokens.js';

export const TITLE_MAX = 70;

export interface HeadlineInput {
  text: string;
  sentence: TextSpan;
  clauses: readonly Clause[];
  /** The clause that tells the happening (an index into `clauses`). */
  clause: number;
  /** Whether the happening's clause is told with the saying that reports it (`X said Y`). */
  withSaying?: boolean;
  /** Temporal expressions of the sentence: cut out where they work as adverbials. */
  dates: readonly TextSpan[];
  /** Spans cut out whatever their role (a wire dateline, a range `from 3 to 17 June`). */
  always?: readonly TextSpan[];
  /** The surnames of the people the text names (personNames), read when a pronoun needs them. */
  people?: () => ReadonlySet<string>;
}

const SUBJECT_PRONOUN = /^(?:it|he|she|they)$/i;

/** `Kazakh President Kassym-Jomart Tokayev` -> `Kassym-Jomart Tokayev`: role words before a name go. */
export function dropRoleWords(subject: string): string {
  const words = subject.split(' ');
  let lastRole = -1;
  for (let k = 0; k < words.length && k < 8; k++) {
    const w = words[k]!;
    const lower = w.toLowerCase();
    if (ROLE_WORDS.has(lower) || ((k === 0 || lastRole === k - 1 || /^\p{Lu}/u.test(w)) && /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)$/u.test(w) && ROLE_WORDS.has(words[k + 1]?.toLowerCase() ?? ''))) lastRole = k;
    else if (!/^\p{Lu}/u.test(w) && !(k === 0 && DETERMINERS.has(lower)) && !(lastRole === k - 1 && lower === 'of')) break;
  }
  const rest = words.slice(lastRole + 1);
  // A name must remain (`the president` stays), and a one-word role before a one-word name stays with
  // it: `President Tokayev`, and `General Mills` is a company.
  const roleWords = lastRole + 1 - (DETERMINERS.has(words[0]!.toLowerCase()) ? 1 : 0);
  if (rest.length === 1 && roleWords < 2) return subject;
  return lastRole >= 0 && rest.length > 0 && rest.length <= 4 && rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : subject;
}

/** A saying told to someone, in a headline that leaves the hearers out. */
const SAID: Readonly<Record<string, string>> = /* @__PURE__ */ wordTable({ told: 'said', tells: 'says', tell: 'say' });

/** Index of `word` standing as a whole word in `s`, or -1. */
function wordIndex(s: string, word: string): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    if ((at === 0 || !letter.test(s[at - 1]!)) && !letter.test(s[at + word.length] ?? '')) return at;
  }
  return -1;
}

/** A word that opens an amount: a number, a sum, or a number word. */
const AMOUNT_START = /^(?:[\d£$€¥]|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|dozens|hundreds|thousands|millions|half)$)/i;

/** The head of a long subject: its words before the first preposition, participle or relative pronoun. */
function subjectHead(subject: string): string {
  const words = subject.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!.toLowerCase().replace(/[,;]$/, '');
    // `Up to 200 people`, `More than a dozen firms`: a preposition before an amount is part of the quantity.
    if (PREPOSITIONS.has(w) && AMOUNT_START.test(words[k + 1] ?? '')) continue;
    // `the 25 per cent discount`: `per` after a number is part of the amount.
    if (w === 'per' && /\d/.test(words[k - 1]!)) continue;
    // `The Isle of Wight NHS Trust`, `Bank of England`: `of` between capitalized words is inside a name.
    if (w === 'of' && /^\p{Lu}/u.test(words[k - 1]!) && /^\p{Lu}/u.test(words[k + 1] ?? '')) continue;
    // An -ed word after a determiner or an adverb describes the head noun (`A chartered replacement`, `the newly
    // elected mayor`); after a noun it opens what is said of it (`A statement released by the CSTO`).
    const prev = words[k - 1]!.toLowerCase();
    const participle = w.length > 4 && w.endsWith('ed') && !DETERMINERS.has(prev) && !(prev.length > 4 && prev.endsWith('ly'));
    if (PREPOSITIONS.has(w) || /^(?:who|which|that|whose)$/.test(w) || participle || words[k - 1]!.endsWith(',')) {
      return words.slice(0, k).join(' ').replace(/,$/, '');
    }
  }
  return subject;
}

/** Function words a title may not end on (a particle such as `took over` may). */
const WEAK_END = /* @__PURE__ */ wordSet(DETERMINERS, ['of', 'to', 'in', 'on', 'at', 'for', 'with', 'than', 'by', 'from', 'as', 'after', 'before', 'since', 'until',
  'during', 'into', 'between', 'among', 'against', 'via', 'per', 'amid', 'despite', 'like', 'within', 'without', 'toward', 'towards', 'upon',
  'and', 'or', 'but', 'that', 'which', 'who', 'starting', 'beginning', 'effective', 'just', 'only', 'nearly', 'almost', 'roughly',
  // (`broke down shortly [after leaving port]`: left by a cut phrase it modified.)
  'shortly',
  // (`reviewed every [year]`: a quantifier left without its noun.)
  'every', 'each',
  'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'not',
  // (`would decide at a meeting [next Wednesday] whether`: a subordinator left without its clause.)
  'whether', 'if', 'unless', 'because', 'although', 'though', 'whereas']);

/** A count (`two`, `12`) that `every` or `each` before it leaves without its noun at a title's end. */
const COUNT_WORDS = /^(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|twelve)$/;

/** Auxiliaries and verbs of phase before an -ing form that completes them (`were rising`, `kept falling`). */
const BEFORE_ING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'kept', 'keeps', 'keep', 'started', 'starts', 'stopped',
  'stops', 'began', 'begins', 'continued', 'continues', 'finished', 'went', 'goes', 'go', 'spent', 'spend', 'avoid', 'avoided',
  // Bare forms after a modal or `to` (`will begin shipping`, `to start selling`).
  'begin', 'start', 'stop', 'continue', 'finish', 'resume', 'resumed', 'resumes', 'quit',
  // A pronoun with `be` contracted onto it (`I'm working`, `they’re leaving`).
  "i'm", "we're", "you're", "they're", "he's", "she's", "it's", 'i’m', 'we’re', 'you’re', 'they’re', 'he’s', 'she’s', 'it’s']);

/** Whether the last word of `t` (after `space`) is an -ing form opening a phrase that is no longer there. */
function danglingParticiple(t: string, space: number, last: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(last) || /^(?:morning|evening|during|nothing|something|anything|everything|thing|king|ring|spring|wing|string|ceiling|building|meeting|hearing|ruling|funding|wedding|opening|training|spending|earnings|shooting|bombing|landing|offering|rating|warning|briefing|filing|listing|pricing|sitting|signing|timing|trading|setting)$/.test(last)) return false;
  const before = t.slice(t.lastIndexOf(' ', space - 1) + 1, space).toLowerCase();
  // `came close to folding`, `talked about leaving`: a gerund after a preposition is its object, whole.
  if (/^(?:to|of|about|from|without|by|into|on|after|before|for)$/.test(before)) return false;
  // `was back running`, `is back training`: `back` before an -ing form is completed by it.
  if (before === 'back' && /\s(?:is|are|was|were|be|been)\s$/i.test(t.slice(Math.max(0, space - 12), space - 4))) return false;
  return !BEFORE_ING.has(before);
}

/** The reported clause `c` is, or the one it is coordinated with (`said it was sorry and that it planned`). */
function reportedClauseOf(clauses: readonly Clause[], c: Clause): Clause | undefined {
  if (c.kind === 'reported') return c;
  const parent = clauses[c.parent];
  return c.kind === 'coordinated' && parent?.kind === 'reported' ? parent : undefined;
}

/** `switched it on`, `handed them in`: after an object pronoun `on` or `in` is the verb's particle, which a title may end on. */
function particleAfterPronoun(t: string, space: number, last: string): boolean {
  if (last !== 'on' && last !== 'in') return false;
  const before = t.slice(t.lastIndexOf(' ', space - 1) + 1, space);
  return /^(?:it|them)$/.test(before) || (last === 'in' && PARTICLE_IN_VERBS.has(before.toLowerCase()));
}

/** Verbs whose `in` is a particle, not a preposition (`will be sworn in`, `was phased in`, `had moved in`). */
const PARTICLE_IN_VERBS: ReadonlySet<string> = new Set(['sworn', 'swear', 'swears', 'phased', 'moved', 'checked', 'stepped', 'kicked', 'handed', 'logged',
  'sworn-in', 'clocked', 'weighed', 'chipped', 'pitched', 'caved', 'boxed', 'fenced', 'walled', 'penciled', 'pencilled', 'ushered', 'cashed', 'gave', 'given']);

/** Words before a bare verb (`will see`, `to thank`). */
const BEFORE_BARE_VERB: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'must', 'may', 'might', 'to']);
/** A pronoun with a modal contracted onto it (`I'll`, `we’d`). */
const CONTRACTED_MODAL = /^[a-z]{1,4}['’](?:ll|d)$/;
/** Whether the word before `verb` (which starts at `at`) is a modal or `to`, full or contracted (`I'll see`, `will visit`). */
function afterModal(t: string, at: number, verb: string): boolean {
  if (!/^[a-z]{2,20}$/.test(verb) || at < 2) return false;
  const prev = t.slice(t.lastIndexOf(' ', at - 2) + 1, at - 1).toLowerCase();
  return BEFORE_BARE_VERB.has(prev) || CONTRACTED_MODAL.test(prev);
}

/**
 * `Detectives visited her`, `I'll see her`: after a past verb, or a bare verb after a modal, `her` is its object, not a
 * determiner left without its noun.
 */
function objectHer(t: string, space: number, last: string): boolean {
  if (last !== 'her') return false;
  const before = t.slice(t.lastIndexOf(' ', space - 1) + 1, space).toLowerCase();
  return !AUXILIARIES.has(before) && (isPastVerb(before) || afterModal(t, space - before.length, before));
}

/** Drops trailing characters of `chars` (a loop, not an end-anchored regex: no quadratic runs). */
function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * Drops trailing function words, punctuation and a dangling `, a week` tail. `final` is an -ing word that ends the
 * clause as written (`it was standard reading`): there it ends the title, it does not dangle.
 */
function trimEnd(title: string, keep = 0, final = ''): string {
  let t = title;
  for (let k = 0; k < 12; k++) {
    const before = t;
    t = trimEndChars(t, ' \t\n,;:–—-');
    const space = t.lastIndexOf(' ');
    const last = t.slice(space + 1).toLowerCase();
    if (space > 0 && WEAK_END.has(last) && !particleAfterPronoun(t, space, last) && !objectHer(t, space, last)) t = t.slice(0, space);
    // `reviewed every two [years]`: a count after `every` left without its noun.
    else if (space > 0 && COUNT_WORDS.test(last) && /\b(?:every|each)$/i.test(t.slice(Math.max(0, space - 6), space))) t = t.slice(0, t.lastIndexOf(' ', space - 1));
    // `issued a statement calling`: a participle that opened a phrase now cut away dangles.
    else if (space > 0 && last !== final && danglingParticiple(t, space, last)) t = t.slice(0, space);
    const comma = t.lastIndexOf(', ');
    const tail = comma > 0 ? t.slice(comma + 2) : '';
    // `, Texas` or `, eight months` (left by a cut `after ...`): a short tail says nothing on its own.
    // (`strengthened twice, the last time [in the 1st century BC]`: an occasion left without its date says nothing either.)
    // (`will play at the Leadmill, the same club [where ...]`: a noun phrase left of an appositive whose clause was cut.)
    if (comma > 0 && comma >= keep && ((tail.length <= 12 && !tail.includes(' ')) || BARE_AMOUNT.test(tail) || BARE_OCCASION.test(tail) || BARE_RECENCY.test(tail) || bareAppositive(tail))) t = t.slice(0, comma);
    // `... loss of $992,000`: a grouped number cannot end a title (it reads as a cut list); its phrase goes.
    const grouped = /\s(?:of|to|at|by|from|for|about|over|with)\s[$€£#]?\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,3})?$/i.exec(t.slice(-28));
    if (grouped) t = t.slice(0, t.length - grouped[0].length);
    // `up 8 percent from the period [a year earlier]`: a compared period left without the date that said which one.
    t = withoutBareComparedPeriod(t);
    if (t === before) break;
  }
  return t;
}

/**
 * A subject without the aside that ends it at a comma: up to its first comma (`Its webcam, switched on,`), or before the
 * participle that opens the aside (`A documentary filmed over the past 18 months,`, `The footbridge shut since the floods,`).
 */
function withoutAside(head: string): string {
  const h = head.slice(0, -1);
  const comma = h.indexOf(', ');
  if (comma > 0) return h.slice(0, comma);
  const words = h.split(' ');
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (/^[a-z]{3,}$/.test(w) && isPastVerb(w) && !DETERMINERS.has(words[k - 1]!.toLowerCase())) return words.slice(0, k).join(' ');
  }
  return h;
}

/** Participles of a plan or a schedule. */
const PLAN_PARTICIPLES = new Set(['planned', 'scheduled', 'expected', 'set', 'slated', 'timed', 'proposed', 'intended', 'due']);
/** Words that are no noun a participle could describe (`has so far found`, `as planned`). */
const NOT_NOUNS = new Set(['far', 'already', 'just', 'never', 'ever', 'also', 'since', 'then', 'yet', 'been', 'not', 'as', 'so', 'long', 'once', 'first', 'last']);
/** Words that open a clause of its own. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'when', 'where', 'while', 'whether', 'if', 'because', 'after', 'before', 'until', 'as', 'and', 'but', 'or']);

/** Adverbs that may stand before a participle describing a noun (`pottery now held`). */
const BEFORE_PARTICIPLE = new Set(['now', 'still', 'once', 'recently', 'newly', 'later']);

/**
 * `funded by a lottery grant awarded [in March 2025]`, `recovered pottery now held [at the museum]`: a participle that
 * describes the noun before it, left at the title's end when its phrase was cut, goes (not the clause's own verb `kept`).
 */
function describingParticipleCut(title: string, kept: string): string {
  const words = title.split(' ');
  const last = words[words.length - 1]!;
  // (A plan's participle says what the noun is for: `with a launch planned [no earlier than 2040]` keeps it.)
  if (words.length < 5 || last === kept || PLAN_PARTICIPLES.has(last) || !/^[a-z]{3,}$/.test(last) || !(IRREGULAR_PARTICIPLES.has(last) || (last.endsWith('ed') && isPastVerb(last)))) return title;
  let k = words.length - 1;
  if (BEFORE_PARTICIPLE.has(words[k - 1]!)) k--;
  const noun = words[k - 1]!;
  const at = kept ? words.indexOf(kept) : -1;
  if (at < 0 || at >= k - 1 || !/^\p{Ll}+$/u.test(noun) || /ly$/.test(noun) || AUXILIARIES.has(noun) || MODALS.has(noun) || PRONOUNS.has(noun) || DETERMINERS.has(noun)
    || PREPOSITIONS.has(noun) || WEAK_END.has(noun) || NOT_NOUNS.has(noun) || isPastVerb(noun)) return title;
  // (Not the verb of a clause of its own after the title's verb: `note that the cotton shipped`, `when leaked papers showed`.)
  if (words.slice(1, k).some((w) => CLAUSE_WORDS.has(w.toLowerCase()))) return title;
  return words.slice(0, k).join(' ');
}

/** Quotation marks left unbalanced by a cut are dropped. */
function balanceQuotes(t: string): string {
  // TeX-style quotes (``...'') as typed in older wire copy count as a pair of straight quotes.
  let out = t.replace(/``/g, '"').replace(/''/g, '"');
  const straight = (out.match(/"/g) ?? []).length;
  if (straight % 2 === 1) out = out.replace(/"/g, '');
  // `policies of war,"` at the end: the comma inside the quotation goes.
  out = out.replace(/[,.](["”’])$/, '$1');
  const open = (out.match(/“/g) ?? []).length;
  const close = (out.match(/”/g) ?? []).length;
  if (open !== close) out = out.replace(/[“”]/g, '');
  const parens = (out.match(/\(/g) ?? []).length - (out.match(/\)/g) ?? []).length;
  if (parens !== 0) out = out.replace(/[()]/g, '');
  return out;
}

/** `That auction, held on 15 May 1820, raised`: a participle aside left with nothing but its verb goes. */
function dropBareParticiples(s: string): string {
  if (!s.includes(',')) return s;
  const parts = s.split(',');
  const out: string[] = [parts[0]!];
  for (let k = 1; k < parts.length; k++) {
    const word = parts[k]!.trim();
    if (k < parts.length - 1 && /^\s/.test(parts[k + 1]!) && /^\p{Ll}{3,20}$/u.test(word) && (isPastVerb(word) || word.endsWith('ed'))) {
      out[out.length - 1] += parts[++k]!;
      continue;
    }
    out.push(parts[k]!);
  }
  return out.join(',');
}

function tidy(s: string): string {
  const t = dropBareParticiples(s)
    .replace(/\s{2,}/g, ' ')
    .replace(/\s([,.;:!?])/g, '$1')
    .replace(/\(\s{0,3}[-–,;]?\s{0,3}\)/g, '')
    // (Not the minus of a number: `-12C was recorded`.)
    .replace(/^(?:[\s,;:–—_]|-(?!\d))+/u, '')
    // `9.30– Session 1`: the first end of a clock range whose other end was cut goes with it.
    .replace(/^\d{1,2}[.:]\d{2}\s{0,1}[–-]\s{1,2}(?=\p{L})/u, '')
    // An opening quote whose first words were a date cut away (`"This time last year we were` -> `"we were`).
    .replace(/^(["“‘])[\s,]+/u, '$1')
    .replace(/,(?=\s{0,3},)/g, '')
    // `A recall line, 800-555-0142, opens`: a number set off by commas (a phone, a code) is no part of the headline.
    .replace(/,\s{1,3}\(?\d[\d().+ -]{4,18}\d,(?=\s)/g, '')

    .replace(/\s{2,}/g, ' ');
  return trimEndChars(t, ' \t\n,;:–—_.!-').trim();
}

/** A determiner and one or two lower-case words, nothing else (`the same club`, `a town`). */
function bareAppositive(tail: string): boolean {
  const words = tail.split(' ');
  // (`, in a deal [that would ...]`, `, under a plan [that ...]`: a phrase whose relative clause was cut says nothing either.)
  const from = words.length >= 3 && /^(?:in|under|through)$/.test(words[0]!) && /^(?:a|an)$/.test(words[1]!) ? 1 : 0;
  const n = words.length - from;
  return n >= 2 && n <= 3 && /^(?:the|a|an)$/.test(words[from]!) && words.slice(from + 1).every((w) => /^\p{Ll}+$/u.test(w));
}

/** A title's end `from the period` (`than the same quarter`): the period compared with, its date cut. */
const BARE_COMPARED_PERIOD = /^(?:from|than|with) (?:the|that) (?:same )?(?:period|quarter|month|year|week|season)$/i;
/** `t` without a compared period left at its end (see BARE_COMPARED_PERIOD), read over its last four words. */
function withoutBareComparedPeriod(t: string): string {
  let at = t.length;
  for (let words = 0; words < 4 && at > 0; words++) {
    at = t.lastIndexOf(' ', at - 1);
    if (at <= 0) return t;
    if (BARE_COMPARED_PERIOD.test(t.slice(at + 1))) return t.slice(0, at);
  }
  return t;
}

/** An occasion and nothing else (`the last time`, `the first occasion`). */
const BARE_OCCASION = /^(?:the|a) (?:first|last|second|third|fourth|only|next|final) (?:time|occasion)$/i;
/** `reported twice, most recently [on 29 July]`: an adverb that pointed at a cut date says nothing on its own. */
const BARE_RECENCY = /^(?:most recently|most lately|the latest|the last|latest|last|first|originally|initially)$/i;

/** An amount of time and nothing else (`less than two years`, `about 10 days`). */
const BARE_AMOUNT = /^(?:(?:less|more) than |about |nearly |almost |just |some |roughly )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3}) (?:year|month|week|day|hour|decade)s?$/i;

/** A word that can only be (part of) a verb group: an auxiliary, a modal, a past form. */
const isVerbWord = (w: string): boolean => AUXILIARIES.has(w) || MODALS.has(w) || isPastVerb(w) || (w.length > 4 && w.endsWith('ed'));

/** The prepositions but `of` (which goes on with its noun phrase), with these words. */
function phraseOpeners(prepositions: Iterable<string>, others: readonly string[]): Set<string> {
  const out = wordSet(prepositions, others);
  out.delete('of');
  return out;
}

/** The words of the phrase that starts at `from` in `t`, up to the next comma or the end. */
function wholePhrase(t: string, from: number): string[] {
  const comma = t.indexOf(',', from);
  return t.slice(from, comma < 0 ? t.length : comma).split(' ');
}

/** Words after which a title may stop: a new phrase starts at the next word. */
const PHRASE_OPENERS = /* @__PURE__ */ phraseOpeners(PREPOSITIONS, ['and', 'but', 'or', 'who', 'which', 'that', 'where', 'while', 'when', 'because', 'as', 'including', 'saying', 'adding', 'citing', 'amid']);

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const LETTER = /\p{L}/u;

/** Whether the code point `c` is a letter (`\p{L}`) or an ASCII apostrophe, as `[\p{L}']` reads it. */
function isWordCodePoint(c: number): boolean {
  if (c < 128) return c === 39 || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER.test(String.fromCodePoint(c));
}

/** Where the run of `[\p{L}']` that starts at `p` in `t` ends (`p` when none starts there). */
function wordRunEnd(t: string, p: number): number {
  while (p < t.length) {
    const c = t.codePointAt(p)!;
    if (!isWordCodePoint(c)) break;
    p += c > 0xffff ? 2 : 1;
  }
  return p;
}

/** How long a fitTitle cut place at `at` is: 2 for a comma and a space, 1 for a space before a word, else 0. */
function cutLength(t: string, at: number): number {
  const c = t.charCodeAt(at);
  if (c === 44) return isSpace(t.charCodeAt(at + 1)) ? 2 : 0;
  return isSpace(c) && wordRunEnd(t, at + 1) > at + 1 ? 1 : 0;
}

/** After `and`: a capitalized word, then another (`Harbour Workers'`). */
const NAME_GOES_ON = /^\s\p{Lu}[\p{L}'’-]*\s\p{Lu}/u;

/** Whether the word that ends at `at` in `t` opens with a capital and is not the title's first word. */
function isCapitalizedBefore(t: string, at: number): boolean {
  const b = t.lastIndexOf(' ', at - 1);
  return b > 0 && /^\p{Lu}/u.test(t.slice(b + 1, b + 3));
}

/**
 * The title fitted to `max` characters at a phrase boundary: before a comma, a preposition or a
 * connective, keeping the verb (`verbEnd`, an offset into `t`); at a word boundary when no phrase fits. `final`: an
 * -ing word that ends the clause as written, kept at the end of a title that fits whole.
 */
export function fitTitle(t: string, verbEnd: number, max = TITLE_MAX, final = ''): string {
  if (t.length <= max) return trimEnd(t, 0, final);
  const cuts: number[] = [];
  // The places `/,\s|\s(?=([\p{L}']+))/gu` would match, read in place (no match object per place): `len` is 2 at a
  // comma and a space, 1 at a space before a word, 0 elsewhere.
  for (let at = 0, len = 0; at < t.length; at += Math.max(len, 1)) {
    len = cutLength(t, at);
    if (len === 0) continue;
    if (at > max) break;
    if (at < Math.max(verbEnd, 8)) continue;
    const word = len === 1 ? t.slice(at + 1, wordRunEnd(t, at + 1)) : undefined;
    // Never inside a number (`12,000`) or before `of` (`a source of friction` is one noun phrase).
    if (len === 2 && isDigitCode(t.charCodeAt(at - 1)) && isDigitCode(t.charCodeAt(at + 2))) continue;
    // `in connection | with the riots`, `in front | of`: a phrase of the form `in <noun> <preposition>` stays whole.
    if (/^(?:with|to|of|for)$/i.test(word ?? '') && /\b(?:in|as|on|at|by)\s\p{L}{3,20}$/u.test(t.slice(Math.max(0, at - 24), at))) continue;
    // `with up | to 30% off`: `up to` before an amount is one word.
    if (len === 1 && word?.toLowerCase() === 'to' && /\sup$/i.test(t.slice(Math.max(0, at - 3), at))) continue;
    // `the Transport and Harbour Workers' Union`: `and` between capitalized words, with the name going on after the
    // next one, is inside a name (not `in Sarra and Lune on 11 May`, two names listed).
    if (word === 'and' && isCapitalizedBefore(t, at) && NAME_GOES_ON.test(t.slice(at + 4, at + 48))) continue;
    if (len === 2 || PHRASE_OPENERS.has((word ?? '').toLowerCase())) cuts.push(at);
  }
  for (let k = cuts.length - 1; k >= 0; k--) {
    let cut = trimEnd(t.slice(0, cuts[k]));
    // `the instrument was replaced, and samples [from the overlap month were run]`: a second clause cut after its
    // first words goes whole.
    const second = /,\s(?:and|but|while)\s([^,;:]{1,60})$/u.exec(cut);
    if (second && second.index >= Math.max(verbEnd, 8) && !second[1]!.split(' ').some((w) => isVerbWord(w.toLowerCase()))) cut = trimEnd(cut.slice(0, second.index));
    // `detected unusual activity on a server used [by our claims system]`: a participle after a noun whose `by` phrase
    // was cut away dangles; it goes.
    if (/^\sby\s/.test(t.slice(cuts[k]!, cuts[k]! + 4))) {
      const words = cut.split(' ');
      const last = words[words.length - 1]!.toLowerCase();
      const before = (words[words.length - 2] ?? '').toLowerCase();
      if (words.length > 3 && (isPastVerb(last) || /^[a-z]{3,}ed$/.test(last)) && !AUXILIARIES.has(before) && !MODALS.has(before) && !/ly$/.test(before)
        && cut.length - last.length - 1 >= Math.max(verbEnd, 8)) cut = trimEnd(cut.slice(0, cut.length - last.length - 1));
    }
    // `Her car was found in a lay-by, its keys still [in the ignition]`, `unearthed a bone near Carrow, eleven miles [from
    // the lay-by]`: a phrase set off by a comma and cut before its end goes whole.
    // (A noun phrase: its first word a determiner or a count; not a list's next item or a clause.)
    const comma = cut.lastIndexOf(', ');
    const phrase = comma > 0 ? cut.slice(comma + 2).split(' ') : [];
    if (comma >= Math.max(verbEnd, 8) && t[cuts[k]!] !== ',' && phrase.length >= 2 && phrase.length <= 6
      && (DETERMINERS.has(phrase[0]!) || AMOUNT_START.test(phrase[0]!) || /^(?:eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(phrase[0]!))
      && !wholePhrase(t, comma + 2).some((w) => isVerbWord(w.toLowerCase()))) {
      const whole = trimEnd(cut.slice(0, comma));
      if (whole.split(' ').length >= 3) cut = whole;
    }
    // `..., less than two years` (before `after the last vote`): an amount of time left alone says nothing.
    if (BARE_AMOUNT.test(cut.slice(cut.lastIndexOf(', ') + 2)) && cut.includes(', ')) continue;
    if (cut.length >= Math.min(verbEnd, 12) && cut.split(' ').length >= 3) return cut;
  }
  // No phrase boundary fits: the last word boundary that does, on a content word.
  const room = t.slice(0, max + 1);
  const space = room.lastIndexOf(' ');
  const fallback = space > max / 2 ? room.slice(0, space) : room.slice(0, max);
  // `was declared the winner [of Velsland's presidential election]`: when that boundary falls inside a noun phrase (a
  // word follows that no phrase opens), a cut before `of` keeps whole what stays (`the winner`), not a modifier without
  // its noun (`the winner of Velsland's presidential`). (Not after a quantifier, which needs its `of` phrase, `used up
  // most [of the margin]`, nor inside a name, `Chief of Staff`, nor before a gerund that tells what the noun is, `no
  // intention of tapping`; and only after the verb.)
  const next = t.slice(fallback.length + 1, wordRunEnd(t, fallback.length + 1)).toLowerCase();
  const of = t.lastIndexOf(' of ', max);
  if (space > max / 2 && /^\p{L}/u.test(next) && !PHRASE_OPENERS.has(next) && of >= Math.max(verbEnd, 8)) {
    const beforeOf = t.slice(t.lastIndexOf(' ', of - 1) + 1, of);
    const afterOf = t.slice(of + 4, wordRunEnd(t, of + 4));
    const cut = trimEnd(t.slice(0, of));
    if (!QUANTIFIERS_BEFORE_OF.has(beforeOf.toLowerCase()) && !/^\p{Lu}/u.test(beforeOf) && !/ing$/.test(afterOf)
      && cut.length >= Math.min(verbEnd, 12) && cut.split(' ').length >= 3 && cut.split(' ').some((w) => isVerbWord(w.toLowerCase()))) return cut;
  }
  return trimEnd(fallback);
}

/** Quantifiers that need their `of` phrase (`most of`, `part of`, `one of`). */
const QUANTIFIERS_BEFORE_OF: ReadonlySet<string> = new Set(['most', 'some', 'all', 'part', 'half', 'much', 'many', 'none', 'one', 'each', 'any', 'few', 'several',
  'rest', 'bulk', 'both', 'either', 'neither', 'more', 'less']);

/** A body that opens with a determiner: its clause's own noun phrase is in it. */
const OWN_NOUN_PHRASE = /^\s{0,3}(?:the|a|an|its|his|her|their)\s/i;

/** How much of a clause a headline reads: titles are short, and a clause may be a whole endless sentence. */
const READ = 480;

/** The adverbial spans to cut inside `window`; `dates` are in text order. */
function adverbials(text: string, window: TextSpan, dates: readonly TextSpan[], always: readonly TextSpan[], keepSubjects = true): TextSpan[] {
  // The happening's own dates go, unless they are the clause's subject (`Today and tomorrow will stay dry`).
  const out: TextSpan[] = [];
  for (const r of always) {
    const a = adverbialSpan(text, window.start, r);
    if (a) out.push(a);
    else if (!keepSubjects || !dateAsSubject(text, window.start, r)) out.push(r);
  }
  let last: TextSpan | null = null;
  for (let k = firstIndex(dates, (d) => d.end <= window.start); k < dates.length && dates[k]!.start < window.end; k++) {
    const d = dates[k]!;
    // `in 1998, 2003 and 2011`: a date listed after an adverbial date goes with it.
    const listed: boolean = last !== null && LIST_GAP.test(text.slice(last.end, d.start));
    // (A date quoted on its own, `release a tablet "later this year"`, goes with its quotation marks.)
    const quoted = /["“]/.test(text[d.start - 1] ?? '') && /["”]/.test(text[d.end] ?? '') ? { start: d.start - 1, end: d.end + 1 } : null;
    // (With what its own span takes after it: `on 2 April, a week earlier than last year`.)
    const a: TextSpan | null = listed ? { start: last!.end, end: Math.max(d.end, adverbialSpan(text, window.start, d)?.end ?? d.end) }
      : adverbialSpan(text, window.start, d) ?? quoted ?? (keepSubjects ? null : d);
    if (a) out.push(a);
    last = a ? d : null;
  }
  return out;
}

/** A letter's salutation as the first words of a sentence: `Sir,`, `Madam,`, `Dear Editor,`. */
const SALUTATION = /^(?:Sir|Madam|Sirs|Dear\s(?:Sir|Madam|Editor|editor)),\s{1,3}/;
/** Between two dates of a list: `, `, ` and `, `, or `. */
export const LIST_GAP = /^(?:,\s{1,3}|,?\s{1,3}(?:and|or)\s{1,3})$/;

/**
 * The modal a coordinated clause with a bare verb shares with the clause before it: `We will enjoy tonight and
 * be back on Tuesday` -> `will` for `be back`. Empty when there is none.
 */
function sharedModal(text: string, clauses: readonly Clause[], c: Clause, dates: readonly TextSpan[]): string {
  const parentVerb = c.kind === 'coordinated' ? clauses[c.parent]?.verb : undefined;
  if (!parentVerb || !c.verb) return '';
  // The modal right before the first verb, or one word before it (`will soon close`); read word by word.
  const group = text.slice(parentVerb.start, parentVerb.end).toLowerCase().split(/\s+/);
  const words = text.slice(Math.max(0, parentVerb.start - 24), parentVerb.start).toLowerCase().split(/\s+/).filter((w) => w !== '');
  const modal = [group[0], words[words.length - 1], words[words.length - 2]].find((w) => w !== undefined && MODALS.has(w));
  const base = text.slice(c.verb.start, c.verb.end).split(/\s/)[0]!.toLowerCase();
  if (modal && /^[a-z]{2,}$/.test(base) && !/(?:s|ed|ing)$/.test(base) && !MODALS.has(base)) return modal;
  return sharedPassive(text, group, c, base, dates);
}

/** Forms of `be` that make a passive with a participle after them. */
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/** A quantifier that opens an object noun phrase (`all traffic`, `both roads`, `no trains`). */
const OBJECT_QUANTIFIER = /^(?:all|both|no|most|many|several|much|few)$/i;

/**
 * `Ashe was arrested on 2 August and charged the following February`: a bare participle coordinated with a passive
 * shares its auxiliaries (`was charged`). Not a past form that tells what the subject did: one of a verb that takes no
 * object (`was arrested in May and died in June`), a past that is no participle (`was born in Leeds and grew up`), or
 * one followed by its object (`was elected in 1990 and served two terms`). Empty when there is none.
 */
function sharedPassive(text: string, group: readonly string[], c: Clause, base: string, dates: readonly TextSpan[]): string {
  if (group.length < 2 || !BE_FORMS.has(group[group.length - 2]!) || !isPastVerb(group[group.length - 1]!)) return '';
  if (c.verb!.end - c.verb!.start !== base.length || !/^[a-z]{3,}$/.test(base) || INTRANSITIVE_PAST.has(base)) return '';
  if (!(IRREGULAR_PARTICIPLES.has(base) || (base.endsWith('ed') && isPastVerb(base)))) return '';
  // What follows the verb, its dates skipped: an object (a determiner, a number, a pronoun, a name) makes it active.
  let at = c.verb!.end;
  while (at < text.length && text[at] === ' ') at++;
  const date = dates.find((d) => d.start === at);
  if (date) at = date.end;
  const next = /^\s{0,3}([\p{L}\d£$€]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '';
  // (A quantifier opens an object as a determiner does: `and stopped all traffic`, `and closed both roads`.)
  if (next && (DETERMINERS.has(next.toLowerCase()) || OBJECT_QUANTIFIER.test(next) || /^(?:him|her|them|it|us|me|\d|[£$€])/i.test(next) || /^\p{Lu}/u.test(next))) return '';
  return group.slice(0, -1).join(' ');
}

/** Past forms of verbs that take no object: after a passive they still tell what the subject did (`and died`). */
const INTRANSITIVE_PAST: ReadonlySet<string> = new Set(['died', 'resigned', 'retired', 'returned', 'moved', 'emigrated', 'arrived', 'departed',
  'escaped', 'recovered', 'collapsed', 'stayed', 'lived', 'worked', 'remained', 'disappeared', 'vanished', 'travelled', 'traveled', 'settled',
  'graduated', 'starred', 'competed', 'continued', 'failed', 'succeeded', 'happened', 'occurred', 'appeared', 'ended', 'started', 'closed',
  'opened', 'resumed', 'married', 'served', 'played', 'voted', 'agreed', 'responded', 'reacted', 'existed', 'survived', 'waited', 'landed', 'sailed']);

/** The name (two to four capitalised words) that ends right before `at` (a comma between), or ''. */
function nameBefore(text: string, at: number, floor: number): string {
  const before = trimEndChars(text.slice(Math.max(floor, at - 60), at), ' \t\n,');
  const words = before.split(' ');
  let k = words.length;
  while (k > 0 && words.length - k < 4 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[k - 1]!)) k--;
  const name = words.slice(k);
  // (Not a sentence's opening word alone before the name: `The Orr family`.)
  if (name.length < 2 || (k === 0 && DETERMINERS.has(name[0]!.toLowerCase()))) return '';
  return name.join(' ');
}

/** The phrase of a determiner and up to three words that ends right before `at` (no comma between), or ''. */
function nounBefore(text: string, at: number, floor: number): string {
  const before = text.slice(Math.max(floor, at - 50), at).trimEnd();
  if (/[,;:]$/.test(before)) return '';
  const words = before.split(' ');
  for (let k = words.length - 2; k >= 0 && k >= words.length - 4; k--) {
    if (!/^[\p{L}'’-]+$/u.test(words[k + 1]!)) return '';
    if (/^(?:the|a|an|its|their|his|her)$/i.test(words[k]!)) return words.slice(k).join(' ');
  }
  return '';
}

/** A coordinator and a relative pronoun that open a second relative clause (` and which`, ` or who`). */
const SECOND_RELATIVE = /\s(?:and|or|but)\s(?:which|who|whom|whose)\s/i;

/** A readable headline for the happening told by `clauses[clause]`. */
export function headline({ text, sentence, clauses, clause, withSaying = false, dates, always = [], people }: HeadlineInput): string {
  const c = clauses[clause]!;
  // (A line with no verb, headed by its dates and a colon, has no leading phrase before its words: `March 2021 - present:
  // Senior Hydrologist, Tamsworth Water` is titled by the role and the firm, its dates cut as any.)
  const from = c.kind === 'main' && !c.verb && text.slice(c.start, c.bodyStart).includes(':') ? c.start : c.bodyStart;
  let window: TextSpan = { start: from, end: Math.min(c.end, from + READ) };
  // `which the firm opened in 2019 and which now employs 300`: a second relative clause coordinated with this one
  // tells another happening of the noun; the title ends before it.
  if (c.kind === 'relative' && c.verb) {
    const second = SECOND_RELATIVE.exec(text.slice(c.verb.end, window.end));
    const at = second ? c.verb.end + second.index : -1;
    if (second) window = { start: window.start, end: text[at - 1] === ',' ? at - 1 : at };
  }
  let holes: readonly TextSpan[] = c.holes;
  const reported = clauses[clause + 1];
  const saying = withSaying && reported?.kind === 'reported' && reported.parent === clause && c.verb !== undefined;
  if (saying) {
    // `Xi said on Friday that Tokayev took ...`: the saying with what was said.
    window = { start: c.bodyStart, end: Math.min(reported.end, c.bodyStart + READ) };
    holes = [...holes, ...reported.holes];
  }
  const inWindow: TextSpan[] = [];
  for (const h of holes) {
    if (h.start >= window.end) break;
    if (h.end > window.start) inWindow.push(h);
  }
  // `Thursday brings another front`: a date that is the clause's whole subject stays in the title.
  const subjectDate = dateSubjectOf(text, c, dates);
  const cut = [...adverbials(text, window, subjectDate ? dates.filter((d) => d !== subjectDate) : dates, always), ...inWindow];
  let body = cutSpans(text, window, cut);
  // `said that Tokayev took`: a headline says `said Tokayev took`.
  body = body.replace(/\b(said|says|told\s[a-z]{1,20}|announced|added|stated|confirmed|warned)\s{1,3}that\s/i, '$1 ');
  if (saying) {
    // Between the saying and what was said only the verb stays (`told a press conference on Friday that` -> `said`).
    const verb = text.slice(c.verb!.start, c.verb!.end);
    const said = SAID[c.verb!.head] ?? verb;
    body = `${cutSpans(text, { start: c.bodyStart, end: c.verb!.start }, cut)} ${said} ${cutSpans(text, { start: reported!.bodyStart, end: window.end }, cut)}`;
  }

  let subject = '';
  /** A modal the clause shares with the one it is coordinated with. */
  let shared = '';
  const own = c.subject && !c.subject.inherited ? c.subject.text : '';
  const participial = c.kind === 'participial' ? participleBody(body, clauses, clause, sentence.start) : null;
  if (participial !== null) {
    body = participial;
  } else if (c.kind === 'relative' && own && c.antecedent && c.verb) {
    // `a research center in Austin, that it had opened in 2022`: the antecedent is the object.
    const parent = clauses[c.parent]?.subject;
    const doer = SUBJECT_PRONOUN.test(own) && parent ? parent.text : own;
    const group = text.slice(c.verb.start, c.verb.end);
    body = `${doer} ${group} ${c.antecedent}${cutSpans(text, { start: c.verb.end, end: window.end }, cut)}`;
  } else if (c.subject && (c.subject.inherited || !own) && !(c.kind === 'main' && c.subject.inherited && OWN_NOUN_PHRASE.test(body))) {
    // (Not a main clause whose own noun phrase still opens its body: `In 1990 the new governor, Quintus Scipio, arrived`
    // is titled `The new governor arrived`, not `Quintus Scipio the new governor arrived`.)
    subject = c.subject.text;
    shared = sharedModal(text, clauses, c, dates);
  } else if (own && SUBJECT_PRONOUN.test(own) && reportedClauseOf(clauses, c) !== undefined) {
    // `Veltra said Wednesday it will cut 2,000 jobs`, `said it was sorry and that it planned to ...`: the pronoun is the
    // one who said it; but `it` is no person (`Ramaswamy said it would go on sale`).
    const saying = clauses[reportedClauseOf(clauses, c)!.parent];
    const sayer = saying?.subject;
    const itForPerson = sayer !== undefined && /^it$/i.test(own) && people !== undefined && namesPerson(sayer.text, people());
    if (sayer && !itForPerson && !SUBJECT_PRONOUN.test(sayer.text) && sayer.text.split(' ').length <= 6 && REPORTING_VERBS.has(saying?.verb?.head ?? '')) {
      body = body.replace(/^\s{0,3}(?:it|he|she|they)\b/i, sayer.text);
    }
  }
  if (subject) {
    // An inherited subject loses its own dates too (`The council on Monday` -> `The council`).
    const span = c.subject?.span;
    const clean = span ? tidy(cutSpans(text, span, adverbials(text, span, dates, always, false))) : subject;
    body = `${clean}${shared ? ` ${shared}` : ''} ${body.trimStart()}`;
  }
  let title = tidy(body);
  // `the chef Lucy Orr, whose first cookbook came out in 2019`: the thing is the named person's (or firm's).
  if (c.kind === 'relative' && c.lead === 'whose' && !subject) {
    // (Without a name, the determined noun right before it: `the Sheffield band whose 2004 single ...`.)
    const owner = nameBefore(text, c.start, sentence.start) || nounBefore(text, c.start, sentence.start);
    if (owner) title = `${owner}${/s$/.test(owner) ? "'" : "'s"} ${title.replace(/^whose\s/i, '')}`;
  }
  // A sentence-initial `That government collapsed` is a demonstrative; elsewhere `that`/`which` is a connective.
  if (c.start > sentence.start) title = title.replace(/^(?:that|which|who|where)\s/i, '');
  title = title.replace(/^(?:and|but|or|so|then|also)\s/i, '');
  // `Since then Royle has released`, `Until then the line ran`: a time told by `then` or `now` alone goes with its preposition.
  title = title.replace(/^(?:Since|Until|Till|By|Before|After) (?:then|now),? (?=\p{L})/u, '');
  title = title.replace(/^(?:Moreover|However|Meanwhile|Also|In addition|Additionally|Separately|Still|Further|Furthermore|Besides|Then|Later|Earlier|Previously|Elsewhere|In other news|Nevertheless|Nonetheless),\s{1,3}/, '');
  // A letter's salutation opening its first sentence (`Sir, your piece ...`, `Madam, the library has ...`) is no part of the happening.
  title = title.replace(SALUTATION, '');
  // (Without its comma when a date after it was cut: `Elsewhere [tonight,] the council ...`.)
  title = title.replace(/^(?:Moreover|However|Meanwhile|Elsewhere|Separately|Furthermore|Additionally|Nevertheless|Nonetheless)\s{1,3}(?=\p{Ll})/u, '');
  // A title that still opens with a verb (`approved the plan`, `been burned`) lacks its subject:
  // the nearest clause before it that has one lends it.
  const first = title.slice(0, title.indexOf(' ') >>> 0).toLowerCase();
  // (Not one that opens with its own subject: `written comments can be sent`.)
  const opensWithOwn = own !== '' && title.toLowerCase().startsWith(own.toLowerCase());
  if (!subject && !opensWithOwn && c.kind !== 'participial' && /^\p{Ll}/u.test(title) && (isPastVerb(first) || AUXILIARIES.has(first) || MODALS.has(first))) {
    for (let k = clause - 1; k >= 0; k--) {
      const lender = clauses[k]!.subject;
      if (lender && clauses[k]!.start < c.start && !/^(?:it|he|she|they|we|i|you)$/i.test(lender.text)) {
        // `The warehouse, built in 1926, had been empty`: a participle aside tells what was done to the noun.
        const aside = c.kind === 'relative' && c.lead === '' && /,\s{0,3}$/.test(text.slice(Math.max(0, c.start - 4), c.start)) && isPastVerb(first) && !AUXILIARIES.has(first);
        const head = lender.text.split(' ').pop()!;
        const be = !aside ? '' : /^\p{Ll}{3,}[^su]s$/u.test(head) ? 'were ' : 'was ';
        title = `${dropRoleWords(lender.text)} ${be}${title}`;
        break;
      }
    }
  }
  // Role words before the subject's name: the name alone is the headline's subject.
  const verbWord = !c.verb ? '' : saying ? (SAID[c.verb.head] ?? text.slice(c.verb.start, c.verb.end).split(' ')[0]!) : text.slice(c.verb.start, c.verb.end).split(' ')[0]!;
  const verbAt = verbWord ? wordIndex(title, verbWord) : -1;
  if (verbAt > 0) {
    const head = title.slice(0, verbAt).trimEnd();
    // `"On current trends, the species could`: what stands before the clause's own subject, set off by a comma, goes.
    const adverbialLead = own !== '' && head !== own && head.endsWith(own) && /,\s{0,3}$/.test(head.slice(0, -own.length));
    // `The Minister for Floods (Dr Aisha Rahman): I will visit`: a speaker's name before a colon is no part of the subject.
    const speaker = SPEAKER_PRONOUN.test(own) && head !== own && head.endsWith(own) && SPEAKER_COLON.test(head.slice(-own.length - 6, -own.length));
    let short = speaker ? own : dropRoleWords(adverbialLead ? `${/^["“‘]/.test(head) ? head[0] : ''}${own}` : head);
    // `A documentary filmed over the past 18 months, will be released`: the subject's aside, left before its verb, goes.
    // (Not when a verb follows a later comma: the clause's verb is then the aside's participle, `A tour, planned for May, was`.)
    if (short.endsWith(',') && !title.slice(verbAt).split(', ').slice(1).some((p) => isVerbWord(p.split(' ')[0]!))) short = withoutAside(short);
    // A long subject keeps its head noun phrase (`A statement released by the CSTO` -> `A statement`).
    if (title.length - head.length + short.length > TITLE_MAX) short = subjectHead(short);
    if (short !== head) title = `${short} ${title.slice(verbAt)}`;
  }
  // What was said has a long subject of its own (`says patients with hospital appointments on the mainland
  // should contact it`): its head noun phrase keeps the title whole.
  const saidVerb = saying && reported?.verb ? text.slice(reported.verb.start, reported.verb.end).split(/\s/)[0]! : '';
  const saidAt = saidVerb && verbAt > 0 && title.length > TITLE_MAX ? wordIndex(title, saidVerb) : -1;
  if (saidAt > verbAt + verbWord.length) {
    const from = verbAt + verbWord.length + 1;
    const said = title.slice(from, saidAt).trimEnd();
    const words = said.split(' ');
    const lead = words[0] === 'that' ? 'that ' : '';
    const short = subjectHead(words.slice(lead ? 1 : 0).join(' '));
    if (lead + short !== said) title = `${title.slice(0, from)}${lead}${short} ${title.slice(saidAt)}`;
  }
  title = balanceQuotes(title);
  title = tidy(title);
  // What the title must keep: the verb of the happening (of what was said, after a saying).
  const kept = saying && reported!.verb ? reported!.verb.head : c.verb?.head;
  const verbEnd = kept ? Math.max(0, wordIndex(title, kept)) + kept.length : 0;
  // An -ing word that ends the clause as written (`A decade later it was standard reading.`): no phrase was cut after it.
  const whole = trimEndChars(text.slice(window.start, window.end), ' \t\n.,;:!?"”’)');
  const lastWord = whole.slice(whole.lastIndexOf(' ') + 1);
  const final = /^\p{Ll}{3,}ing$/u.test(lastWord) ? lastWord : '';
  // `The survey closes on Sunday, so please check yours now`: a request after a comma asks the reader; it tells nothing.
  const request = PLEASE_TAIL.exec(title);
  if (request && request.index >= verbEnd) title = title.slice(0, request.index);
  // `came hours [after the talks failed]`: an amount of time that measured the gap to a cut `after`/`before` clause says
  // nothing without it.
  if (/^\s{0,2}(?:after|before)\s/i.test(text.slice(window.end, window.end + 10))) title = withoutGapAmount(title, verbEnd);
  title = trimEnd(balanceQuotes(fitTitle(title, verbEnd, TITLE_MAX, final)), verbEnd, final);
  title = describingParticipleCut(title, kept ?? '');
  if (title.length < 3) title = fitTitle(tidy(text.slice(sentence.start, sentence.end)), 0);
  // Nothing readable left (a sentence of numbers and marks): its own text, whole or to 70 characters.
  if (title.length < 3) title = text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX).trim();
  return capitalized(title);
}

/** A pronoun that opens a speaker's words in a transcript (`Mrs Pelham: I will`). */
const SPEAKER_PRONOUN = /^(?:I|we|he|she|they|you)$/i;
/** The colon after a speaker's name or bracket (`Rahman): `), not a clock's (`02:15`). */
const SPEAKER_COLON = /[\p{L})]\s{0,2}:\s{1,3}$/u;
/** A request after a comma (`, so please check`, `, please call`). */
const PLEASE_TAIL = /,\s{1,3}(?:(?:so|and|but|then)\s{1,3})?please\s/i;
/** Units of a gap in time (`hours`, `two days`). */
const GAP_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/i;
/** Words that count or hedge such a gap (`a few`, `several`, `just two`). */
const GAP_COUNTS = /^(?:a|few|several|some|many|just|only|barely|mere|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})$/i;
/** `title` without the amount of time that ends it (`came hours` -> `came`), when it ends after the verb (`verbEnd`). */
function withoutGapAmount(title: string, verbEnd: number): string {
  const words = title.split(' ');
  if (words.length < 3 || !GAP_UNITS.test(words[words.length - 1]!)) return title;
  let n = words.length - 1;
  while (n > 1 && words.length - n < 4 && GAP_COUNTS.test(words[n - 1]!)) n--;
  // (`was paused for five months`: a length of time after a preposition is the happening's own.)
  if (/^(?:for|over|within|in|of|by)$/i.test(words[n - 1]!)) return title;
  const shorter = words.slice(0, n).join(' ');
  return shorter.length >= verbEnd ? shorter : title;
}

/**
 * `title.replace(/^(["“‘]?)(\p{Ll})/u, ...)` with the letter upper-cased: an ASCII letter (or none) is read without the
 * regex, anything else goes through it.
 */
function capitalized(title: string): string {
  const q = title.charCodeAt(0);
  const at = q === 34 || q === 0x201c || q === 0x2018 ? 1 : 0;
  const c = title.charCodeAt(at);
  if (c >= 97 && c <= 122) return `${title.slice(0, at)}${String.fromCharCode(c - 32)}${title.slice(at + 1)}`;
  if (c < 128 || Number.isNaN(c)) return title;
  return title.replace(/^(["“‘]?)(\p{Ll})/u, (_, quote: string, letter: string) => quote + letter.toUpperCase());
}
