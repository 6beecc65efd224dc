/** Tokenizer: one linear regex pass turns text into word, number and punctuation tokens. */

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
  /** First letter upper-case. */
  capital: boolean;
}

const TOKEN_RE = /[A-Za-z]+|\d+|[^\sA-Za-z\d]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  // Next `\n` and `\r` at or after prevEnd, found with indexOf and advanced lazily (linear overall).
  let nextN = -1;
  let nextR = -1;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : (c | 32) >= 97 && (c | 32) <= 122 ? 'word' : 'punct';
    const start = m.index;
    let newline = false;
    if (start > prevEnd) {
      if (nextN < prevEnd) { const k = text.indexOf('\n', prevEnd); nextN = k < 0 ? Infinity : k; }
      if (nextR < prevEnd) { const k = text.indexOf('\r', prevEnd); nextR = k < 0 ? Infinity : k; }
      newline = nextN < start || nextR < start;
    }
    tokens.push({
      text: t, lower: kind === 'word' ? t.toLowerCase() : t, kind, start, end: start + t.length,
      gap: start - prevEnd, newline, capital: c >= 65 && c <= 90,
    });
    prevEnd = start + t.length;
  }
  return tokens;
}
