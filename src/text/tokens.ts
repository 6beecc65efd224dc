/** Tokenizer: one linear pass over the characters turns text into word, number and punctuation tokens. */

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Original spelling. */
  text: string;
  /** Lower-cased spelling, the key of every table look-up. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Number of whitespace characters before this token (0 when glued to the previous one). */
  gap: number;
  /** A line break lies between the previous token and this one. */
  newline: boolean;
  /** A blank line (two line breaks or more) lies between the previous token and this one: a new paragraph. */
  blank: boolean;
  /** First letter upper-case. */
  capital: boolean;
}

/** Whitespace as JavaScript's `\s` defines it (so that offsets match what a regex would see). */
export function isSpace(c: number): boolean {
  // Printable ASCII first: most characters of a text are letters, digits or marks below 160.
  if (c > 32 && c < 160) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 5760 || (c >= 8192 && c <= 8202)
    || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Tokens: runs of ASCII letters, runs of digits, and every other non-space character on its own
 * (the split of /[A-Za-z]+|\d+|[^\sA-Za-z\d]/g, without a match object per token), except that a
 * run of three or more identical marks is one token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  let prevEnd = 0;
  let newline = false;
  /** Line breaks in the current gap (`\r\n` counts once). */
  let breaks = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(p + 1) !== 10)) {
        newline = true;
        breaks++;
      } else if (c === 13) newline = true;
      p++;
      continue;
    }
    const scan = tokenEnd(text, p, n);
    const e = scan >>> 1;
    const t = text.slice(p, e);
    // The literal stays here, apart from tokenCursor's: the engine learns that these tokens live long.
    tokens.push({
      text: t, lower: scan & 1 ? t.toLowerCase() : t, kind: kindOf(c), start: p, end: e,
      gap: p - prevEnd, newline, blank: breaks > 1, capital: c >= 65 && c <= 90,
    });
    p = e;
    prevEnd = e;
    newline = false;
    breaks = 0;
  }
  return tokens;
}

const kindOf = (c: number): TokenKind => (isLetter(c) ? 'word' : isDigit(c) ? 'num' : 'punct');

/**
 * Where the token that starts at `p` (not a space) ends, at most at `end`: that offset times two, plus one
 * when it is a word with an upper-case letter.
 */
function tokenEnd(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (isLetter(c)) {
    let upper = 0;
    while (p < end) {
      const d = text.charCodeAt(p);
      if (!isLetter(d)) break;
      if (d < 97) upper = 1;
      p++;
    }
    return p * 2 + upper;
  }
  if (isDigit(c)) {
    while (p < end && isDigit(text.charCodeAt(p))) p++;
    return p * 2;
  }
  p++;
  // A run of three or more of the same mark (`((((`, `-----`) is one token: no pattern reads it,
  // and hostile input of one repeated character then costs one token.
  if (p + 1 < end && text.charCodeAt(p) === c && text.charCodeAt(p + 1) === c) {
    while (p < end && text.charCodeAt(p) === c) p++;
  }
  return p * 2;
}

/** Where the token that starts at `p` (not a space) ends, at most at `end`: as tokenize splits text. */
export function tokenEndAt(text: string, p: number, end: number): number {
  return tokenEnd(text, p, end) >>> 1;
}
