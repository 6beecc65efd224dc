/**
 * Verbs in a sentence's words: which word reads as a finite verb (closed-class lists, suffix rules,
 * the word's neighbours), the verb group it heads (tense, modality, negation), and participles that
 * only describe a noun (`a statement released by ...`).
 */
import type { TextSpan } from '../model/types.js';
import {
  AUXILIARIES, COORDINATORS, DETERMINERS, MODALS, NUMBER_WORDS, NEGATIONS, PREPOSITIONS, PRESENT_VERBS, PRONOUNS, REPORTING_VERBS, SUBORDINATORS, isPastVerb,
} from './lexicon.js';
import type { Word } from './words.js';

export interface VerbGroup extends TextSpan {
  /** The last verb of the group, lower case (`declared` in `has declared`). */
  head: string;
  tense: 'past' | 'present' | 'future';
  modal: boolean;
  negated: boolean;
}

/** How many words a bounded look-ahead reads. */
export const REACH = 40;

/** Subjects that take a plural verb though they do not end in -s. */
const PLURAL_SUBJECTS = new Set(['they', 'we', 'i', 'you', 'people', 'police', 'children', 'men', 'women', 'staff', 'residents', 'officials', 'authorities', 'investors', 'analysts', 'protesters', 'workers']);

/** Adverbs that may stand between a subject and its verb (`we also plan`). */
const MID_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'now', 'often', 'always', 'never', 'already', 'usually', 'only', 'just', 'soon']);

export const isWord = (w: Word | undefined): w is Word => w !== undefined && w.kind !== 'punct';
export const isComma = (w: Word | undefined): boolean => w?.text === ',';

/** Each sentence's answers of `isVerb`, per word: 0 not asked yet, 1 yes, 2 no (the clause passes ask often). */
const verbMemo = new WeakMap<readonly Word[], Int8Array>();

/** Plural present forms that are seldom nouns, so that they read as verbs before a bare noun (`take effect`). */
const BARE_VERBS = new Set(['take', 'make', 'give', 'seek', 'expect', 'want', 'keep', 'bring', 'become', 'remain', 'include', 'require', 'allow', 'believe', 'know', 'think', 'agree', 'refuse', 'receive', 'pay', 'win', 'lose', 'get', 'send', 'spend', 'leave', 'meet', 'hold']);

/** Adverbs that end a time phrase and are never verbs (`Two days later a brigade attacked`, `Years ago the mill`). */
const NEVER_VERBS = new Set(['later', 'earlier', 'ago', 'afterwards', 'afterward', 'again', 'apart', 'together', 'ahead', 'away', 'alone', 'then', 'now', 'soon', 'here', 'there']);

/** A noun shaped like a plural (`tickets`, not `bus` or `status`). */
export const endsLikePlural = (lower: string): boolean => lower.length > 3 && /[^su]s$/.test(lower);

/** A word that opens a verb's complement: `to`, a determiner, a preposition or a number. */
export const opensComplement = (w: Word | undefined): boolean =>
  w !== undefined && (w.lower === 'to' || DETERMINERS.has(w.lower) || PREPOSITIONS.has(w.lower) || w.kind === 'num');

/** A word that can be (part of) a finite verb group at `i`. */
/** Ordinals and their kin that may stand between a determiner and a participle used as an adjective (`the last confirmed`). */
const ORDINAL_HEADS: ReadonlySet<string> = new Set(['last', 'first', 'next', 'only', 'second', 'third', 'latest', 'earliest', 'final']);

export function isVerb(ws: readonly Word[], i: number): boolean {
  if (i < 0 || i >= ws.length) return false;
  let memo = verbMemo.get(ws);
  if (!memo) verbMemo.set(ws, memo = new Int8Array(ws.length));
  if (memo[i] === 0) memo[i] = readsAsVerb(ws, i) ? 1 : 2;
  return memo[i] === 1;
}

