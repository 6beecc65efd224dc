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
 * - a reduced relative after a clause's object that a date phrase dates (reduced-relatives.ts).
 *
 * Where the clause layer has already made the cut, nothing changes.
 */
import type { TextSpan } from '../model/types.js';
import { clausesOf, type Clause, type ClauseKind } from '../text/clauses.js';
import { firstIndex } from '../text/search.js';
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
      }
      (j < split ? sequential : asides).push(moved);
    });
    sequentialBase += split;
    asideBase += piece.length - split;
  });
  return [...sequential, ...asides];
}

/**
 * The sentence's clauses with the boundaries that its dates hide (see the module's note); `clauses` itself when
 * there are none. `dates` are the sentence's date extents in text order.
 */
export function mendClauses(text: string, sentence: TextSpan, clauses: Clause[], dates: readonly TextSpan[]): Clause[] {
  if (dates.length === 0 || clauses.length === 0) return clauses;
  const fronted = frontedPhraseCut(text, sentence, clauses, dates);
  const cuts = coordinationCuts(text, sentence, clauses, dates);
  if (fronted) cuts.push(fronted);
  cuts.sort((a, b) => a.at - b.at);
  return withDatedReducedRelatives(text, cuts.length === 0 ? clauses : joinPieces(text, sentence, cuts), dates);
}
