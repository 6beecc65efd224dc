/**
 * Clause boundaries that a date phrase hides from the clause layer (src/text/clauses.ts), which reads a few words
 * ahead and knows no dates. With the tagger's date extents, two constructions are found again, and each side is
 * analysed as a sentence of its own:
 *
 * - a clause coordinated after `, and` (`, but`) that a date phrase opens or sits in the subject of:
 *   `An inscription of 340 BC records a treaty, and by the end of the 4th century BC the city was minting coins`,
 *   `Rain spreads east on Friday, and temperatures through Sunday will struggle to reach 5C`;
 * - a dated phrase that opens the sentence before a leading adverbial clause, and the main clause after that one:
 *   `On Monday, after talks failed, the union called a strike`;
 * - a clause coordinated by a bare `and` (`but`) right after a date, with a date of its own: its own subject and verb
 *   (`Divers searched the lake on Monday and police closed the road on Tuesday`), or a verb group that shares the
 *   subject before it (`The firm had lost money since 2019 and would close by June`);
 * - a past verb after `, and` that the clause layer read into a participle clause before it, with a date after it
 *   (`was elected in 1997, taking the seat from the Tories, and held it in 2001`): it shares the subject of the
 *   clause the participle clause hangs on;
 * - a reduced relative after a clause's object that a date phrase dates (reduced-relatives.ts).
 *
 * Where the clause layer has already made the cut, nothing changes.
 */
import type { TextSpan } from '../model/types.js';
import { clausesOf, type Clause, type ClauseKind } from '../text/clauses.js';
import { firstIndex } from '../text/search.js';
import { AUXILIARIES, DETERMINERS, MODALS, isPastVerb } from '../text/lexicon.js';
import { withDatedReducedRelatives } from './reduced-relatives.js';

/** Kinds nested inside another clause (asides), listed after the clauses that follow one another. */
const NESTED: ReadonlySet<ClauseKind> = new Set(['relative', 'appositive', 'parenthetical']);
/** `, and` or `, but` before a clause's words. */
const COMMA_COORDINATOR = /,\s{1,3}(and|but)\s{1,3}/g;
/** How many words may stand between the coordinator and the date (`, and by the end of ...`, `, and exports in ...`). */
const WORDS_BEFORE_DATE = 3;
/** How many words may stand between the date and the verb (the subject: `, and in 1974 the pH of the lake fell`). */
const WORDS_BEFORE_VERB = 8;
/** At most this many `, and` before a date are tried in one sentence (each analyses the rest of it: a long list stays as it is). */
const MAX_TRIES = 6;

/** Where the sentence is cut: the next piece starts at `from`; its first clause opens at `opens` with `lead`. */
interface Cut {
  /** End of the piece before (a comma's start). */
  at: number;
  /** Start of the words analysed as the next piece. */
  from: number;
  /** For a coordination: the clause opens at its coordinator, which is its lead. */
  coordinator?: { opens: number; lead: string };
  /** The next piece opens with a verb group that shares the subject of the clause that holds this position (the date before the cut). */
  shares?: number;
  /** The next piece opens with this verb, which the clause layer misread (as no verb, or as a subject's head). */
  verb?: NonNullable<Clause['verb']>;
}

const inside = (spans: readonly TextSpan[], at: number): boolean => spans.some((h) => h.start <= at && at < h.end);

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

/** The first date after `from` with at most WORDS_BEFORE_DATE words before it, or undefined (`dates` in text order). */
function dateOpening(text: string, dates: readonly TextSpan[], from: number): TextSpan | undefined {
  const date = dates[firstIndex(dates, (d) => d.start < from)];
  return date && wordCount(text.slice(from, date.start)) <= WORDS_BEFORE_DATE ? date : undefined;
}

/**
 * Whether the words from `from` to the sentence's end open with a clause of their own: its own subject, and a verb
 * after `date` with a few words and no comma between them.
 */
