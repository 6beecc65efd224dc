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

/** Whether `since` or `than` comes earlier in the same clause (no comma between). */
export function comparedWith(toks: readonly Token[], sent: Int32Array, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 12 && sent[k] === sent[at]; k--) {
    const w = toks[k]!.lower;
    if (w === 'since' || w === 'than') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}
