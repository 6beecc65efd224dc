/**
 * Words of a sentence from the tagger's tokens: tokens glued together (`Kassym-Jomart`, `Iraq's`,
 * `U.S.`, `$1.6`, `1,000`, `38%`) become one word; spaces and other marks separate words.
 */
import { ABBREVIATIONS } from './lexicon.js';
import { isSpace, tokenEndAt } from './tokens.js';

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

/** Token kinds as the tagger's tokenizer gives them, by first character. */
const WORD = 0;
const NUM = 1;
const PUNCT = 2;

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

/** Fields of a token in the window's buffer: where it starts and ends, its kind, the spaces before it. */
const FIELDS = 4;
/** The largest buffer kept from one call to the next (entries). */
const SHARED_WINDOW = 4096 * FIELDS;
/** The window's buffer, lent from one call of wordsOf to the next (wordsOf never calls itself); it grows as a word needs. */
let windowBuffer: Int32Array | null = null;

/**
 * The tokens of text[start, end) (as the tagger's tokenizer splits them) in a short window of one typed array:
 * where each starts and ends, its kind and the spaces before it. No object or array per token.
 */
class TokenWindow {
  private buf: Int32Array;
  /** Index of the first token the window holds, and how many it holds. */
  private base = 0;
  private count = 0;
  private p: number;
  private prevEnd: number;

  constructor(private readonly text: string, start: number, private readonly limit: number) {
    this.buf = (windowBuffer ??= new Int32Array(256 * FIELDS));
    this.p = start;
    this.prevEnd = start;
  }

  /** Whether token k exists (reading on to it); k is at least the window's base. */
  has(k: number): boolean {
    const { text, limit } = this;
    while (this.base + this.count <= k) {
      while (this.p < limit && isSpace(text.charCodeAt(this.p))) this.p++;
      if (this.p >= limit) return false;
      const c = text.charCodeAt(this.p);
      const e = tokenEndAt(text, this.p, limit);
      if ((this.count + 1) * FIELDS > this.buf.length) {
        const grown = new Int32Array(this.buf.length * 2);
        grown.set(this.buf);
        this.buf = grown;
        // Kept for the next call only while small: a hostile word of endless glued tokens leaves nothing large behind.
        if (grown.length <= SHARED_WINDOW) windowBuffer = grown;
      }
      const at = this.count * FIELDS;
      this.buf[at] = this.p;
      this.buf[at + 1] = e;
      this.buf[at + 2] = (c | 32) >= 97 && (c | 32) <= 122 ? WORD : c >= 48 && c <= 57 ? NUM : PUNCT;
      this.buf[at + 3] = this.p - this.prevEnd;
      this.count++;
      this.p = e;
      this.prevEnd = e;
    }
    return true;
  }
  start(k: number): number { return this.buf[(k - this.base) * FIELDS]!; }
  end(k: number): number { return this.buf[(k - this.base) * FIELDS + 1]!; }
  kind(k: number): number { return this.buf[(k - this.base) * FIELDS + 2]!; }
  gap(k: number): number { return this.buf[(k - this.base) * FIELDS + 3]!; }
  /** Token k's one character, or '' when it is longer (a run of marks). */
  char(k: number): string {
    const s = this.start(k);
    return this.end(k) === s + 1 ? this.text[s]! : '';
  }
  /** A letter or number: a word or number token, or a letter or digit outside ASCII (one character each to the tokenizer). */
  alnum(k: number): boolean {
    if (!this.has(k)) return false;
    if (this.kind(k) !== PUNCT) return true;
    const ch = this.char(k);
    return ch !== '' && ch.charCodeAt(0) >= 128 && /^[\p{L}\p{N}]$/u.test(ch);
  }
  /** Index of the first token the window holds. */
  get first(): number { return this.base; }
  /** Drops the tokens before k. */
  dropBefore(k: number): void {
    const n = k - this.base;
    this.buf.copyWithin(0, n * FIELDS, this.count * FIELDS);
    this.count -= n;
    this.base = k;
  }
}

/** Words of `text` between `start` and `end` (offsets into `text`). Linear in the length. */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  // Tokens come into a short window that starts at the current word's first token (a word looks at most one
  // token past its own): the tokens of a long sentence are never all kept at once.
  const w = new TokenWindow(text, start, end);
  const out: Word[] = [];
  let i = 0;
  while (w.has(i)) {
    if (i - w.first >= 64) w.dropBefore(i);
    let j = i + 1;
    const currency = CURRENCY.has(w.char(i));
    if (currency && w.has(j) && w.kind(j) === NUM && w.gap(j) === 0) j++;
    if (w.alnum(i) || j > i + 1) {
      // Glue: alnum alnum, alnum joiner alnum, num , num (`1,000`), num % (`38%`).
      for (;;) {
        if (!w.has(j) || w.gap(j) !== 0) break;
        if (w.alnum(j) && w.alnum(j - 1)) { j++; continue; }
        const mark = w.char(j);
        const afterPrevNum = w.kind(j - 1) === NUM;
        if ((JOINERS.has(mark) || (mark === ',' && afterPrevNum)) && w.alnum(j + 1) && w.gap(j + 1) === 0
          && (mark !== ',' || w.kind(j + 1) === NUM)) { j += 2; continue; }
        if (mark === '%' && afterPrevNum) { j++; continue; }
        if (mark === '.' && keepsDot(text.slice(w.start(i), w.end(j - 1)))) { j++; break; }
        break;
      }
    }
    const a = w.start(i);
    const b = w.end(j - 1);
    const s = text.slice(a, b);
    const kind = w.kind(i) === NUM || (currency && j > i + 1) ? 'num' : w.alnum(i) ? 'word' : 'punct';
    out.push({ text: s, lower: s.toLowerCase(), start: a, end: b, kind, capital: startsUpperCase(s) });
    i = j;
  }
  return out;
}
