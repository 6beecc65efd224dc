/**
 * Finds the publication date near the top of a text: a `Published:`/`Updated:`/`Posted` line, a wire
 * dateline (`CITY, Month Day, Year -`), or a line under the headline that holds only a date; failing those, a
 * labelled date line at the text's foot (`Posted: ...`) or a date alone on its last line (a signed newsletter).
 * Never a date from the body: only the first lines (about 600 characters) and the last few (about 300) are read.
 */
import { combine } from './combine.js';
import { zoneSuffix } from './resolve.js';
import { recognize } from './recognize.js';
import { type Token, tokenize } from '../text/tokens.js';
import type { Recognized } from './recognize.js';

export interface DocumentDateMatch {
  /** TimeML value: `2022-01-07`, `2022-01-07T19:06`, `2025-11-20T17:12-05:00`, `1775-04-18TMO`. */
  value: string;
  start: number;
  end: number;
  text: string;
}

const HEAD_CHARS = 600;
const HEAD_LINES = 8;
/**
 * A publication keyword shortly before the date on its line: capitalized as a label (`Published`,
 * `Updated on`, `POSTED`), with a colon (`date:`), or a fixed phrase (`last updated`); not `was dated` in prose.
 */
/** Capitalized labels (`Published`, `POSTED`), lower-case ones only before a colon (`date:`), and fixed phrases. */
const LABELS = new Set(['Published', 'Updated', 'Posted', 'Modified', 'Date', 'Dated', 'Released', 'Issued', 'PUBLISHED', 'UPDATED', 'POSTED', 'DATE']);
const COLON_LABELS = new Set(['published', 'updated', 'posted', 'modified', 'date', 'dated']);
const LABEL_PHRASES = new Set(['first published', 'last updated', 'last modified', 'published on', 'updated on', 'posted on',
  // A court's: `Judgment handed down: 2 October 2019`, `Judgment delivered on 4 May 2020`.
  'handed down', 'judgment delivered', 'judgement delivered', 'delivered on']);
const WORD_RE = /[A-Za-z]+/g;
/**
 * A label opening its line, capitalized or not: `Published`, `posted`, `Updated`, `Sent` (then a space or a colon); and a
 * meeting record's heading, whose meeting day is the text's (`Minutes of the ordinary meeting held on Tuesday 10 March
 * 2026`, `Agenda for the meeting on 17 March 2026`).
 */
