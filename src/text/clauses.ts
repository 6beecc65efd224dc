/**
 * Clauses of one sentence, from its words and closed-class word lists: main, coordinated,
 * subordinate, participial, reported (`X said (that) Y`), attribution (`, officials said`), and the
 * asides nested inside a clause (relative `, who ...,`, appositive `, the president,`,
 * parenthetical `( ... )` and `-- ... --`). Each clause knows its subject noun phrase (or the one it
 * inherits when it has none of its own) and its verb group (tense, modality, negation).
 *
 * Linear in the sentence: every look-ahead is bounded by a fixed number of words. Verbs: `verbs.ts`.
 */
export type { VerbGroup } from './verbs.js';
import type { TextSpan } from '../model/types.js';
import {
  AUXILIARIES, COORDINATORS, DETERMINERS, FUNCTION_WORDS, MODALS, MONTH_WORDS, PREPOSITIONS, PRONOUNS,
  RELATIVES, REPORTING_VERBS, SUBORDINATORS, isPastVerb,
} from './lexicon.js';
import { firstIndex } from './search.js';
import { REACH, firstVerb, isComma, isReducedRelative, isVerb, isVerbForm, isWord, opensComplement, verbGroup, type VerbGroup } from './verbs.js';
import { wordsOf, type Word } from './words.js';
import { wordSet } from './table.js';

export type ClauseKind =
  | 'main'
  | 'coordinated'
  | 'subordinate'
  | 'participial'
  | 'reported'
  | 'attribution'
  | 'relative'
  | 'appositive'
  | 'parenthetical';

/** Kinds nested inside another clause (holes in it), not following it. */
/** Time nouns that `before` or `after` may follow as an adverb (`the season before`, `the year after`). */
const TIME_NOUNS_BEFORE_ADVERB = new Set(['day', 'night', 'week', 'month', 'year', 'season', 'decade', 'century', 'morning', 'evening', 'afternoon',
  'weekend', 'summer', 'winter', 'spring', 'autumn', 'time', 'days', 'weeks', 'months', 'years']);

const NESTED: ReadonlySet<ClauseKind> = new Set(['relative', 'appositive', 'parenthetical']);


export interface Clause extends TextSpan {
  kind: ClauseKind;
  /** The connective that opens it (`after`, `and`, `which`, `that`), lower case, or ''. */
  lead: string;
  /** Where the clause's own words start: after its connective and a leading adverbial phrase. */
  bodyStart: number;
  /** Index of the clause this one is nested in or depends on, or -1. */
  parent: number;
  /** Spans of the nested clauses (asides) inside this one. */
  holes: TextSpan[];
  /** The subject noun phrase as written in this clause, or inherited (its text then comes from elsewhere). */
  subject?: { text: string; span?: TextSpan; inherited: boolean };
  /** For a relative clause: the noun phrase it describes (`a research center in Austin` in `, that it had opened`). */
  antecedent?: string;
  verb?: VerbGroup;
}

/** Index of the word closing a bracket opened at `i` (`(`, `--`, quote), or -1 (bounded). */
function closing(ws: readonly Word[], i: number): number {
  const open = ws[i]!.text;
  const close = open === '(' ? ')' : open === '“' ? '”' : open;
  for (let j = i + 1; j < ws.length && j < i + REACH * 2; j++) if (ws[j]!.text === close) return j;
  return -1;
}

const DASH = /^(?:--|—|–|-)$/;

/** Subordinators that are also prepositions, opening a phrase (`after the flood in 2019`). */
const PREPOSITION_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'following', 'until']);

/** Subordinators that may open a clause inside a relative aside (`who have waited since the inquiry closed`). */
const ASIDE_SUBORDINATORS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until', 'because', 'while', 'although', 'though', 'once', 'when']);

/** Bare verbs of intent that take `to` and are rarely nouns (`and expect to finish`, `and hope to return`). */
const INTENT_VERBS: ReadonlySet<string> = new Set(['expect', 'hope', 'want', 'intend', 'try', 'agree', 'refuse', 'decide', 'promise', 'seek', 'wish', 'fail', 'vow', 'pledge']);
const OPEN_ASIDE = (w: Word | undefined): boolean => w !== undefined && (w.text === '(' || DASH.test(w.text));

/** Adverbs that stand inside a verb group, between its auxiliary and its participle (`has not been`, `had already left`). */
const INSIDE_VERB_GROUP: ReadonlySet<string> = new Set(['not', "n't", 'never', 'also', 'just', 'already', 'still', 'yet', 'ever', 'since', 'recently', 'always', 'only']);

/** A relative aside opened at `c` (its comma, or the pronoun itself): the index of the comma or `;` that closes it, or the end. */
function asideEnd(ws: readonly Word[], c: number): number {
  // Without a comma before it (`stocks that fell in price yesterday exceeded 1,000`), the aside also ends
  // where a second verb group starts after a phrase: the main clause's verb.
  const bare = !isComma(ws[c + 1]) && !isComma(ws[c]);
  let seenVerb = false;
  let gap = false;
  // `who have been waiting for a decision since the consultation closed`: a verb after a subordinator in the gap is
  // that subordinate clause's, which ends the aside.
  let subordinate = -1;
  for (let j = c + 2; j < ws.length && j < c + REACH; j++) {
    if (ws[j]!.text === ';' || isComma(ws[j])) return j;
    if (OPEN_ASIDE(ws[j])) return -1;
    if (!bare) continue;
    const verb = isVerb(ws, j) || (j === c + 2 && isVerbForm(ws[j]!.lower));
    if (verb && seenVerb && gap && !/^(?:and|or|but|to)$/.test(ws[j - 1]!.lower)) return subordinate > 0 ? subordinate : j;
    // (`who have already been charged will appear`: a modal right after the aside's verb group is the main clause's.)
    if (verb && seenVerb && MODALS.has(ws[j]!.lower) && isVerb(ws, j - 1)) return j;
    if (verb) { seenVerb = true; subordinate = -1; }
    // (`who has not been seen`: an adverb inside a verb group makes no gap before its participle.)
    else if (seenVerb && !(INSIDE_VERB_GROUP.has(ws[j]!.lower) && isVerb(ws, j - 1))) {
      gap = true;
      // (Before the subordinate clause's subject, a determiner or a pronoun: not `before March will get`, a phrase.)
      const next = ws[j + 1]?.lower ?? '';
      if (ASIDE_SUBORDINATORS.has(ws[j]!.lower) && (DETERMINERS.has(next) || PRONOUNS.has(next))) subordinate = j;
    }
  }
  return ws.length;
}

/** `a pause that followed`, `the man who shot`: a relative pronoun after a noun and before a verb, with no comma. */
function isBareRelative(ws: readonly Word[], i: number): boolean {
  const w = ws[i]!;
  const prev = ws[i - 1];
  // `the club where they made their debut`: `where` after a noun, before a subject and its verb.
  if (w.lower === 'where') return bareWhere(ws, i);
  if (!/^(?:that|who|which)$/.test(w.lower) || !prev || !isWord(prev) || prev.kind === 'num') return false;
  if (isVerb(ws, i - 1) || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower) || REPORTING_VERBS.has(prev.lower) || TIME_WORDS.has(prev.lower) || /^(?:so|such|now|given|fact)$/.test(prev.lower)) return false;
  const next = ws[i + 1];
  // After `that`, only a verb form that cannot be a noun (`that followed`, `that would`; not `that talks`).
  // (Or a subject pronoun and a past verb after a plain noun, `a review that it launched in February`; not after a noun
  // whose `that` clause tells what it is, `fears that it closed`, nor after a verb of telling or saying, `told staff that
  // they lost`, `said last week that it planned`, nor after `so` or `such`, `so low that we walked`, nor across a mark.)
  if (w.lower === 'that') {
    if (next === undefined) return false;
    if (MODALS.has(next.lower) || AUXILIARIES.has(next.lower) || isPastVerb(next.lower)) return true;
    const verb = ws[i + 2];
    return OBJECT_RELATIVE_PRONOUNS.has(next.lower) && verb !== undefined && isWord(verb) && isPastVerb(verb.lower) && !AUXILIARIES.has(verb.lower)
      && prev.kind === 'word' && !prev.capital && !COMPLEMENT_NOUNS.has(prev.lower.replace(/s$/, '')) && !COORDINATORS.has(prev.lower) && !SEASON_OR_UNIT.has(prev.lower)
      && !ws.slice(Math.max(0, i - 5), i).some((x) => TELLING_VERBS.has(x.lower) || REPORTING_VERBS.has(x.lower) || x.lower === 'so' || x.lower === 'such' || x.kind === 'punct');
  }
  return next !== undefined && isWord(next) && !next.capital && (isVerbForm(next.lower) || (/ly$/.test(next.lower) && isVerbForm(ws[i + 2]?.lower ?? '')));
}

/** Subject pronouns that open an object relative clause after `that` (`a review that it launched`). */
const OBJECT_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'they', 'we']);
/** Nouns (singular) whose `that` clause tells what they are (`fears that it closed`, `the news that they won`): no relative. */
const COMPLEMENT_NOUNS: ReadonlySet<string> = new Set(['fact', 'new', 'claim', 'report', 'fear', 'hope', 'warning', 'evidence', 'sign', 'view', 'idea', 'belief',
  'statement', 'announcement', 'suggestion', 'allegation', 'rumour', 'rumor', 'assurance', 'concern', 'promise', 'doubt', 'chance', 'possibility', 'likelihood',
  'risk', 'proof', 'indication', 'confirmation', 'reminder', 'notice', 'word', 'message', 'decision', 'ruling', 'finding', 'assumption', 'argument',
  'complaint', 'admission', 'thought', 'feeling', 'sense', 'expectation', 'speculation', 'question', 'insistence', 'grounds', 'ground', 'basis', 'point',
  'reason', 'impression', 'conclusion', 'theory', 'knowledge', 'understanding', 'proposal', 'recommendation', 'demand', 'request', 'condition', 'guarantee',
  'way', 'time', 'day', 'year', 'moment', 'extent', 'degree', 'so', 'such', 'now']);
/** Verbs of telling whose object a `that` clause follows (`told staff that they`, `warned residents that it`). */
const TELLING_VERBS: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'warned', 'warn', 'warns', 'informed', 'inform', 'assured', 'assure', 'reminded',
  'remind', 'convinced', 'persuaded', 'notified', 'notify', 'advised', 'advise', 'showed', 'shown', 'taught', 'promised', 'wrote', 'emailed', 'texted', 'reassured']);

