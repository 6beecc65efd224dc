/**
 * Lines that date the entry below them rather than tell a happening: a live blog's time stamp on its own line
 * (`10:45 GMT`) or before a dash (`10:45 – Police said ...`), and a release's heading that names a version and its
 * date (`## 4.1.2 (2025-08-04)`, `Version 3.0 — 12 May 2024`), whose subheadings (`### Fixed`) pass the date on to
 * the lines below them.
 */
import type { Timex } from '../model/types.js';
import { firstIndex } from '../text/search.js';
import type { Paragraph } from '../text/sentences.js';
import { isSpace } from '../text/tokens.js';

/** A time stamp that opens a live-blog entry on its own line (`10:45 GMT`) or before a dash (`10:45 – Police ...`). */
const STAMP_WORDS = /\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local time|updated|update)\b/gi;

/** First index of `sorted` (by start) whose start is at or after `at`. */
const firstFrom = (sorted: readonly Timex[], at: number): number => firstIndex(sorted, (t) => t.start < at);

/** The timexes of `sorted` (by start) that lie inside [start, end), the first `most` of them: a binary search, not a scan of them all. */
export function within(sorted: readonly Timex[], start: number, end: number, most = Infinity): Timex[] {
  const out: Timex[] = [];
  for (let i = firstFrom(sorted, start); i < sorted.length && sorted[i]!.start < end && out.length < most; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** A day count's heading as the tagger finds it (`Day 3`). */
const DAY_COUNT = /^Day\s\d{1,3}$/;

/** A paragraph that is only a time stamp (`07:45 GMT`, `9.30am:`): a live-blog entry heading. */
export function headingTimex(text: string, p: Paragraph, anchors: Timex[]): Timex | null {
  // Two are enough to tell that it is not one (a long paragraph may hold very many).
  const inside = within(anchors, p.start, p.end, 2);
  if (inside.length !== 1) return null;
  const t = inside[0]!;
  const rest = (text.slice(p.start, t.start) + text.slice(t.end, p.end)).replace(STAMP_WORDS, '');
  return /^[\s:.,|–—()-]{0,8}$/.test(rest) || (rest.length <= 40 && isVersionLabel(rest)) ? t : null;
}

/** A time stamp that opens a paragraph before a dash or colon (`10:45 – Police said ...`), or a day count's heading (`Day 3.`). */
/** A year's value (`1137`, `2019`). */
const YEAR = /^\d{3,4}$/;
/** A day's value (`1852-10-05`). */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** A date written with its weekday or its month's name (`Tuesday 5th`, `4 October 1852`), not a count or a numeric date. */
const WEEKDAY_OR_MONTH = /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

export function leadingStamp(text: string, p: Paragraph, anchors: Timex[]): Timex | null {
  const first = within(anchors, p.start, Math.min(p.end, p.start + 24), 1)[0];
  if (!first) return null;
  // A day count's heading (`Day 3. The cliff section ...`) dates its paragraph as a stamp does.
  if (DAY_COUNT.test(first.text) && /^\d{4}-\d{2}-\d{2}$/.test(first.value) && first.start === p.start) {
    return /^\s{0,2}[.:–—|)-]\s/.test(text.slice(first.end, first.end + 4)) ? first : null;
  }
  // An annals' year heading its entry (`1137. There was famine ...`): a year alone, its stop, then the entry's words.
  if (first.type === 'DATE' && YEAR.test(first.value) && first.text === first.value && first.start === p.start) {
    return /^\.\s{1,3}\p{Lu}/u.test(text.slice(first.end, first.end + 5)) ? first : null;
  }
  // A log's or a diary's entry that opens with its day as a sentence of its own (`Tuesday 5th. Cleared the bar at
  // daybreak.`, `Monday 4 October 1852. Light airs.`): the day heads the entry's words.
  if (first.type === 'DATE' && DAY_VALUE.test(first.value) && first.start === p.start && WEEKDAY_OR_MONTH.test(first.text)) {
    return /^\.\s{1,3}\p{Lu}/u.test(text.slice(first.end, first.end + 5)) ? first : null;
  }
  if (first.type !== 'TIME' || !/T\d{2}:\d{2}/.test(first.value)) return null;
  const before = text.slice(p.start, first.start).replace(STAMP_WORDS, '');
  const after = text.slice(first.end, Math.min(p.end, first.end + 12)).replace(STAMP_WORDS, '');
  if (/^\s{0,2}$/.test(before) && /^\s{0,2}[:–—|-]\s/.test(after)) return first;
  return messageStart(text, p, first) > 0 ? first : null;
}

/** Before a chat message's stamp in brackets (`[14/02/2026, 09:12]`). */
const BRACKETED_STAMP_BEFORE = /^\s{0,2}[[(]\s{0,1}$/;
/** After a stamp in brackets: the closing bracket, and a dash if any (`] `, `) - `). */
const CLOSING_BRACKET = /^\s{0,1}[\])]\s{0,2}(?:[-–—]\s{1,2})?/;
/** After a stamp with no brackets: a dash (`14/02/2026, 18:47 - `). */
const DASH_AFTER = /^\s{1,2}[-–—]\s{1,2}/;
const UPPER = /\p{Lu}/u;
const NAME_CHAR = /[\p{L}'’.-]/u;

/**
 * Where a sender's name and its colon end when `s` opens with them (`Priya: `, `Sam Price: `): up to three words, each
 * with a capital first; -1 when it does not. Read character by character (no regex with nested repeats).
 */
function senderEnd(s: string): number {
  let i = 0;
  for (let words = 0; words < 3; words++) {
    if (!UPPER.test(s.charAt(i))) return -1;
    const from = i;
    i++;
    while (i < s.length && i - from <= 20 && NAME_CHAR.test(s.charAt(i))) i++;
    if (s.charAt(i) === ':') {
      i++;
      const spaces = i;
      while (i < s.length && i - spaces < 2 && isSpace(s.charCodeAt(i))) i++;
      return i > spaces ? i : -1;
    }
    if (s.charAt(i) !== ' ') return -1;
    i++;
  }
  return -1;
}

export function messageStart(text: string, p: Paragraph, stamp: Timex): number {
  if (stamp.start < p.start || stamp.end > p.end) return -1;
  const before = text.slice(p.start, stamp.start);
  const after = text.slice(stamp.end, Math.min(p.end, stamp.end + 72));
  if (BRACKETED_STAMP_BEFORE.test(before)) {
    const closing = CLOSING_BRACKET.exec(after);
    if (!closing) return -1;
    const sender = senderEnd(after.slice(closing[0].length));
    return stamp.end + closing[0].length + Math.max(0, sender);
  }
  const dash = /^\s{0,2}$/.test(before) ? DASH_AFTER.exec(after) : null;
  const sender = dash ? senderEnd(after.slice(dash[0].length)) : -1;
  return dash && sender > 0 ? stamp.end + dash[0].length + sender : -1;
}

/** A version number: `4.1.2`, `v2.0`, `10.3.1-rc1`. */
const VERSION = /^v?\d{1,4}(?:\.\d{1,4}){1,3}(?:-[a-z]{1,8}\d{0,3})?$/i;
/** A word that names a release before its number. */
const RELEASE_WORDS: ReadonlySet<string> = new Set(['version', 'release', 'v']);

/** Whether the words of a heading line besides its date name a version (`## 4.1.2 ()`, `Version 3.0 —`). */
export function isVersionLabel(rest: string): boolean {
  const words = rest.replace(/[()[\]:|–—#]/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== '-');
  if (words.length === 1) return VERSION.test(words[0]!);
  return words.length === 2 && RELEASE_WORDS.has(words[0]!.toLowerCase()) && VERSION.test(words[1]!);
}

/** A Markdown subheading with a few words and no date (`### Fixed`, `## Security fixes`). */
export function isSubheading(line: string): boolean {
  const t = line.trim();
  if (!t.startsWith('#') || t.length > 60) return false;
  const words = t.replace(/^#{1,6}/, '').trim().split(/\s+/);
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[A-Za-z&/-]{1,20}$/.test(w));
}
