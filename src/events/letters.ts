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

/** A comma-separated item of a masthead or a signature: capitalized words, numbers and place words (`FY2 General Surgery`). */
function namesItem(item: string): boolean {
  const ws = item.split(/\s+/).filter((w) => w !== '');
  return ws.length > 0 && ws.length <= 5 && ws.every((w) => /^[\p{Lu}\d][\p{L}\d'’.&-]{0,24}$/u.test(w) || PLACE_WORDS.has(w.toLowerCase()));
}

/** Whether the line `p` is names set off by commas, then its one date (`THE KELSO GAZETTE, MONDAY, MAY 4, 1868.`, `Dr A. Rowe, Ward 4, 3 May 2027`). */
function isNamesThenDate(text: string, p: TextSpan, dates: readonly Timex[]): boolean {
  if (dates.length !== 1) return false;
  const date = dates[0]!;
  if (!/^[\s.]*$/.test(text.slice(date.end, p.end))) return false;
  const before = text.slice(p.start, date.start);
  const comma = before.lastIndexOf(',');
  if (comma < 0 || !/^\s*$/.test(before.slice(comma + 1))) return false;
  const items = before.slice(0, comma).split(',');
  // (One name alone before the date is a masthead's in capitals, `THE KELSO GAZETTE,`: `Grand Opening, 5 May` names a happening.)
  const masthead = items.length === 1 && !/\p{Ll}/u.test(items[0]!) && /\p{Lu}{2}/u.test(items[0]!);
  return (items.length >= 2 || masthead) && items.length <= 4 && items.every(namesItem);
}

/**
 * Indices of the paragraphs that are a masthead or a signature: the first or the last line of a text, names set off by
 * commas and then a date (`THE KELSO GAZETTE, MONDAY, MAY 4, 1868.` atop a report, `Dr A. Rowe, FY2 Surgery, 3 May
 * 2027` under a summary). The date is when the text was printed or signed: it tells no happening.
 */
export function mastheadsAndSignatures(text: string, paragraphs: readonly Paragraph[], datesIn: (p: Paragraph) => Timex[]): number[] {
  const out: number[] = [];
  if (paragraphs.length < 2) return out;
  const ends = [0, paragraphs.length - 1];
  for (const k of ends) {
    const p = paragraphs[k];
    if (p && !text.slice(p.start, p.end).includes('\n') && isNamesThenDate(text, p, datesIn(p))) out.push(k);
  }
  return out;
}