function opensOwnClause(text: string, from: number, end: number, date: TextSpan): boolean {
  const first = clausesOf(text, { start: from, end })[0];
  if (!first?.verb || !first.subject || first.subject.inherited || first.verb.start < date.end) return false;
  const between = text.slice(date.end, first.verb.start);
  return !between.includes(',') && wordCount(between) <= WORDS_BEFORE_VERB;
}

/** A bare `and` or `but` right after a date. */
const BARE_COORDINATOR = /^\s{1,3}(and|but)\s{1,3}/;
/** A date that is the first of a pair or range (`between May and June`, `from Monday and`): not the end of a clause. */
const PAIR_OPENER = /\b(?:between|from|both)\s{1,3}(?:the\s{1,3})?$/i;

/**
 * `<clause with a date> and <clause with a date>` with no comma: after a date, a bare coordinator that the clause
 * layer read inside the clause (or inside an adverbial opened by the date's preposition). The words after it open a
 * clause with its own subject and verb, or with a verb group first that shares the subject before it; both sides
 * have a date, and the date before the coordinator is not the first of a pair.
 */
function bareCoordinationCuts(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  // Each try analyses the rest of the sentence: a long list of dates stays as it is.
  let tries = 0;
  let seen = 0;
  const told = clauses.reduce((least, c) => (c.verb !== undefined && c.verb.end < least ? c.verb.end : least), Infinity);
  for (const d of dates) {
    if (tries >= MAX_TRIES) break;
    const m = BARE_COORDINATOR.exec(text.slice(d.end, Math.min(sentence.end, d.end + 8)));
    if (!m || ++seen > MAX_TRIES * 4) continue;
    const at = d.end;
    const from = d.end + m[0].length;
    // The words before it tell something (a verb before the date), and the clause layer made no cut there.
    if (told > d.start || clauses.some((c) => c.start >= at && c.start <= from)) continue;
    if (PAIR_OPENER.test(text.slice(Math.max(sentence.start, d.start - 40), d.start))) continue;
    const own = dates[firstIndex(dates, (x) => x.start < from)];
    if (!own || own.start === from || own.start >= sentence.end) continue;
    tries++;
    const first = clausesOf(text, { start: from, end: Math.min(sentence.end, own.end + 200) })[0];
    if (!first?.verb || first.verb.start > own.start) continue;
    const ownSubject = first.subject !== undefined && !first.subject.inherited && first.subject.span !== undefined && first.subject.span.start === from
      && wordCount(text.slice(from, first.verb.start)) <= WORDS_BEFORE_VERB && !text.slice(from, first.verb.start).includes(',');
    const sharedSubject = first.subject === undefined && first.verb.start === from;
    if (ownSubject || sharedSubject) cuts.push({ at, from, coordinator: { opens: at + m[0].indexOf(m[1]!), lead: m[1]!.toLowerCase() }, ...(sharedSubject ? { shares: d.start } : {}) });
  }
  return cuts;
}

/** `, and <date phrase> <subject> <verb>` and `, and <subject with a date> <verb>` inside one clause. */
function coordinationCuts(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  let tries = 0;
  for (const c of clauses) {
    if (NESTED.has(c.kind)) continue;
    const body = text.slice(c.bodyStart, c.end);
    for (const m of body.matchAll(COMMA_COORDINATOR)) {
      const at = c.bodyStart + m.index;
      const from = at + m[0].length;
      // The clause's own words before the coordinator must tell something: a verb, or a date of their own.
      const firstDate = dates[firstIndex(dates, (d) => d.start < c.bodyStart)];
      const told = (c.verb !== undefined && c.verb.end <= at) || (firstDate !== undefined && firstDate.end <= at);
      const date = told && !inside(c.holes, at) ? dateOpening(text, dates, from) : undefined;
      if (!date || tries >= MAX_TRIES) continue;
      tries++;
      if (opensOwnClause(text, from, sentence.end, date)) cuts.push({ at, from, coordinator: { opens: at + m[0].indexOf(m[1]!), lead: m[1]!.toLowerCase() } });
    }
  }
  return cuts;
}

