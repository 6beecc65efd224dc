/**
 * Splits an article into paragraphs (body, caption, heading metadata) and sentences, keeping exact
 * UTF-16 offsets into the original text. Sentence breaks come from Intl.Segmenter, then
 * abbreviation fixes (`Jan. 4`, `U.S. Army`, `Mr. Smith`) join the pieces it split wrongly.
 */
import { isNavigationLine, opensTrailer } from './page-furniture.js';
import type { SegmentKind, TextSpan } from '../model/types.js';
import { ABBREVIATIONS } from './lexicon.js';
import { isSpace, type Token } from './tokens.js';

export type ParagraphKind = 'title' | 'metadata' | 'caption' | 'body';

export interface Paragraph extends TextSpan {
  index: number;
  kind: ParagraphKind;
  /** End of the paragraph's content, before a trailing photo credit like `(Photo: Xinhua)`. */
  contentEnd: number;
  /** End of a leading wire dateline (`GENEVA, March 3, 2023 (Reuters) - `), or `start` when none. */
  datelineEnd: number;
}

export interface Sentence extends TextSpan {
  paragraph: number;
  /** Position of the sentence inside its paragraph, 0-based. */
  position: number;
  kind: SegmentKind;
}

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The first title line, when the text starts with one. */
  title?: string;
}