/** `the club where they made`, `the town where the mill stood`: `where` after a plain noun, a subject (a pronoun, or a determiner and up to two words) and its verb. */
function bareWhere(ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || prev.kind !== 'word' || prev.capital || isVerb(ws, i - 1) || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower) || COORDINATORS.has(prev.lower)
    || REPORTING_VERBS.has(prev.lower) || TIME_WORDS.has(prev.lower)) return false;
  const next = ws[i + 1];
  if (!next || !isWord(next)) return false;
  if (PRONOUNS.has(next.lower)) return isVerb(ws, i + 2);
  if (!DETERMINERS.has(next.lower)) return false;
  return [i + 3, i + 4].some((v) => isVerb(ws, v) && ws.slice(i + 2, v).every((x) => x.kind === 'word' && !PREPOSITIONS.has(x.lower)));
}

/** Participles of a plan or a schedule. */
/** Adverbs of time that may open a participle aside (`, first reported in January,`). */
const ASIDE_ADVERBS: ReadonlySet<string> = new Set(['first', 'last', 'originally', 'initially', 'previously', 'recently', 'newly', 'once']);
const PLANNED = new Set(['planned', 'scheduled', 'expected', 'set', 'slated', 'timed', 'proposed', 'intended', 'meant']);

/**
 * `The footbridge, shut since the floods in October 2025, will reopen`, `A documentary, filmed over the past 18 months,
 * will be released`: a participle aside between a sentence's subject and its verb, a relative clause without its
 * pronoun. The index of the comma that closes it, or -1.
 */
function participleAsideEnd(ws: readonly Word[], c: number): number {
  // (After an adverb of time that opens it: `The streetlight, first reported in January, has still not been fixed`.)
  const adverb = ASIDE_ADVERBS.has(ws[c + 1]?.lower ?? '');
  const p = adverb ? ws[c + 2] : ws[c + 1];
  const before = ws[c - 1];
  // (Not a plan, whose date is the one the happening was meant for: `A third journey, planned for the summer of 1939, was abandoned`.)
  // (A verb of saying after such an adverb is no attribution: `, first reported in January,`.)
  if (!p || !before || p.kind !== 'word' || p.capital || !isPastVerb(p.lower) || AUXILIARIES.has(p.lower) || (REPORTING_VERBS.has(p.lower) && !adverb) || PLANNED.has(p.lower) || !isWord(before)) return -1;
  // No verb before it in its clause (from the sentence's start, or from `, but` / `, and` / `;`).
  for (let k = c - 1; k >= 0; k--) {
    if (ws[k]!.text === ';' || (COORDINATORS.has(ws[k]!.lower) && isComma(ws[k - 1]))) break;
    if (isVerb(ws, k) || isQuoteMark(ws[k]!.text)) return -1;
  }
  for (let j = c + 2; j < ws.length && j < c + 16; j++) {
    const w = ws[j]!;
    if (w.text === ';' || isQuoteMark(w.text) || OPEN_ASIDE(w)) return -1;
    if (!isComma(w)) continue;
    return isVerb(ws, j + 1) || (/ly$/.test(ws[j + 1]?.lower ?? '') && isVerb(ws, j + 2)) ? j : -1;
  }
  return -1;
}

/** Appositive after a name: `Tokayev, the country's president, said`: the closing comma's index, or -1. */
function appositiveEnd(ws: readonly Word[], c: number): number {
  const before = ws[c - 1];
  const first = ws[c + 1];
  if (!before || !first || !isWord(before) || !isWord(first)) return -1;
  // `Tokayev, the president,` or `the chief executive, Martin Oakes,`: a name on one side.
  // (`a local minister, the Rev. James Carr,`: a determiner before the name on the far side.)
  const named = first.capital || (DETERMINERS.has(first.lower) && ws[c + 2]?.capital === true && ws[c + 2]!.kind === 'word');
  if (!(before.capital && (DETERMINERS.has(first.lower) || first.capital || /^\d/.test(first.text))) && !(!before.capital && named && !isVerb(ws, c - 1))) return -1;
  for (let j = c + 2; j < ws.length && j < c + 16; j++) {
    // `The Hollow Pines, the Sheffield band whose 2004 single spent nine weeks in the top ten, are`: a relative clause
    // without its comma ends the appositive with its own closing comma.
    if (j > c + 2 && /^(?:who|which|whose)$/.test(ws[j]!.lower) && ws[j - 1]!.kind === 'word') {
      const e = asideEnd(ws, j - 1);
      return e < ws.length && isComma(ws[e]) && isVerb(ws, e + 1) ? e : -1;
    }
    if (isVerb(ws, j) || ws[j]!.text === ';') return -1;
    if (!before.capital && !ws[j]!.capital && isWord(ws[j])) return -1;
    if (isComma(ws[j])) return isVerb(ws, j + 1) || RELATIVES.has(ws[j + 1]?.lower ?? '') ? j : -1;
  }
  return -1;
}

const OBJECT_PRONOUNS = new Set(['us', 'me', 'him', 'them']);

/** Words after a reporting verb up to the start of what was said (`told reporters (that)`), or -1. */
/** Words a reported clause's subject may take before its verb; beyond the short reach only before a verb that is no participle. */
const SHORT_SUBJECT = 6;
/** `the quarter ended Aug. 31`, `the three months ended`: a period noun before an -ed form makes it a participle. */
const PERIOD_NOUNS = new Set(['quarter', 'period', 'year', 'month', 'months', 'weeks', 'half', 'session', 'season']);
const LONG_SUBJECT = 10;
/** Reporting verbs that take a hearer before what was said (`told jurors she would ...`). */
const HEARER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'assured', 'assures', 'informed', 'informs', 'reminded', 'reminds', 'warned', 'warns']);
/** Subject pronouns (and `there`) that open what was said after a hearer. */
const opensSaid = (w: string): boolean => PRONOUNS.has(w) || w === 'there';

/** After `told <hearer>`, where what was said starts without `that` (`told MPs the government would`), or -1. */
function afterHearer(ws: readonly Word[], j: number): number {
  const first = ws[j];
  if (!first || !isWord(first) || opensSaid(first.lower) || first.lower === 'that') return -1;
  for (let m = j + 1; m < ws.length && m <= j + 4; m++) {
    const w = ws[m]!;
    if (!isWord(w) || w.lower === 'that') return -1;
    if (isVerb(ws, m)) return -1;
    if (opensSaid(w.lower) || (DETERMINERS.has(w.lower) && !PREPOSITIONS.has(ws[m - 1]!.lower))) {
      const verb = firstVerb(ws, m + 1, Math.min(ws.length, m + SHORT_SUBJECT), (i) => i);
      return verb > m ? m : -1;
    }
  }
  return -1;
}

/** Units of time a demonstrative `that` names (`that year`, `that morning`): no `that` of a reported clause. */
const TIME_UNITS_AFTER_THAT: ReadonlySet<string> = /* @__PURE__ */ new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'day', 'week', 'weekend', 'month',
  'year', 'morning', 'afternoon', 'evening', 'night', 'decade']);

function reportedStart(ws: readonly Word[], v: number): number {
  let j = v + 1;
  if (ws[j]?.lower === 'out') j++; // `pointed out that`
  // `told jurors she would accept`, `told MPs the government would publish`: the hearer is no part of what was said.
  if (HEARER_VERBS.has(ws[v]!.lower)) {
    const said = afterHearer(ws, j);
    if (said > 0) return said;
  }
  // `said on Monday`, `told reporters Tuesday`, `said in a statement` are bounded detours.
  for (let k = 0; k < 8 && j < ws.length; k++) {
    const w = ws[j]!;
    // `said that` at the end of a text says nothing more: no reported clause.
    // (`wrote to him on 9 November that year`: `that` before a unit of time is a demonstrative of a time phrase.)
    if (w.lower === 'that' && !isVerb(ws, j + 1) && !TIME_UNITS_AFTER_THAT.has(ws[j + 1]?.lower ?? '')) return j + 1 < ws.length ? j + 1 : -1;
    if (!isWord(w)) return -1;
    // `told us she had ...`: the hearer, an object pronoun, is never the subject of what was said.
    if (OBJECT_PRONOUNS.has(w.lower) || (w.lower === 'her' && PRONOUNS.has(ws[j + 1]?.lower ?? ''))) { j++; continue; }
    const inPhrase = PREPOSITIONS.has(ws[j - 1]!.lower) || TIME_WORDS.has(w.lower) || PREPOSITIONS.has(w.lower) || /ly$/.test(w.lower);
    if (!inPhrase) {
      // A subject followed by its verb starts the reported clause.
      // A long subject (`net income for its fiscal first quarter rose`) only before a verb that is no participle
      // (`a loss of $312 million for the quarter ended Aug. 31` is an object).
      const found = firstVerb(ws, j, Math.min(ws.length, j + LONG_SUBJECT), (i) => i);
      const participle = found > j && ws[found]!.lower.endsWith('ed') && (found - j >= SHORT_SUBJECT || PERIOD_NOUNS.has(ws[found - 1]!.lower));
      const verb = participle ? -1 : found;
      const that = ws.slice(j, Math.max(j, verb)).findIndex((x) => x.lower === 'that');
      if (that > 0) return j + that + 1; // `told analysts that the cuts would ...`
      if (verb > j && !ws.slice(j, verb).some((x) => !isWord(x) || TIME_WORDS.has(x.lower))) return j;
      if (verb === j + 0) return -1;
    }
    j++;
  }
  return -1;
}

/** Words that lead an amount opening a subject (`more than 600 homes`, `about 40 people`, `at least 12 ships`). */
const AMOUNT_LEADS = new Set(['more', 'fewer', 'less', 'about', 'nearly', 'almost', 'over', 'some', 'at', 'around', 'roughly', 'only', 'just', 'another']);

/** A lower-case word that may stand in a bare noun phrase (`goods traffic`): no preposition, connective, time word or -ly adverb. */
function isPlainNounWord(x: Word): boolean {
  return x.kind === 'word' && !x.capital && !PREPOSITIONS.has(x.lower) && !TIME_WORDS.has(x.lower)
    && !SUBORDINATORS.has(x.lower) && !COORDINATORS.has(x.lower) && !RELATIVES.has(x.lower) && !/ly$/.test(x.lower);
}

/** Units an amount of time before `after` or `before` ends on (`A week after`, `two days before`, `Hours after`). */
const MEASURE_UNITS: ReadonlySet<string> = /* @__PURE__ */ new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'fortnight',
  'month', 'months', 'year', 'years', 'decade', 'decades', 'moments']);
