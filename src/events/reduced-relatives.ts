/**
 * A reduced relative after a clause's object that a date phrase dates: `reached the last of 14 miners trapped since
 * Saturday in a collapsed mine`, `will recall 210,000 vehicles built between March 2023 and June 2025`. The
 * participle tells a happening of the noun before it, at that date; the clause's own verb is not dated by it. The
 * clause layer reads such a participle as no verb and makes no clause of it: here it becomes a relative aside of
 * its clause, with the noun phrase as its subject.
 */
import type { TextSpan } from '../model/types.js';
import { clauseAt, type Clause } from '../text/clauses.js';
import { AUXILIARIES, COORDINATORS, DETERMINERS, IRREGULAR_PARTICIPLES, MODALS, PREPOSITIONS, PRONOUNS, RELATIVES, REPORTING_VERBS, SUBORDINATORS, isPastVerb } from '../text/lexicon.js';
import type { VerbGroup } from '../text/verbs.js';
import { wordsOf, type Word } from '../text/words.js';
import { isSpace } from '../text/tokens.js';

const NESTED: ReadonlySet<Clause['kind']> = new Set(['relative', 'appositive', 'parenthetical']);
/** Prepositions that open the date right after the participle (`trapped since`, `built between`). */
const DATE_OPENERS = /^\s{1,3}(?:since|between|from|in|on|during|at|until|before|after|through|throughout)\s{1,3}(?:the\s{1,3})?$/i;
/** Prepositions that open the date right after the participle, as words. */
const OPENER_WORDS: ReadonlySet<string> = new Set(['since', 'between', 'from', 'in', 'on', 'during', 'at', 'until', 'before', 'after', 'through', 'throughout']);

/** Whether the text before a date ends with a participle-shaped word and its preposition (`trapped since `, `built in the `). */
function participleBefore(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trim().split(/\s+/).slice(-3);
  if (words[words.length - 1] === 'the') words.pop();
  const [participle, opener] = words.slice(-2);
  return participle !== undefined && opener !== undefined && OPENER_WORDS.has(opener)
    && participleShaped(participle);
}
/** A word shaped as a participle: an irregular one or a word in -ed (`built`, `announced`). */
const participleShaped = (w: string): boolean => IRREGULAR_PARTICIPLES.has(w) || /^[a-z]{3,24}ed$/.test(w);

