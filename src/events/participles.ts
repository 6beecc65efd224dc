/**
 * Titles of participle clauses, which have no subject of their own: `Born in Leeds, Ellison studied ...` (the main
 * clause's subject was born), `before moving to the United States in 1961` (the subject moved), and a trailing
 * participle with a date of its own (`, surrendering that autumn`: the subject it shares surrendered; with an
 * object, `, ending a debate that began in 2009`, the object is what the title reads).
 */
import type { Clause } from '../text/clauses.js';
import { DETERMINERS, pastOfParticiple } from '../text/lexicon.js';

/** Words in -ing that work as prepositions (`, including two children`), not as a participle's verb. */
const PREPOSITIONAL_ING: ReadonlySet<string> = new Set(['including', 'excluding', 'following', 'according', 'regarding', 'concerning',
  'considering', 'pending', 'during', 'notwithstanding', 'barring', 'beginning', 'starting', 'ending']);

/** How many words a participle's complement may have and still be no object (`again`, `for good`, `to Bath`). */
const ADVERBIAL_WORDS = 4;

/** Whether the words after a participle (dates cut) hold no object: none, or a few that open with no noun phrase. */
function withoutObject(rest: string): boolean {
  const words = rest.replace(/[\s,;:.!?–—_-]+/g, ' ').trim().split(' ').filter((w) => w !== '');
  const first = words[0]?.toLowerCase() ?? '';
  return words.length <= ADVERBIAL_WORDS && !DETERMINERS.has(first) && !/^(?:it|him|her|them|us|me|that)$/.test(first) && !/^[\d£$€]/.test(first);
}

/**
 * The title body of participle clause `clauses[index]` from its words with the dates cut (`body`), or null when the
 * clause is none of the kinds read here (its title is then made as any clause's).
 */
export function participleBody(body: string, clauses: readonly Clause[], index: number, sentenceStart: number): string | null {
  const c = clauses[index]!;
  if (/^\s{0,3}Born\b/.test(body)) {
    // `Born in Leeds, Ellison studied physics`: the main clause's subject was born.
    const main = clauses[index + 1]?.kind === 'main' ? clauses[index + 1] : undefined;
    return main?.subject && !main.subject.inherited ? `${main.subject.text} was born${body.replace(/^\s{0,3}Born/, '')}` : body;
  }
  if (/^(?:before|after)$/.test(c.lead) && c.subject) {
    // `before moving to the United States in 1961` -> `Ellison moved to the United States`.
    const m = /^\s{0,3}(\p{Ll}{6,24})\s/u.exec(body);
    return m && m[1]!.endsWith('ing') ? `${c.subject.text} ${pastOfParticiple(m[1]!)} ${body.slice(m[0].length)}` : body;
  }
  if (c.lead !== '' || c.start <= sentenceStart) return null;
  // `, surrendering that autumn`, `, closing for good in 1958`: a participle with no object tells its own happening,
  // with the subject it shares (`Meridon surrendered`); `, ending a debate that began in 2009` reads as its object.
  const ing = /^\s{0,3}(\p{Ll}{2,20}ing)(?:\s{1,3}|$)/u.exec(body);
  const rest = ing ? body.slice(ing[0].length) : body;
  const lender = clauses[c.parent];
  const ownHappening = ing && c.subject?.inherited === true && lender?.kind !== 'attribution' && !PREPOSITIONAL_ING.has(ing[1]!) && withoutObject(rest);
  return ownHappening ? `${c.subject!.text} ${pastOfParticiple(ing[1]!)} ${rest}` : rest;
}