const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
/** Abbreviations after which a sentence never ends (titles, `No.`, `vs.`, `Roe v. Wade`). */
const ALWAYS_JOIN = /(?:^|[\s("“])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Cpl|Adm|Maj|Rev|Hon|hon|Rt|Wm|Thos|Chas|Jas|St|Mt|Ft|No|Nos|vs|v|approx|e\.g|i\.e|cf|Inc|Corp|Co|Ltd|Bros)\.\s{0,3}$/;
const MONTH_END = new RegExp(`(?:^|[\\s(])(?:${MONTH_ABBR})\\.\\s{0,3}$`);
const CIRCA_END = /(?:^|[\s(])c(?:a|irc)?\.\s{0,3}$/;
const COORDINATE_END = /(?:^|[\s(])(?:long|lat)\.\s{0,3}$/i;
const CLOCK_END = /\d\s{0,2}[ap]\.m\.\s{0,3}$/i;
const CLOCK_NEXT = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|Eastern|Central|Mountain|Pacific|Atlantic)$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** Initialisms (`U.S.`), single initials (`J.`) and US state abbreviations (`Calif.`). */
const MAYBE_JOIN = /(?:(?:^|[\s("“])(?:[A-Z]\.){1,4}|(?:^|[\s(])(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.)\s{0,3}$/;
/** Words that usually open a new sentence, so an initialism before them ends the last one. */
const SENTENCE_OPENERS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ 'the a an he she it they we i you this that these those there but and so yet however meanwhile its his her their our in on at after before when while if as some many most one two three'.split(' '),
);

const PHOTO_CREDIT = /\s{0,3}\(\s{0,2}(?:Photo|Photos|Picture|Image)s?\s{0,2}:[^()\n]{0,80}\)\s{0,3}$|(?:^|(?<=[.!?"”]\s{0,3}))\s{0,3}(?:Photo|Photos|Picture|Image|File photo)\s{0,2}:[^.\n]{0,60}$/i;
const CAPTION_DATELINE = new RegExp(
  `,\\s{1,3}[A-Z][^,\\n]{1,40},\\s{1,3}(?:(?:${MONTH_ABBR})\\.?|January|February|March|April|May|June|July|August|September|October|November|December)\\s{1,3}\\d{1,2},\\s{1,3}\\d{4}\\.\\s{0,3}$`,
);
const METADATA_LINE = /^(?:By\s|Published|Updated|Posted|Last updated|Source\s{0,2}:|Photo\s{0,2}:|Photos\s{0,2}:|Image\s{0,2}:|Editor|Reporting by|Writing by|Editing by|\(Reporting)/i;
const BULLET = /^[-•*–]\s/;
const TERMINAL = /[.!?]["”’)\]]{0,2}\s{0,3}$/;
/** A paragraph ends a sentence, its citation marks aside (`... in 1861.[1][4]`). */
const endsSentence = (para: string): boolean => TERMINAL.test(para.slice(Math.max(0, para.length - 40), citationMarksBefore(para, 0, para.length)));
/** `CANBERRA, Australia (AP) —`, and a place with no comma before its dash (`NEW YORK —`, `LONDON (Reuters) -`). */
const WIRE_DATELINE_HEAD = /^[A-Z][A-Z'.-]{1,20}(?:\s{1,2}[A-Z][A-Z'.-]{1,20}){0,3}(?:,|\s{1,2}(?:\([A-Za-z .]{1,20}\)\s{1,2})?[–—-])/;
/** A speaker label in capitals, with the speaker's name in brackets or not, then a colon (`ANCHOR:`, `DR. LEE (guest):`). */
const SPEAKER_LABEL = /^[A-Z][A-Z.'-]{0,20}(?: [A-Z][A-Z.'-]{0,20}){0,2}(?: \([^()\n]{1,40}\))?: {1,3}/;
const WIRE_DATELINE_DASH = /\s[-–—]{1,2}\s{1,3}|\)_{1,2}\s{1,3}/;
/** A date and a dash after a dateline's place (`March 21, 2013 — `, `Friday 4 May 2026 - `, `2026-05-04 — `). */
const DATELINE_DATE = /^(?:[A-Z][a-z]{2,8},?\s)?(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4}|\d{4}-\d{2}-\d{2})\s{1,3}[-–—]{1,2}\s{1,3}/;


/** Marks that close a sentence or a line, so that a next line in lower case is no hard wrap. */
const LINE_CLOSERS = new Set(['.', '!', '?', ':', '"', '”', ')', ']']);

/**
 * Paragraph spans, one per line. A line that does not end a sentence and is followed by a line
 * starting in lower case is a hard wrap, and joins the next one.
 */
function paragraphSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  // Each line, trimmed, either joins the paragraph before it or starts one (no list of lines in between).
  const add = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    const last = spans[spans.length - 1];
    // The last character of the paragraph so far, not an end-anchored regex over all of it (a long run of
    // hard-wrapped lines would make that quadratic).
    if (last && startsLowerCase(text, a) && !LINE_CLOSERS.has(text[last.end - 1]!) && !/\n[ \t\r]{0,20}\n/.test(text.slice(last.end, a))) {
      last.end = b;
    } else {
      spans.push({ start: a, end: b });
    }
  };
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    add(from, at);
    from = at + 1;
  }
  add(from, text.length);
  return spans;
}

/** Whether the UTF-16 unit at `at` is a lower-case letter (`\p{Ll}`), without a regex for ASCII. */
function startsLowerCase(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? c >= 97 && c <= 122 : /^\p{Ll}/u.test(text[at]!);
}

/** Words a section label may not hold: a date's (`Monday: rain`), a pronoun's or a verb's (`He said: ...`). */
const NOT_LABEL_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow', 'yesterday', 'morning',
  'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'winter', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'noon', 'midnight',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'asked', 'asks', 'replied', 'explained', 'warned', 'and', 'or', 'but', 'the', 'a', 'an',
]);

/**
 * `Ethics: The study was approved ...`, `What's next: City travel ...`, `Team news: ...`: a section label of one to three
 * words and a colon before a sentence that starts with a capital heads it as a dateline heads a story. Where the label
 * ends, or -1. Read word by word.
 */
function sectionLabelEnd(para: string): number {
  const colon = para.indexOf(': ');
  if (colon < 2 || colon > 24) return -1;
  const words = para.slice(0, colon).split(' ');
  if (words.length > 3 || !/^[A-Z][a-z]/.test(words[0]!)) return -1;
  for (const w of words) if (!/^[A-Za-z][a-z'’-]{0,15}$/.test(w) || NOT_LABEL_WORDS.has(w.toLowerCase())) return -1;
  let at = colon + 1;
  while (at < para.length && para[at] === ' ') at++;
  return /^["“]?[A-Z]/.test(para.slice(at, at + 2)) ? at : -1;
}

/** Offset where a leading wire dateline ends, or -1. */
function datelineEnd(para: string): number {
  // A transcript's speaker label (`ANCHOR:`, `REPORTER (Kirsty Dunn):`, `Q:`) heads its turn as a dateline heads a story.
  const speaker = SPEAKER_LABEL.exec(para);
  if (speaker) return speaker[0].length;
  const label = sectionLabelEnd(para);
  if (label > 0) return label;
  if (!WIRE_DATELINE_HEAD.test(para)) return -1;
  const dash = WIRE_DATELINE_DASH.exec(para.slice(0, 110));
  if (!dash) return -1;
  const end = dash.index + dash[0].length;
  // `NEWARK, N.J. (AP) — March 21, 2013 — Union dockworkers ...`: a date set off by a second dash is the dateline's too.
  const dated = DATELINE_DATE.exec(para.slice(end, end + 48));
  return dated ? end + dated[0].length : end;
}

/** Words after `By` that open a sentence, not a name (`By 1916 the front ...`, `By the spring ...`, `By March ...`). */
const NOT_A_NAME = new Set([
  'the', 'then', 'now', 'that', 'this', 'early', 'late', 'mid', 'midday', 'noon', 'dawn', 'nightfall', 'evening', 'morning',
  'afternoon', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'contrast', 'comparison', 'law', 'far', 'all', 'most', 'some', 'year', 'next', 'last',
]);

/**
 * Whether a paragraph that opens with `By` is a byline (`By Anna Kowalski`, `By JANE DOE, Reuters`) rather than a
 * sentence (`By 1916 the front had been static.`, `By the spring of 1916 ...`): a name follows, and it is no
 * sentence of some length.
 */
function isByline(para: string): boolean {
  const m = /^By\s{1,3}([^\s,]+)/i.exec(para);
  if (!m) return false;
  const word = m[1]!;
  if (!/^\p{Lu}/u.test(word) || NOT_A_NAME.has(word.toLowerCase().replace(/[.,]$/, ''))) return false;
  return !(endsSentence(para) && para.length > 80);
}

function classify(text: string, spans: TextSpan[]): Paragraph[] {
  const out: Paragraph[] = [];
  let inHeader = true;
  // Past a heading of the lists after an article (`Related stories`, `Comments (2)`), every line is furniture.
  let inTrailer = false;
  for (let index = 0; index < spans.length; index++) {
    const s = spans[index]!;
    const para = text.slice(s.start, s.end);
    if (inTrailer || (index > 0 && !inHeader && opensTrailer(para)) || (inHeader && isNavigationLine(para))) {
      inTrailer ||= !inHeader;
      out.push({ start: s.start, end: s.end, index, kind: 'metadata', contentEnd: s.end, datelineEnd: s.start });
      continue;
    }
    let kind: ParagraphKind = 'body';
    if (inHeader && index < 6 && index < spans.length - 1 && !endsSentence(para) && !BULLET.test(para) && para.length < 300) {
      kind = out.some((p) => p.kind === 'title') ? 'metadata' : 'title';
    } else {
      inHeader = false;
    }
    if (para.length < 200 && METADATA_LINE.test(para) && (!/^By\s/i.test(para) || isByline(para))) kind = index === 0 && kind === 'title' ? 'title' : 'metadata';
    if (kind === 'title' && /^By\s/i.test(para) && isByline(para)) kind = 'metadata';
    let contentEnd = s.end;
    if (kind === 'body') {
      // The credit sits at the very end: search a bounded tail so the end-anchored pattern stays linear.
      const tailStart = Math.max(0, para.length - 120);
      const tail = para.slice(tailStart);
      // Every credit has a colon: a tail without one skips the pattern.
      const credit = tail.includes(':') ? PHOTO_CREDIT.exec(tail) : null;
      const creditAt = credit ? tailStart + credit.index : -1;
      if (credit && creditAt > 0) {
        contentEnd = s.start + creditAt;
        kind = 'caption';
      } else if (credit && creditAt === 0) {
        kind = 'metadata';
      }
      const firstSentenceEnd = para.search(/[.!?]\s{1,3}[A-Z"“]/);
      const firstSentence = firstSentenceEnd >= 0 ? para.slice(0, firstSentenceEnd + 1) : para;
      if (kind === 'body' && CAPTION_DATELINE.test(firstSentence.slice(-100))) kind = 'caption';
    }
    const dl = kind === 'body' ? datelineEnd(para) : -1;
    out.push({ start: s.start, end: s.end, index, kind, contentEnd, datelineEnd: dl > 0 ? s.start + dl : s.start });
  }
  return out;
}

function shouldJoin(whole: string, next: string): boolean {
  // Only the tail matters (an abbreviation is short); a bounded slice keeps the end-anchored patterns linear.
  const prev = whole.slice(-24);
  if (ALWAYS_JOIN.test(prev)) return true;
  // A break at a hard-wrapped line end: no closing punctuation, the next piece goes on in lower case.
  if (/\n\s{0,3}$/.test(prev) && !/[.!?:;"”’)\]]\s{0,3}$/.test(prev) && /^\s{0,3}\p{Ll}/u.test(next)) return true;
  const nextWord = /^\s{0,3}["“(]?([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  if (MONTH_END.test(prev)) return /^\d/.test(nextWord);
  // `c. 600 BC`, `ca. 1850`: circa before a number; `in long. 27° W`, `lat. 51° N`: a coordinate's word before its degrees.
  if (CIRCA_END.test(prev) || COORDINATE_END.test(prev)) return /^\d/.test(nextWord);
  // `10 p.m. Sunday`, `7 a.m. ET`, `9 a.m. local time`: the clock's dot does not end the sentence.
  if (CLOCK_END.test(prev)) return /^\p{Ll}/u.test(nextWord) || CLOCK_NEXT.test(nextWord);
  if (MAYBE_JOIN.test(prev)) {
    if (nextWord === '') return false;
    if (/^[\p{Ll}\d]/u.test(nextWord)) return true;
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** The sentence segmenter, made on first use (no work when the module loads). */
let segmenter: Intl.Segmenter | undefined;

const CHUNK = 4000;

/** Marks that may close a sentence after its terminal mark: quotes and brackets. */
const isCloser = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/**
 * The offset right after the last sentence end inside [from, to) (a terminal mark `.!?`, at most two closing
 * quotes or brackets, a space: what `/[.!?]["”’)\]]{0,2}\s/g` would last match over that text), or -1.
 * Read backwards in place: matches cannot overlap (each starts at a terminal, which no match holds after
 * its first character), so the last one is the one that starts last.
 */
function lastSentenceEnd(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i + 1;
    while (j < to && j - i <= 2 && isCloser(text.charCodeAt(j))) j++;
    if (j < to && isSpace(text.charCodeAt(j))) return j + 1;
  }
  return -1;
}

/** The offset right after the last plain space inside [from, to), or -1. */
function afterLastSpace(text: string, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (text.charCodeAt(k) === 32) return k + 1;
  return -1;
}

/** [from, to) pieces of [start, end), about CHUNK long, each ending after a sentence end where there is one. */
function segmentChunks(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (from < end) {
    let to = Math.min(end, from + CHUNK);
    if (to < end) {
      const half = from + CHUNK / 2;
      let cut = lastSentenceEnd(text, half, to);
      if (cut < 0) cut = afterLastSpace(text, half, to);
      if (cut >= 0) to = cut;
    }
    out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Whether [start, end) of `text` holds a character where Intl.Segmenter may end a sentence: an ASCII
 * terminal mark (`.!?`), a line break, or anything outside ASCII (by char code: no slice, no regex).
 */
function hasBreakChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c >= 0x80) return true;
  }
  return false;
}

/** Length of text after which a chunk is cut for the segmenter at the next sure break. */
const PART = 512;

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * The first offset at or after `from` (and before `to`) where the sentence segmenter breaks whatever text
 * lies around it, or `to`: after a lower-case letter, a terminal mark (`.!?`) and one space, before an
 * upper-case letter (`ended. The`). The Unicode sentence rules (UAX #29) always break there (no rule
 * joins a terminal, a space and an upper-case letter), and neither side's breaks depend on the other
 * (the rules' look-ahead past a terminal and its spaces stops at the mark, their look-back at the letter).
 */
function sureBreakAfter(text: string, from: number, to: number): number {
  for (let q = Math.max(from, 3); q < to; q++) {
    if (!isUpperAscii(text.charCodeAt(q)) || text.charCodeAt(q - 1) !== 32) continue;
    const mark = text.charCodeAt(q - 2);
    if ((mark === 46 || mark === 33 || mark === 63) && isLowerAscii(text.charCodeAt(q - 3))) return q;
  }
  return to;
}

/** The sentence segmenter's pieces of [a, b) of `text`, in order, as offsets into `text`. */
function segmentInto(text: string, a: number, b: number, piece: (from: number, to: number) => void): void {
  if (isAsciiIn(text, a, b)) {
    asciiSentencesInto(text, a, b, piece);
    return;
  }
  for (const seg of (segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })).segment(text.slice(a, b))) {
    piece(a + seg.index, a + seg.index + seg.segment.length);
  }
}

function isAsciiIn(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Sentence_Break classes (UAX #29) of the ASCII characters: no ASCII character is Sep, OLetter, Format or Extend. */
const SB_OTHER = 0, SB_CR = 1, SB_LF = 2, SB_SP = 3, SB_LOWER = 4, SB_UPPER = 5, SB_NUMERIC = 6, SB_ATERM = 7, SB_STERM = 8, SB_CLOSE = 9, SB_SCONTINUE = 10;
const SB_CLASSES = /* @__PURE__ */ (() => {
  const out = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    out[c] = c === 13 ? SB_CR : c === 10 ? SB_LF : c === 9 || c === 11 || c === 12 || c === 32 ? SB_SP : c >= 97 && c <= 122 ? SB_LOWER
      : c >= 65 && c <= 90 ? SB_UPPER : c >= 48 && c <= 57 ? SB_NUMERIC : c === 46 ? SB_ATERM : c === 33 || c === 63 ? SB_STERM
      : c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 ? SB_CLOSE
      : c === 44 || c === 45 || c === 58 || c === 59 ? SB_SCONTINUE : SB_OTHER;
  }
  return out;
})();

/**
 * The sentences of ASCII text[a, b) as Intl.Segmenter gives them (the Unicode sentence rules, UAX #29, SB3 to SB11: the
 * same breaks on every ASCII string compared), without its cost per call and per piece. One pass: the context
 * `SATerm Close* Sp*` before each place is carried along, and SB8's look-ahead for a lower-case letter is read once
 * for each stretch it crosses.
 */
function asciiSentencesInto(text: string, a: number, b: number, piece: (from: number, to: number) => void): void {
  let start = a;
  // The terminal (SB_ATERM or SB_STERM) that the text before the place ends with, followed by Close* Sp* (else 0), and
  // whether a space followed it.
  let term = 0;
  let spaced = false;
  // SB8's look-ahead from the last place it was read at: the first character at or after it that decides it, and whether
  // that is a lower-case letter.
  let decides = -1;
  let lower = false;
  for (let i = a + 1; i < b; i++) {
    const prev = SB_CLASSES[text.charCodeAt(i - 1)]!;
    const cur = SB_CLASSES[text.charCodeAt(i)]!;
    if (prev === SB_ATERM || prev === SB_STERM) {
      term = prev;
      spaced = false;
    }
    else if (prev === SB_CLOSE) { if (spaced) term = 0; }
    else if (prev === SB_SP) spaced = true;
    else term = 0;
    let joined: boolean;
    if (prev === SB_CR && cur === SB_LF) joined = true; // SB3
    else if (prev === SB_CR || prev === SB_LF) joined = false; // SB4
    else if (prev === SB_ATERM && cur === SB_NUMERIC) joined = true; // SB6
    else if (prev === SB_ATERM && cur === SB_UPPER && i - 2 >= a && isCased(SB_CLASSES[text.charCodeAt(i - 2)]!)) joined = true; // SB7
    else if (term === 0) joined = true; // SB998
    else {
      if (term === SB_ATERM && decides < i) {
        decides = i;
        while (decides < b && !decidesLower(SB_CLASSES[text.charCodeAt(decides)]!)) decides++;
        lower = decides < b && SB_CLASSES[text.charCodeAt(decides)] === SB_LOWER;
      }
      joined = (term === SB_ATERM && lower) // SB8
        || cur === SB_SCONTINUE || cur === SB_ATERM || cur === SB_STERM // SB8a
        || cur === SB_SP || cur === SB_CR || cur === SB_LF // SB9, SB10
        || (!spaced && cur === SB_CLOSE); // SB9
    }
    if (!joined) {
      piece(start, i);
      start = i;
    }
  }
  if (b > a) piece(start, b);
}

const isCased = (c: number): boolean => c === SB_UPPER || c === SB_LOWER;
/** A class that ends SB8's look-ahead (OLetter, Upper, Lower, ParaSep or SATerm; no ASCII character is OLetter or Sep). */
const decidesLower = (c: number): boolean => c === SB_LOWER || c === SB_UPPER || c === SB_CR || c === SB_LF || c === SB_ATERM || c === SB_STERM;

/** Sentence spans inside [start, end) of `text`, trimmed, with abbreviation fixes. */
export function sentenceSpans(text: string, start: number, end: number): TextSpan[] {
  // A piece no longer than a chunk without any place where a sentence may end (a date line, a heading):
  // one sentence, trimmed, with none of the passes below.
  if (end - start <= CHUNK && !hasBreakChar(text, start, end)) {
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    return b > a ? [{ start: a, end: b }] : [];
  }
  // The pieces go through the passes below as they come, one piece behind: no list of them all.
  const out: TextSpan[] = [];
  // The sentence being joined from pieces, [lastStart, lastEnd), none while lastStart < 0.
  let lastStart = -1;
  let lastEnd = -1;
  const finish = (): void => {
    let a = lastStart;
    let b = lastEnd;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    // The citation marks that close a sentence (`since 1984.[2]`) are no words of it.
    const cut = citationMarksBefore(text, a, b);
    if (cut > a && /[.!?"”’)]/.test(text[cut - 1]!)) b = cut;
    if (b > a) out.push({ start: a, end: b });
  };
  const join = (from: number, to: number): void => {
    // Only the ends matter: a bounded tail and head keep a long run of joins linear.
    if (lastStart >= 0 && shouldJoin(text.slice(Math.max(lastStart, lastEnd - 24), lastEnd), text.slice(from, Math.min(to, from + 40)))) {
      lastEnd = to;
      return;
    }
    if (lastStart >= 0) finish();
    lastStart = from;
    lastEnd = to;
  };
  // The piece before the current one, whose end may still move: [pendingStart, pendingEnd), none while pendingStart < 0.
  let pendingStart = -1;
  let pendingEnd = -1;
  const piece = (from: number, to: number): void => {
    if (pendingStart >= 0) {
      // Opening brackets/quotes left at a piece's end belong to the next piece (`left.(Photo`).
      let e = pendingEnd;
      while (e > pendingStart && OPENERS.includes(text[e - 1]!)) e--;
      if (e > pendingStart && e < pendingEnd) {
        from = e;
        pendingEnd = e;
      }
      // ... but citation marks after a sentence's end (`opened in 1861.[1] It ...`) close that sentence.
      if (text.charCodeAt(from) === 91) {
        CITATION_MARKS.lastIndex = from;
        const marks = CITATION_MARKS.exec(text);
        if (marks && from + marks[0].length <= to) {
          pendingEnd = from + marks[0].length;
          from = pendingEnd;
        }
      }
      join(pendingStart, pendingEnd);
      if (from >= to) {
        pendingStart = -1;
        return;
      }
    }
    pendingStart = from;
    pendingEnd = to;
  };
  // Intl.Segmenter slows down more than linearly on long runs of short sentences, so a paragraph is
  // segmented in chunks that end at a sentence end (or, in a sentence longer than a chunk, at a space).
  for (const [from, to] of segmentChunks(text, start, end)) {
    // A sentence break needs a terminal mark (ASCII `.!?` or a mark outside ASCII) or a line break: a chunk of
    // ASCII without any (a heading, a date line) is one sentence, and skips the segmenter's cost.
    if (!hasBreakChar(text, from, to)) {
      piece(from, to);
      continue;
    }
    // The segmenter's cost per sentence grows with the length of what it was given: a chunk goes to it in
    // parts cut where it breaks in any case (see sureBreakAfter), which gives the same sentences.
    for (let a = from; a < to;) {
      const b = to - a > PART ? sureBreakAfter(text, a + PART, to) : to;
      // Inside a part, each stretch between two sure breaks that holds no other place where a sentence may end
      // (most sentences of prose: `The council met. `) is one sentence as it stands; only the stretches that hold
      // one (`U.S. St. `, `5.5 percent`) go to the segmenter, the ones next to each other in one call.
      let rest = a;
      for (let s = a, q = sureBreakAfter(text, a + 3, b); ; s = q, q = sureBreakAfter(text, q + 1, b)) {
        // The last stretch ends at a sure break only when the part was cut at one.
        const end = q < b ? q : b < to ? b : -1;
        if (end < 0) break;
        if (!hasBreakChar(text, s, end - 2)) {
          if (rest < s) segmentInto(text, rest, s, piece);
          piece(s, end);
          rest = end;
        }
        if (q >= b) break;
      }
      if (rest < b) segmentInto(text, rest, b, piece);
      a = b;
    }
  }
  if (pendingStart >= 0) join(pendingStart, pendingEnd);
  if (lastStart >= 0) finish();
  return out;
}

/** Where the citation marks that end text[a, b) begin (`.[1][4]` -> the first `[`), or b when it ends with none. */
function citationMarksBefore(text: string, a: number, b: number): number {
  let end = b;
  for (let marks = 0; marks < 4 && end > a && text.charCodeAt(end - 1) === 93; marks++) {
    let k = end - 2;
    while (k > a && k >= end - 4 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k--;
    if (k === end - 2 || text.charCodeAt(k) !== 91) break;
    end = k;
  }
  return end;
}

/** Citation marks (`[1]`, `[12][14]`) where a piece starts. */
const CITATION_MARKS = /(?:\[\d{1,3}\]){1,4}/y;

/** Opening brackets and quotes, which go with the piece after them. */
const OPENERS = '("“‘[';

/** Paragraphs, sentences and the title of an article. */
export function segmentText(text: string): Segmentation {
  const paragraphs = classify(text, paragraphSpans(text));
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'title' || p.kind === 'metadata') continue;
    const kind: SegmentKind = p.kind === 'caption' ? 'caption' : 'sentence';
    const spans = sentenceSpans(text, p.start, p.contentEnd);
    for (let position = 0; position < spans.length; position++) {
      const s = spans[position]!;
      sentences.push({ start: s.start, end: s.end, paragraph: p.index, position, kind });
    }
  }
  const titlePara = paragraphs.find((p) => p.kind === 'title');
  const title = titlePara ? text.slice(titlePara.start, titlePara.end) : undefined;
  return title === undefined ? { paragraphs, sentences } : { paragraphs, sentences, title };
}

/**
 * The same sentence breaks seen from tokens, for the tagger's one pass: the sentence number of every
 * token (a new sentence after `.`/`!`/`?` before a capital or a non-word, unless after an abbreviation
 * or an initial, and at a line break).
 */
export function sentenceIds(toks: readonly Token[]): Int32Array {
  const ids = new Int32Array(toks.length);
  let id = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (i > 0 && t.newline) id++;
    else if (i > 0 && t.gap > 0) {
      const p = toks[i - 1]!;
      if ((p.text === '.' || p.text === '!' || p.text === '?') && (t.capital || t.kind !== 'word')) {
        const w = toks[i - 2];
        const abbrev = p.text === '.' && w && w.gap >= 0 && (ABBREVIATIONS.has(w.lower) || (w.kind === 'word' && w.text.length === 1));
        if (!abbrev) id++;
      }
    }
    ids[i] = id;
  }
  return ids;
}

/**
 * Sentence numbers of tokens from sentence spans already found (so that a text is split once): each
 * span is one sentence, and so is each stretch of tokens between spans (a title, a metadata line),
 * numbered in text order. Linear.
 */
export function sentenceIdsFromSpans(toks: readonly Token[], spans: readonly TextSpan[]): Int32Array {
  const ids = new Int32Array(toks.length);
  let k = 0;
  let id = -1;
  let region = -1; // 2k+1 inside span k, 2k in the gap before it
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    const here = k < spans.length && t.start >= spans[k]!.start ? 2 * k + 1 : 2 * k;
    // A gap's lines are sentences of their own, as the tokens' own breaks would make them.
    if (here !== region || (here % 2 === 0 && t.newline)) id++;
    region = here;
    ids[i] = id;
  }
  return ids;
}