/** A subject pronoun with a contracted auxiliary (`I'll`, `we’re`, `she's`) and the word after it. */
const CONTRACTED_SUBJECT = /^(?:I|you|we|they|he|she|it)['’](?:ll|m|re|ve|d|s)\s{1,3}[a-z]/i;
/** `, so` or `, but` before a clause's words. */
const COMMA_SO_BUT = /,\s{1,3}(so|but)\s{1,3}/g;
/**
 * A comma splice (`I can't come until Monday, my shift ends on Sunday night`): a comma right before a personal pronoun
 * or a possessive that opens a second clause with no coordinator (group 1 is empty).
 */
const COMMA_SPLICE = /,\s{1,3}()(?=(?:his|her|their|my|our|its|he|she|they|we|I)\s)/g;

/**
 * `My train gets in at 11:40, so I'll meet you at the station at noon`, `I have a dinner on Friday, but I'm free on
 * Saturday`: after `, so` (which the clause layer never reads as a coordinator: `so far`, `so that`) or `, but`, a
 * clause with its own subject right after the coordinator, its own verb and a date after that verb, when the words
 * before tell something at a date of their own. Each side is a happening of its own.
 */
function soButCuts(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  let tries = 0;
  for (const c of clauses) {
    if (NESTED.has(c.kind)) continue;
    const own = c.verb ? null : CONTRACTED_SUBJECT.exec(text.slice(c.bodyStart, c.bodyStart + 12));
    const told = c.verb ? c.verb.end : own ? c.bodyStart + own[0].length : undefined;
    if (told === undefined) continue;
    const body = text.slice(c.bodyStart, c.end);
    for (const m of [...body.matchAll(COMMA_SO_BUT), ...body.matchAll(COMMA_SPLICE)]) {
      const at = c.bodyStart + m.index;
      const from = at + m[0].length;
      if (tries >= MAX_TRIES || inside(c.holes, at) || told > at) continue;
      if (!dates.some((d) => d.start >= told && d.end <= at)) continue;
      tries++;
      const first = clausesOf(text, { start: from, end: sentence.end })[0];
      if (!first) continue;
      // (`I'll`, `we're`: a pronoun with its auxiliary, which the clause layer reads as no subject and no verb.)
      const contracted = !first.verb && CONTRACTED_SUBJECT.exec(text.slice(from, from + 12));
      const verbEnd = contracted ? from + contracted[0].length : first.verb?.end;
      if (!contracted) {
        if (!first.verb || !first.subject || first.subject.inherited || first.subject.span?.start !== from) continue;
        const subject = text.slice(from, first.verb.start);
        if (subject.includes(',') || wordCount(subject) > WORDS_BEFORE_VERB) continue;
      }
      if (verbEnd === undefined || !dates.some((d) => d.start >= verbEnd && d.end <= first.end)) continue;
      // (A splice has no coordinator: the clause after it is a main clause of its own.)
      cuts.push(m[1] ? { at, from, coordinator: { opens: at + m[0].indexOf(m[1]), lead: m[1].toLowerCase() } } : { at, from });
    }
  }
  return cuts;
}

/** A present in -s (`moves`, `reaches`), not a word in -ss, -us or -is. */
const isPresentS = (w: string): boolean => /^[a-z]{3,20}s$/.test(w) && !/(?:ss|us|is)$/.test(w);
/** Whether `w` has the form of the verb `head`: both past (`joined`, `married`) or both presents in -s (`opens`, `moves`). */
const sameVerbForm = (head: string, w: string): boolean => !AUXILIARIES.has(w) && (isPastVerb(head) ? isPastVerb(w) : isPresentS(head) && isPresentS(w));
/** Between the verb phrases of a list: a comma, `, and` or a bare `and` (groups 1 and 2 say which has `and`). */
const LIST_JOIN = /,\s{1,2}(and\s{1,2})?|\s{1,2}(and)\s{1,2}/g;
/** How many words may stand between a listed verb and its date (`reaches its greatest at`). */
const WORDS_BEFORE_LISTED_DATE = 5;

/**
 * `In London it begins at 6.16pm, reaches its greatest at 7.13pm and ends ...`, `The fair opens on Friday, moves to the
 * park on Saturday and ...`: after a comma, a verb of the form of the clause's own verb, with a date a few words after
 * it, goes on with the clause's subject, when the clause's verb has a date of its own before the comma. Each verb
 * phrase of the list is a happening at its date. (The clause layer knows no dates, so it cuts such a list only
 * where a year or a count of time follows the verb.)
 */
function verbListCuts(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  let tries = 0;
  clauses.forEach((c, k) => {
    if ((c.kind !== 'main' && c.kind !== 'coordinated') || !c.verb) return;
    const verbWords = text.slice(c.verb.start, c.verb.end).toLowerCase().split(/\s+/);
    const head = verbWords[verbWords.length - 1]!;
    // (Not a verb after a subject with a comma in it, which the clause layer may have misread: `Its profit in fiscal
    // 1998, the three months ended Sept. 30, fell`.)
    if (verbWords.length !== 1 || AUXILIARIES.has(head) || (!isPastVerb(head) && !isPresentS(head)) || text.slice(c.bodyStart, c.verb.start).includes(',')) return;
    // The list runs on over the clauses coordinated after it that share its subject (`and closes on Sunday`).
    let end = c.end;
    for (let j = k + 1; j < clauses.length && clauses[j]!.kind === 'coordinated' && clauses[j]!.subject?.inherited === true; j++) end = clauses[j]!.end;
    let last = c.verb.end;
    let listed = false;
    for (const m of text.slice(c.verb.end, end).matchAll(LIST_JOIN)) {
      if (tries >= MAX_TRIES) break;
      const at = c.verb.end + m.index;
      const from = at + m[0].length;
      const and = m[1] !== undefined || m[2] !== undefined;
      // (A bare `and` goes on a list that a comma opened: `, reaches its greatest at 7.13pm and ends as the Sun sets`.)
      // (Where the clause layer has made the cut before a list, it stands: `when his father died in 1970, and bought a
      // boat`; inside a list, the cut is made again, as the piece before it is analysed anew.)
      if (inside(c.holes, at) || (m[2] !== undefined && !listed) || (!listed && clauses.some((x) => x.start >= at && x.start <= from))) continue;
      // (`Net income for the three months ended Dec. 31 was $1.6 billion, compared`: an auxiliary after the verb tells
      // that the clause layer took a participle for it; no list goes on from it.)
      if (!listed && text.slice(c.verb.end, at).toLowerCase().split(/\s+/).some((x) => AUXILIARIES.has(x))) break;
      const told = dates.find((d) => d.start >= last && d.end <= at);
      const word = /^[a-z]{3,20}/.exec(text.slice(from, from + 21))?.[0];
      if (!told || word === undefined || !sameVerbForm(head, word)) continue;
      const own = dates.find((d) => d.start > from + word.length);
      const between = own ? text.slice(from + word.length, own.start) : '';
      const dated = own !== undefined && own.end <= end && !between.includes(',') && wordCount(between) <= WORDS_BEFORE_LISTED_DATE;
      if (!dated && !(and && listed)) continue;
      tries++;
      const first = clausesOf(text, { start: from, end: sentence.end })[0];
      // (The clause layer reads a present in -s with no subject before it as no verb, `reaches its greatest`, or as the
      // head of a subject, `moves to the town | hall`.)
      const readAsVerb = first !== undefined && first.subject === undefined && first.verb?.start === from;
      const presentMisread = first !== undefined && isPresentS(word) && (first.verb === undefined || first.subject?.span?.start === from);
      if (!readAsVerb && !presentMisread) continue;
      const lead = and ? 'and' : '';
      const verb = readAsVerb ? undefined : { start: from, end: from + word.length, head: word, tense: 'present' as const, modal: false, negated: false };
      cuts.push({ at, from, coordinator: { opens: and ? from - 4 : from, lead }, shares: told.start, ...(verb ? { verb } : {}) });
      last = from;
      listed = true;
    }
  });
  return cuts;
}

/** `, and` right before a verb (read on the few characters before it). */
const COMMA_AND_BEFORE = /,\s{1,3}and\s{1,3}$/;

/**
 * `She was elected in 1997, taking the seat from the Tories, and held it in 2001`: the clause layer runs a participle
 * clause on over `, and` and reads the past verb after it as the participle clause's verb (its subject then `and`).
 * That verb goes on the clause the participle clause hangs on, sharing its subject, when a date follows it.
 */
function participleRunOnCuts(text: string, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  for (const c of clauses) {
    const host = clauses[c.parent];
    if (c.kind !== 'participial' || c.lead !== '' || !c.verb || !host?.verb || !isPastVerb(c.verb.head) || AUXILIARIES.has(c.verb.head)) continue;
    const m = COMMA_AND_BEFORE.exec(text.slice(Math.max(c.start, c.verb.start - 8), c.verb.start));
    if (!m || !/^\p{Ll}{2,20}ing\s/u.test(text.slice(c.start, c.start + 24))) continue;
    if (!dates.some((d) => d.start >= c.verb!.end && d.end <= c.end)) continue;
    const at = c.verb.start - m[0].length;
    cuts.push({ at, from: c.verb.start, coordinator: { opens: at + m[0].indexOf('and'), lead: 'and' }, shares: host.verb.start });
  }
  return cuts;
}

/**
 * `On Monday, after talks failed, the union called a strike`: a dated phrase with no verb opens the sentence, and
 * the adverbial clause after it runs on over the main clause. Cut before that clause, which then leads the rest.
 */
function frontedPhraseCut(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut | null {
  const [phrase, leading] = clauses;
  if (!phrase || !leading || phrase.kind !== 'main' || phrase.verb !== undefined || (leading.kind !== 'subordinate' && leading.kind !== 'participial')) return null;
  if (!dates.some((d) => d.start >= phrase.start && d.end <= phrase.end)) return null;
  const sequential = (cs: readonly Clause[]): number => cs.filter((c) => !NESTED.has(c.kind)).length;
  const rest = clausesOf(text, { start: leading.start, end: sentence.end });
  return sequential(rest) > sequential(clauses) - 1 ? { at: leading.start, from: leading.start } : null;
}

/** The clause a piece's first clause hangs on: the last one before it, past adverbial clauses set off by commas. */
function hostOf(clauses: readonly Clause[], last: number): number {
  let k = last;
  while (k > 0 && (clauses[k]!.kind === 'subordinate' || clauses[k]!.kind === 'participial') && clauses[k]!.parent >= 0) k = clauses[k]!.parent;
  return k;
}

/** Where a clause list's asides start: the clause layer lists the clauses that follow one another first. */
const asidesFrom = (clauses: readonly Clause[]): number => {
  const k = clauses.findIndex((c) => NESTED.has(c.kind));
  return k < 0 ? clauses.length : k;
};

/**
 * A verb group coordinated after a date (`that made radios in 1950 and sold them in 1960`) shares the subject of the
 * innermost clause that holds the date, and hangs on it: a relative clause's second verb still tells of its noun.
 */
function shareSubject(moved: Clause, at: number, sequential: readonly Clause[], asides: readonly Clause[], sequentialTotal: number): void {
  let best = -1;
  let size = Infinity;
  const all = [...sequential, ...asides];
  all.forEach((c, j) => {
    if (c.start <= at && at < c.end && c.end - c.start < size) { best = j; size = c.end - c.start; }
  });
  const lender = all[best];
  if (!lender?.subject) return;
  moved.subject = { ...lender.subject, inherited: true };
  if (NESTED.has(lender.kind)) {
    moved.parent = best < sequential.length ? best : sequentialTotal + best - sequential.length;
    if (lender.antecedent !== undefined) moved.antecedent = lender.antecedent;
  }
}

/** The clauses of the pieces between the cuts, each analysed alone, joined in the clause layer's order. */
function joinPieces(text: string, sentence: TextSpan, cuts: readonly Cut[]): Clause[] {
  const pieces: Clause[][] = [];
  let start = sentence.start;
  for (let k = 0; k <= cuts.length; k++) {
    pieces.push(clausesOf(text, { start, end: k < cuts.length ? cuts[k]!.at : sentence.end }));
    if (k < cuts.length) start = cuts[k]!.from;
  }
  // The clauses that follow one another, of every piece, first; then the asides of every piece. Indices move so.
  const splits = pieces.map(asidesFrom);
  const sequentialTotal = splits.reduce((a, b) => a + b, 0);
  const sequential: Clause[] = [];
  const asides: Clause[] = [];
  let sequentialBase = 0;
  let asideBase = sequentialTotal;
  pieces.forEach((piece, k) => {
    const split = splits[k]!;
    const index = (j: number): number => (j < 0 ? -1 : j < split ? sequentialBase + j : asideBase + j - split);
    const cut = k > 0 ? cuts[k - 1]! : undefined;
    const host = cut && sequential.length > 0 ? hostOf(sequential, sequential.length - 1) : -1;
    piece.forEach((c, j) => {
      const moved: Clause = { ...c, parent: index(c.parent), holes: [...c.holes] };
      if (j === 0 && cut) {
        moved.parent = host;
        if (cut.coordinator) Object.assign(moved, { kind: 'coordinated', lead: cut.coordinator.lead, start: cut.coordinator.opens });
        if (cut.verb) {
          moved.verb = cut.verb;
          delete moved.subject;
        }
        if (cut.shares !== undefined && !moved.subject) shareSubject(moved, cut.shares, sequential, asides, sequentialTotal);
      }
      (j < split ? sequential : asides).push(moved);
    });
    sequentialBase += split;
    asideBase += piece.length - split;
  });
  return [...sequential, ...asides];
}

/** A subordinator inside a subject (`the men killed at the pit since it opened`): the word after a space. */
const SUBORDINATOR_INSIDE = /\s(since|after|before|until|when|once)\s/gi;
/** The words of a text in order, with where each starts (at most `max`). */
function wordsFrom(text: string, from: number, to: number, max: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/[\p{L}'’]+|[,;:]/gu)) {
    out.push({ word: m[0].toLowerCase(), at: from + m.index });
    if (out.length >= max) break;
  }
  return out;
}

/**
 * `A plaque listing the men killed at the pit since it opened in 1891 will be unveiled at noon`: a dated adverbial
 * clause inside a main clause's subject, which the clause layer reads as the main clause's verb (or as part of its
 * subject). The clause runs from its subordinator to the modal or auxiliary that opens the main verb group after its
 * date, with no comma between; it becomes an aside of the main clause, whose subject ends before it.
 */
function subordinateInSubject(text: string, clauses: Clause[], dates: readonly TextSpan[]): Clause[] {
  const k = clauses.findIndex((c) => c.kind === 'main' && c.verb !== undefined && c.subject?.span !== undefined && !c.subject.inherited);
  if (k < 0) return clauses;
  const c = clauses[k]!;
  const subject = c.subject!.span!;
  const inSubject = [...text.slice(subject.start, Math.min(c.verb!.start, subject.end + 1)).matchAll(SUBORDINATOR_INSIDE)][0];
  if (!inSubject) return clauses;
  const at = subject.start + inSubject.index + 1;
  const read = clausesOf(text, { start: at, end: c.end })[0];
  if (!read || read.kind !== 'subordinate' || !read.verb) return clauses;
  let sub: Clause = read;
  if (dates.some((d) => d.start > at && d.end <= c.verb!.start)) {
    // (`since the mine opened in 1891 will be unveiled`: read alone, the clause takes the main verb group for its own;
    // its own verb is the past verb before it, after its subject.)
    const past = wordsFrom(text, read.bodyStart, c.verb!.start, 12).find((w, j) => j > 0 && isPastVerb(w.word) && !AUXILIARIES.has(w.word));
    if (!past) return clauses;
    const own = text.slice(read.bodyStart, past.at).trim();
    sub = { ...read, verb: { start: past.at, end: past.at + past.word.length, head: past.word, tense: 'past', modal: false, negated: false },
      subject: { text: own, span: { start: read.bodyStart, end: read.bodyStart + own.length }, inherited: false } };
  }
  const next = wordsFrom(text, sub.verb!.end, c.end, 16).find((w) => /^[,;:]$/.test(w.word) || MODALS.has(w.word) || AUXILIARIES.has(w.word));
  if (!next || /^[,;:]$/.test(next.word) || !dates.some((d) => d.start >= sub.verb!.end && d.end <= next.at)) return clauses;
  const verb = clausesOf(text, { start: next.at, end: c.end })[0]?.verb;
  if (!verb || verb.start !== next.at) return clauses;
  let end = next.at;
  while (end > at && /\s/.test(text[end - 1]!)) end--;
  const subjectText = text.slice(subject.start, at).trim();
  const main: Clause = { ...c, verb, subject: { text: subjectText, span: { start: subject.start, end: subject.start + subjectText.length }, inherited: false }, holes: [...c.holes, { start: at, end }] };
  const aside: Clause = { ...sub, kind: 'relative', start: at, end, parent: k, holes: [] };
  const out = clauses.map((x, j) => (j === k ? main : x));
  // (Among the asides, in text order; the parents after it move on by one.)
  let ins = out.length;
  for (let j = 0; j < out.length; j++) if (NESTED.has(out[j]!.kind) && out[j]!.start > at) { ins = j; break; }
  const moved = out.map((x) => (x.parent >= ins ? { ...x, parent: x.parent + 1 } : x));
  moved.splice(ins, 0, aside);
  return moved;
}

/** `, when` right after a date. */
const COMMA_WHEN = /^,\s{1,3}when\s{1,3}/i;

/**
 * `will stay in place until 22 May, when the summer timetable starts`: a `when` clause set off after a date whose verb is
 * a present in -s or a past form at its end (`starts`, `reopens`, `opened`), which the clause layer, not knowing the
 * word for a verb after a noun, leaves inside the clause before. Cut before it, with that verb.
 */
function whenAfterDateCuts(text: string, sentence: TextSpan, clauses: readonly Clause[], dates: readonly TextSpan[]): Cut[] {
  const cuts: Cut[] = [];
  for (const d of dates) {
    const m = COMMA_WHEN.exec(text.slice(d.end, Math.min(sentence.end, d.end + 12)));
    if (!m || clauses.some((c) => c.start >= d.end && c.start <= d.end + m[0].length)) continue;
    const from = d.end + m[0].indexOf('when');
    const words = wordsFrom(text, d.end + m[0].length, sentence.end, 8);
    const stop = words.findIndex((w) => /^[,;:]$/.test(w.word));
    const own = stop < 0 ? words : words.slice(0, stop);
    // (A determiner, a noun or two, the verb: `the summer timetable starts`; and the clause ends there.)
    if (own.length < 3 || own.length > 5 || !DETERMINERS.has(own[0]!.word)) continue;
    const last = own[own.length - 1]!;
    const after = text.slice(last.at + last.word.length, last.at + last.word.length + 3);
    if (!/^\s{0,2}(?:[.,;!?]|$)/.test(after) || !(isPresentS(last.word) || isPastVerb(last.word)) || AUXILIARIES.has(last.word)) continue;
    if (own.slice(1, -1).some((w) => AUXILIARIES.has(w.word) || MODALS.has(w.word) || isPastVerb(w.word))) continue;
    cuts.push({ at: d.end, from, verb: { start: last.at, end: last.at + last.word.length, head: last.word, tense: isPastVerb(last.word) ? 'past' : 'present', modal: false, negated: false } });
  }
  return cuts;
}

/** Prepositions that the clause layer may read as a subordinator before a date (`after midday on 21 December`). */
const PHRASE_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/**
 * `Orders placed online after midday on 21 December will be dispatched when we reopen`: a subject with a participle
 * (`Orders placed online`) before a dated phrase that the clause layer read as a subordinate clause whose subject is the
 * date and whose verb is the main verb group. The phrase belongs to the participle; the subject and the verb group are
 * one main clause again, the phrase a hole in it.
 */
function participleSubjectBeforePhrase(text: string, clauses: Clause[], dates: readonly TextSpan[]): Clause[] {
  const [main, phrase] = clauses;
  if (!main || !phrase || main.kind !== 'main' || !main.verb || !main.subject || main.subject.inherited || main.lead !== '') return clauses;
  if (phrase.kind !== 'subordinate' || phrase.parent !== 0 || !PHRASE_LEADS.has(phrase.lead) || !phrase.verb || !phrase.subject?.span) return clauses;
  // (The participle alone after its noun, `Orders placed online`: no object, no comma before the phrase.)
  const head = text.slice(main.verb.start, main.verb.end);
  if (!isPastVerb(head.toLowerCase()) || head.includes(' ') || text.slice(main.start, phrase.start).includes(',')) return clauses;
  const first = wordsFrom(text, phrase.verb.start, phrase.verb.end, 1)[0]?.word ?? '';
  if (!MODALS.has(first) && !AUXILIARIES.has(first)) return clauses;
  const span = phrase.subject.span;
  if (!dates.some((d) => d.start >= phrase.start && d.end <= span.end + 1)) return clauses;
  let end = phrase.verb.start;
  while (end > phrase.start && /\s/.test(text[end - 1]!)) end--;
  const subject = text.slice(main.start, phrase.start).trim();
  const merged: Clause = { ...main, end: phrase.end, verb: phrase.verb, subject: { text: subject, span: { start: main.start, end: main.start + subject.length }, inherited: false },
    holes: [...main.holes, { start: phrase.start, end }, ...phrase.holes] };
  // (The clauses after the phrase hung on it or on the main clause: they now hang on the main clause; indices move back by one.)
  return [merged, ...clauses.slice(2).map((c) => ({ ...c, parent: c.parent <= 1 ? (c.parent < 0 ? -1 : 0) : c.parent - 1 }))];
}

/**
 * The sentence's clauses with the boundaries that its dates hide (see the module's note); `clauses` itself when
 * there are none. `dates` are the sentence's date extents in text order.
 */
export function mendClauses(text: string, sentence: TextSpan, clauses: Clause[], dates: readonly TextSpan[]): Clause[] {
  if (dates.length === 0 || clauses.length === 0) return clauses;
  clauses = participleSubjectBeforePhrase(text, clauses, dates);
  const fronted = frontedPhraseCut(text, sentence, clauses, dates);
  const cuts = coordinationCuts(text, sentence, clauses, dates);
  for (const cut of bareCoordinationCuts(text, sentence, clauses, dates)) if (!cuts.some((c) => c.at === cut.at)) cuts.push(cut);
  for (const cut of soButCuts(text, sentence, clauses, dates)) if (!cuts.some((c) => c.at === cut.at)) cuts.push(cut);
  for (const cut of verbListCuts(text, sentence, clauses, dates)) if (!cuts.some((c) => c.at === cut.at)) cuts.push(cut);
  for (const cut of participleRunOnCuts(text, clauses, dates)) if (!cuts.some((c) => c.at === cut.at)) cuts.push(cut);
  for (const cut of whenAfterDateCuts(text, sentence, clauses, dates)) if (!cuts.some((c) => c.at === cut.at)) cuts.push(cut);
  if (fronted) cuts.push(fronted);
  cuts.sort((a, b) => a.at - b.at);
  return withDatedReducedRelatives(text, subordinateInSubject(text, cuts.length === 0 ? clauses : joinPieces(text, sentence, cuts), dates), dates);
}
