/**
 * Dates of happenings the text says did not or would not happen: a clause that denies its own dated verb (`had not
 * raised the matter at the meeting in March`, `Nobody turned up on 14 July`, `there was still nothing a week later`),
 * and the condition of a consequence told in the conditional mood (`If only one candidate is nominated this week, she
 * would become leader`).
 *
 * A denied verb whose date is a bound (`did not reopen until March`, `will not be sold after 30 June`, `has not won
 * since 2019`) still dates a happening, or a change, at that bound: those are left to happenings.ts.
 */
import { clauseAt, type Clause } from '../text/clauses.js';
import type { Unit } from './happenings.js';

/** A subject that denies the happening: `Nobody`, `No one`, `Nothing`, `None of the staff`. */
const NEGATIVE_SUBJECT = /^(?:nobody|no[\s-]one(?![\w-])|nothing|none|neither)\b/i;
/** An existential that denies, from its `there`: `there is still nothing`, `there was nobody`, `there has been no one`. */
const NEGATIVE_EXISTENTIAL = /^there\s(?:is|was|are|were|has\sbeen|have\sbeen|had\sbeen)\s(?:still\s|yet\s)?(?:nothing|nobody|no[\s-]one)(?![\w-])/i;
/** Negations that tell a change, an addition or a plea, not a denial: `no longer`, `not only`, `pleaded not guilty`. */
const NOT_A_DENIAL = /\b(?:no\slonger|not\s(?:only|just|merely|guilty)|never\sbefore)\b/i;
/** A closing quote, a semicolon or a connective (`, and`, ` but`) between a verb and a date. */
const OTHER_CLAUSE_BETWEEN = /["”;]|[,\s](?:and|but|so|while|yet)\s/;
/** `that` right after a verb, at most one adverb between (`accepted that`, `admitted openly that`). */
const THAT_AFTER_VERB = /^\s(?:[A-Za-z]{1,15}\s)?that\s/;
/** `never` right before a verb group. */
const NEVER_BEFORE = /\bnever\s$/i;
/** A word that denies a verb group. */
const DENYING_WORD = /\b(?:not|never)\b|n['’]t\b/i;
/**
 * Words before a date that make it a bound of the happening (`until`, `since the funeral in`, `before the`, `from`), or
 * the time of the noun before it (`criteria effective Dec. 7`, `a report due in May`), not the denied verb's: one of them
 * among the last six words before the date.
 */
const BOUND_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['until', 'till', 'since', 'before', 'after', 'from', 'through', 'than', 'between',
  'effective', 'due', 'dated', 'starting', 'beginning', 'ending', 'expiring']);
/** Whether one of BOUND_WORDS is among the last six words of `before`. */
function boundBefore(before: string): boolean {
  return before.slice(-60).trim().split(/\s+/).slice(-6).some((w) => BOUND_WORDS.has(w.toLowerCase()));
}
/**
 * A `that` complement whose verb is denied, when the clause parser kept it inside the verb's clause (`accepted that he
 * had not raised`, `admitted that she never filed`, `conceded that they didn't check`).
 */
const COMPLEMENT_DENIED = /^that\s(?:[A-Za-z'’-]{1,20}\s){1,3}(?:not|never)\s/i;
/** The same with a contracted negation (`that they didn't check`). */
const COMPLEMENT_DENIED_CONTRACTED = /^that\s(?:[A-Za-z'’-]{1,20}\s){0,2}[A-Za-z]{1,10}n['’]t\s/i;
/** The conditional mood in a verb group. */
const CONDITIONAL = /\b(?:would|could|might)\b/i;

/** Whether a unit is a plain date of the clause that denies its verb (see the module comment). */
export function deniedHappening(text: string, clauses: readonly Clause[], clause: number, u: Unit): boolean {
  if (u.kind !== 'point' || u.end !== undefined || u.named !== undefined) return false;
  const own = clauseAt(clauses, u.span.start, u.span.end);
  if (own !== clause) return false;
  const c = clauses[clause]!;
  const words = text.slice(c.bodyStart, u.span.start);
  if (boundBefore(words) || NOT_A_DENIAL.test(text.slice(c.bodyStart, c.end))) return false;
  if (c.verb && c.verb.end <= u.span.start) {
    // (The date after a closing quote or a new coordinated clause the parser left inside this one is not the denied
    // verb's: `"We will not sell," he said yesterday`, `It did not, and ministers now say it will return next month`.)
    const between = text.slice(c.verb.end, u.span.start);
    if (OTHER_CLAUSE_BETWEEN.test(between)) return false;
    const that = THAT_AFTER_VERB.exec(between.slice(0, 24));
    const complement = that ? between.slice(that[0].length - 5) : '';
    if (that && (COMPLEMENT_DENIED.test(complement) || COMPLEMENT_DENIED_CONTRACTED.test(complement))) return true;
  }
  if (c.verb && c.verb.start >= u.span.end) {
    // (Nor a date before the verb in an aside set off by commas, `The catalogue, due next month, was not ready`.)
    const between = text.slice(u.span.end, c.verb.start);
    if (OTHER_CLAUSE_BETWEEN.test(between) || (between.includes(',') && words.includes(','))) return false;
  }
  // (`no` in a verb group is a determiner, `There will be no services on 25 December`: a notice of a change.)
  if (c.verb?.negated && DENYING_WORD.test(text.slice(c.verb.start, c.verb.end))) return true;
  // (`the club never played`: a denying adverb the verb group leaves before it.)
  if (c.verb && NEVER_BEFORE.test(text.slice(Math.max(c.bodyStart, c.verb.start - 8), c.verb.start))) return true;
  const subject = c.subject && !c.subject.inherited ? c.subject.text : '';
  if (NEGATIVE_SUBJECT.test(subject)) return true;
  const body = text.slice(c.bodyStart, c.end);
  const there = body.search(/\bthere\s/i);
  return there >= 0 && NEGATIVE_EXISTENTIAL.test(body.slice(there, there + 60));
}

/**
 * Whether a unit's date lies in an `if` clause whose consequence is told in the conditional mood (`If only one
 * candidate gets enough nominations this week, he would become leader`): a hypothetical, not a plan (`If the talks
 * run to Saturday as planned, ministers will sign`, in the future, still dates one).
 */
export function hypotheticalCondition(text: string, clauses: readonly Clause[], clause: number, u: Unit): boolean {
  const own = clauses[clauseAt(clauses, u.span.start, u.span.end)];
  if (!own || own.kind !== 'subordinate' || own.lead !== 'if') return false;
  const main = clauses[clause];
  const verb = main?.verb;
  return main !== undefined && main !== own && verb !== undefined && CONDITIONAL.test(text.slice(verb.start, verb.end));
}

