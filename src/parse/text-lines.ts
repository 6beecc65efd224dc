/** Where a token sits among the lines and clauses of a text: small questions the tagger's walk asks of its tokens. */
import type { Token } from '../text/tokens.js';

/** Whether the token at `i` is the first of its line. */
export const opensLine = (toks: readonly Token[], i: number): boolean => i === 0 || toks[i]!.newline;

/** Tokens a letter's place may take before its date (`14 Brompton Square, Kensington,`). */
const PLACE_TOKENS = 8;

/**
 * Whether the token at `at` follows only a place and a comma on its line, as a letter's heading puts it (`Ashcombe
 * Rectory, 12th March 1864`, `14 Brompton Square, Kensington, 29th March 1864`): capitalized words, numbers, commas.
 */
export function afterPlaceOnLine(toks: readonly Token[], at: number): boolean {
  if (toks[at - 1]?.text !== ',') return false;
  for (let k = at - 2; k >= 0 && k >= at - 1 - PLACE_TOKENS; k--) {
    const t = toks[k]!;
    const placeWord = (t.kind === 'word' && t.text[0] !== t.lower[0]) || t.kind === 'num' || t.text === ',';
    if (!placeWord) return false;
    if (k === 0 || t.newline) return t.text !== ',';
  }
  return false;
}

/** Comparatives that, after `no` and before `than`, set a deadline or a floor (`no later than`, `no sooner than`). */
const DEADLINE_COMPARATIVES = new Set(['later', 'earlier', 'sooner']);
/** Pronouns that open a clause after `since` (`since he left`). */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'we', 'they']);

/**
 * Whether `since` or `than`, or the second `as` of `as many as` (`the same as`), comes earlier in the same clause (no
 * comma between but one setting the date off in apposition: `as many as in our first full year, 2020`), or `like`
 * right before.
 */
export function comparedWith(toks: readonly Token[], sent: Int32Array, at: number): boolean {
  // (`felt like 1989 again`: a date a thing is likened to, right after `like`, is no place the story reached.)
  if (toks[at - 1]?.lower === 'like' && sent[at - 1] === sent[at]) return true;
  for (let k = at - 1; k >= 0 && k >= at - 12 && sent[k] === sent[at]; k--) {
    const w = toks[k]!.lower;
    // (`since he first took the wheel in the spring of 1988`: a clause of its own tells a happening, no baseline.)
    if (w === 'since') return !SUBJECT_PRONOUNS.has(toks[k + 1]?.lower ?? '');
    // (`no later than 30 June`, `not earlier than May`: a deadline or a floor, no baseline of a comparison.)
    if (w === 'than') return !(DEADLINE_COMPARATIVES.has(toks[k - 1]?.lower ?? '') && /^(?:no|not)$/.test(toks[k - 2]?.lower ?? ''));
    // (Not an amount's `as high as $18 in 1996`: the date follows the amount, not the second `as`.)
    if (w === 'as' && (toks[k - 2]?.lower === 'as' || toks[k - 1]?.lower === 'same')) return !toks.slice(k + 1, at).some((t) => t.kind === 'num' || t.text === '$' || t.text === '£' || t.text === '€');
    if ((w === ',' && k < at - 1) || w === ';') return false;
  }
  return false;
}

/** Tokens a heading line may hold (`Autumn and winter`, `The siege of 1709`). */
const HEADING_TOKENS = 8;
/** Marks that end a sentence, which a heading does not end with. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';']);

/**
 * The first token of the heading line the token at `at` lies on, or -1: a short line of its own, a blank line (or the
 * text's end) after it, and no sentence mark at its end (`Autumn and winter` over the section it names).
 */
export function headingLineAt(toks: readonly Token[], at: number): number {
  let first = at;
  while (first > 0 && !toks[first]!.newline) {
    first--;
    if (at - first >= HEADING_TOKENS) return -1;
  }
  let last = at;
  while (last + 1 < toks.length && !toks[last + 1]!.newline) {
    last++;
    if (last - first >= HEADING_TOKENS) return -1;
  }
  const after = toks[last + 1];
  return (after === undefined || after.blank) && !SENTENCE_ENDS.has(toks[last]!.text) ? first : -1;
}
