/**
 * The role of each dated unit of a sentence, decided over its clauses: the date of a happening,
 * the date a happening was reported on (context, not an event of its own), or a date that makes no
 * event at all: a comparison's baseline (`from $361m a year earlier`), a superlative's or an
 * ordinal's baseline (`the warmest since 1998`, `the second since March`), a vague time (`a week or
 * so ago`), a relative time restated exactly (`a year later, on Oct. 3, 1990`), the date that only
 * says which quarter (`the quarter that ended Aug. 31`), or a date used as an adjective beside a
 * real date (`second-quarter results on July 25`).
 */
import type { TextSpan } from '../model/types.js';
import { clauseAt, type Clause } from '../text/clauses.js';
import { ANNOUNCING_VERBS, QUARTER_CLOSED_BY, REPORTING_VERBS, isPastVerb } from '../text/lexicon.js';
import { adverbialSpan, hyphenatedBeforeNoun, lastSeenBefore, namesDayOfNoun } from './adverbials.js';
import { LIST_GAP } from './headline.js';
import type { Unit } from './happenings.js';
import { valueExtent } from '../model/timex-value.js';
import { isSuperlativeBaseline } from './superlatives.js';
import { restatesInAnotherZone } from './time-zones.js';
import { isExampleDate, isHabitualDate } from './generic-dates.js';
import { deniedHappening, hypotheticalCondition } from './denied.js';

export { isSuperlativeBaseline } from './superlatives.js';

/** The extent of a unit that is one date (not a range or a span of time), or null. */
const extentOf = (u: Unit): [number, number] | null => (u.kind === 'point' && u.end === undefined ? valueExtent(u.start) : null);

export type UnitRole =
  | { kind: 'happening'; clause: number; withSaying: boolean }
  | { kind: 'report'; reports: Unit }
  | { kind: 'none'; why: string };