/**
 * The index of `after` or `before` when the words from `i` up to it are an amount of time of at most three words (`A
 * week`, `Two days`, `Only hours`, `Moments`), else -1.
 */
function measuredSubordinator(ws: readonly Word[], i: number): number {
  for (let j = i + 1; j <= i + 3 && j < ws.length; j++) {
    const l = ws[j]!.lower;
    if (l !== 'after' && l !== 'before') continue;
    return MEASURE_UNITS.has(ws[j - 1]!.lower) && ws.slice(i, j).every((x) => x.kind === 'num' || (x.kind === 'word' && !PREPOSITIONS.has(x.lower))) ? j : -1;
  }
  return -1;
}

/** Words that open a time phrase or a sentence adverb, not a noun phrase (`Monday`, `Earlier`, `Meanwhile`). */
const TIME_WORDS = /* @__PURE__ */ wordSet(MONTH_WORDS, [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tomorrow',
  'tonight', 'overnight', 'earlier', 'later', 'last', 'next', 'this', 'meanwhile', 'however', 'separately', 'still', 'then', 'now',
  'also', 'moreover', 'instead', 'previously', 'afterwards', 'initially', 'finally', 'eventually', 'recently',
]);

const SEASON_NOUNS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
/** Seasons and calendar units after `that`/`the` in a time phrase (`that autumn`, `the next day`). */
const SEASON_OR_UNIT = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'day', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'decade', 'following', 'next', 'same']);

/** Participles of a plan before `to` (`with funding set to run out`, `with talks due to resume`). */
const PLAN_PARTICIPLES = new Set(['set', 'due', 'expected', 'scheduled', 'slated', 'poised']);
/** The verb of an absolute phrase after `with`: an -ing form, or a plan participle before `to` or a time. */
function isAbsoluteVerb(ws: readonly Word[], j: number): boolean {
  const x = ws[j]!;
  if (/^[a-z]{3,}ing$/.test(x.text)) return !DETERMINERS.has(x.lower);
  // (`with results expected before Christmas`, `with a decision due in May`: a plan participle before its time.)
  if (PLAN_PARTICIPLES.has(x.text)) return ws[j + 1]?.lower === 'to' || /^(?:before|by|in|on|at|within|after|until|next|this|later|early|late)$/.test(ws[j + 1]?.lower ?? '');
  // (`with funding agreed last month`, `with the roof repaired in 2019`: a done participle before its own time.)
  return /^[a-z]{3,}(?:ed|en)$/.test(x.text) && isPastVerb(x.lower) && DONE_TIME_OPENERS.has(ws[j + 1]?.lower ?? '');
}

/** Words that open a time right after a participle (`agreed last month`, `repaired in 2019`). */
const DONE_TIME_OPENERS: ReadonlySet<string> = new Set(['last', 'this', 'earlier', 'in', 'on', 'at', 'during', 'yesterday']);

/** Whether `ws[j]` is a colon between words (`year: the judge`), not one inside a clock time (`14:32`). */
function clauseColon(ws: readonly Word[], j: number): boolean {
  const w = ws[j]!;
  if (w.text !== ':') return false;
  const prev = ws[j - 1];
  const next = ws[j + 1];
  return !(prev?.kind === 'num' && next?.kind === 'num' && prev.end === w.start && next.start === w.end);
}

/** Words for a part of a whole before `of` (`most of them`, `none of the staff`). */
const PART_WORDS: ReadonlySet<string> = new Set(['all', 'most', 'some', 'many', 'none', 'few', 'half', 'both', 'each', 'several']);