function readsAsVerb(ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  if (!isWord(w) || w.kind === 'num') return false;
  const l = w.lower;
  const prev = ws[i - 1]?.lower ?? '';
  if (MODALS.has(l)) return !(l === 'may' && w.capital) && !(l === 'will' && w.capital && i > 0);
  if (AUXILIARIES.has(l)) return true;
  if (w.capital && i > 0) return false;
  if (DETERMINERS.has(prev) || prev === 'to') return false;
  // `The last confirmed sighting was`, `the first recorded case`: a participle after a determiner and an ordinal, before
  // a plain noun, is an adjective (not `The first arrived at 9am`).
  // (A participle in -ed or -en only: `the last set finishes` keeps its verb.)
  if (ORDINAL_HEADS.has(prev) && DETERMINERS.has(ws[i - 2]?.lower ?? '') && isPastVerb(l) && /(?:ed|en)$/.test(l)) {
    const n = ws[i + 1];
    if (n !== undefined && n.kind === 'word' && !n.capital && !PREPOSITIONS.has(n.lower) && !DETERMINERS.has(n.lower) && !AUXILIARIES.has(n.lower)
      && !MODALS.has(n.lower) && !COORDINATORS.has(n.lower) && !/ly$/.test(n.lower)) return false;
  }
  // `the price of liquefied gas`: a participle after a preposition is an adjective.
  if (isPastVerb(l)) return !PREPOSITIONS.has(prev) || prev === 'than';
  // `The rebels point out that`, `she points out that`: a word before the particle `out` and `that` is the verb.
  if (ws[i + 1]?.lower === 'out' && ws[i + 2]?.lower === 'that' && /^[a-z]{3,}$/.test(l) && !PREPOSITIONS.has(l)) return true;
  if (PRESENT_VERBS.has(l) || REPORTING_VERBS.has(l)) return !DETERMINERS.has(prev);
  // A plural present (`People rally to protest`, `they say`, `Tickets go on sale`): after a plural subject, before its complement.
  if ((/^[a-z]{3,}$/.test(l) || l === 'go' || l === 'do') && !/(?:s|ed|ing|tion|ment|ness|ity)$/.test(l) && !(l.length > 5 && l.endsWith('ly')) && !PREPOSITIONS.has(l) && !DETERMINERS.has(l) && !COORDINATORS.has(l)
    && !NEVER_VERBS.has(l)) {
    // (`We also plan to`, `they still hope to`: an adverb between a subject pronoun and its verb.)
    const mid = MID_ADVERBS.has(ws[i - 1]?.lower ?? '') && PRONOUNS.has(ws[i - 2]?.lower ?? '');
    const p = ws[mid ? i - 2 : i - 1];
    const n = ws[i + 1];
    const plural = p !== undefined && isWord(p) && (PLURAL_SUBJECTS.has(p.lower) || (endsLikePlural(p.lower) && (!PREPOSITIONS.has(ws[i - 2]?.lower ?? '') || SUBORDINATORS.has(ws[i - 2]?.lower ?? ''))));
    // (Or a particle before the complement: `Postal ballots go out to members`, `The teams head back to`.)
    const complement = n !== undefined && PLURAL_PARTICLES.has(n.lower) ? ws[i + 2] : n;
    if ((plural || pluralSubjectWithPhrase(ws, i)) && opensComplement(complement) && !MODALS.has(l)) return true;
    // `The rules take effect`, `Both sides seek talks`: a verb that is rarely a noun needs no complement opener.
    if (plural && BARE_VERBS.has(l) && n !== undefined && isWord(n) && !n.capital) return true;
  }
  // A third-person present (`Acme plans to`, `the index rises by`): after a subject, before its complement.
  if (l.length > 3 && l.endsWith('s') && !/(?:ss|us|is|ics|ness)$/.test(l)) {
    const p = ws[i - 1];
    const n = ws[i + 1];
    // (Or after a name set off by commas, an appositive of the subject: `Our senior curator, Alice Norrell, retires at`.)
    const afterSubject = p !== undefined && ((isWord(p) && (p.capital || PRONOUNS.has(p.lower) || /^(?:it|he|she)$/.test(p.lower))) || nameAsideBefore(ws, i - 1));
    // (Or after an adverb of time or repetition that the complement follows: `The committee meets again on 29 October`.)
    const c = n !== undefined && AFTER_VERB_ADVERBS.has(n.lower) ? ws[i + 2] : n;
    const beforeComplement = c !== undefined && (DETERMINERS.has(c.lower) || PREPOSITIONS.has(c.lower) || c.kind === 'num' || NUMBER_WORDS.has(c.lower) || c.capital);
    // After a common noun phrase (`The harbour market opens for`), not before `of` (`the chief officers of`: a noun).
    return beforeComplement && (afterSubject || (n?.lower !== 'of' && singularSubjectBefore(ws, i)));
  }
  return false;
}