/** `from $361m`, `with a profit of $95 million`, `than 2.1 billion yen` right before a date. */
const COMPARISON_BEFORE = /\b(?:from|with|versus|vs\.?|than|against)\s{1,3}(?:(?:an?|the|its)\s{1,3}(?:[a-z-]{2,15}\s{1,3}){0,2}of\s{1,3})?(?:about\s{1,3}|nearly\s{1,3})?[$€£#]?\d[\d.,]{0,12}\s{0,2}(?:[a-z%]{1,12}\s{1,2}){0,4}$/i;
/** `compared with`, `up from`, `down from` shortly before a date. */
const COMPARED_BEFORE = /\b(?:compared\s{1,3}(?:with|to)|up\s{1,3}from|down\s{1,3}from)\s{1,3}(?:the\s{1,3})?(?:[\w$.,%-]{1,15}\s{1,3}){0,4}$|\bthan\s{1,3}(?:(?:in|during|at|on)\s{1,3})?(?:the\s{1,3})?(?:(?:whole|rest|end|start|beginning|middle|first\s{1,3}half|second\s{1,3}half)\s{1,3}of\s{1,3}(?:the\s{1,3})?)?$/i;
/** A date that names the period compared with (`year-earlier`, `a year ago` after an amount, `last year's $2.3 billion`). */
const BASELINE_DATE = /^(?:the\s{1,3})?(?:comparable\s{1,3})?(?:year-(?:earlier|ago)|year\s(?:earlier|ago))\b/i;
/** `a year ago`, `a year earlier`, `the year-earlier period`: the same period a year before. */
const YEAR_AGO = /^(?:a|one|the)\s{1,3}year(?:\s|-)(?:earlier|ago|before)\b/i;
/** A stated amount of money or a share figure: `$2.4 million`, `24 cents a share`, `€3bn`. */
const AMOUNT = /[$€£#]\s?\d|\d\s{0,2}(?:cents?|pence|yen|euros?|francs|marks|guilders|pounds|dollars)\b/i;
/** The rest of a sentence after `at` (at most 200 characters). */
function sentenceRest(text: string, at: number): string {
  const rest = text.slice(at, at + 200);
  const end = rest.search(/[.!?;](?:\s|$)/);
  return end < 0 ? rest : rest.slice(0, end);
}
const POSSESSIVE_AMOUNT = /^['’]s\s{1,3}(?:[$€£#]\s?)?\d/;

/** `, the day after` (`before`, `the eve of`) between a date and another that restates it. */
const RESTATED_AFTER = /^,\s{1,3}(?:the\s{1,3}(?:day|night|morning|evening|week|weekend)\s{1,3}(?:after|before)|the\s{1,3}eve\s{1,3}of)\s{1,3}$/i;

/** A time too vague to date anything (`a week or so ago`, `some years ago`, `about two years ago`, `several months earlier`). */
/** An amount of hundreds of years or more (`12,000 years`, `three centuries`, `a thousand years`). */
const LONG_AGO = /\d[\d,]\d|hundred|thousand|centur/i;
const VAGUE = /\b(?:or\s{1,3}so|some|several|a\s{1,3}few|many|more\s{1,3}than|at\s{1,3}least|recent|about|nearly|almost|roughly|around|approximately)\b/i;

/** Nouns of a measured level that a date's possessive may own (`last year's record`, `2019's total`). */
const MEASURES = new Set(['record', 'records', 'total', 'high', 'low', 'level', 'levels', 'figure', 'figures', 'peak', 'mark', 'tally', 'average', 'pace']);
/**
 * `would beat last year's Thanksgiving record`, `below 2019's total`: a date whose possessive owns a measured level
 * (within two words) is the time of that level, the baseline of a comparison.
 */
function possessiveMeasure(text: string, u: Unit): boolean {
  const after = text.slice(u.span.end, u.span.end + 40);
  const inside = text.slice(u.span.start, u.span.end);
  // (`last year's Thanksgiving record`: the possessive may also be the date's before it.)
  const possessive = /['’]s\s/.test(inside) || /^['’]s\s/.test(after) || /['’]s\s$/.test(text.slice(Math.max(0, u.span.start - 3), u.span.start));
  if (!possessive) return false;
  const words = after.replace(/^['’]s/, '').trim().split(/\s+/).slice(0, 3).map((w) => w.toLowerCase());
  return words.some((w) => MEASURES.has(w) || MEASURES.has(w.slice(0, -1)));
}

/** `as many`, `as much`, `as high` ...: the first half of an equality comparison. */
const AS_MUCH = /\bas\s{1,3}(?:many|much|high|low|large|big|good|bad|strong|fast|long|often|few|little|busy|warm|cold|wet|dry)\b/i;
/** The second half's opening: `as in`, `as during`, `as on`, `as at`. */
const AS_IN = /\sas\s(?:in|during|on|at)\s/gi;

/**
 * `four times as many as in our first full year, 2020`, `twice as busy as during the 2019 season`: the date after the second
 * `as` (in the 60 characters `before` it, no `;` between) is the time compared with, not the happening's.
 */
function equalityBaseline(before: string): boolean {
  let at = -1;
  for (const m of before.matchAll(AS_IN)) at = m.index;
  if (at < 0 || before.includes(';', at)) return false;
  return AS_MUCH.test(before.slice(0, at + 1));
}

/** Verbs of `stood down from`, `stepping down from`: leaving a post (no comparison's `down ... from`). */
const LEAVING_VERBS: ReadonlySet<string> = new Set(['stand', 'stands', 'standing', 'stood', 'step', 'steps', 'stepping', 'stepped']);
/** Whether `before` (the words before a date) ends in a phrase of leaving a post (`after standing down from the council in`). */
function leavingPost(before: string): boolean {
  const lower = before.toLowerCase();
  const at = lower.lastIndexOf(' down from ');
  if (at < 0 || /[,;]/.test(lower.slice(at))) return false;
  const words = lower.slice(Math.max(0, at - 12), at).split(' ');
  return LEAVING_VERBS.has(words[words.length - 1]!);
}

/** Whether `u` is the baseline of a comparison. */
function isBaseline(text: string, floor: number, u: Unit): boolean {
  const before = text.slice(Math.max(floor, u.span.start - 60), u.span.start);
  const own = u.timexes[0]!.text;
  if (lastSeenBefore(before)) return true;
  // `from $361m a year earlier`, `up from 1.4 billion euros in 2023`, `down 8 percent from the period a year earlier`: the date of the compared amount.
  // A participle between them dates a happening of its own (`a range issued in July`, `a grant awarded in 2012`).
  const comparison = COMPARISON_BEFORE.exec(before) ?? COMPARED_BEFORE.exec(before)
    ?? /(?:^|[,;(]\s{0,3}|\s)(?:up|down)\s{1,3}(?:[$€£]?\d[\d.,]{0,12}\s{0,2}(?:%|percent|per\s{1,3}cent|points?)?\s{1,3})?from\s[^,;]{0,80}$|\bcompared\s{1,3}(?:with|to)\s[^,;]{0,80}$/i.exec(text.slice(Math.max(floor, u.span.start - 100), u.span.start));
  // `less than a year later` is a hedge on an amount; `no earlier than 2040` a bound on a date: neither compares.
  const than = comparison !== null && /^than/i.test(comparison[0]);
  const hedge = than && /\b(?:less|more|fewer|no|rather|earlier|later|sooner|before|after)\s{1,3}$/i.test(before.slice(0, comparison!.index).slice(-12));
  // A participle in a `from`/`with` phrase dates a happening of its own; after `than` it still describes the baseline.
  const participle = !than && (comparison?.[0].toLowerCase().match(/[a-z]+/g) ?? []).slice(1).some((w) => isPastVerb(w) && w !== 'compared');
  // `After standing down from the council in 1982`, `stepped down from the board`: leaving a post, no amount compared.
  const leaving = comparison !== null && leavingPost(text.slice(Math.max(floor, u.span.start - 100), u.span.start));
  if (comparison && !hedge && !participle && !leaving) return true;
  if (equalityBaseline(before)) return true;
  if (isSuperlativeBaseline(before)) return true;
  // `the most since Hale scored 27 in 1998`: a `since` clause after a superlative compares with its whole happening.
  const since = before.toLowerCase().lastIndexOf('since ');
  // (Not a date after a `since` that had a date of its own: `their first show since 2012 at the Leadmill on 8 April`.)
  if (since >= 0 && !/[,;]/.test(before.slice(since)) && !/^(?:\d|the\s{1,3}\d)/i.test(before.slice(since + 6)) && isSuperlativeBaseline(before.slice(0, since + 6))) return true;

  if (BASELINE_DATE.test(own) || POSSESSIVE_AMOUNT.test(text.slice(u.span.end, u.span.end + 6))) return true;
  if (possessiveMeasure(text, u)) return true;
  // `A year earlier, the bank earned $2.4 million.`: a sentence opened by a year-ago time that
  // states an amount is the other half of the comparison made before it.
  if (YEAR_AGO.test(own) && /^\s*(?:in\s{1,3})?$/i.test(text.slice(floor, u.span.start)) && AMOUNT.test(sentenceRest(text, u.span.end))) return true;
  // `$1.55 billion a year earlier`, `5.35 guilders a share, a year ago`: a relative time right after an amount compares.
  return /\b(?:earlier|ago|before)$/i.test(own) && /[$€£#\d%][\d.,]*\s{0,2}(?:(?:[a-z]{1,12}\s{1,2}){0,2}|(?:[a-z]{1,12}\s{1,2})?a\s{1,2}(?:share|head|barrel|ton|tonne|ounce|unit),\s{1,2})$/i.test(before) && /\d/.test(before.slice(-30));
}

/** `second-quarter results`: a date used as an adjective before its noun. */
const adjectival = (text: string, u: Unit): boolean => u.timexes.length === 1 && hyphenatedBeforeNoun(u.timexes[0]!.text, text.slice(u.span.end, u.span.end + 20));

/** A copula as the last verb of its group (`was`, `has been`): the clause tells a state. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', 'seemed', 'seems', 'remained', 'remains']);

/** Prepositions and particles that may stand between a participle and its date (`held on`, `switched on in`). */
const BEFORE_DATE = new Set(['on', 'in', 'at', 'by', 'during', 'for', 'off', 'up', 'out', 'down', 'over', 'from', 'since', 'until', 'the']);
/** Whether `s` is a participle and such words alone (`held on `, `switched on in `). */
function participleAndPrepositions(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return /^\p{Ll}+$/u.test(words[0]!) && words.slice(1).every((w) => BEFORE_DATE.has(w));
}

/** How far before a date a note's semicolon is looked for (bounded: an aside may be long). */
const NOTE_REACH = 8;
/** Where the note set off by a semicolon that opens an aside ends (`née Cole; 4 May 1921`), or the aside's start without one. */
function noteEnd(text: string, start: number, end: number): number {
  for (let k = end - 1; k >= start && k >= end - NOTE_REACH; k--) if (text.charCodeAt(k) === 59 /* ; */) return k + 1;
  return start;
}

/** The clause that tells a unit's happening: an aside or an attribution hands its date to the clause around it. */
function happeningClause(text: string, clauses: readonly Clause[], span: TextSpan, single: boolean): number {
  let k = clauseAt(clauses, span.start, span.end);
  let c = clauses[k];
  // `Okafor, the chief judge since 2019, ordered ...`: an aside with words besides its date tells no
  // happening of the clause around it (a bare `(218-201 BC)` does date it, and so do brackets whose other words are a
  // note set off by a semicolon before the date: `(née Cole; 4 May 1921 – 17 January 2009)`).
  if (c && (c.kind === 'appositive' || c.kind === 'parenthetical') && !single && (span.start - noteEnd(text, c.start, span.start) > 3 || c.end - span.end > 3)) return -1;
  // `That auction, held on 15 May 1820, raised`: a participle aside set off by commas that holds nothing but the sentence's
  // only date dates the clause around it. With words of its own (`The striker, signed on Tuesday after an injury,
  // scored`) or beside another date (`JUICE, launched in April 2023, will arrive in 2031`) it tells its own happening.
  if (c && c.kind === 'relative' && c.lead === '' && single && c.parent >= 0 && /,\s{0,3}$/.test(text.slice(Math.max(0, c.start - 4), c.start))
    && participleAndPrepositions(text.slice(c.start, span.start)) && /^[\s,]*$/.test(text.slice(span.end, c.end))) {
    k = c.parent;
    c = clauses[k];
  }
  while (c && (c.kind === 'appositive' || c.kind === 'parenthetical' || c.kind === 'attribution') && c.parent >= 0) {
    k = c.parent;
    c = clauses[k];
  }
  // A lone date in a `when`/`while`/`as` clause dates the clause it hangs on; so does any date in a subordinate
  // `clause` with no verb, which is a prepositional phrase (`After the war, in 1946, the family moved`).
  // (So does one in a `when`/`while` participle clause: `He slipped while crossing the road on Friday`.)
  if (c && (c.kind === 'subordinate' || (c.kind === 'participial' && single && /^(?:when|while)$/.test(c.lead))) && ((single && /^(?:when|while|as)$/.test(c.lead)) || !c.verb)) {
    // (The main clause that hangs on it first: `...: after a phishing attack in November 2024 we introduced ...`.)
    const hanging = clauses.findIndex((m, j) => j > k && m.kind === 'main' && m.verb && m.parent === k);
    const main = hanging >= 0 ? hanging : clauses.findIndex((m) => m.kind === 'main' && m !== c && m.verb);
    // (Not when the clause it hangs on only tells a state and its own verb tells the happening: `When Corvid launched
    // the first Sprint in the spring of 2017, it was a plastic brick`.)
    const state = main >= 0 && c.verb !== undefined && c.lead === 'when' && COPULAS.has(clauses[main]!.verb!.head) && !COPULAS.has(c.verb.head);
    if (main >= 0 && !state) k = main;
  }
  // `At 08:41 on 3 March, while climbing, the crew received ...`: a verbless phrase that opens the sentence before an
  // adverbial clause dates the main clause after them.
  const next = clauses[1];
  if (k === 0 && c && c.kind === 'main' && !c.verb && next && next.parent === 0 && (next.kind === 'subordinate' || next.kind === 'participial')) {
    const main = clauses.findIndex((m, j) => j > 1 && m.kind === 'main' && m.verb !== undefined);
    if (main >= 0) k = main;
  }
  return k;
}

/**
 * Roles of the units of one sentence (`units` in text order). `floor` is the sentence start;
 * `clauses` its clauses.
 */
export function unitRoles(text: string, floor: number, units: readonly Unit[], clauses: readonly Clause[]): UnitRole[] {
  const single = units.length === 1;
  const roles: UnitRole[] = units.map((u) => {
    // The happening that ends a range (`until her retirement in 1998`) is dated as the range's end is.
    if (u.named !== undefined) return { kind: 'happening', clause: happeningClause(text, clauses, u.span, single), withSaying: false };
    const t = u.timexes[0]!;
    const hedged = VAGUE.test(t.text) || t.mod === 'APPROX' || VAGUE.test(text.slice(Math.max(floor, u.span.start - 14), u.span.start).split(/[,;]/).pop() ?? '');
    // (`about 12,000 years ago`, `some three centuries ago`: a hedged count of hundreds of years is only rounded, and
    // still names its year.)
    if (hedged && /\b(?:ago|earlier|later|before|after)$/i.test(t.text) && !(/^(?:BC)?\d{4}$/.test(t.value) && LONG_AGO.test(t.text))) {
      return { kind: 'none', why: 'a vague time' };
    }
    if (isBaseline(text, floor, u)) return { kind: 'none', why: 'the baseline of a comparison' };
    // `Who won on Sunday?`, `Walter, what are people saying tonight?`: a direct question asks; it tells no happening.
    if (isDirectQuestion(text, floor, u.span.end)) return { kind: 'none', why: 'part of a question' };
    // `Voting ends at noon on 13 March, so please send your form today`: a date of a request to the reader dates nothing.
    if (REQUEST.test(text.slice(floor, u.span.start))) return { kind: 'none', why: 'part of a request to the reader' };
    if (isExampleDate(text, floor, u.span, t.text)) return { kind: 'none', why: 'an example of a date value' };
    if (isHabitualDate(text, clauses, u)) return { kind: 'none', why: 'a habitual or recurring time' };
    const lead = text.slice(Math.max(floor, u.span.start - 40), u.span.start);
    if (DATE_LABEL.test(lead)) return { kind: 'none', why: 'a date printed on a product' };
    if (RECORD_OF.test(lead)) return { kind: 'none', why: 'the date of a record named by its number' };
    const clause = happeningClause(text, clauses, u.span, single);
    if (clause < 0) return { kind: 'none', why: 'an aside of another happening' };
    const c = clauses[clause]!;
    if (c.kind === 'subordinate' && (c.lead === 'unless' || (c.lead === 'if' && NEGATION.test(text.slice(c.bodyStart, u.span.start))))) {
      return { kind: 'none', why: 'a condition that something does not happen' };
    }
    if (deniedHappening(text, clauses, clause, u)) return { kind: 'none', why: 'a happening its clause denies' };
    if (hypotheticalCondition(text, clauses, clause, u)) return { kind: 'none', why: 'a condition of a hypothetical' };
    return { kind: 'happening', clause, withSaying: false };
  });
  // `best before dates of 3 and 10 January 2027`: the dates listed after a product's date are printed on it too.
  units.forEach((u, i) => {
    const prev = roles[i - 1];
    if (prev?.kind === 'none' && prev.why === 'a date printed on a product' && LIST_GAP.test(text.slice(units[i - 1]!.span.end, u.span.start))) {
      roles[i] = { kind: 'none', why: 'a date printed on a product' };
    }
  });
  // Each unit is weighed against its neighbours only (a sentence of thousands of dates stays linear).
  const near = (i: number): number[] => {
    const out: number[] = [];
    for (let j = Math.max(0, i - NEIGHBOURS); j < Math.min(units.length, i + NEIGHBOURS + 1); j++) if (j !== i && roles[j]!.kind === 'happening') out.push(j);
    return out;
  };
  const own = units.map((u) => clauseAt(clauses, u.span.start, u.span.end));
  units.forEach((u, i) => {
    const role = roles[i]!;
    if (role.kind !== 'happening') return;
    const nearby = near(i);
    const others = nearby.map((j) => units[j]!);
    /** Whether a unit of this one's clause lies before it, with only what `between` accepts in between. */
    const afterOwnClauseUnit = (between: RegExp): boolean => nearby.some((j) => {
      const o = units[j]!;
      return o.span.end <= u.span.start && own[j] === own[i] && between.test(text.slice(o.span.end, u.span.start));
    });
    // `less than a year later, on Oct. 3, 1990`: the stated date says the same moment exactly.
    if (u.timexes.length === 1 && /\b(?:later|earlier|afterwards?)$/i.test(u.timexes[0]!.text)
      && others.some((o) => /^\s{0,2},\s{1,3}(?:on\s{1,3}|in\s{1,3})?$/i.test(text.slice(u.span.end, o.span.start)))) {
      roles[i] = { kind: 'none', why: 'restated by the exact date after it' };
      return;
    }
    // `is expected in the third quarter of 2027, and no later than 31 October`: a limit told after the date of its
    // clause bounds that happening; it is no second one.
    if (afterOwnClauseUnit(LIMIT_AFTER)) {
      roles[i] = { kind: 'none', why: 'a limit of the happening dated before it' };
      return;
    }
    // `on Friday, Nov. 28, the day after Thanksgiving`: an appositive restates the date before it.
    if (others.some((o) => o.span.end <= u.span.start && RESTATED_AFTER.test(text.slice(o.span.end, u.span.start)))) {
      roles[i] = { kind: 'none', why: 'restates the date before it' };
      return;
    }
    // `at 0915 local time (08:15 UTC)`: the bracket tells the same instant in another zone.
    if (others.some((o) => restatesInAnotherZone(text, o, u))) {
      roles[i] = { kind: 'none', why: 'restates the time before it in another time zone' };
      return;
    }
    // `the quarter that ended Aug. 31`: the date says which quarter; the quarter dates the happening.
    if (others.some((o) => /-Q[1-4]$/.test(o.start) && o.span.end <= u.span.start && QUARTER_CLOSED_BY.test(text.slice(o.span.end, u.span.start)))) {
      roles[i] = { kind: 'none', why: 'names the quarter before it' };
      return;
    }
    // `sign up by next week for the Friday tutoring program`: a day naming a noun's kind yields to any other date of
    // the sentence that dates a happening.
    if (namesDayOfNoun(text, u.span) && others.some((o) => !namesDayOfNoun(text, o.span))) {
      roles[i] = { kind: 'none', why: 'a day naming the thing after it' };
      return;
    }
    // `is to report by mid-May on whether elections planned for August can be held`: a date inside an indirect question
    // is part of what the question asks; it yields to a date of its clause told before the question.
    if (afterOwnClauseUnit(WHETHER)) {
      roles[i] = { kind: 'none', why: 'part of an indirect question' };
      return;
    }
    // `will report second-quarter results on July 25`: the adjective yields to the date of its clause.
    if (adjectival(text, u) && near(i).some((j) => !adjectival(text, units[j]!) && own[j] === own[i])) {
      roles[i] = { kind: 'none', why: 'a date used as an adjective' };
    }
  });
  // Two dates of one clause, one within the other (`On Monday the walkout began at 6am`, `In March 2021 ...
  // on 14 March`): the finer dates the happening, the coarser only places it.
  units.forEach((u, i) => {
    if (roles[i]!.kind !== 'happening') return;
    const outer = extentOf(u);
    if (!outer) return;
    const finer = near(i).some((j) => {
      if (own[j] !== own[i]) return false;
      const inner = extentOf(units[j]!);
      return inner !== null && inner[0] >= outer[0] && inner[1] <= outer[1] && inner[1] - inner[0] < outer[1] - outer[0];
    });
    if (finer) roles[i] = { kind: 'none', why: 'placed more exactly by another date of its clause' };
  });
  // A timeline entry's date (`Mid-November – Shops warn of shortages before Christmas`) dates its line: the
  // clause's other dates say what the entry tells, not when.
  const entry = units.findIndex((u) => u.span.start <= floor + 1 && /^\s{0,2}[–—:-]\s/.test(text.slice(u.span.end, u.span.end + 4)));
  if (entry >= 0 && roles[entry]!.kind === 'happening') {
    units.forEach((_, i) => {
      if (i !== entry && roles[i]!.kind === 'happening' && own[i] === own[entry]) roles[i] = { kind: 'none', why: 'told in a timeline entry dated by its heading' };
    });
  }
  // Dates of one clause: an adverbial date dates it; a date that is part of what the clause says
  // (`"The third quarter flattered the numbers," they wrote on Wednesday`) does not.
  units.forEach((u, i) => {
    const role = roles[i]!;
    if (role.kind !== 'happening' || adverbialSpan(text, floor, u.span) !== null) return;
    // `won in 1998, 2003 and 2011`: a date listed after another dates the same clause.
    if (i > 0 && LIST_GAP.test(text.slice(units[i - 1]!.span.end, u.span.start))) return;
    // (The happening that ends a range is told with it, not beside it: `from 1974 until her retirement in 1998`.)
    if (near(i).some((j) => own[j] === own[i] && units[j]!.named === undefined && adverbialSpan(text, floor, units[j]!.span) !== null)) {
      roles[i] = { kind: 'none', why: 'part of what the clause says' };
    }
  });
  // The saying and what was said: `The ministry said on Monday that talks would resume on Thursday`.
  units.forEach((_, i) => {
    const role = roles[i]!;
    if (role.kind !== 'happening') return;
    const c = clauses[role.clause]!;
    const next = clauses[role.clause + 1];
    const reported = next?.kind === 'reported' && next.parent === role.clause ? role.clause + 1 : -1;
    const inAttribution = clauses[own[i]!]?.kind === 'attribution';
    const saying = (reported >= 0 && c.verb !== undefined && REPORTING_VERBS.has(c.verb.head)) || inAttribution;
    if (!saying) return;
    // (Not a date of a relative clause set off by a comma inside what was said: `said she would stand down at the next
    // election, which was held that June` tells the election's date beside the saying, not what was said.)
    const told = near(i).find((j) => inAttribution ? own[j] !== own[i] : own[j] === reported || (isInside(clauses, own[j]!, reported) && !asideRelative(text, clauses[own[j]!]!)));
    const announcing = c.verb !== undefined && ANNOUNCING_VERBS.has(c.verb.head);
    if (told !== undefined && !announcing) roles[i] = { kind: 'report', reports: units[told]! };
    else if (reported >= 0) roles[i] = { kind: 'happening', clause: role.clause, withSaying: true };
  });
  return roles;
}

/**
 * A date printed on a product, not a moment of a happening: `best before`, `use by`, `sell by`, `display until` or an
 * expiry date, with `date(s)` and `of` or `on` (`with a best before date of 12 May`, `a use-by date of 9 June`).
 */
const DATE_LABEL = /\b(?:best[\s-]before|use[\s-]by|sell[\s-]by|display[\s-]until|expiry|expiration)(?:\sdates?|\send)?(?:\s(?:of|on))?:?\s$/i;
/**
 * A record's number and `of` before a date (`quoting incident 332 of 4 May`, `log 0894 of`, `ref. 1201 of`): the
 * date names the record, not a happening.
 */
const RECORD_OF = /\b(?:log|incident|reference|ref\.?|crime|case|report|occurrence|complaint|ticket)\s(?:no\.?\s|number\s)?[A-Z]{0,3}\d[\d/-]{0,12}\sof\s$/i;
/**
 * A negation in an `if` clause before its date (`If the bridge has not reopened by 1 June`, `if no verdict is reached by
 * 16:30`): with `unless`, a condition that something does not happen by a date, which is a deadline, not a happening (a
 * plan in a condition, `if the talks run from Thursday to Saturday as planned`, still dates one).
 */
const NEGATION = /\b(?:not|no|never)\b|n['’]t\b/i;

/** Between a date and a limit of the same happening after it (`, and no later than`, `but not later than`). */
const LIMIT_AFTER = /^,?\s(?:and\s|but\s)?(?:no|not)\slater\sthan\s$/i;

/**
 * A sentence's opening that asks for something unknown: a wh-word, after an optional name it is put to (`Walter, what
 * ...`). (A yes-no question may still tell a happening, `Does she agree that the review announced last March has not
 * reported?`, or propose one, `Could we meet on the Saturday?`.)
 */
const QUESTION_OPENING = /^[\s"“‘'(]{0,3}(?:[A-Z][a-z]{1,20},\s{1,2})?(?:what|who|whom|whose|where|why|how|which)\s/i;
/** How far after a date the end of its sentence is looked for. */
const QUESTION_MARK_REACH = 300;

/** Whether the sentence from `floor` that holds offset `at` is a direct question: it opens asking and ends with `?`. */
function isDirectQuestion(text: string, floor: number, at: number): boolean {
  // (Or a question quoted inside it: `He asked: "Will it open on Friday?"`.)
  // (Only the characters just before the date are searched, so that a sentence of a megabyte stays linear.)
  const from = Math.max(floor, at - QUESTION_MARK_REACH);
  const head = text.slice(from, at);
  const quote = from + Math.max(head.lastIndexOf('"'), head.lastIndexOf('“'));
  if (!QUESTION_OPENING.test(text.slice(floor, floor + 40)) && !(quote >= from && QUESTION_OPENING.test(text.slice(quote, quote + 40)))) return false;
  const end = /[.!?]/.exec(text.slice(at, at + QUESTION_MARK_REACH));
  return end !== null && end[0] === '?';
}

/** `whether` opening an indirect question. */
const WHETHER = /\bwhether\s/i;

/** A request to the reader after a comma (`, so please send`, `, please call`). */
const REQUEST = /,\s{1,3}(?:(?:so|and|but|then)\s{1,3})?please\s/i;

/** How many units on each side a unit is compared with. */
const NEIGHBOURS = 6;

/** A relative clause set off by a comma (`, which was held that June`): the teller's aside about a noun. */
function asideRelative(text: string, c: Clause): boolean {
  if (c.kind !== 'relative' || c.lead === '') return false;
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  if (/,\s{0,3}$/.test(before.slice(-4))) return true;
  // (`, in a deal that would give ...`: the relative of a noun phrase in a phrase set off by a comma.)
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const words = before.slice(comma + 1).trim().split(/\s+/);
  return words.length >= 3 && words.length <= 5 && ASIDE_PREPOSITIONS.has(words[0]!.toLowerCase()) && ASIDE_DETERMINERS.has(words[1]!.toLowerCase())
    && words.slice(2).every((w) => /^[\p{L}-]{1,20}$/u.test(w));
}

/** A phrase set off by a comma, a preposition and a noun phrase of at most four words (`, in a deal `, `, under a plan `): see asideRelative. */
const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'under', 'as', 'with', 'through', 'after']);
const ASIDE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);

/** Whether clause `k` lies inside clause `outer`. */
function isInside(clauses: readonly Clause[], k: number, outer: number): boolean {
  if (outer < 0 || k < 0) return false;
  const a = clauses[k]!;
  const b = clauses[outer]!;
  return a.start >= b.start && a.end <= b.end;
}