const LINE_LABEL_RE = /^\s{0,3}(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ss]ubmitted|[Ww]ritten|[Ss]ent|PUBLISHED|POSTED|UPDATED|Minutes|MINUTES|Agenda|AGENDA|(?:[Pp]ress|[Nn]ews|[Mm]edia) [Rr]elease|(?:PRESS|NEWS|MEDIA) RELEASE)(?=\s|:|,)/;
/** Labels in lower case right before a date (`, released `, `, published on `). */
const LOWER_LABELS = new Set(['released', 'published', 'updated', 'posted', 'issued', 'dated']);
/** Whether `before` ends with a lower-case label (and `on`), alone on its line or after a separator (`Bulletin, released `). */
function lowerLabelBefore(before: string): boolean {
  const words = before.trimEnd().split(' ');
  if (words[words.length - 1] === 'on') words.pop();
  if (!LOWER_LABELS.has(words.pop() ?? '')) return false;
  const rest = words.join(' ').trimEnd();
  // (Or after the one word naming what was issued, opening its line: `Notice issued Thursday 3 September 2026`.)
  return rest === '' || ',;|·•–—-'.includes(rest[rest.length - 1]!) || ISSUED_THING.test(rest);
}
/** One capitalized word opening its line, naming a document (`Notice`, `Statement`, `Bulletin`). */
const ISSUED_THING = /^\s{0,3}\p{Lu}\p{Ll}{2,20}$/u;
/** Characters that may stand between a label opening its line and the date (`by Harwick District Council, `). */
const LINE_LABEL_GAP = 60;
const COLON_AFTER_RE = /^\s{0,2}:/;
/** Characters that may stand between the keyword and the date (`Published: Mon, `). */
const KEYWORD_GAP = 24;
/** True when a publication keyword ends at most KEYWORD_GAP characters before the end of `before` (one line). */
function endsWithKeyword(before: string): boolean {
  // A line that opens with its label, in lower case too (`posted by wren_k · 16 Mar 2026`, `Published by Harwick District
  // Council, 1 December 2026`): the date may stand further from it.
  const opening = LINE_LABEL_RE.exec(before);
  if (opening && before.length - opening[0].length <= LINE_LABEL_GAP) return true;
  const tail = before.slice(-(KEYWORD_GAP + 20));
  const words = [...tail.matchAll(WORD_RE)];
  for (const [i, m] of words.entries()) {
    const word = m[0];
    const next = words[i + 1];
    let end = -1;
    if (LABELS.has(word)) end = m.index + word.length;
    else if (COLON_LABELS.has(word) && COLON_AFTER_RE.test(tail.slice(m.index + word.length))) end = m.index + word.length;
    if (next && next.index === m.index + word.length + 1 && LABEL_PHRASES.has(`${word.toLowerCase()} ${next[0]}`)) {
      end = next.index + next[0].length;
    }
    if (end >= 0 && tail.length - end <= KEYWORD_GAP) return true;
  }
  return false;
}
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}.'’-]{0,20}$/u;
const NAME_WORD = /^[\p{L}.'’-]{1,20}$/u;
/** A byline's name before its separator: `By Jane Doe`, `Jean-Luc O'Neill`. */
function isBylineName(s: string): boolean {
  const words = (s.startsWith('By ') ? s.slice(3) : s).split(' ');
  return words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}
/** Words of a byline that names no one (`By our City staff`, `By a Correspondent`, `By Staff Reporters`). */
const STAFF_WORDS = new Set(['our', 'a', 'staff', 'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'team', 'desk', 'and']);
/** Whether a byline's words (after `By`) name a person or the paper's staff: capitalized words, or the staff's words. */
function isStaffByline(s: string): boolean {
  const words = s.trim().split(' ');
  return words.length <= 6 && words.every((w) => NAME_WORD.test(w) || STAFF_WORDS.has(w.toLowerCase())) && (isBylineName(s.trim()) || words.some((w) => STAFF_WORDS.has(w.toLowerCase())));
}
const DATE_VALUE_RE = /^\d{4}-\d{2}-\d{2}$/;
const PLACE_PART_RE = /^[A-Z][\p{L} .'-]{1,40}$/u;
/** A dateline's place before its date: a city, then at most one state or country part (`SAN JOSE, Calif.,`). */
function isDatelinePlace(before: string): boolean {
  const parts = before.trimEnd().split(',');
  if (parts.length < 2 || parts.length > 3 || parts[parts.length - 1] !== '' || before.length - before.trimEnd().length > 3) return false;
  return parts.slice(0, -1).every((p, k) => PLACE_PART_RE.test(k === 0 ? p : p.trimStart()) && (k === 0 || p.length - p.trimStart().length <= 3));
}

/**
 * Wire dateline: `BEIJING, Jan. 7, 2022 -`, `SAN JOSE, Calif., 2026-03-10 —`, `(Reuters) -` or a press wire between
 * slashes (`/PRNewswire/ --`) right after the date; `before` is its line up to the date, `after` the rest of the line.
 */
function isDateline(before: string, after: string): boolean {
  return /^\s{0,3}(\([^()\n]{1,40}\)\s{0,3}|\/[^/\n]{1,40}\/\s{0,3})?[-–—:]/.test(after) && isDatelinePlace(before);
}

/** A dash opening the rest of a dateline's line, before its story. */
const DASH_OPENING_RE = /^\s{0,3}[-–—]{1,2}\s/;
const CAPITALS_CITY_RE = /^[\p{Lu}][\p{Lu} .'-]{1,40}(,|$)/u;
const DASHES = new Set(['-', '–', '—']);
/**
 * A dateline whose date comes after the place and a wire credit: `LAKEPORT, Minn. (AP) — Jan. 5, 2027`,
 * `GENEVA — 4 March 2026`, `NEWARK, N.J. (AP) — March 21, 2013 — Dockworkers voted ...`; `lead` is the line before the date, trimmed at its end.
 */
function isDatelineBeforeDate(lead: string): boolean {
  if (!DASHES.has(lead.slice(-1))) return false;
  let place = lead.slice(0, -1).trimEnd();
  let credit = false;
  if (place.endsWith(')')) {
    const open = place.lastIndexOf('(');
    if (open < 0 || place.length - open > 42 || place.slice(open + 1, -1).includes('\n')) return false;
    place = place.slice(0, open).trimEnd();
    credit = true;
  }
  if (place === '') return false;
  // (A city in capitals, as wires write it, or a credit in brackets: `The talks ended — March 4` is prose.)
  return (credit || CAPITALS_CITY_RE.test(place)) && isDatelinePlace(`${place},`);
}

/**
 * Whether the date at [start, end) of `text` is a dateline opening its line (`NAIROBI, Oct. 13 (Wire) — ...`): in a
 * digest of wire items, each item's own date.
 */
export function isDatelineAt(text: string, start: number, end: number): boolean {
  // Only the 60 characters before the date are read: a long line without breaks must not be scanned for each date.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 60 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return isDateline(text.slice(lineStart, start), text.slice(end, end + 50));
}

/** End (exclusive) of the head of a text: the first few lines, about 600 characters. */
function headEnd(text: string): number {
  let limit = Math.min(text.length, HEAD_CHARS);
  let lines = 0;
  for (let k = 0; k < limit; k++) {
    if (text.charCodeAt(k) === 10 && ++lines >= HEAD_LINES) { limit = k; break; }
  }
  // Extend to the end of the line so that a date is not cut in half.
  const nl = text.indexOf('\n', limit);
  return nl < 0 ? Math.min(text.length, limit + 80) : Math.min(nl, limit + 80);
}

/** Characters and lines at the foot of a text where a labelled publication date may stand (`Posted: 2 December 2026`). */
const FOOT_CHARS = 300;
const FOOT_LINES = 4;

/** Start of the foot of a text: its last few lines, at most about 300 characters, never inside its head. */
function footStart(text: string, head: number): number {
  let start = text.length;
  let lines = 0;
  // (A text's closing line breaks are not lines of its foot.)
  let k = text.length;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  for (; k > 0; k--) {
    if (text.length - k >= FOOT_CHARS) {
      // (Cut short inside a line: the foot starts at the next line.)
      const nl = text.indexOf('\n', start);
      start = nl < 0 ? text.length : nl + 1;
      break;
    }
    if (text.charCodeAt(k - 1) === 10 && ++lines >= FOOT_LINES) break;
    start = k - 1;
  }
  return Math.max(start, head);
}

/** The publication date stated near the top of a text (or on a labelled line at its foot), or null. */
export function findDocumentDate(text: string): DocumentDateMatch | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const headLimit = headEnd(text);
  const head = text.slice(0, headLimit);
  const toks = tokenize(head);
  const found = documentDateFrom(head, toks, combine(toks, recognize(toks, {})));
  const from = footStart(text, headLimit);
  if (found || from >= text.length) return found;
  // The foot read on its own, its offsets moved back to the text's.
  const foot = text.slice(from);
  const footToks = tokenize(foot);
  const atFoot = labelledFootDate(foot, footToks, combine(footToks, recognize(footToks, {})));
  return atFoot && { ...atFoot, start: atFoot.start + from, end: atFoot.end + from };
}

/**
 * The publication date among expressions already recognized in a text: in its head, or else at its foot, on a line
 * that opens with a label (`Posted: Wednesday 2 December 2026, 11:42`, `Last updated 4 May 2026`) or alone on the
 * last line (a newsletter signed `Jo Walsh, Group Leader` / `10 September 2026`).
 */
export function documentDateFrom(text: string, toks: readonly Token[], items: readonly Recognized[]): DocumentDateMatch | null {
  const limit = headEnd(text);
  const found = headDate(text, toks, items, limit);
  if (found) return found;
  const from = footStart(text, limit);
  // (Only the last expressions are read, from the end back.)
  let first = items.length;
  while (first > 0 && toks[items[first - 1]!.from]!.start >= from) first--;
  return first < items.length ? labelledFootDate(text, toks, items.slice(first)) : null;
}

/** The date of a labelled line among `items` (a foot's): its label opens the line. */
function labelledFootDate(text: string, toks: readonly Token[], items: readonly Recognized[]): DocumentDateMatch | null {
  for (const item of items) {
    const s = item.spec;
    if (s.kind !== 'abs' || !s.value || s.offset || !DATE_VALUE_RE.test(s.value)) continue;
    const start = toks[item.from]!.start;
    const end = toks[item.to - 1]!.end;
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const opening = LINE_LABEL_RE.exec(before) ?? FOOT_LABEL_RE.exec(before);
    // (A date alone on the text's last line, as a letter or a newsletter is signed and dated, is its date too.)
    const signed = before.trim() === '' && text.slice(end).trim() === '';
    if (!signed && (!opening || before.length - opening[0].length > KEYWORD_GAP)) continue;
    return { value: s.value + (s.time ? s.time + zoneSuffix(s.value, s) : ''), start, end, text: text.slice(start, end) };
  }
  return null;
}

/** Labels of a foot's date line besides LINE_LABEL_RE's (`Last updated`, `First published`, `Date:`). */
const FOOT_LABEL_RE = /^\s{0,3}(?:[Ll]ast (?:updated|modified|reviewed)|[Ff]irst published|[Dd]ate:|[Pp]age (?:updated|last updated))(?=\s|:)/;

function headDate(text: string, toks: readonly Token[], items: readonly Recognized[], limit: number): DocumentDateMatch | null {
  for (const item of items) {
    const start = toks[item.from]!.start;
    if (start >= limit) break;
    const s = item.spec;
    if (s.kind !== 'abs' || !s.value || s.offset || !DATE_VALUE_RE.test(s.value)) continue;
    const end = toks[item.to - 1]!.end;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    // (The 200 characters after the date are all that is read: the line may run on for a megabyte.)
    const ahead = text.slice(end, end + 200);
    const lineEnd = ahead.indexOf('\n');
    const before = text.slice(lineStart, start);
    const after = lineEnd < 0 ? ahead : ahead.slice(0, lineEnd);
    const keyword = endsWithKeyword(before);
    const dateline = isDateline(before, after);
    // A line that holds little besides the date (a date line under the headline).
    const dateLine = before.trim().length <= 12 && after.trim().length <= 24 && !/[a-z]{4}\s{1,3}[a-z]{4}/.test(after);
    // A byline or a masthead with the date: `By Jane Doe | March 6, 2024`, `Jane Doe · 6 March 2024`, `The Harbour
    // Gazette, Thursday 8 October 2026` (a comma or dash only when the date ends the line).
    const lead = before.trimEnd();
    // (A masthead's name is capitalized word by word: `Battle of Alma, 20 September 1854` is a list's entry.)
    // (A full stop may end it: `THE WENHOLT GAZETTE, SATURDAY, MARCH 18, 1871.`)
    const masthead = /[,–—-]$/.test(lead) && (after.trim() === '' || after.trim() === '.') && lead.slice(0, -1).trim().split(' ').every((w) => CAPITALIZED_WORD.test(w));
    const separator = /[|•·]$/.test(lead) || masthead;
    // (`Jane Doe | Reporter | January 5, 2027`: a name and a role, each set off; `By Jane Doe on January 5, 2027`.)
    const byline = lead.length <= 70 && after.trim().length <= 24
      && ((separator && lead.slice(0, -1).split(/[|•·]/).every((part) => isBylineName(part.trim())))
        || (/^By .{3,50} on$/.test(lead) && isBylineName(lead.slice(0, -3)))
        // (`By our City staff, 9 January 2027`, `By Jane Doe, March 6, 2024`: a byline, a comma, and the date ending the line.)
        || (after.trim() === '' && /^By [^,.;:]{3,50},$/.test(lead) && isStaffByline(lead.slice(3, -1))));
    // (Or the story runs on after a second dash: `NEWARK, N.J. (AP) — March 21, 2013 — Union dockworkers voted ...`.)
    const datelineFirst = (after.trim() === '' || DASH_OPENING_RE.test(after)) && isDatelineBeforeDate(lead);
    // `Statistical bulletin, released 17 November 2026`: a label in lower case right before a date that ends its line.
    const labelledLine = after.trim() === '' && lowerLabelBefore(before);
    if (!keyword && !dateline && !dateLine && !byline && !datelineFirst && !labelledLine) continue;
    // The time stays, with its zone (`5:12 p.m. ET`), and so does a part of day (`the morning of April 18, 1775`).
    return { value: s.value + (s.time ? s.time + zoneSuffix(s.value, s) : ''), start, end, text: text.slice(start, end) };
  }
  return null;
}