/** Particles a plural present may take before its complement (`go out to`, `head back to`, `set off from`). */
const PLURAL_PARTICLES: ReadonlySet<string> = new Set(['out', 'back', 'off', 'up', 'down', 'ahead', 'away']);

/** Adverbs that may stand between a third-person present and its complement (`meets again on`, `opens today at`). */
const AFTER_VERB_ADVERBS: ReadonlySet<string> = new Set(['again', 'today', 'tomorrow', 'tonight', 'once', 'twice']);

/** Whether `ws[c]` is the comma that closes a name of one to three capitalized words set off by commas after a noun (`, Alice Norrell,`). */
function nameAsideBefore(ws: readonly Word[], c: number): boolean {
  if (ws[c]?.text !== ',') return false;
  let j = c - 1;
  while (j > c - 4 && j > 0 && ws[j]!.kind === 'word' && ws[j]!.capital) j--;
  return j < c - 1 && ws[j]?.text === ',' && j > 0 && ws[j - 1]!.kind === 'word' && !ws[j - 1]!.capital;
}

/**
 * A singular noun phrase opens the sentence and ends right before `i` (`The harbour market | opens for`):
 * a determiner, then up to three plain words, the last not a plural.
 */
function singularSubjectBefore(ws: readonly Word[], i: number): boolean {
  // The determiner opens the sentence, or a clause after `, and` / `but` (`..., and the new range opens on Monday`).
  let d = -1;
  for (let j = i - 2; j >= 0 && j >= i - 5; j--) if (DETERMINERS.has(ws[j]!.lower)) { d = j; break; }
  // ... or after a heading's colon (`Day 3: The train crosses`), or after a short time phrase that opens the sentence
  // (`On Monday the train crosses`, `In 1998 the firm moves`), or after the pronoun that opens a relative or a `that`
  // clause (`a memoir, which a local press publishes in 2015`, `said that the market opens`).
  // ... or a bare noun phrase of up to three words opens the sentence (`Public consultation opens on Monday`).
  // (Not a time that is the subject, `Next month marks fifty years since ...`, nor a count, `Two top aides to`. Before a
  // determiner, a number or a preposition a verb takes, not one a noun does: `Average house prices in England`, `Halden's
  // diary records that` stay nouns.)
  const n = ws[i + 1];
  const bare = d < 0 && i >= 1 && i <= 3 && ws[0]!.capital && !/^(?:next|last|this|every|each)$/.test(ws[0]!.lower) && !NUMBER_WORDS.has(ws[0]!.lower)
    && n !== undefined && n.lower !== 'that' && (n.kind === 'num' || DETERMINERS.has(n.lower) || /^(?:on|at|from|until|till|into|across|through)$/.test(n.lower));
  if (!bare && (d < 0 || !(d === 0 || CLAUSE_COORDINATORS.has(ws[d - 1]!.lower) || CLAUSE_PRONOUNS.has(ws[d - 1]!.lower) || ws[d - 1]!.text === ':' || openingTimePhrase(ws, d)))) return false;
  // `the round of 32 starts`: an `of` phrase with a number or a plain word may follow the head noun.
  let end = i;
  if (i - d >= 4 && ws[i - 2]!.lower === 'of' && (ws[i - 1]!.kind === 'num' || ws[i - 1]!.kind === 'word')) end = i - 2;
  for (let j = d + 1; j < end; j++) {
    const w = ws[j]!;
    const l = w.lower;
    if (!isWord(w) || w.kind !== 'word' || PREPOSITIONS.has(l) || AUXILIARIES.has(l) || MODALS.has(l) || COORDINATORS.has(l) || DETERMINERS.has(l)
      || isPastVerb(l) || PRESENT_VERBS.has(l) || REPORTING_VERBS.has(l)) return false;
  }
  return end > d + 1 && !endsLikePlural(ws[end - 1]!.lower);
}
/** Lower-case words a time phrase may hold (`By the early 1980s`, `In the following year`). */
const TIME_PHRASE_WORDS = new Set(['the', 'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'following', 'same', 'previous', 'year', 'month', 'week', 'spring', 'summer', 'autumn', 'fall', 'winter']);
/** Words of a discourse aside after an opening phrase (`By 1982, though,`). */
const ASIDE_ADVERBS = new Set(['though', 'however', 'meanwhile', 'then', 'too', 'also', 'again', 'finally', 'eventually', 'instead']);

/**
 * Whether words [0, end) are a short phrase of a preposition and a time, or a `this`/`last`/`next` time (`On Monday`, `In March 1998,`, `This week`, `By the early
 * 1980s, though,`): capitalized words, numbers and a time's own words, with at most a discourse adverb set off by commas.
 */
function openingTimePhrase(ws: readonly Word[], end: number): boolean {
  // (`This week the laboratory opens`, `Next month the line reopens`: a time phrase without its preposition.)
  if (end === 2 && /^(?:this|last|next)$/.test(ws[0]!.lower) && TIME_PHRASE_WORDS.has(ws[1]!.lower)) return true;
  if (end < 2 || end > 8 || !PREPOSITIONS.has(ws[0]!.lower)) return false;
  let aside = false;
  for (let j = 1; j < end; j++) {
    const w = ws[j]!;
    if (w.text === ',' && ASIDE_ADVERBS.has(ws[j + 1]?.lower ?? '') && ws[j + 2]?.text === ',' && j + 3 === end && !aside) { aside = true; j += 2; continue; }
    if (!(w.kind === 'num' || (w.kind === 'word' && w.capital) || w.text === ',' || TIME_PHRASE_WORDS.has(w.lower))) return false;
  }
  return true;
}
/** Pronouns after which a clause with its own subject opens (`which a local press publishes`, `that the market opens`). */
const CLAUSE_PRONOUNS = new Set(['which', 'that', 'whom']);
/** Words after which a clause with its own subject may open (`, and the range opens`). */
const CLAUSE_COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

/** Words a prepositional phrase after a sentence's subject may hold before its verb (`Talks with the rebel side resume`). */
const SUBJECT_PHRASE_WORDS = 4;

/**
 * A sentence opening with a plural subject and a prepositional phrase ends right before `i`
 * (`Pre-orders for the data service | open at 9 a.m.`, `Talks with Iran | resume on Monday`), and no
 * clearer verb follows in the sentence (`Protests in the town centre on Friday turned violent`).
 */
function pluralSubjectWithPhrase(ws: readonly Word[], i: number): boolean {
  let prep = -1;
  for (let j = i - 1; j >= 1 && j >= i - 1 - SUBJECT_PHRASE_WORDS; j--) {
    const w = ws[j]!;
    if (!isWord(w)) return false;
    if (PREPOSITIONS.has(w.lower) && j < i - 1) { prep = j; break; }
  }
  if (prep < 1) return false;
  const head = ws[prep - 1]!;
  const start = prep - 1 === 0 || (prep - 1 === 1 && DETERMINERS.has(ws[0]!.lower));
  if (!start || !isWord(head) || !(PLURAL_SUBJECTS.has(head.lower) || endsLikePlural(head.lower))) return false;
  for (let j = i + 1; j < ws.length && !isComma(ws[j]); j++) {
    const l = ws[j]!.lower;
    if (isWord(ws[j]) && (MODALS.has(l) || AUXILIARIES.has(l) || PRESENT_VERBS.has(l) || REPORTING_VERBS.has(l) || (isPastVerb(l) && !PREPOSITIONS.has(ws[j - 1]!.lower)))) return false;
  }
  return true;
}

/** The verb group starting at `i` (auxiliaries, adverbs, negation, the head): its end index (exclusive). */
function verbGroupEnd(ws: readonly Word[], i: number): number {
  let j = i + 1;
  /** Whether the group so far ends in an auxiliary, perhaps followed by adverbs (`were still`, `has already`). */
  let afterAuxiliary = AUXILIARIES.has(ws[i]!.lower);
  while (j < ws.length && j < i + 6) {
    const w = ws[j]!;
    if (!isWord(w)) break;
    const l = w.lower;
    if (AUXILIARIES.has(l)) { afterAuxiliary = true; j++; continue; }
    if (NEGATIONS.has(l) || l === "n't" || isGroupAdverb(l)) { j++; continue; }
    if (!w.capital && (isPastVerb(l) || l.endsWith('ing')) && afterAuxiliary) { afterAuxiliary = false; j++; continue; }
    if (!w.capital && MODALS.has(ws[j - 1]!.lower) && /^[a-z]{2,}$/.test(l) && !DETERMINERS.has(l) && !PREPOSITIONS.has(l)) { j++; continue; }
    break;
  }
  // Drop trailing adverbs back off the group.
  while (j > i + 1 && isGroupAdverb(ws[j - 1]!.lower) && !AUXILIARIES.has(ws[j - 1]!.lower)) j--;
  return j;
}

/** Adverbs that may stand inside a verb group (`were still stuck`, `has already left`, `was quickly sold`). */
const isGroupAdverb = (l: string): boolean => (l.endsWith('ly') && l.length > 4) || GROUP_ADVERBS.has(l);
/** Adverbs without -ly that stand inside a verb group (`was last seen`, `was first built`, `had once worked`). */
const GROUP_ADVERBS: ReadonlySet<string> = new Set(['also', 'still', 'already', 'last', 'first', 'once', 'just', 'again', 'soon']);

export function verbGroup(ws: readonly Word[], i: number): VerbGroup {
  const end = verbGroupEnd(ws, i);
  const group = ws.slice(i, end);
  const lows = group.map((w) => w.lower);
  const head = [...lows].reverse().find((l) => !NEGATIONS.has(l) && !/ly$/.test(l) && !isGroupAdverb(l)) ?? lows[0]!;
  const modal = lows.some((l) => MODALS.has(l));
  const future = lows.some((l) => l === 'will' || l === 'shall' || l === 'would');
  const past = lows.some((l) => isPastVerb(l) || l === 'was' || l === 'were' || l === 'had' || l === 'did');
  return {
    start: group[0]!.start,
    end: group[group.length - 1]!.end,
    head,
    tense: future ? 'future' : past ? 'past' : 'present',
    modal,
    negated: lows.some((l) => NEGATIONS.has(l) || l === "n't"),
  };
}

/** Words after which a participle opens a reduced relative (`a statement released by`, `the law passed in`). */
const REDUCED_NEXT = new Set(['by', 'in', 'on', 'at', 'last', 'earlier', 'during', 'under', 'from', 'for']);

/**
 * `A statement released by the CSTO on Thursday said ...`: a participle right after a noun and before
 * a phrase, with a finite verb after it in the same stretch, describes the noun; it is not the verb.
 */
export function isReducedRelative(ws: readonly Word[], i: number): boolean {
  const w = ws[i]!;
  const prev = ws[i - 1];
  if (!prev || !isWord(prev) || prev.capital || prev.kind === 'num' || !isPastVerb(w.lower) || AUXILIARIES.has(w.lower)) return false;
  if (PRONOUNS.has(prev.lower) || AUXILIARIES.has(prev.lower) || MODALS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower)) return false;
  if (!REDUCED_NEXT.has(ws[i + 1]?.lower ?? '')) return false;
  for (let j = i + 2; j < ws.length && j < i + 16; j++) {
    const x = ws[j]!;
    if (x.text === ',' || x.text === ';' || x.lower === 'that' || x.text === '"' || x.text === '“') return false;
    // `the sun disappeared on 19 November and did not return`: a verb joined by `and` shares the subject.
    if (isVerb(ws, j) && COORDINATORS.has(ws[j - 1]!.lower)) return false;
    if (isVerb(ws, j) && !isPastVerb(x.lower)) return true;
    if (isVerb(ws, j) && REPORTING_VERBS.has(x.lower)) return true;
  }
  return false;
}

/** Index of the first finite verb in [from, to), skipping bracketed asides; -1 when none. */
export function firstVerb(ws: readonly Word[], from: number, to: number, skip: (i: number) => number): number {
  for (let i = from; i < to && i < from + REACH; i++) {
    const next = skip(i);
    if (next !== i) { i = next - 1; continue; }
    if (isVerb(ws, i) && !isReducedRelative(ws, i)) return i;
  }
  return -1;
}

/** A word that can only be read as a verb form here (after a relative pronoun). */
export function isVerbForm(l: string): boolean {
  return MODALS.has(l) || AUXILIARIES.has(l) || isPastVerb(l) || PRESENT_VERBS.has(l) || REPORTING_VERBS.has(l) || (/^[a-z]{3,}s$/.test(l) && !/(?:ss|us|is)$/.test(l));
}

