/**
 * Words of a sentence from the tagger's tokens: tokens glued together (`Kassym-Jomart`, `Iraq's`,
 * `U.S.`, `$1.6`, `1,000`, `38%`) become one word; spaces and other marks separate words.
 */
import { ABBREVIATIONS } from './lexicon.js';
import { tokenCursor, type Token } from './tokens.js';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** `punct` for a mark standing alone (`,`, `;`, `"`, `(`, `--`). */
  kind: 'word' | 'num' | 'punct';
  /** First letter upper-case. */
  capital: boolean;
}

const JOINERS = new Set(["'", '’', '-', '.', '&', '/']);
const CURRENCY = new Set(['$', '€', '£', '#', '¥']);
/** Letters outside ASCII are single-character tokens to the tagger; here they are letters. */
const isAlnum = (t: Token | undefined): boolean => t !== undefined
  && (t.kind !== 'punct' || (t.text.length === 1 && t.text.charCodeAt(0) >= 128 && /^[\p{L}\p{N}]$/u.test(t.text)));

/** `\p{Lu}` at the start of `s`, without a regex when it starts in ASCII. */
function startsUpperCase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(s);
}

/** Whether a word so far ending before a `.` keeps that dot (`U.S.`, `Mr.`, `J.`). */
function keepsDot(word: string): boolean {
  const initials = isAscii(word) ? asciiInitials(word) : /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
  return initials || ABBREVIATIONS.has(word.toLowerCase());
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) >= 128) return false;
  return true;
}

/**
 * For ASCII text, what the two patterns of keepsDot say: letters joined by single dots (`U.S`), or one
 * upper-case letter (`J`).
 */
function asciiInitials(word: string): boolean {
  if (word.length === 1) return word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90;
  if (word.length % 2 === 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (k % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}

/** Words of `text` between `start` and `end` (offsets into `text`). Linear in the length. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  // Tokens come from a cursor into a short window that starts at the current word's first token (a word
  // looks at most one token past its own): the tokens of a long sentence are never all kept at once.
  const next = tokenCursor(text, start, end);
  const win: Token[] = [];
  let base = 0;
  const tok = (k: number): Token | undefined => {
    while (base + win.length <= k) {
      const t = next();
      if (t === undefined) return undefined;
      win.push(t);
    }
    return win[k - base];
  };
  const out: Word[] = [];
  let i = 0;
  for (let first = tok(0); first !== undefined; first = tok(i)) {
    if (i - base >= 64) {
      win.splice(0, i - base);
      base = i;
    }
    let j = i + 1;
    if (CURRENCY.has(first.text) && tok(j)?.kind === 'num' && tok(j)!.gap === 0) j++;
    if (isAlnum(first) || j > i + 1) {
      // Glue: alnum alnum, alnum joiner alnum, num , num (`1,000`), num % (`38%`).
      for (;;) {
        const t = tok(j);
        if (!t || t.gap !== 0) break;
        const prev = tok(j - 1)!;
        if (isAlnum(t) && isAlnum(prev)) { j++; continue; }
        const after = tok(j + 1);
        if ((JOINERS.has(t.text) || (t.text === ',' && prev.kind === 'num')) && isAlnum(after) && after!.gap === 0
          && (t.text !== ',' || after!.kind === 'num')) { j += 2; continue; }
        if (t.text === '%' && prev.kind === 'num') { j++; continue; }
        if (t.text === '.' && keepsDot(text.slice(start + first.start, start + prev.end))) { j++; break; }
        break;
      }
    }
    const a = start + first.start;
    const b = start + tok(j - 1)!.end;
    const s = text.slice(a, b);
    const kind = first.kind === 'num' || (CURRENCY.has(first.text) && j > i + 1) ? 'num' : isAlnum(first) ? 'word' : 'punct';
    out.push({ text: s, lower: s.toLowerCase(), start: a, end: b, kind, capital: startsUpperCase(s) });
    i = j;
  }
  return out;
}