/** The end of text[from, e) with its trailing spaces left out. */
function endBeforeSpaces(text: string, from: number, e: number): number {
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}
/** The start of the word that ends at `e`, read back no further than `from`. */
function wordStart(text: string, from: number, e: number): number {
  while (e > from && !isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Whether the text before a date ends with a participle-shaped word and a space right before it (`announced last Wednesday`). */
function participleRightBefore(before: string): boolean {
  if (before.length === 0 || !isSpace(before.charCodeAt(before.length - 1))) return false;
  const e = endBeforeSpaces(before, 0, before.length);
  return participleShaped(before.slice(wordStart(before, 0, e), e));
}
/**
 * Whether text[from, at) ends with a space after a date's preposition (`since `, `in the `), read from the end
 * without a copy: both checks below need it (their last word, `the` aside, is an opener), and most dates have none.
 */
function openerBefore(text: string, from: number, at: number): boolean {
  if (at <= from || !isSpace(text.charCodeAt(at - 1))) return false;
  let e = at;
  for (let words = 0; words < 2; words++) {
    e = endBeforeSpaces(text, from, e);
    const s = wordStart(text, from, e);
    if (s === e) return false;
    const word = text.slice(s, e);
    if (word !== 'the') return OPENER_WORDS.has(word);
    e = s;
  }
  return false;
}

/** How many words a place phrase between the participle and the date's preposition may have (`declared in the southern provinces on`). */
const PHRASE_WORDS = 4;

/**
 * Whether the text before a date ends with a participle, a short prepositional phrase and the date's preposition
 * (`declared in the southern provinces on `, `recorded at the Leeds station in `): words only, no comma.
 */
function participleAndPhraseBefore(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  const words = before.trim().split(/\s+/).slice(-(PHRASE_WORDS + 4));
  if (words[words.length - 1] === 'the') words.pop();
  if (!OPENER_WORDS.has(words[words.length - 1] ?? '')) return false;
  for (let q = words.length - 3; q >= 1 && q >= words.length - PHRASE_WORDS - 2; q--) {
    const participle = words[q - 1]!;
    if (PREPOSITIONS.has(words[q]!) && participleShaped(participle)) {
      return words.slice(q, -1).every((w) => /^[\w'’-]+$/.test(w));
    }
  }
  return false;
}

/** A verb group that cannot take a past date itself: a present, a present perfect or a future (`has been updated`, `will list`). */
function takesNoPastDate(text: string, v: NonNullable<Clause['verb']>): boolean {
  const first = text.slice(v.start, v.end).trim().split(/\s+/)[0]!.toLowerCase();
  return /^(?:is|are|am|has|have|will|shall)$/.test(first) || (v.tense !== 'past' && !v.modal);
}

/** At most this many reduced relatives in one sentence. */
const MAX_RELATIVES = 8;
/** How many words the noun phrase between the clause's verb and the participle may have. */
const OBJECT_WORDS = 8;

/** A participle form: an -ed word or an irregular participle (`built`, `held`), not a simple past (`rose`). */
const isParticiple = (w: Word): boolean => w.kind === 'word' && !w.capital && (IRREGULAR_PARTICIPLES.has(w.lower) || (/^[a-z]{3,}ed$/.test(w.lower)));

/** Adverbs that stand inside a verb group before its participle (`was first raised`, `had recently closed`). */
const VERB_GROUP_ADVERBS: ReadonlySet<string> = new Set(['first', 'last', 'also', 'not', 'never', 'then', 'later', 'once', 'since', 'already',
  'still', 'just', 'recently', 'originally', 'previously', 'subsequently', 'formerly', 'finally', 'initially', 'twice', 'again', 'newly',
  'fully', 'partly', 'largely', 'widely', 'only', 'long', 'briefly', 'eventually', 'officially', 'reportedly', 'allegedly']);

/** Words that count a noun (`several vehicles`, `14 miners`). */
const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'several', 'few', 'more', 'most', 'all', 'both', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'millions']);

/** Whether words open a noun phrase: a determiner or a count, or a short bare noun phrase (`products`, `older cars`). */
function opensNounPhrase(words: readonly Word[]): boolean {
  const first = words[0]!;
  if (DETERMINERS.has(first.lower) || QUANTIFIERS.has(first.lower) || first.kind === 'num') return true;
  return words.length <= 2 && endsNounPhrase(first) && !PARTICLES.has(first.lower);
}
/** Particles of phrasal verbs (`set up with`), which open no noun phrase. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down', 'away', 'back', 'over', 'in', 'on']);

/** A word that is a verb form whatever its place: an auxiliary, a modal or a past form (`reached`, `took`). */
const isVerbForm = (w: Word): boolean => w.kind === 'word' && !w.capital && (AUXILIARIES.has(w.lower) || MODALS.has(w.lower) || isPastVerb(w.lower));

/**
 * A word that may end a noun phrase before the participle (`miners`, `vehicles`), not a function word (nor a
 * subordinator: `will be paid as expected on 30 June` has no noun before `expected`).
 */
function endsNounPhrase(w: Word | undefined): boolean {
  if (!w || w.kind !== 'word') return false;
  const l = w.lower;
  return !PREPOSITIONS.has(l) && !DETERMINERS.has(l) && !AUXILIARIES.has(l) && !MODALS.has(l) && !PRONOUNS.has(l) && !COORDINATORS.has(l) && !RELATIVES.has(l)
    && !SUBORDINATORS.has(l) && !/ly$/.test(l);
}

/**
 * Where the reduced relative ends: at a comma, a semicolon, a `to`-infinitive, a relative pronoun, a coordinator
 * right after its date, before another date (and its preposition: `the plant opened in 1990 | on Monday`), or at the
 * clause's end.
 */
function relativeEnd(ws: readonly Word[], from: number, clauseEnd: number, nextDate: number, dateEnd: number): number {
  for (let k = from; k < ws.length; k++) {
    const w = ws[k]!;
    if (w.start >= clauseEnd) return clauseEnd;
    // (`declared on 11 May and the suspension of flights`: a coordinator right after the date joins the clause's objects.)
    if (COORDINATORS.has(w.lower) && k > from && ws[k - 1]!.end === dateEnd) return dateEnd;
    if (w.start >= nextDate) return ws[PREPOSITIONS.has(ws[k - 1]!.lower) && k - 2 >= from ? k - 2 : k - 1]!.end;
    if (w.text === ',' || w.text === ';' || w.text === ':' || w.lower === 'to' || RELATIVES.has(w.lower) || w.lower === 'that') return ws[k - 1]!.end;
  }
  return clauseEnd;
}

/** The relative aside for a date of clause `c` (`next`: where the next date starts), or null when the date is no reduced relative's. */
function datedRelative(text: string, clauses: readonly Clause[], index: number, date: TextSpan, next: number, rangeEnd: number): Clause | null {
  const c = clauses[index]!;
  if (!c.verb || date.start <= c.verb.end || c.holes.some((h) => h.start < date.end && date.start < h.end)) return null;
  const ws = wordsOf(text, c.verb.end, c.end);
  // The participle: the word right before the date's preposition (and `the`).
  let before = ws.findIndex((w) => w.end > date.start);
  if (before < 0) before = ws.length;
  let p = -1;
  for (let k = before - 1; k >= 0 && k >= before - 3; k--) if (DATE_OPENERS.test(text.slice(ws[k]!.end, date.start))) { p = k; break; }
  // `has been updated to reflect the state of emergency declared in the southern provinces on 11 May`: a place phrase
  // may stand between the participle and the date when the clause's own verb cannot take a past date.
  const phrase = p >= 0 && !isParticiple(ws[p]!) && takesNoPastDate(text, c.verb) ? participleBeforePhrase(ws, p) : -1;
  if (phrase >= 0) p = phrase;
  const participle = ws[p];
  // (`the 28,000 systems Sun shipped in`: after a name, the -ed word is the finite verb of a relative clause.)
  if (!participle || p < 1 || !isParticiple(participle) || !endsNounPhrase(ws[p - 1]) || ws[p - 1]!.capital) return null;
  // The noun phrase: the object of the last verb before the participle (the clause's, or one the clause layer missed:
  // `Rescue teams on Wednesday reached the last of 14 miners trapped`), a few words with no comma or connective.
  let from = p - 1;
  // (Past a phrase, the object may follow an infinitive: `to reflect the state of emergency declared in ...`.)
  while (from > 0 && !isVerbForm(ws[from - 1]!) && !(phrase >= 0 && from >= 2 && ws[from - 2]!.lower === 'to')) from--;
  // `set off on Tuesday with twelve kilos each and a guidebook printed in 1998`: after a coordinator, the noun phrase
  // right before the participle is the object (after a preposition it is not: `set up with a gift donated in 1931`).
  // (Not after a verb of saying: `said its net loss for the quarter narrowed from` tells what was said.)
  for (let q = p - 1; q > from && !REPORTING_VERBS.has(c.verb.head); q--) {
    const l = ws[q - 1]!.lower;
    if (COORDINATORS.has(l) && opensNounPhrase(ws.slice(q, p)) && DETERMINERS.has(ws[q]!.lower)) { from = q; break; }
  }
  const object = ws.slice(from, p);
  if (object.length === 0 || object.length > OBJECT_WORDS || !opensNounPhrase(object)) return null;
  if (object.some((w) => w.kind === 'punct' || COORDINATORS.has(w.lower) || RELATIVES.has(w.lower) || w.lower === 'that')) return null;
  // `was first raised in`, `was last strengthened in`: an adverb in a verb group, no object.
  if (object.length === 1 && VERB_GROUP_ADVERBS.has(object[0]!.lower)) return null;
  // With no verb of its own before the object, the clause's verb must read as one (not `Dock workers` misread).
  if (from === 0 && c.verb.tense === 'present' && !c.verb.modal) return null;
  const antecedent = text.slice(object[0]!.start, object[object.length - 1]!.end);
  const end = relativeEnd(ws, p + 1, c.end, next, rangeEnd);
  return {
    kind: 'relative', lead: '', start: participle.start, end, bodyStart: participle.start, parent: index, holes: [],
    subject: { text: antecedent, inherited: true }, antecedent,
    verb: { start: participle.start, end: participle.end, head: participle.lower, tense: 'past', modal: false, negated: false },
  };
}

/**
 * `The hosepipe ban announced last Wednesday comes into force on Friday`, `The bridge built in 1890 was demolished in
 * 1990`: a participle after the subject's noun, dated right after it, tells a happening of the noun at that date when
 * the clause's own verb has a date of its own after it (`later`: whether it has), and also when it has none (`The
 * minutes of the meeting held on 10 February were approved`). The relative aside, or null.
 */
function subjectRelative(text: string, clauses: readonly Clause[], index: number, date: TextSpan, dateEnd: number, later: boolean): Clause | null {
  const c = clauses[index]!;
  // (An attribution's date is the statement's: `, figures published on Tuesday showed.`)
  if (!c.verb || (!later && c.kind === 'attribution') || date.start < c.bodyStart || dateEnd > c.verb.start || c.holes.some((h) => h.start < dateEnd && date.start < h.end)) return null;
  const ws = wordsOf(text, c.bodyStart, c.verb.start);
  const b = ws.findIndex((w) => w.end > date.start);
  if (b < 2) return null;
  // The participle right before the date (`announced last Wednesday`), or before its preposition (`built in`, `built in the`).
  let p = b - 1;
  if (ws[p]!.lower === 'the' && p > 0) p--;
  if (OPENER_WORDS.has(ws[p]!.lower)) p--;
  // (Past a place it came from or was in, `posted in Whitby in the summer of 1983`, `brought in from Glasgow on Monday`.)
  if (ws[p] && !isParticiple(ws[p]!)) p = participleBeforePlace(ws, p);
  const participle = ws[p];
  if (!participle || p < 1 || !isParticiple(participle) || !endsNounPhrase(ws[p - 1]) || ws[p - 1]!.capital) return null;
  const subject = ws.slice(0, p);
  if (!opensNounPhrase(subject) || subject.some((w) => w.kind === 'punct' || isVerbForm(w) || RELATIVES.has(w.lower) || w.lower === 'that')) return null;
  // Nothing but the date's own words between it and the verb.
  if (wordsOf(text, dateEnd, c.verb.start).length > 0) return null;
  // With no date of the clause's own, the participle's date is the only happening the sentence dates (`The minutes of
  // the meeting held on 10 February were approved`): it tells what was done to the noun right before it, after `of`.
  if (!later) {
    let of = subject.length - 1;
    while (of >= 0 && subject[of]!.lower !== 'of') of--;
    if (of >= 0 && of + 1 < subject.length && DETERMINERS.has(subject[of + 1]!.lower)) subject.splice(0, of + 1);
  }
  const antecedent = text.slice(subject[0]!.start, subject[subject.length - 1]!.end);
  return {
    kind: 'relative', lead: '', start: participle.start, end: dateEnd, bodyStart: participle.start, parent: index, holes: [],
    subject: { text: antecedent, inherited: true }, antecedent,
    verb: { start: participle.start, end: participle.end, head: participle.lower, tense: 'past', modal: false, negated: false },
  };
}

/** Particles a participle may take before a place (`brought in from`, `sent back to`). */
const PLACE_PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set(['in', 'out', 'up', 'down', 'back', 'off', 'over']);
/** Prepositions of a place phrase after a participle (`posted in Whitby`, `flown from Lisbon`). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(['in', 'at', 'from', 'to', 'near', 'outside', 'into']);
/**
 * The index of a participle before a place name of one or two capitalized words ending at `q` (`posted in Whitby`,
 * `brought in from Glasgow`, `found near New Mills`), or -1.
 */
function participleBeforePlace(ws: readonly Word[], q: number): number {
  let k = q;
  while (k > q - 2 && k >= 0 && ws[k]!.kind === 'word' && ws[k]!.capital) k--;
  if (k === q || k < 1 || !PLACE_PREPOSITIONS.has(ws[k]!.lower)) return -1;
  k--;
  if (k >= 1 && PLACE_PARTICLES.has(ws[k]!.lower) && isParticiple(ws[k - 1]!)) k--;
  return isParticiple(ws[k]!) ? k : -1;
}

/**
 * `Bulbs planted in 2019 flowered in 2021`: after a subject with no determiner the clause layer reads the participle
 * as the clause's verb. When a past verb follows the participle's date, that verb is the clause's and the participle a
 * reduced relative of the subject. The relative aside and the clause's verb, or null.
 */
function misreadParticipleVerb(text: string, clauses: readonly Clause[], index: number, date: TextSpan, dateEnd: number, nextDate: number): { relative: Clause; verb: VerbGroup } | null {
  const c = clauses[index]!;
  const v = c.verb;
  // (A cheap look first: the date stands a preposition or two after the verb, `planted in the 2019`.)
  if (!v || c.kind !== 'main' || !c.subject || c.subject.inherited || date.start < v.end || date.start - v.end > 16 || v.modal || v.negated) return null;
  const group = wordsOf(text, v.start, v.end);
  if (group.length !== 1 || !isParticiple(group[0]!)) return null;
  const subject = wordsOf(text, c.bodyStart, v.start);
  if (subject.length === 0 || subject.length > 3 || DETERMINERS.has(subject[0]!.lower) || subject.some((w) => w.kind !== 'word' || PRONOUNS.has(w.lower))) return null;
  // Only the date's preposition between the participle and the date (`planted in 2019`).
  const gap = wordsOf(text, v.end, date.start);
  if (gap.length > 2 || (gap.length > 0 && !OPENER_WORDS.has(gap[0]!.lower)) || (gap.length === 2 && gap[1]!.lower !== 'the')) return null;
  // The clause's verb right after the date: a past (`flowered`) or a form of `be` (`Sweet peas sown in October are ready`),
  // not a participle that names a date of its own (`in the quarter ended Sept. 30`).
  const next = wordsOf(text, dateEnd, Math.min(c.end, dateEnd + 40))[0];
  if (!next || next.kind !== 'word' || next.capital || (!isPastVerb(next.lower) && !BE_VERBS.has(next.lower)) || HAVE_VERBS.has(next.lower)) return null;
  if (nextDate - next.end <= 1) return null;
  const antecedent = text.slice(subject[0]!.start, subject[subject.length - 1]!.end);
  const participle = group[0]!;
  return {
    relative: {
      kind: 'relative', lead: '', start: participle.start, end: dateEnd, bodyStart: participle.start, parent: index, holes: [],
      subject: { text: antecedent, inherited: true }, antecedent,
      verb: { start: participle.start, end: participle.end, head: participle.lower, tense: 'past', modal: false, negated: false },
    },
    verb: { start: next.start, end: next.end, head: next.lower, tense: /^(?:is|are)$/.test(next.lower) ? 'present' : 'past', modal: false, negated: false },
  };
}
/** Forms of `be` that may be a clause's whole verb (`are ready`). */
const BE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Forms of `have`, which open a perfect the clause layer reads whole. */
const HAVE_VERBS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** The participle before a prepositional phrase that ends at word `p` (`declared | in the southern provinces`), or -1. */
function participleBeforePhrase(ws: readonly Word[], p: number): number {
  for (let q = p; q >= 1 && q >= p - PHRASE_WORDS + 1; q--) {
    const w = ws[q]!;
    if (w.kind !== 'word' && w.kind !== 'num') return -1;
    if (q < p && (COORDINATORS.has(w.lower) || RELATIVES.has(w.lower) || isVerbForm(w))) return -1;
    if (PREPOSITIONS.has(w.lower) && isParticiple(ws[q - 1]!)) return q - 1;
  }
  return -1;
}

/** Between two dates of one range (`between March 2023 and June 2025`, `from 1990 to 1995`, `1939–45`). */
const RANGE_JOIN = /^\s{0,3}(?:and|to|until|till|through|[-–—])\s{0,3}$/i;

/** The last date of the range that `dates[i]` opens (`dates[i]` itself when it opens none). */
function rangeLast(text: string, dates: readonly TextSpan[], i: number): number {
  let k = i;
  while (k + 1 < dates.length && RANGE_JOIN.test(text.slice(dates[k]!.end, dates[k + 1]!.start))) k++;
  return k;
}

/** Where the first date after `dates[i]` that is no end of a range with it starts; Infinity when none. */
const nextApart = (text: string, dates: readonly TextSpan[], i: number): number => dates[rangeLast(text, dates, i) + 1]?.start ?? Infinity;

/**
 * `clauses` with a relative aside for each date that a reduced relative after a clause's object holds (see the
 * module's note), a hole in its clause; `clauses` itself when there is none. `dates` in text order.
 */
export function withDatedReducedRelatives(text: string, clauses: Clause[], dates: readonly TextSpan[]): Clause[] {
  const found: Clause[] = [];
  /** The verbs of clauses that read a participle as theirs (by clause index). */
  const verbs = new Map<number, VerbGroup>();
  for (let i = 0; i < dates.length && found.length < MAX_RELATIVES; i++) {
    const d = dates[i]!;
    const misread = clauses.length > 0 ? misreadParticipleVerb(text, clauses, clauseAt(clauses, d.start, d.end), d, dates[rangeLast(text, dates, i)]!.end, nextApart(text, dates, i)) : null;
    if (misread && !found.some((r) => r.start === misread.relative.start)) {
      found.push(misread.relative);
      verbs.set(misread.relative.parent, misread.verb);
      continue;
    }
    // Only a date right after a participle and its preposition is tried (a cheap look at the words before it).
    // (Both of the first checks below need a date's preposition before it, and so does the later one; most dates have none.)
    const opener = openerBefore(text, Math.max(0, d.start - 60), d.start);
    const before = text.slice(Math.max(0, d.start - 60), d.start);
    const rightBefore = participleRightBefore(before);
    if (!opener && !rightBefore) continue;
    const k = clauseAt(clauses, d.start, d.end);
    const c = clauses[k];
    if (c && c.verb && d.end <= c.verb.start && !NESTED.has(c.kind) && ((opener && (participleBefore(before.slice(-40)) || participleAndPhraseBefore(before))) || rightBefore)) {
      const last = rangeLast(text, dates, i);
      const later = dates.some((x) => x.start >= c.verb!.end && x.end <= c.end);
      const relative = subjectRelative(text, clauses, k, d, dates[last]!.end, later);
      if (relative && !found.some((r) => r.start === relative.start)) found.push(relative);
      continue;
    }
    if (!opener || (!participleBefore(before.slice(-40)) && !participleAndPhraseBefore(before))) continue;
    // (An attribution's date is the statement's: `said in a report released in the fall`.)
    if (!c || NESTED.has(c.kind) || c.kind === 'attribution' || d.start < c.bodyStart || d.end > c.end) continue;
    const relative = datedRelative(text, clauses, k, d, nextApart(text, dates, i), dates[rangeLast(text, dates, i)]!.end);
    if (relative && !found.some((r) => r.start === relative.start)) found.push(relative);
  }
  if (found.length === 0) return clauses;
  const all = clauses.map((c, k) => ({ ...c, holes: [...c.holes], ...(verbs.has(k) ? { verb: verbs.get(k)! } : {}) }));
  for (const r of found) {
    all[r.parent]!.holes.push({ start: r.start, end: r.end });
    all[r.parent]!.holes.sort((a, b) => a.start - b.start);
    all.push(r);
  }
  // The asides stay after the clauses that follow one another, in text order; parents follow their moves.
  const firstAside = clauses.findIndex((c) => NESTED.has(c.kind));
  const split = firstAside < 0 ? clauses.length : firstAside;
  const order = [...all.keys()].slice(split).sort((a, b) => all[a]!.start - all[b]!.start || a - b);
  const moved = [...all.keys()].slice(0, split).concat(order);
  const indexOf = new Map(moved.map((old, k) => [old, k]));
  return moved.map((old) => {
    const c = all[old]!;
    return c.parent < 0 ? c : { ...c, parent: indexOf.get(c.parent)! };
  });
}
