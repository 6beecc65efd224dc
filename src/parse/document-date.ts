/**
 * Finds the publication date near the top of a text: a `Published:`/`Updated:`/`Posted` line, a wire
 * dateline (`CITY, Month Day, Year -`), or a line under the headline that holds only a date.
 * Never a date from the body: only the first lines (about 600 characters) are read.
 */
import { combine } from './combine.js';
import { recognize } from './recognize.js';
import { tokenize } from './tokens.js';

export interface DocumentDateMatch {
  /** TimeML value: `2022-01-07` or `2022-01-07T19:06`. */
  value: string;
  start: number;
  end: number;
  text: string;
}

const HEAD_CHARS = 600;
const HEAD_LINES = 8;
const KEYWORD_RE = /\b(published|updated|posted|last updated|first published|date|dated|released|issued)\b/i;
const DATE_VALUE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The publication date stated near the top of a text, or null. */
export function findDocumentDate(text: string): DocumentDateMatch | null {
  let limit = Math.min(text.length, HEAD_CHARS);
  let lines = 0;
  for (let k = 0; k < limit; k++) {
    if (text.charCodeAt(k) === 10 && ++lines >= HEAD_LINES) { limit = k; break; }
  }
  // Extend to the end of the line so that a date is not cut in half.
  const nl = text.indexOf('\n', limit);
  const head = text.slice(0, nl < 0 ? Math.min(text.length, limit + 80) : Math.min(nl, limit + 80));
  const toks = tokenize(head);
  const items = combine(toks, recognize(toks, {}));
  for (const item of items) {
    const s = item.spec;
    if (s.kind !== 'abs' || !s.value || !DATE_VALUE_RE.test(s.value)) continue;
    const start = toks[item.from]!.start;
    const end = toks[item.to - 1]!.end;
    const lineStart = head.lastIndexOf('\n', start - 1) + 1;
    const lineEndRaw = head.indexOf('\n', end);
    const lineEnd = lineEndRaw < 0 ? head.length : lineEndRaw;
    const before = head.slice(lineStart, start);
    const after = head.slice(end, lineEnd);
    const keyword = KEYWORD_RE.test(before);
    // Wire dateline: `BEIJING, Jan. 7, 2022 -` or `(Reuters) -` right after the date.
    const dateline = /^\s{0,3}(\([^()\n]{1,40}\)\s{0,3})?[-–—:]/.test(after) && /^[A-Z][A-Za-z .'-]{1,40},\s{0,3}$/.test(before);
    // A line that holds little besides the date (a date line under the headline).
    const dateLine = before.trim().length <= 12 && after.trim().length <= 24 && !/[a-z]{4,}\s+[a-z]{4,}/.test(after);
    if (!keyword && !dateline && !dateLine) continue;
    return { value: s.value + (s.time && /^T\d/.test(s.time) ? s.time : ''), start, end, text: head.slice(start, end) };
  }
  return null;
}