/** Number words that count units of time (`two years later`, `a week after`). */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'few', 'several', 'some']);
/** Plural units of time after a count. */
const PLURAL_UNITS = new Set(['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'hours', 'minutes']);
/** Words after a counted unit that make it a time (`two years later`, `three days after`, `a week earlier`). */
const COUNTED_TIME_ENDS = new Set(['later', 'earlier', 'after', 'before', 'on', 'ago', 'afterwards']);
/** `two years later`, `a week earlier`, `three days after that`: a count of units told from another time. */
function isCountedTime(ws: readonly Word[], k: number): boolean {
  const n = ws[k];
  const unit = ws[k + 1]?.lower ?? '';
  return n !== undefined && (n.kind === 'num' || COUNT_WORDS.has(n.lower)) && (SEASON_OR_UNIT.has(unit) || PLURAL_UNITS.has(unit)) && COUNTED_TIME_ENDS.has(ws[k + 2]?.lower ?? '');
}

/** Whether a time phrase starts within a few words from `k` (`three years later`, `in 1952`, `to Leeds in May`), before a comma. */
function timedSoon(ws: readonly Word[], k: number): boolean {
  for (let j = k; j < ws.length && j < k + 5 && isWord(ws[j]); j++) {
    if (isCountedTime(ws, j)) return true;
    const n = ws[j + 1];
    if (PREPOSITIONS.has(ws[j]!.lower) && n !== undefined && (n.kind === 'num' || MONTH_WORDS.has(n.lower) || (n.lower === 'the' && ws[j + 2]?.kind === 'num'))) return true;
  }
  return false;
}

/** Whether the list of verb phrases that goes on at `k` ends with `and` and a verb, before a `;` or a clause word. */
function listEndsWithVerb(ws: readonly Word[], k: number): boolean {
  for (let j = k; j < ws.length && j < k + REACH; j++) {
    const l = ws[j]!.lower;
    if (ws[j]!.text === ';' || RELATIVES.has(l) || SUBORDINATORS.has(l)) return false;
    if (l === 'and' && ws[j + 1] !== undefined && !ws[j + 1]!.capital && isVerb(ws, j + 1)) return true;
  }
  return false;
}

/** A word that opens a time phrase: a preposition, a time word or a number (`on Monday`, `Monday`, `12 May`). */
const isTimePhrase = (w: Word | undefined): boolean => w !== undefined && (PREPOSITIONS.has(w.lower) || TIME_WORDS.has(w.lower) || w.kind === 'num');

/** A phrase before a comma that is an adverbial, not a subject: it opens with a preposition, a time word or an adverb. */
function isAdverbialHead(head: readonly Word[]): boolean {
  const first = head[0];
  if (!first || !isWord(first)) return false;
  // `This summer's work,`, `Last year's winner,`: a time's possessive names a thing, the subject.
  if (head.some((w, k) => k < head.length - 1 && /['’]s$/.test(w.text) && !PREPOSITIONS.has(first.lower))) return false;
  const l = first.lower;
  return PREPOSITIONS.has(l) || TIME_WORDS.has(l) || SUBORDINATORS.has(l) || first.kind === 'num' || (l.endsWith('ly') && l.length > 4) || /^[a-z]+ing$/.test(l)
    || (COMPLEX_PREPOSITION_HEADS.has(l) && /^(?:to|of|from)$/.test(head[1]?.lower ?? ''));
}

/** Words that open a preposition of two words (`Subject to approval,`, `Due to the strike,`, `Ahead of the vote,`). */
const COMPLEX_PREPOSITION_HEADS: ReadonlySet<string> = new Set(['subject', 'prior', 'due', 'thanks', 'owing', 'ahead', 'regardless', 'instead', 'because',
  'apart', 'contrary', 'pursuant', 'irrespective']);

/**
 * Whether a phrase opening with a preposition goes on into the clause itself (`In 1910 she won a
 * place at ...`, `In March the company asked ...`): a finite verb with no clause word (`what`,
 * `that`, `when`) before it. `In response to questions on what the SCO could do` stays an adverbial.
 */
function holdsMainClause(ws: readonly Word[], from: number, to: number): boolean {
  for (let m = from + 1; m < to; m++) {
    const l = ws[m]!.lower;
    // (`On 3 March of that year he filed`: `that` before a unit of time is a determiner, not a clause word.)
    const thatClause = l === 'that' && !SEASON_OR_UNIT.has(ws[m + 1]?.lower ?? '');
    if (RELATIVES.has(l) || SUBORDINATORS.has(l) || thatClause || l === 'what' || l === 'how' || l === 'why') return false;
    if (isVerb(ws, m) && !isReducedRelative(ws, m) && m - from >= 2) return true;
  }
  return false;
}

/** Clauses of the sentence `span` of `text`, in text order (nested ones after their parent's start). */
const isQuoteMark = (t: string): boolean => t === '"' || t === '“' || t === '”';

/** Whether the words from `i` open with a subordinate clause (`If`, `But when`). */
const opensWithSubordinate = (ws: readonly Word[], i: number): boolean =>
  SUBORDINATORS.has(ws[i]?.lower ?? '') || (COORDINATORS.has(ws[i]?.lower ?? '') && SUBORDINATORS.has(ws[i + 1]?.lower ?? ''));

/** The word index of the mark that closes a quotation opened by word 0, or -1. */
function closingQuote(ws: readonly Word[]): number {
  for (let i = 1; i < ws.length; i++) if (isQuoteMark(ws[i]!.text)) return ws[i]!.text === '“' ? -1 : i;
  return -1;
}

export function clausesOf(text: string, span: TextSpan): Clause[] {
  const ws = wordsOf(text, span.start, span.end);
  if (ws.length === 0) return [];
  const clauses: Clause[] = [];
  /** Word index where each word's aside (hole) ends, for words that open one. */
  const holeEnd = new Map<number, number>();
  /** Commas that open a participle aside with words of its own (`, shut since the floods in October 2025,`). */
  const participleAsides = new Set<number>();
  const skip = (i: number): number => holeEnd.get(i) ?? i;

  // A sentence that opens with a quoted subordinate clause is analysed inside the quotation: its opening mark and the mark that closes it
  // are no quotation to skip (`"If the talks run on Friday, we will meet," she said`).
  const opening = ws[0] !== undefined && isQuoteMark(ws[0].text) && opensWithSubordinate(ws, 1) ? closingQuote(ws) : -1;
  const quoteToggle = (i: number, mark: string, inside: boolean): boolean =>
    opening >= 0 && (i === 0 || i === opening) ? false : mark === '”' ? false : mark === '“' ? true : !inside;
  // Nested asides first: brackets and dash pairs, then comma-delimited relatives and appositives.
  let quote = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (isQuoteMark(w.text)) { quote = quoteToggle(i, w.text, quote); continue; }
    if (quote) continue;
    if (OPEN_ASIDE(w)) {
      const j = closing(ws, i);
      if (j > i) { holeEnd.set(i, j); i = j; }
      continue;
    }
    if (i > 0 && isBareRelative(ws, i)) {
      const j = asideEnd(ws, i - 1);
      if (j > i) { holeEnd.set(i, j); i = j - 1; }
      continue;
    }
    if (isComma(w)) {
      const n = ws[i + 1];
      const objectThat = n?.lower === 'that' && (PRONOUNS.has(ws[i + 2]?.lower ?? '') || DETERMINERS.has(ws[i + 2]?.lower ?? '')) && isVerb(ws, i + 3);
      if (n && (RELATIVES.has(n.lower) || objectThat)) {
        const j = asideEnd(ws, i);
        if (j > i) { holeEnd.set(i, j); i = j - 1; }
        continue;
      }
      const a = appositiveEnd(ws, i);
      if (a > i) {
        holeEnd.set(i, a);
        // (The relative clause that ends it is an aside of its own, inside it.)
        const r = ws.findIndex((x, j) => j > i + 2 && j < a && /^(?:who|which|whose)$/.test(x.lower));
        if (r > 0) holeEnd.set(r, a);
        i = a - 1;
        continue;
      }
      const p = participleAsideEnd(ws, i);
      if (p > i) { holeEnd.set(i, p); participleAsides.add(i); i = p - 1; }
    }
  }

  // Then the clauses that follow one another, split at connectives outside the asides.
  type Cut = { at: number; kind: ClauseKind; lead: string; body: number };
  const cuts: Cut[] = [{ at: 0, kind: 'main', lead: '', body: 0 }];
  // A later finding at the same place (`, when` after a leading clause's comma) replaces the earlier one.
  const cut = (c: Cut): void => {
    if (c.at >= ws.length) return; // a connective that ends the sentence opens nothing
    if (cuts[cuts.length - 1]!.at >= c.at) cuts[cuts.length - 1] = { ...c, at: Math.max(c.at, cuts[cuts.length - 1]!.at) };
    else cuts.push(c);
  };
  quote = false;
  // The sentence's first word after an opening quote mark and a coordinator (`"But if the talks ...`).
  let first = opening >= 0 ? 1 : 0;
  if (COORDINATORS.has(ws[first]?.lower ?? '') && SUBORDINATORS.has(ws[first + 1]?.lower ?? '')) first++;
  let seenVerb = false;
  // The clause's verb is a bare form (`Shops open`, `will cut`), which a coordinated bare verb may share.
  let bareVerb = false;
  // The clause's verb is in -s (`The tour leaves London`), which a coordinated verb in -s may share the subject of.
  let presentS = false;
  for (let i = 0; i < ws.length; i++) {
    const h = holeEnd.get(i);
    if (h !== undefined) { i = h - 1; continue; }
    const w = ws[i]!;
    if (isQuoteMark(w.text)) { quote = quoteToggle(i, w.text, quote); continue; }
    if (quote) continue;
    const prev = ws[i - 1];
    const afterComma = isComma(prev) || prev?.text === ';' || prev?.text === ':';
    // `04:15`: a colon between the digits of a clock time is no break.
    const clockColon = w.text === ':' && prev?.kind === 'num' && ws[i + 1]?.kind === 'num' && prev.end === w.start && ws[i + 1]!.start === w.end;
    if (w.text === ';' || (w.text === ':' && seenVerb && !clockColon)) { cut({ at: i, kind: 'main', lead: '', body: i + 1 }); seenVerb = false; continue; }
    // `WALTER RODGERS, CNN CORRESPONDENT: Judy, here the mood is gloomy`: a speaker's label in capitals opening a
    // transcript's sentence is no part of what is said after it.
    if (w.text === ':' && !seenVerb && cuts.length === 1 && i >= 1 && i <= 8 && ws.slice(0, i).every((x) => x.text === ',' || x.text === '.' || (x.kind === 'word' && x.text === x.text.toUpperCase() && x.text.length > 1))) {
      cut({ at: i, kind: 'main', lead: '', body: i + 1 });
      continue;
    }
    if (!isWord(w)) continue;
    const l = w.lower;
    // The main clause after a leading subordinate or participial clause (`After talks failed, the envoy left`).
    const last = cuts[cuts.length - 1]!;
    if (afterComma && isComma(prev) && last.at === 0 && last.kind !== 'main' && cuts.length === 1) {
      // ... where a subject and its verb follow (`Born in Leeds, England, on March 14, 1936, Ellison studied`).
      let verb = i;
      while (verb < ws.length && verb < i + 8 && !isComma(ws[verb]) && !isVerb(ws, verb)) verb++;
      if (verb < ws.length && isVerb(ws, verb) && !isComma(ws[verb])) {
        cut({ at: i - 1, kind: 'main', lead: '', body: i });
        seenVerb = false;
      }
    }
    // `After a phishing attack in November 2024 we introduced`, `After the flood in 2019 the council built`: a leading
    // prepositional phrase without its comma ends where a subject and its verb start (a pronoun, or a noun phrase
    // right after the phrase's date).
    const opensSentence = last.at === 0 || ws[last.at]?.text === ':' || ws[last.at]?.text === ';';
    if (!afterComma && opensSentence && last.kind === 'subordinate' && PREPOSITION_LEADS.has(last.lead) && i > last.body + 1 && !seenVerb) {
      const pronoun = /^(?:we|they|he|she|i)$/.test(l) && isVerb(ws, i + 1);
      const afterDate = (prev?.kind === 'num' || MONTH_WORDS.has(prev?.lower ?? '')) && (DETERMINERS.has(l) || w.capital)
        && [i + 1, i + 2, i + 3].some((v) => isVerb(ws, v) && ws.slice(i + 1, v).every((x) => isWord(x) && x.kind === 'word'));
      // (`After the flood the council closed`, `Before her death it was sold`: a determiner or `it` right after the
      // phrase's noun opens the subject of the clause the phrase leads.)
      const afterNoun = secondNounPhrase(ws, i) && (l === 'it' ? isVerb(ws, i + 1)
        : [i + 1, i + 2, i + 3].some((v) => isVerb(ws, v) && ws.slice(i + 1, v).every((x) => isWord(x) && x.kind === 'word')));
      if (pronoun || afterDate || afterNoun) {
        cut({ at: i, kind: 'main', lead: '', body: i });
        continue;
      }
    }
    // `when detectives visited her in July 2023 she told them`: a `when` or `after` clause without its comma ends where
    // a subject pronoun and its verb start after the clause's own verb (not a saying's `said they had`, an object's
    // `that`, or a connective's `if he was`).
    if (!afterComma && last.kind === 'subordinate' && (last.lead === 'when' || last.lead === 'after' || last.lead === 'once') && seenVerb
      && i > last.body + 2 && /^(?:he|she|they|we|i)$/.test(l) && isVerb(ws, i + 1) && prev !== undefined && isWord(prev)
      && !isVerb(ws, i - 1) && !REPORTING_VERBS.has(prev.lower) && !SUBORDINATORS.has(prev.lower) && !COORDINATORS.has(prev.lower) && !RELATIVES.has(prev.lower)
      && prev.lower !== 'that') {
      cut({ at: i, kind: 'main', lead: '', body: i });
      seenVerb = false;
      continue;
    }
    // `After talks failed,`, `Speaking on Monday,`, `Born in Leeds,`, `Led by its oat-based line,`: a leading clause.
    // (Not a preposition in -ing: `During the spring of 2019, the trust closed`.)
    const participle = i === 0 && ((/^[A-Z][a-z]{2,}ing$/.test(w.text) && !/^(?:during|regarding|concerning|notwithstanding|pending|barring)$/.test(l)) || l === 'born' || (isPastVerb(l) && PREPOSITIONS.has(ws[1]?.lower ?? '')));
    // `Since the 1990s the glaciers have thinned`, `After 2010 prices rose`: before a date it is a preposition.
    // (`Until now the record was`, `Since then the town has`, `Until last year the line ran`: before a time word too.)
    const beforeDate = i === first && (ws[i + 1]?.kind === 'num' || MONTH_WORDS.has(ws[i + 1]?.lower ?? '') || (ws[i + 1]?.lower === 'the' && /^\d/.test(ws[i + 2]?.text ?? ''))
      || (PREPOSITION_LEADS.has(l) && /^(?:now|then|today|yesterday|recently|last|next)$/.test(ws[i + 1]?.lower ?? '')));
    if ((i === first && SUBORDINATORS.has(l) && !beforeDate) || participle) {
      cuts[0] = { at: 0, kind: SUBORDINATORS.has(l) ? 'subordinate' : 'participial', lead: SUBORDINATORS.has(l) ? l : '', body: SUBORDINATORS.has(l) ? i + 1 : 0 };
      continue;
    }
    // `A week after the storm flattened the town, the convoy reached it`, `Two days before she died, ...`: an amount of time
    // before `after` or `before` opens the sentence's leading clause as the subordinator alone would (not before a date:
    // `A week after Christmas, the shops ...` is a phrase).
    if (i === first) {
      const sub = measuredSubordinator(ws, i);
      if (sub > 0 && ws[sub + 1]?.kind !== 'num' && !MONTH_WORDS.has(ws[sub + 1]?.lower ?? '') && !TIME_WORDS.has(ws[sub + 1]?.lower ?? '')) {
        cuts[0] = { at: 0, kind: 'subordinate', lead: ws[sub]!.lower, body: sub + 1 };
        i = sub;
        continue;
      }
    }
    // `finished 17th the season before and lost`, `the day after, the storm`: `before` or `after` that ends a time noun
    // is an adverb, with no clause after it.
    const adverb = (l === 'before' || l === 'after') && TIME_NOUNS_BEFORE_ADVERB.has(prev?.lower ?? '')
      && (ws[i + 1] === undefined || COORDINATORS.has(ws[i + 1]!.lower) || /^[,.;:!?]$/.test(ws[i + 1]!.text));
    if (SUBORDINATORS.has(l) && (afterComma || seenVerb) && !adverb) {
      // A clause, not a phrase: a verb follows before the next comma (`after talks failed`), or an -ing form.
      const next = ws[i + 1];
      let stop = i + 1;
      // ... up to the next comma or the next connective (`after its 1990 invasion until inspectors certify`).
      // (Past an aside: `when a local minister, the Rev. James Carr, dug`.)
      // (Nor past a colon that opens a clause of its own: `is unlikely before the new year: the judge has said`.)
      while (stop < ws.length && stop < i + REACH && ws[stop]!.text !== ';' && !clauseColon(ws, stop) && !SUBORDINATORS.has(ws[stop]!.lower)) {
        if (ws[stop]!.text === ',') { if (holeEnd.has(stop)) { stop = holeEnd.get(stop)! + 1; continue; } break; }
        stop++;
      }
      const verb = firstVerb(ws, i + 1, stop, skip);
      // (Not after `as`: `as soon as trading opened Monday` stays the happening of its own that the -ing reading gives.)
      const gerund = l !== 'as' && gerundSubject(ws, i + 1);
      const ing = next !== undefined && /^[a-z]{3,}ing$/.test(next.text) && !gerund;
      // (Not a verb right after `and`: `arrested after midnight and charged with theft` coordinates it with the verb before
      // the phrase.)
      if ((verb > i + 1 && ws[verb - 1]!.lower !== 'to' && !COORDINATORS.has(ws[verb - 1]!.lower)) || ing || gerund) {
        cut({ at: afterComma ? i - 1 : i, kind: ing ? 'participial' : 'subordinate', lead: l, body: i + 1 });
        seenVerb = false;
        continue;
      }
    }
    // `City travel to Brinton on Tuesday, then host Selby on Saturday`: `, then` and a verb open a second clause that
    // shares the subject.
    if (isComma(prev) && l === 'then' && seenVerb) {
      const next = ws[i + 1];
      if (next !== undefined && !next.capital && (isVerb(ws, i + 1) || ((isBareVerbShape(next) || isPresentS(next.lower)) && isComplementStart(ws[i + 2])))) {
        cut({ at: i - 1, kind: 'coordinated', lead: 'then', body: i + 1 });
        seenVerb = false;
        continue;
      }
    }
    // `came to Britain in 1947, graduated three years later and stayed on`: in a list of verb phrases that ends with `and`
    // and a verb, a past verb after a comma with a time of its own opens a clause that shares the subject.
    if (isComma(prev) && seenVerb && w.kind === 'word' && !w.capital && isPastVerb(l) && !AUXILIARIES.has(l) && timedSoon(ws, i + 1) && listEndsWithVerb(ws, i + 1)) {
      cut({ at: i - 1, kind: 'coordinated', lead: '', body: i });
      continue;
    }
    // `on or about 12 March`, `on or before Friday`: a pair of prepositions, no clause.
    const prepositionPair = l === 'or' && PREPOSITIONS.has(prev?.lower ?? '') && /^(?:about|before|after|around)$/.test(ws[i + 1]?.lower ?? '');
    if (COORDINATORS.has(l) && l !== 'so' && l !== 'nor' && seenVerb && i > 0 && !prepositionPair) {
      const next = ws[i + 1];
      // `, and then travels to Edinburgh`, `and later became`: an adverb of sequence may stand before the second verb.
      // So may an adverb of manner or degree before a past form (`was cut on 1 December and partly restored yesterday`).
      const then = next !== undefined && ws[i + 2] !== undefined && !ws[i + 2]!.capital
        && ((SEQUENCE_ADVERBS.has(next.lower) && (isVerb(ws, i + 2) || (presentS && isPresentS(ws[i + 2]!.lower) && isComplementStart(ws[i + 3]))))
          || (isMannerAdverb(next) && isPastVerb(ws[i + 2]!.lower) && isVerb(ws, i + 2) && toldInPastBefore(ws, i)));
      // `began writing yesterday and expect to finish by Friday`: a verb of intent before `to` is a second verb group.
      const intent = next !== undefined && INTENT_VERBS.has(next.lower) && ws[i + 2]?.lower === 'to';
      // (`, and written comments can be sent`: a participle before a noun and its verb group describes the noun, the
      // second clause's subject.)
      const describes = next !== undefined && describesNoun(ws, i + 1);
      // `joined the firm in 1979 and retires on 24 December`: a present verb in -s with a time of its own after a past
      // one is a second verb group (the first one's tense would not run on into it).
      // (Not a plural noun: `and deposits of $469 million`, `weeks or months of his capture`.)
      const turn = !presentS && next !== undefined && !next.capital && isPresentS(next.lower) && !SEASON_OR_UNIT.has(next.lower) && !TIME_WORDS.has(next.lower)
        && ws[i + 2]?.lower !== 'of' && isComplementStart(ws[i + 2]) && timedSoon(ws, i + 2);
      // `and, four months later, allowed the appeal`: a time phrase set off by commas may stand before the second verb.
      const setOff = isComma(next) ? timeSetOffBeforeVerb(ws, i + 2) : -1;
      if (then || intent || describes || turn || setOff > 0 || (next && isVerb(ws, i + 1) && !next.capital)) {
        cut({ at: afterComma ? i - 1 : i, kind: 'coordinated', lead: l, body: setOff > 0 ? setOff : i + 1 });
        seenVerb = false;
        continue;
      }
      // `said it was disappointed and that it planned to ask ...`: `and that` with a subject and its verb coordinates a
      // second thing said; its clause starts after `that`.
      if (next?.lower === 'that' && ws[i + 2] !== undefined && (PRONOUNS.has(ws[i + 2]!.lower) || DETERMINERS.has(ws[i + 2]!.lower) || ws[i + 2]!.capital)) {
        const verb = firstVerb(ws, i + 2, Math.min(ws.length, i + 9), skip);
        if (verb > i + 2) {
          cut({ at: afterComma ? i - 1 : i, kind: 'coordinated', lead: l, body: i + 2 });
          seenVerb = false;
          continue;
        }
      }
      // `Shops open at 9 a.m. and close at noon`, `will cut 200 jobs and close two plants`: a bare verb and
      // its complement after a bare verb share the clause's subject (and modal).
      if (((bareVerb && next && isBareVerbShape(next)) || (presentS && next && isPresentS(next.lower))) && isComplementStart(ws[i + 2])) {
        cut({ at: afterComma ? i - 1 : i, kind: 'coordinated', lead: l, body: i + 1 });
        seenVerb = false;
        continue;
      }
      // `..., and on 30 September she presented`, `graduated in 1913 and that autumn joined`: a time
      // phrase opens the second clause, with its own subject or the first one's.
      const timed = isTimePhrase(next) || isCountedTime(ws, i + 1) || (next !== undefined && (next.lower === 'that' || next.lower === 'the') && TIME_WORDS.has(ws[i + 2]?.lower ?? '') === false && SEASON_OR_UNIT.has(ws[i + 2]?.lower ?? ''));
      if (timed && next!.lower !== 'then') {
        let v = i + 1;
        while (v < ws.length && v < i + 9 && !isComma(ws[v]) && !SUBORDINATORS.has(ws[v]!.lower) && !(isVerb(ws, v) && !isReducedRelative(ws, v))) v++;
        if (v < ws.length && v > i + 1 && isVerb(ws, v) && ws.slice(i + 1, v).some((x) => TIME_WORDS.has(x.lower) || SEASON_OR_UNIT.has(x.lower) || x.kind === 'num')) {
          cut({ at: afterComma ? i - 1 : i, kind: 'coordinated', lead: l, body: i + 1 });
          seenVerb = false;
          continue;
        }
      }
      if (afterComma || l === 'but') {
        const stop = Math.min(ws.length, i + 14);
        const verb = firstVerb(ws, i + 1, stop, skip);
        // `, and residents have been told`, `, and goods traffic ended`: a bare noun phrase of up to three plain words
        // right before its verb also opens a clause.
        const bareSubject = verb >= i + 2 && verb <= i + 4 && next!.kind === 'word' && (verb === i + 2 ? !PREPOSITIONS.has(next!.lower) && !TIME_WORDS.has(next!.lower) && !/ly$/.test(next!.lower)
          : ws.slice(i + 1, verb).every(isPlainNounWord));
        // `, but more than 60,000 customers were`, `, and 40 people were hurt`: an amount opens a subject too.
        // (Not after `or`: `a loss of $46.9 million, or 91 cents a share` restates the amount.)
        const amountSubject = l !== 'or' && (next!.kind === 'num' || (AMOUNT_LEADS.has(next!.lower) && ws.slice(i + 2, i + 4).some((x) => x.kind === 'num')));
        // `, and elections to a national assembly were held`, `, and figures on industrial output and retail sales will
        // follow`: so does a plain noun with a prepositional phrase of plain words, before an auxiliary or a modal.
        // (Not a noun that may be a verb, `work on them will`, nor a phrase of pronouns: the clause's subject would not be found.)
        const subjectWithPhrase = verb >= i + 4 && verb <= i + 9 && isPlainNounWord(next!) && !isBareVerbShape(next!) && PREPOSITIONS.has(ws[i + 2]!.lower)
          && ws.slice(i + 3, verb).some((x) => x.lower === 'a' || x.lower === 'an' || x.lower === 'the' || x.lower === 'and')
          && (AUXILIARIES.has(ws[verb]!.lower) || MODALS.has(ws[verb]!.lower))
          && ws.slice(i + 3, verb).every((x, k, all) => isPlainNounWord(x) || DETERMINERS.has(x.lower) || x.lower === 'and'
            // (A noun in -ly heads the phrase right before the verb: `a national assembly were`.)
            || (k === all.length - 1 && x.kind === 'word' && !x.capital && /ly$/.test(x.lower)));
        // `, and four of them had been`, `, but most of the staff were`: a part of a whole opens a subject too.
        const partSubject = l !== 'or' && (NUMBER_WORDS.test(next!.lower) || next!.kind === 'num' || PART_WORDS.has(next!.lower)) && ws[i + 2]?.lower === 'of';
        if (verb > i + 1 && (PRONOUNS.has(next!.lower) || DETERMINERS.has(next!.lower) || next!.capital || bareSubject || amountSubject || subjectWithPhrase || partSubject)) {
          cut({ at: afterComma ? i - 1 : i, kind: 'coordinated', lead: l, body: i + 1 });
          seenVerb = false;
          continue;
        }
      }
    }
    // `, starting on Monday,` and its kin time the clause before them: no clause of their own.
    if (afterComma && seenVerb && /^[a-z]{3,}ing$/.test(w.text) && !DETERMINERS.has(l) && !(l === 'according' && ws[i + 1]?.lower === 'to') && !(/^(?:starting|beginning|ending|lasting|running|continuing)$/.test(l) && isTimePhrase(ws[i + 1]))) {
      cut({ at: i - 1, kind: 'participial', lead: '', body: i });
      seenVerb = false;
      continue;
    }
    // `, with temperatures dropping to -8C by Friday`: an absolute phrase (a noun and its -ing verb) is a clause of its own.
    if (afterComma && seenVerb && l === 'with') {
      let ing = -1;
      for (let j = i + 2; j < Math.min(ws.length, i + 6); j++) {
        const x = ws[j]!;
        if (isComma(x) || x.kind !== 'word') break;
        if (isAbsoluteVerb(ws, j)) { ing = j; break; }
      }
      if (ing > 0) {
        cut({ at: i - 1, kind: 'participial', lead: 'with', body: i + 1 });
        seenVerb = false;
        continue;
      }
    }
    if (afterComma && l === 'according' && ws[i + 1]?.lower === 'to') {
      cut({ at: i - 1, kind: 'attribution', lead: 'according to', body: i });
      continue;
    }
    if (isVerb(ws, i) && !isReducedRelative(ws, i)) {
      // (`I can tell the House today that`: a modal or an auxiliary right before the verb is of its group.)
      const groupTail = seenVerb && i >= 2 && (MODALS.has(ws[i - 1]!.lower) || AUXILIARIES.has(ws[i - 1]!.lower)) && PRONOUNS.has(ws[i - 2]!.lower);
      if (REPORTING_VERBS.has(l) && (!seenVerb || groupTail)) {
        const from = reportedStart(ws, i);
        if (from > i) {
          seenVerb = true;
          cut({ at: from, kind: 'reported', lead: ws[from - 1]!.lower === 'that' ? 'that' : '', body: from });
          seenVerb = false;
          i = from - 1;
          continue;
        }
      }
      // `..., state media reported on Friday.`: a short trailing saying attributes what came before.
      if (REPORTING_VERBS.has(l) && seenVerb) {
        const lastCut = cuts[cuts.length - 1]!;
        let c = i - 1;
        while (c > lastCut.at && c > i - 6 && !isComma(ws[c])) c--;
        // What follows the saying up to the next comma (`said on Wednesday, a week after ...`).
        let e = i + 1;
        while (e < ws.length && e < i + 14 && !isComma(ws[e]) && ws[e]!.text !== ';') e++;
        const rest = ws.slice(i + 1, e);
        // (`, and residents were told to wait` is a clause of its own, not an attribution.)
        const coordinatedClause = COORDINATORS.has(ws[c + 1]?.lower ?? '') && !PREPOSITIONS.has(ws[c + 2]?.lower ?? '');
        if (isComma(ws[c]) && !coordinatedClause && (e < ws.length || rest.length <= 12) && rest.length <= 12 && !rest.some((x) => x.lower === 'that' || MODALS.has(x.lower))) {
          cut({ at: c, kind: 'attribution', lead: '', body: c + 1 });
          seenVerb = true;
          bareVerb = false;
          presentS = false;
          continue;
        }
      }
      if (!seenVerb) {
        bareVerb = MODALS.has(l) || (isBareVerbShape(w) && !AUXILIARIES.has(l));
        presentS = !AUXILIARIES.has(l) && isPresentS(l);
      }
      seenVerb = true;
    }
  }

  const endOf = (k: number): number => (k + 1 < cuts.length ? ws[cuts[k + 1]!.at]!.start : span.end);
  const startOf = (c: Cut): number => ws[Math.min(c.at, ws.length - 1)]!.start;
  cuts.forEach((c, k) => {
    const start = c.at === 0 ? span.start : (isComma(ws[c.at]) || ws[c.at]!.text === ';' ? ws[c.at + 1]?.start ?? span.end : startOf(c));
    // `X began in 264 BC, when both sent troops, and ended in 241 BC`: after a subordinate clause set
    // off by commas, `, and` joins the clause that the subordinate one hangs on.
    let parent = k - 1;
    if (c.kind === 'coordinated' && isComma(ws[c.at])) {
      while (parent > 0 && (cuts[parent]!.kind === 'subordinate' || cuts[parent]!.kind === 'participial') && isComma(ws[cuts[parent]!.at])) parent = clauses[parent]!.parent;
    }
    // `Numbers are the highest since counts began in 1974, the trust said`: an attribution reports the clause a
    // subordinate one hangs on, not the subordinate clause.
    if (c.kind === 'attribution') while (parent > 0 && (cuts[parent]!.kind === 'subordinate' || cuts[parent]!.kind === 'participial')) parent = clauses[parent]!.parent;
    // `was arrested in May, charged in June and jailed in July`: each verb of a list goes on from the list's first clause.
    if (c.kind === 'coordinated') while (parent > 0 && cuts[parent]!.kind === 'coordinated' && cuts[parent]!.lead === '') parent = clauses[parent]!.parent;
    clauses.push({ kind: c.kind, lead: c.lead, start, end: endOf(k), bodyStart: ws[c.body]?.start ?? span.end, parent: k === 0 ? -1 : parent, holes: [] });
  });
  // Nested asides become clauses of their own, and holes in the clause around them (both in text order).
  const sequential = clauses.length;
  let parent = 0;
  for (const [i, j] of [...holeEnd].sort((x, y) => x[0] - y[0])) {
    const open = ws[i]!;
    const a = open.start;
    // The hole takes its closing comma or bracket; a relative without commas stops before the main verb.
    const closer = j < ws.length && (isComma(ws[j]) || OPEN_ASIDE(open));
    const b = j >= ws.length ? span.end : closer ? ws[j]!.end : ws[j - 1]!.end;
    while (parent + 1 < sequential && clauses[parent + 1]!.start <= a) parent++;
    const bare = !isComma(open) && !OPEN_ASIDE(open);
    const participle = participleAsides.has(i);
    const kind: ClauseKind = bare || participle ? 'relative' : isComma(open) ? (RELATIVES.has(ws[i + 1]?.lower ?? '') || ws[i + 1]?.lower === 'that' ? 'relative' : 'appositive') : 'parenthetical';
    const inner = bare ? open : isComma(open) ? ws[i + 1]! : ws[i + 1] ?? open;
    const lead = kind === 'relative' && !participle ? inner.lower : '';
    const end = j < ws.length ? ws[j]!.start : span.end;
    // `, who joined Norlake in 2019 and became CEO in 2022,`: a verb coordinated inside a relative aside opens a clause
    // of its own, which goes on from the relative's subject.
    const and = kind === 'relative' ? coordinatedInAside(ws, bare ? i + 1 : i + 2, j) : -1;
    clauses.push({ kind, lead, start: inner.start, end: and >= 0 ? ws[and]!.start : end, bodyStart: kind === 'relative' && (!participle || ASIDE_ADVERBS.has(inner.lower)) ? ws[bare ? i + 1 : i + 2]?.start ?? b : inner.start, parent, holes: [] });
    if (and >= 0) clauses.push({ kind: 'coordinated', lead: 'and', start: ws[and]!.start, end, bodyStart: ws[and + 1]!.start, parent: clauses.length - 1, holes: [] });
    if (parent >= 0) clauses[parent]!.holes.push({ start: a, end: Math.min(b, clauses[parent]!.end) });
  }
  clauses.forEach((c, k) => analyse(text, ws, clauses, k, skip));
  return clauses;
}

/** The `and` in words [from, to) of an aside that joins a second verb to the aside's first one, or -1. */
function coordinatedInAside(ws: readonly Word[], from: number, to: number): number {
  let verb = false;
  for (let k = from; k < to && k < from + REACH; k++) {
    if (ws[k]!.lower === 'and' && verb && k + 1 < to && !ws[k + 1]!.capital && isVerb(ws, k + 1) && !isReducedRelative(ws, k + 1)) return k;
    if (isVerb(ws, k)) verb = true;
  }
  return -1;
}

/** Index of the first word that starts at or after `at`. */
const wordFrom = (ws: readonly Word[], at: number): number => firstIndex(ws, (w) => w.start < at);

/** Index of the word that starts exactly at `at`, or undefined (a bisection: words start in increasing order). */
function wordAt(ws: readonly Word[], at: number): number | undefined {
  const k = wordFrom(ws, at);
  return k < ws.length && ws[k]!.start === at ? k : undefined;
}

/** Whether `w` may end a noun phrase: a word that is no function word (`flood`, `death`, `Pym's`). */
const endsNoun = (w: Word | undefined): boolean => w !== undefined && w.kind === 'word' && !FUNCTION_WORDS.has(w.lower);

/**
 * Whether the word at `i` opens a second noun phrase right after a noun: a determiner (not `that`) or `it` after a word
 * that may end a noun phrase (`the flood | the council`, `Mr Pym's death | it`).
 */
function secondNounPhrase(ws: readonly Word[], i: number): boolean {
  const l = ws[i]?.lower ?? '';
  return ((DETERMINERS.has(l) && l !== 'that') || l === 'it') && endsNoun(ws[i - 1]);
}

/** Subject and verb group of clause `k`, with the subject inherited from the clause it depends on when elided. */
function analyse(text: string, ws: readonly Word[], clauses: Clause[], k: number, skip: (i: number) => number): void {
  const c = clauses[k]!;
  let from = wordAt(ws, c.bodyStart) ?? ws.length;
  const end = wordFrom(ws, c.end);
  // A leading adverbial before a comma (`On Friday,`, `In Almaty,`, `Earlier this month,`) is not the subject.
  // A prepositional head may hold a clause of its own (`In response to questions on what the SCO could do,`),
  // and a verbless appositive may follow it (`, an SCO member,`).
  // Several may stand in a row (`In 1846, at the age of 23, he entered`).
  for (let round = 0, moved = true; moved && round < 3; round++) {
    moved = false;
    const opensWithPreposition = PREPOSITIONS.has(ws[from]?.lower ?? '');
    for (let j = from; j < end && j < from + 24; j++) {
      if (skip(j) !== j) break;
      if (isComma(ws[j])) {
        const head = ws.slice(from, j);
        if (isAdverbialHead(head) && ((opensWithPreposition && !holdsMainClause(ws, from, j)) || !head.some((_, m) => isVerb(ws, from + m)))) {
          from = j + 1;
          let k = from;
          while (k < end && k < from + 8 && !isComma(ws[k]) && !isVerb(ws, k)) k++;
          if (DETERMINERS.has(ws[from]?.lower ?? '') && isComma(ws[k]) && k + 1 < end) from = k + 1;
          c.bodyStart = ws[from]?.start ?? c.end;
          moved = true;
        }
        break;
      }
      if (isVerb(ws, j) && !opensWithPreposition) break;
    }
  }
  // An absolute phrase (`with temperatures dropping`): its -ing word is its verb, the words before it its subject.
  const absoluteIng = c.kind === 'participial' && c.lead === 'with' ? ws.findIndex((w, j) => j > from && j < end && isAbsoluteVerb(ws, j)) : -1;
  // `and close at noon` after `Shops open at 9 a.m.`: a coordinated bare verb opens its clause.
  const bareCoordinated = c.kind === 'coordinated' && from < end && isBareVerbShape(ws[from]!) && isComplementStart(ws[from + 1]);
  // `and written comments can be sent`: a participle before a noun and a verb group describes the subject noun.
  const described = c.kind === 'coordinated' && from + 2 < end && describesNoun(ws, from);
  const v = absoluteIng >= 0 ? absoluteIng
    : described ? firstVerb(ws, from + 2, end, skip)
    : bareCoordinated ? from
    : c.kind === 'relative' ? (isVerb(ws, from) || isVerbForm(ws[from]?.lower ?? '') ? from : firstVerb(ws, from, end, skip)) : firstVerb(ws, from, end, skip);
  if (v >= 0) c.verb = verbGroup(ws, v);
  let ownSubject = v > from ? ws.slice(from, v).filter((w) => !c.holes.some((h) => w.start >= h.start && w.end <= h.end)) : [];
  // `and that autumn joined`: a time phrase before the verb is no subject; `on 30 September she` keeps `she`.
  const timeWord = (w: Word): boolean => TIME_WORDS.has(w.lower) || SEASON_OR_UNIT.has(w.lower) || w.kind === 'num' || w.lower === 'that' || w.lower === 'the' || PREPOSITIONS.has(w.lower) || w.text === ',';
  let lead = 0;
  const first = ownSubject[0]?.lower ?? '';
  const second = ownSubject[1]?.lower ?? '';
  if (PREPOSITIONS.has(first) || TIME_WORDS.has(first) || ((first === 'that' || first === 'the') && (SEASON_OR_UNIT.has(second) || TIME_WORDS.has(second)))) {
    // The phrase ends after its last time word: a month, weekday, season or unit, a year, or a day by its month.
    const isMonth = (w: Word | undefined): boolean => w !== undefined && MONTH_WORDS.has(w.lower);
    for (let m = 0; m < ownSubject.length && timeWord(ownSubject[m]!) && !PRONOUNS.has(ownSubject[m]!.lower); m++) {
      const w = ownSubject[m]!;
      if (TIME_WORDS.has(w.lower) || SEASON_OR_UNIT.has(w.lower) || (w.kind === 'num' && (/^\d{4}$/.test(w.text) || isMonth(ownSubject[m - 1]) || isMonth(ownSubject[m + 1])))) lead = m + 1;
    }
    // `The last confirmed sighting was`, `The next meeting is`: `the` and `last` or `next` before a word that is no time
    // open a noun phrase, not a time.
    if (lead === 2 && first === 'the' && (second === 'last' || second === 'next') && ownSubject.length > 2 && ownSubject[2]!.kind === 'word'
      && !PRONOUNS.has(ownSubject[2]!.lower) && !ownSubject[2]!.capital) lead = 0;
    // `the winter range opens`, `the summer season ends`: `the` and a season before a noun is that noun's modifier.
    if (lead === 2 && first === 'the' && SEASON_NOUNS.has(second) && ownSubject.length > 2 && ownSubject[2]!.kind === 'word' && !PRONOUNS.has(ownSubject[2]!.lower) && !ownSubject[2]!.capital) lead = 0;
    // `Today and tomorrow will stay dry`: times and nothing else right before a main clause's verb are its subject.
    if (c.kind === 'main' && !PREPOSITIONS.has(first) && ownSubject.every((w) => (timeWord(w) && w.text !== ',') || w.lower === 'and' || w.lower === 'or')) lead = 0;
  }
  // `29 September – The walkout begins`, `Mid-November: shops warn`: a date that heads an entry before a dash
  // or colon is no part of the subject.
  for (let m = 1; m < Math.min(ownSubject.length, 8); m++) {
    const w = ownSubject[m]!;
    if (w.text !== '–' && w.text !== '—' && w.text !== ':' && !(w.text === '-' && w.start > ownSubject[m - 1]!.end)) continue;
    const head = ownSubject.slice(0, m);
    if (head.some((x) => x.kind === 'num' || TIME_WORDS.has(x.lower) || SEASON_OR_UNIT.has(x.lower) || MONTH_WORDS.has(x.lower) || x.lower.split('-').some((part) => MONTH_WORDS.has(part) || TIME_WORDS.has(part)))
      && !head.some((x) => PRONOUNS.has(x.lower))) lead = Math.max(lead, m + 1);
    break;
  }
  // `The Minister for Floods (Dr Aisha Rahman): I congratulate`, `Mrs Pelham: We will`: a speaker's name before a colon,
  // in a transcript, is no part of the pronoun's subject after it.
  const colon = ownSubject.length - 2;
  if (colon > 0 && ownSubject[colon]!.text === ':' && PRONOUNS.has(ownSubject[colon + 1]!.lower)) lead = Math.max(lead, colon + 1);
  // `And in sports, Norway's Bjorn Dahlie won`: a coordinator opening the sentence is no part of its subject.
  if (c.kind === 'main' && COORDINATORS.has(ownSubject[lead]?.lower ?? '') && PREPOSITIONS.has(ownSubject[lead + 1]?.lower ?? '')) lead++;
  // `"By 2030, on current trends, the species could ...`: phrases opened by a preposition and closed by a comma, before
  // the subject (inside a quotation too), are adverbials, not the subject.
  for (let q = lead; q < ownSubject.length;) {
    while (q < ownSubject.length && isQuoteMark(ownSubject[q]!.text)) q++;
    if (!PREPOSITIONS.has(ownSubject[q]?.lower ?? '') && !TIME_WORDS.has(ownSubject[q]?.lower ?? '')) break;
    let m = q + 1;
    while (m < ownSubject.length && m <= q + 8 && !isComma(ownSubject[m])) m++;
    if (m >= ownSubject.length - 1 || !isComma(ownSubject[m])) break;
    lead = q = m + 1;
  }
  // `During the storm the roof was torn off`, `Under the plan the council will sell`: a phrase opened by a preposition
  // without its comma ends where a determiner or a subject pronoun opens a second noun phrase right after its noun.
  if (PREPOSITIONS.has(ownSubject[lead]?.lower ?? '')) {
    for (let m = lead + 2; m < Math.min(ownSubject.length, lead + 10); m++) {
      const pronoun = PRONOUNS.has(ownSubject[m]!.lower) && m === ownSubject.length - 1;
      const determiner = DETERMINERS.has(ownSubject[m]!.lower) && ownSubject[m]!.lower !== 'that' && m < ownSubject.length - 1;
      if ((pronoun || determiner) && endsNoun(ownSubject[m - 1])) {
        lead = m;
        break;
      }
    }
  }
  // The closing mark of a quotation before an attribution (`," the mayor said`) is no part of its subject.
  while (lead < ownSubject.length && isQuoteMark(ownSubject[lead]!.text) && c.kind === 'attribution') lead++;
  ownSubject = lead >= ownSubject.length ? [] : ownSubject.slice(lead);
  // `and partly restored`: an adverb of manner alone before a coordinated verb is no subject.
  if (c.kind === 'coordinated' && ownSubject.length === 1 && isMannerAdverb(ownSubject[0]!)) ownSubject = [];
  if (c.kind === 'relative' && (c.lead === 'who' || c.lead === 'which' || c.lead === 'that')) {
    // The antecedent: the name or noun phrase right before the aside.
    const before = clauses[c.parent];
    const at = wordAt(ws, c.start) ?? 0;
    let last = isComma(ws[at - 1]) ? at - 2 : at - 1;
    // `Sandra Whitcombe, 54, who ...`: an age between the name and the pronoun.
    if (ws[last]?.kind === 'num' && isComma(ws[last - 1])) last -= 2;
    // `Mary Cole in 1814, who died`, `the Plough in March 1873, which`: a date phrase between the noun and the pronoun.
    let d = last;
    while (d > last - 3 && (ws[d]?.kind === 'num' || MONTH_WORDS.has(ws[d]?.lower ?? ''))) d--;
    if (d < last && /^(?:in|on|at|during)$/.test(ws[d]?.lower ?? '') && d > 0 && isWord(ws[d - 1])) last = d - 1;
    const np = antecedent(ws, last, c.lead === 'who', before?.start ?? 0);
    if (np) c.antecedent = np;
    if (np && ownSubject.length === 0) c.subject = { text: np, inherited: true };
  }
  // `The chief executive, Martin Oakes, has ...`: the name in the appositive is the subject's name.
  const hole = c.holes[0];
  if (!c.subject && ownSubject.length > 0 && hole && hole.end <= (c.verb?.start ?? c.end) && ownSubject[ownSubject.length - 1]!.end <= hole.start
    && !ownSubject.some((w) => PREPOSITIONS.has(w.lower))) {
    const names = wordsOf(text, hole.start, hole.end).filter((w) => w.text !== ',');
    if (names.length > 0 && names.length <= 4 && names.every((w) => w.capital && w.kind === 'word') && !ownSubject[0]!.capital) {
      c.subject = { text: names.map((w) => w.text).join(' '), inherited: true };
    }
  }
  if (!c.subject && ownSubject.length > 0 && !(ownSubject.length === 1 && !isWord(ownSubject[0]))) {
    const a = ownSubject[0]!.start;
    const b = ownSubject[ownSubject.length - 1]!.end;
    c.subject = { text: text.slice(a, b), span: { start: a, end: b }, inherited: false };
  }
  if (!c.subject && c.parent >= 0 && (c.kind === 'coordinated' || c.kind === 'participial' || (c.kind === 'subordinate' && v === from))) {
    let p = clauses[c.parent]!;
    // `I left when our first was born, and went back in 1963`, `She moved when the war ended and opened a shop`: a verb
    // coordinated after an adverbial clause goes on from the clause that one hangs on, after a comma or when that
    // clause's subject is a person's pronoun and the adverbial clause's is not.
    const host = p.kind === 'subordinate' && p.parent >= 0 ? clauses[p.parent]! : undefined;
    if (c.kind === 'coordinated' && host?.subject && p.subject && (/,\s{0,3}$/.test(text.slice(p.start, c.start))
      || (PRONOUNS.has(host.subject.text.toLowerCase()) && !PRONOUNS.has(p.subject.text.toLowerCase())))) p = host;
    if (p.subject) c.subject = { text: p.subject.text, ...(p.subject.span ? { span: p.subject.span } : {}), inherited: true };
  }
}

/** `written comments can`: a participle at `i` before a plain noun and a modal or an auxiliary. */
function describesNoun(ws: readonly Word[], i: number): boolean {
  const p = ws[i];
  const n = ws[i + 1];
  if (!p || !n || p.kind !== 'word' || p.capital || !isPastVerb(p.lower) || n.kind !== 'word' || n.capital) return false;
  if (DETERMINERS.has(n.lower) || PREPOSITIONS.has(n.lower) || PRONOUNS.has(n.lower) || AUXILIARIES.has(n.lower) || MODALS.has(n.lower) || COORDINATORS.has(n.lower)) return false;
  const after = ws[i + 2]?.lower ?? '';
  return MODALS.has(after) || AUXILIARIES.has(after);
}

/** The name (for `who`) or determined noun phrase ending at word `i` (inclusive), bounded; '' when none. */
function antecedent(ws: readonly Word[], i: number, person: boolean, floor: number): string {
  let k = i;
  if (person) {
    // Names joined by `or`/`and` refer together (`City or Coventry, who meet tonight`).
    const names = (): void => {
      while (k >= 0 && k > i - 7 && ws[k]!.start >= floor && isWord(ws[k]) && (ws[k]!.capital || (/^(?:or|and)$/.test(ws[k]!.lower) && k < i && ws[k - 1]?.capital === true))) k--;
    };
    names();
    // `a 30-year-old from Leeds who`, `Ann Hale of Bristol, who`: a place after `from` (not after a verb: `received
    // from Cllr Dent, who`), or after a name and `of`, is not the person; the noun phrase or the name before it is (`the resignation of Ana Costa, who` keeps `Ana Costa`).
    if (k < i && k > 0 && ws[k - 1]!.start >= floor && ((ws[k]!.lower === 'from' && !isVerb(ws, k - 1) && !isPastVerb(ws[k - 1]!.lower)) || (ws[k]!.lower === 'of' && ws[k - 1]!.capital)) && isWord(ws[k - 1])) {
      i = k - 1;
      k = i;
      names();
    }
    if (k < i) return ws.slice(k + 1, i + 1).map((w) => w.text).join(' ');
    // `anyone who`, `the two men who`: no name, so the noun phrase.
    // (`a 30-year-old who`: a number joined to its noun is a noun.)
    if (!isWord(ws[i]) || (ws[i]!.kind !== 'word' && !/\d-\p{L}/u.test(ws[i]!.text))) return '';
    k = i;
  }
  // The object noun phrase after the verb before it (`closed a research center in Austin, Texas`), else
  // the phrase from the last determiner.
  while (k >= 0 && k > i - 12 && ws[k]!.start >= floor && !isVerb(ws, k) && ws[k]!.text !== ';') k--;
  let from = -1;
  if (k >= 0 && isVerb(ws, k)) for (let j = k + 1; j <= i && from < 0; j++) if (DETERMINERS.has(ws[j]!.lower)) from = j;
  // `finding Tom Reyes, a 30-year-old from Leeds who`: an appositive opened by a determiner after a comma is the phrase described.
  for (let j = from + 2; from >= 0 && j <= i; j++) if (isComma(ws[j - 1]) && DETERMINERS.has(ws[j]!.lower)) from = j;
  if (from < 0) for (let j = i; j > i - 8 && j >= 0 && isWord(ws[j]) && !isVerb(ws, j); j--) if (DETERMINERS.has(ws[j]!.lower)) { from = j; break; }
  // `Quiet Harbour, which opens today`: with no determiner, a name of capitalized words is the antecedent.
  if (from < 0 && ws[i]?.capital) for (from = i; from > i - 6 && from > 0 && ws[from - 1]!.start >= floor && isWord(ws[from - 1]) && ws[from - 1]!.capital; from--);
  // `a trial in children aged 12 to 17, which began`: a number that ends a phrase after a participle is no noun; the
  // determined phrase before the participle is the one described.
  if (from < 0 && ws[i]?.kind === 'num') {
    let p = i - 1;
    while (p > i - 5 && p > 0 && isWord(ws[p]) && !isPastVerb(ws[p]!.lower)) p--;
    if (p > 0 && isPastVerb(ws[p]!.lower) && !AUXILIARIES.has(ws[p]!.lower)) {
      for (let j = p - 1; j > p - 8 && j >= 0 && ws[j]!.start >= floor && isWord(ws[j]) && !isVerb(ws, j); j--) {
        if (DETERMINERS.has(ws[j]!.lower)) return ws.slice(j, p).map((w) => w.text).join(' ');
      }
    }
  }
  if (from < 0) from = i;
  // `a confidence vote next Wednesday after a row over rail funding that ...`: the last determined phrase
  // after a preposition (other than `of`) is the one described.
  for (let j = from + 1; j < i; j++) if (PREPOSITIONS.has(ws[j]!.lower) && ws[j]!.lower !== 'of' && DETERMINERS.has(ws[j + 1]?.lower ?? '')) from = j + 1;
  return ws.slice(from, i + 1).map((w) => w.text).join(' ').replace(/ ,/g, ',');
}

/**
 * The innermost clause holding [start, end): a nested aside before the clause around it. Clauses
 * are as `clausesOf` returns them: the ones that follow one another first, then the asides, each
 * part in text order; both are searched by bisection.
 */
export function clauseAt(clauses: readonly Clause[], start: number, end: number): number {
  const split = firstIndex(clauses, (c) => !NESTED.has(c.kind));
  const opensBy = (c: Clause): boolean => c.start <= start;
  const aside = firstIndex(clauses, opensBy, split) - 1;
  if (aside >= split && end <= clauses[aside]!.end) return aside;
  const seq = firstIndex(clauses, opensBy, 0, split) - 1;
  return seq >= 0 ? seq : split > 0 ? 0 : -1;
}

/** A lower-case word shaped like a verb's bare form: no -s, -ed, -ing or -ly ending, no function word. */
/** Verbs that tell a thing's start or end (`begins`, `closed`), whose subject is often an -ing noun (`voting closes`). */
const ASPECT_VERBS = /^(?:begins?|began|starts?|started|ends?|ended|opens?|opened|closes?|closed|resumes?|resumed|finishes|finished|stops|stopped|restarts?|restarted)$/;
/**
 * Whether the -ing word at `ing` is the subject of the verb right after it (`when trading begins at 9:30`, `while
 * boarding was delayed`), not a participle (`when trading shares`, `while running errands`): that verb is an
 * auxiliary, a modal, or a verb of starting or ending.
 */
function gerundSubject(ws: readonly Word[], ing: number): boolean {
  const w = ws[ing + 1];
  if (!w || w.kind !== 'word' || !/^[a-z]{3,}ing$/.test(ws[ing]?.text ?? '')) return false;
  return AUXILIARIES.has(w.lower) || MODALS.has(w.lower) || ASPECT_VERBS.test(w.lower);
}

function isBareVerbShape(w: Word): boolean {
  const l = w.lower;
  return isWord(w) && !w.capital && w.kind === 'word' && /^[a-z]{3,}$/.test(w.text) && !/(?:s|ed|ing|ly)$/.test(l) && !isPastVerb(l)
    && !PREPOSITIONS.has(l) && !DETERMINERS.has(l) && !COORDINATORS.has(l) && !PRONOUNS.has(l) && !SUBORDINATORS.has(l) && !RELATIVES.has(l) && !MODALS.has(l) && !AUXILIARIES.has(l) && !AMOUNT_LEADS.has(l);
}

const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands|millions)$/;
/** A word that opens a verb's complement, a number word or a name too (`close two plants`, `host Penhill`). */
/**
 * When the words from `from` are a short time phrase closed by a comma right before a verb (`three months later,
 * overturned`, `on 3 May, sold`: a time word, a unit or a number in it), the index of that verb; else -1.
 */
function timeSetOffBeforeVerb(ws: readonly Word[], from: number): number {
  for (let j = from + 1; j < ws.length && j < from + 7; j++) {
    if (!isComma(ws[j])) continue;
    const timed = ws.slice(from, j).some((x) => TIME_WORDS.has(x.lower) || SEASON_OR_UNIT.has(x.lower) || x.kind === 'num');
    return timed && isVerb(ws, j + 1) && !ws[j + 1]!.capital ? j + 1 : -1;
  }
  return -1;
}

/** Adverbs of sequence that may open a coordinated clause before its verb (`and then travels`, `and later became`). */
const SEQUENCE_ADVERBS = new Set(['then', 'later', 'also', 'eventually', 'finally', 'soon', 'subsequently']);
/** Words in -ly that are no adverbs of manner or degree (nouns, adjectives, a month). */
const NOT_MANNER_LY = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'family', 'supply', 'holy', 'likely', 'lovely', 'friendly', 'elderly', 'july', 'italy', 'rally', 'belly', 'jelly', 'ally', 'bully']);
/** Words back from a coordinator that the verb of the clause before it may stand. */
const COORDINATED_VERB_REACH = 12;
/**
 * The clause before the coordinator at `i` tells the past (`was cut`, `sank`): a past form after it is then a second verb
 * of its own (`and partly restored`), not a participle used as an adjective (`is running but fully booked`).
 */
function toldInPastBefore(ws: readonly Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - COORDINATED_VERB_REACH; k--) {
    const l = ws[k]!.lower;
    if (l === 'is' || l === 'are' || l === 'am' || MODALS.has(l)) return false;
    if (l === 'was' || l === 'were' || l === 'had' || (isPastVerb(l) && isVerb(ws, k))) return true;
  }
  return false;
}
/** An adverb of manner or degree (`partly`, `briefly`, `fully`), told by its shape. */
const isMannerAdverb = (w: Word): boolean => w.kind === 'word' && !w.capital && w.lower.length >= 5 && w.lower.endsWith('ly') && !NOT_MANNER_LY.has(w.lower);

/** A verb's form in -s (`leaves`, `returns`), not a word that merely ends in s (`across`, `bus`, `this`). */
function isPresentS(l: string): boolean {
  return /^[a-z]{3,}s$/.test(l) && !/(?:ss|us|is)$/.test(l);
}

function isComplementStart(w: Word | undefined): boolean {
  return opensComplement(w) || (w !== undefined && (NUMBER_WORDS.test(w.lower) || (w.kind === 'word' && w.capital && !TIME_WORDS.has(w.lower))));
}
