/**
 * Letters: the heading of a letter, a line that gives where and when it was written (`Ashcombe Rectory, 12th March
 * 1864`, `14 Brompton Square, Kensington, 29th March 1864`) before its salutation (`My dear Sophia,`), dates the
 * letter; it tells no happening of its own.
 */
import type { TextSpan, Timex } from '../model/types.js';
import type { Paragraph } from '../text/sentences.js';

/** A salutation line: `My dear Sophia,`, `Dearest Mother,`, `Dear Sir,`, `Sir,`, `Gentlemen:`. */
const SALUTATION = /^(?:(?:my|our)\s{1,3})?(?:dear|dearest|darling)\b|^(?:sir|madam|gentlemen)\s{0,2}[,:]/i;
const SALUTATION_MAX = 60;
/** Lower-case words a place or an address may hold (`Stratford upon Avon`, `Place de la Concorde`). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'upon', 'the', 'near', 'at', 'by', 'in', 'de', 'la', 'le', 'du', 'am', 'an', 'der', 'st']);

/** Whether `words` (the heading without its date) name a place: capitalized words, numbers and place words only. */
function namesPlace(words: string): boolean {
  const ws = words.split(/[\s,]+/).filter((w) => w !== '');
  return ws.length > 0 && ws.length <= 10 && ws.every((w) => /^[\p{Lu}\d]/u.test(w) || PLACE_WORDS.has(w.toLowerCase()));
}

/** Whether the line `p` is a letter's heading: a place and one date, the date at its start or end. */
function isHeading(text: string, p: TextSpan, dates: readonly Timex[]): boolean {
  if (dates.length !== 1) return false;
  const date = dates[0]!;
  const before = text.slice(p.start, date.start);
  const after = text.slice(date.end, p.end);
  if (/^[\s.,:;]*$/.test(after)) return namesPlace(before);
  return /^\s*$/.test(before) && namesPlace(after);
}

/**
 * Indices of the paragraphs that are letter headings: a line of a place and a date, followed by a salutation line.
 * `datesIn` gives a paragraph's calendar dates.
 */
export function letterHeadings(text: string, paragraphs: readonly Paragraph[], datesIn: (p: Paragraph) => Timex[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < paragraphs.length; k++) {
    const next = paragraphs[k + 1]!;
    const greeting = text.slice(next.start, next.end).trim();
    if (greeting.length > SALUTATION_MAX || !SALUTATION.test(greeting)) continue;
    const p = paragraphs[k]!;
    if (!text.slice(p.start, p.end).includes('\n') && isHeading(text, p, datesIn(p))) out.push(k);
  }
  return out;
}
