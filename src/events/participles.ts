/**
 * Titles of participle clauses, which have no subject of their own: `Born in Leeds, Ellison studied ...` (the main
 * clause's subject was born), `before moving to the United States in 1961` (the subject moved), and a trailing
 * participle with a date of its own (`, surrendering that autumn`: the subject it shares surrendered; with an
 * object that holds a clause of its own, `, ending a debate that began in 2009`, the object is what the title reads).
 */
import type { Clause } from '../text/clauses.js';
import { DETERMINERS, pastOfParticiple } from '../text/lexicon.js';

/** Words in -ing that work as prepositions (`, including two children`), not as a participle's verb. */
const PREPOSITIONAL_ING: ReadonlySet<string> = new Set(['including', 'excluding', 'following', 'according', 'regarding', 'concerning',
  'considering', 'pending', 'during', 'notwithstanding', 'barring', 'beginning', 'starting', 'ending']);

/** Participles of saying: what follows is what was said. */
const SAYING_ING = /^(?:saying|adding|telling|warning|claiming|noting|arguing|explaining|insisting|stating|announcing|suggesting|predicting|estimating|promising|vowing|citing|calling|urging|describing)$/;

/** Whether a clause's verb takes an infinitive (`expect a low to arrive`): a participle after it may share the infinitive's subject. */
function infinitiveIn(c: Clause): boolean {
  return c.verb !== undefined && /^(?:expect|expects|expected|want|wants|wanted|allow|allows|allowed|cause|causes|caused|force|forces|forced|ask|asks|asked|tell|tells|told|help|helps|helped|urge|urges|urged)$/.test(c.verb.head);
}

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
  const shared = ing && c.subject?.inherited === true && lender?.kind !== 'attribution' && !PREPOSITIONAL_ING.has(ing[1]!);
  // (An object with no clause of its own that the date could belong to, `, leaving its leader without support for the
  // stage on Friday`, is told with its verb too: the subject left the leader without support.)
  // (Not a saying, `, saying demand would keep growing`; not a pronoun object; not after an infinitive whose own subject
  // the participle may share, `expect a low to arrive on Tuesday, bringing gusts`.)
  const parent = lender ? lender.end - lender.start : 0;
  const object = shared && !SAYING_ING.test(ing[1]!) && /^\s{0,3}(?:the|its|their|his|her|a|an|our)\s/i.test(rest)
    && !/\b(?:that|which|who|whom|whose|when|where)\b/i.test(rest) && parent > 0 && !infinitiveIn(lender!);
  const ownHappening = shared && (withoutObject(rest) || object);
  return ownHappening ? `${c.subject!.text} ${pastOfParticiple(ing[1]!)} ${rest}` : rest;
}
