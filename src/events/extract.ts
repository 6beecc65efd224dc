/**
 * From tagged text to timeline events: one event per happening that a date anchors, each traceable
 * to its sentence, with a title, a precision and a one-line explanation of its date.
 */
import type { DateSource, Precision, SegmentKind, TextSpan, Timex, TimelineEvent } from '../model/types.js';
import { precisionOfValue } from '../parse/value-interval.js';
import { CLOSED_BY } from '../parse/tagger.js';
import { segmentText, type Paragraph, type Sentence } from './segment.js';
import { findUnits, type Unit } from './happenings.js';
import { isAttributionPart, isNameAndVerb, makeTitle, stripAttribution } from './title.js';
import { isCalendarValue, valueStartTime } from './values.js';
import { anchorDurationsElsewhere, mergeRepeats } from './merge.js';

/** An event before ids and ordering are settled. */
export interface DraftEvent {
  unit: Unit;
  sentence: Sentence;
  title: string;
  spans: TextSpan[];
  dateSource: DateSource;
  explanation: string;
  segment: SegmentKind;
  timexIds: string[];
}

export interface ExtractResult {
  events: TimelineEvent[];
  title?: string;
}

/** `from $361m`, `with a profit of $95 million`, `than 2.1 billion yen` right before a date: a comparison's baseline. */
const COMPARISON_BEFORE = /\b(?:from|with|versus|vs\.?|than)\s{1,3}(?:(?:an?|the|its)\s{1,3}(?:[a-z-]{2,15}\s{1,3}){0,2}of\s{1,3})?(?:about\s{1,3}|nearly\s{1,3})?[$€£#]?\d[\d.,]{0,12}\s{0,2}(?:[a-z%]{1,12}\s{1,2}){0,4}$/i;

/** A reporting verb right before a date (`said Wednesday`, `announced on Monday`). */
const REPORTED_DATE = /\b(?:said|says|announced|reported|confirmed|warned|stated|added)\s{1,3}(?:on\s{1,3})?$/i;


/** `since` right before the date, after a superlative or a record in the same stretch of text. */
const SINCE_BEFORE = /\bsince\s{1,3}(?:the\s{1,3})?$/i;
const SUPERLATIVE_WORDS = new Set(['highest', 'lowest', 'biggest', 'largest', 'strongest', 'weakest', 'worst', 'best', 'deadliest',
  'warmest', 'coldest', 'wettest', 'driest', 'fastest', 'slowest', 'record']);
/** Words that make a superlative only after a determiner (`the first`, `its most`), not in `most of`. */
const DETERMINED_SUPERLATIVES = new Set(['most', 'first', 'only']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
const WORD = /[a-z]+/gi;
/** A superlative among the words: one of the usual ones, or `the/its ...est`. */
function hasSuperlative(clause: string): boolean {
  const words = clause.toLowerCase().match(WORD) ?? [];
  return words.some((w, i) => SUPERLATIVE_WORDS.has(w) || ((DETERMINED_SUPERLATIVES.has(w) || (w.length > 4 && w.endsWith('est'))) && DETERMINERS.has(words[i - 1] ?? '')));
}
/** How far before `since` a superlative may stand (`its highest level since`), within one clause. */
const SUPERLATIVE_REACH = 45;
export function isSuperlativeBaseline(before: string): boolean {
  if (!SINCE_BEFORE.test(before)) return false;
  const near = before.slice(-SUPERLATIVE_REACH);
  const clause = near.slice(Math.max(near.lastIndexOf(','), near.lastIndexOf(';'), near.lastIndexOf(':')) + 1);
  return hasSuperlative(clause);
}
const GREETING = /^(?:Good (?:morning|afternoon|evening)|Hello|Hi|Welcome)\b/i;
const BOUNDARY = /,\s{1,3}(?=(?:which|who|where)\b)|,\s{1,3}and\b|;\s{0,3}|\s[-–—_]{1,2}\s{1,3}|\b(?:before|after|despite|while|whereas|although|though|but|when|until|since)\b(?!-)/gi;

/** `, who took over in 2021 after X,` before a lowercase word (the main verb). */
const ASIDE = /,[ \t]{1,3}(?:who|whose|which)[ \t][^,;]{1,120},(?=[ \t]{1,3}\p{Ll})/gu;

/** [start, end) of each double-quoted stretch of a sentence. */
function quotedStretches(body: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of body.matchAll(/["“][^"“”]{1,400}["”]/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

interface Boundary {
  /** Where the clause before the boundary ends. */
  cut: number;
  /** Where the clause after it begins (after punctuation; a connective word stays in it). */
  resume: number;
}

/** Clause boundaries inside a sentence, skipping words that introduce a timex (`until 30 April`). */
function boundaries(text: string, s: TextSpan, timexes: Timex[], single: boolean): Boundary[] {
  const out: Boundary[] = [];
  const body = text.slice(s.start, s.end);
  const quotes = quotedStretches(body);
  // `Lenz, who took over in 2021, said ...`: the aside ends at its closing comma, where the main clause resumes.
  for (const m of body.matchAll(ASIDE)) {
    const close = s.start + m.index + m[0].length - 1;
    const spaces = /^[ \t]*/.exec(text.slice(close + 1, close + 4))![0].length;
    out.push({ cut: close, resume: close + 1 + spaces });
  }
  // Matches, quotations and timexes all come in text order: one pointer each keeps this linear.
  const starts = timexes.map((t) => t.start).sort((a, b) => a - b);
  let q = 0;
  let next = 0;
  for (const m of body.matchAll(BOUNDARY)) {
    // Words inside a quotation (`"a painful but necessary reset," he wrote`) do not split the sentence.
    while (q < quotes.length && quotes[q]![1] <= m.index) q++;
    if (q < quotes.length && m.index > quotes[q]![0]) continue;
    // A lone date in a `when`/`while` clause dates the main clause too; `, and` splits only between dates.
    if (single && /^(?:when|while|,\s{1,3}and)$/i.test(m[0])) continue;
    const cut = s.start + m.index;
    const end = cut + m[0].length;
    while (next < starts.length && starts[next]! < end) next++;
    const introducesTimex = next < starts.length && starts[next]! - end <= 5 && /^\s{0,3}(?:the\s{1,3})?$/i.test(text.slice(end, starts[next]));
    if (introducesTimex) continue;
    const punct = /^[,;\s–—-]*/.exec(m[0])![0].length;
    out.push({ cut, resume: cut + punct });
  }
  return out;
}

/** The part of a sentence that tells one unit's happening, between the clause boundaries around it. */
function clauseWindow(s: TextSpan, bounds: Boundary[], u: Unit): TextSpan {
  let start = s.start;
  let end = s.end;
  for (const b of bounds) {
    if (b.resume <= u.span.start) start = Math.max(start, b.resume);
    if (b.cut >= u.span.end && b.cut < end) end = b.cut;
  }
  return { start, end };
}

/**
 * Two happenings with no clause boundary between them (`approved X on Monday, ending a debate that
 * began in 2009`) are split at the last comma between them, else at the last `and`.
 */
function splitBetween(text: string, units: Unit[], bounds: Boundary[]): void {
  const ordered = [...units].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const a = ordered[i]!.span;
    const b = ordered[i + 1]!.span;
    if (a.end >= b.start || bounds.some((x) => x.cut >= a.end && x.cut <= b.start && x.resume <= b.start)) continue;
    const gap = text.slice(a.end, b.start);
    // `Veltra said Wednesday it will cut 2,000 jobs, or 8% of its staff, by the end of the year`: the
    // saying ends at its date; the reported clause after it is the other happening, commas and all.
    if (REPORTED_DATE.test(text.slice(Math.max(0, a.start - 30), a.start)) && /^\s{0,3}(?:that\s{1,3})?(?:it|he|she|they|we)\s/i.test(gap)) {
      // The saying keeps the whole sentence (what was said is its news); the reported clause starts after the date.
      bounds.push({ cut: Number.MAX_SAFE_INTEGER, resume: a.end });
      continue;
    }
    const comma = gap.lastIndexOf(', ');
    const and = gap.lastIndexOf(' and ');
    if (comma >= 0) bounds.push({ cut: a.end + comma, resume: a.end + comma + 2 });
    else if (and >= 0) bounds.push({ cut: a.end + and, resume: a.end + and + 1 });
  }
}

/** Day-level start of a value (`2022-01-07T19:06` -> `2022-01-07`). */
function dayOf(value: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value;
}

function precisionOf(value: string): Precision {
  return precisionOfValue(value) ?? 'day';
}

const quote = (t: Timex): string => `"${t.text}"`;

function explain(u: Unit, source: DateSource, documentDate: string | null): string {
  const dates = u.end ? `${u.start}..${u.end}` : u.start;
  const anchor = u.timexes.find((t) => t.type !== 'DURATION') ?? u.timexes[0]!;
  const how = anchor.derivation?.explanation || (source === 'explicit' ? 'stated in the text' : 'resolved against the publication date');
  switch (u.kind) {
    case 'range':
      return `${u.timexes.map(quote).join(' to ')} -> ${dates}: a range (${how})`;
    case 'until':
      return `until ${quote(anchor)} -> ${dates}: from ${u.start === dayOf(documentDate ?? '') ? 'the publication date' : 'the entry time'} to the stated end`;
    case 'derived':
      return `${quote(u.duration!)} from ${quote(anchor)} -> ${dates}: a duration (${u.duration!.value}) counted from ${u.start} (${how})`;
    default:
      return `${quote(anchor)} -> ${dates}: ${how}`;
  }
}

function sourceOf(u: Unit): DateSource {
  if (u.kind === 'derived' || u.kind === 'until') return 'derived';
  const relative = u.timexes.some((t) => t.type !== 'DURATION' && t.derivation && t.derivation.anchor !== 'none');
  return relative ? 'relative' : 'explicit';
}

/** First index of `sorted` (by start) whose start is at or after `at`. */
function firstFrom(sorted: readonly Timex[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The timexes of `sorted` (by start) that lie inside [start, end): a binary search, not a scan of them all. */
function within(sorted: readonly Timex[], start: number, end: number): Timex[] {
  const out: Timex[] = [];
  for (let i = firstFrom(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

/** A paragraph that is only a time stamp (`07:45 GMT`, `9.30am:`): a live-blog entry heading. */
function headingTimex(text: string, p: Paragraph, anchors: Timex[]): Timex | null {
  const inside = within(anchors, p.start, p.end);
  if (inside.length !== 1) return null;
  const t = inside[0]!;
  const rest = (text.slice(p.start, t.start) + text.slice(t.end, p.end)).replace(/\b(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|local time|updated|update)\b/gi, '');
  return /^[\s:.,|–—()-]{0,8}$/.test(rest) ? t : null;
}

/** Sentence kinds and events of `text`, given its timexes and its publication date. */
export function extractEvents(text: string, timexes: Timex[], documentDate: string | null): ExtractResult {
  const seg = segmentText(text);
  const paragraphs = seg.paragraphs;
  const calendar = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && !t.documentDate && isCalendarValue(t.value));
  // Paragraphs are in text order: the one a timex starts in is found by binary search.
  const paragraphOf = (t: Timex): Paragraph | undefined => {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (paragraphs[mid]!.start <= t.start) lo = mid + 1;
      else hi = mid;
    }
    return paragraphs[lo - 1];
  };
  const inDateline = (t: Timex): boolean => {
    const p = paragraphOf(t);
    return p !== undefined && t.start >= p.start && t.end <= p.datelineEnd;
  };
  // A timex that is a whole quoted name (a show called "This Week") dates nothing.
  const quotedName = (t: Timex): boolean => /["“]$/.test(text.slice(Math.max(0, t.start - 1), t.start)) && /^[,.]?["”]/.test(text.slice(t.end, t.end + 2));
  const anchorsAll = calendar.filter((t) => !inDateline(t) && !quotedName(t)).sort((a, b) => a.start - b.start);
  const sortedTimexes = [...timexes].sort((a, b) => a.start - b.start);
  // Dates a title may cut out (computed once: a per-unit filter over every timex would be quadratic).
  const titleCuts = sortedTimexes.filter((t) => t.type !== 'DURATION' && t.type !== 'SET' && !t.documentDate);
  const drafts: DraftEvent[] = [];
  const undatedWithDuration: { sentence: Sentence; duration: Timex }[] = [];

  // Live-blog headings: the next paragraph's first sentence inherits the heading's time.
  const inheritFrom = new Map<number, Timex>();
  for (const p of paragraphs) {
    if (p.kind === 'title') continue;
    const h = headingTimex(text, p, anchorsAll);
    if (h) inheritFrom.set(p.index + 1, h);
  }

  for (const s of seg.sentences) {
    const anchors = within(anchorsAll, s.start, s.end);
    const durations = within(sortedTimexes, s.start, s.end).filter((t) => t.type === 'DURATION');
    const para = paragraphs[s.paragraph]!;
    const entryTime = inheritFrom.get(s.paragraph);
    const untilFrom = entryTime?.value ?? (documentDate === null ? null : dayOf(documentDate));
    let units = findUnits(text, s, anchors, durations, untilFrom);
    if (units.length === 0) {
      // The entry's first sentence that is not a greeting (`Good morning and welcome to ...`).
      const firstReal = seg.sentences.find((x) => x.paragraph === s.paragraph && !GREETING.test(text.slice(x.start, x.end)));
      const heading = firstReal === s ? entryTime : undefined;
      if (heading && !headingTimex(text, para, anchorsAll)) {
        const u: Unit = { kind: 'point', start: heading.value, timexes: [heading], span: { start: s.start, end: s.start } };
        drafts.push(draft(text, s, [], u, 'inherited', `inherited from the entry heading "${heading.text}" -> ${heading.value} (${heading.derivation?.explanation ?? 'stated'})`, para));
      } else {
        for (const d of durations) undatedWithDuration.push({ sentence: s, duration: d });
      }
      continue;
    }
    if (headingTimex(text, para, anchorsAll)) continue; // the heading itself is not a happening
    // The baseline of a superlative (`the strongest since 2007`, `its highest level since 1990`) is no happening either.
    units = units.filter((u) => !isSuperlativeBaseline(text.slice(Math.max(s.start, u.span.start - 90), u.span.start)));
    if (units.length === 0) continue;
    // A baseline date in a comparison (`to $412m from $361m a year earlier`) is no happening of its own.
    if (units.length > 1) {
      const kept = units.filter((u) => !COMPARISON_BEFORE.test(text.slice(Math.max(s.start, u.span.start - 50), u.span.start)));
      if (kept.length > 0) units = kept;
    }
    // `less than a year later, on Oct. 3, 1990`: the stated date says the same moment more exactly.
    if (units.length > 1) {
      const restated = (u: Unit): boolean => u.timexes.length === 1 && /\b(?:later|earlier|afterwards?)$/i.test(u.timexes[0]!.text)
        && units.some((o) => o !== u && /^\s{0,2},\s{1,3}(?:on\s{1,3}|in\s{1,3})?$/i.test(text.slice(u.span.end, o.span.start)));
      const kept = units.filter((u) => !restated(u));
      if (kept.length > 0) units = kept;
    }
    // `for the quarter that ended Aug. 31`: the date only says which quarter; the quarter is the happening's date.
    if (units.length > 1) {
      const closes = (u: Unit): boolean => units.some((o) => o !== u && /-Q[1-4]$/.test(o.start) && o.span.end <= u.span.start
        && CLOSED_BY.test(text.slice(o.span.end, u.span.start)));
      const kept = units.filter((u) => !closes(u));
      if (kept.length > 0) units = kept;
    }
    // A date in a trailing attribution (`, state media reported on Friday`) yields to the others.
    if (units.length > 1) {
      const body = stripAttribution(text.slice(s.start, s.end));
      const tail = s.start + body.length;
      const kept = units.filter((u) => u.span.start < tail);
      if (kept.length > 0) units = kept;
    }
    // ... and so does one in an attribution between commas (`inflation eased in November, Eurostat data showed on Tuesday, strengthening ...`).
    if (units.length > 1) {
      // Searches stay inside the sentence (an unbounded search back for a comma would scan the whole text).
      const partOf = (u: Unit): string => {
        const back = text.slice(Math.max(s.start, u.span.start - 200), u.span.start).lastIndexOf(',');
        const ahead = text.slice(u.span.end, Math.min(s.end, u.span.end + 200)).indexOf(',');
        if (back < 0 || ahead < 0) return '';
        const before = Math.max(s.start, u.span.start - 200) + back;
        const after = u.span.end + ahead;
        return text.slice(before + 1, u.span.start) + text.slice(u.span.end, after);
      };
      const kept = units.filter((u) => !isAttributionPart(partOf(u)));
      if (kept.length > 0) units = kept;
    }
    // A date used as an adjective (`will report second-quarter results on July 25`) yields to a real date.
    if (units.length > 1) {
      const adjective = (u: Unit): boolean => u.timexes.length === 1 && /\p{L}-\p{L}/u.test(u.timexes[0]!.text) && /^\s\p{Ll}/u.test(text.slice(u.span.end, u.span.end + 2));
      // ... in the same clause only: `raised guidance on Thursday after a rise in third-quarter profit` tells two happenings.
      const sameClause = (a: Unit, b: Unit): boolean => {
        const gap = text.slice(Math.min(a.span.end, b.span.end), Math.max(a.span.start, b.span.start));
        return gap.length < 80 && !/[,;]|\b(?:after|before|when|while|since|until|but|and)\b/i.test(gap);
      };
      const kept = units.filter((u) => !(adjective(u) && units.some((o) => o !== u && !adjective(o) && sameClause(u, o))));
      if (kept.length > 0) units = kept;
    }
    const bounds = boundaries(text, s, anchors, units.length === 1);
    splitBetween(text, units, bounds);
    for (const u of units) {
      const window = clauseWindow(s, bounds, u);
      const source = sourceOf(u);
      drafts.push(draft(text, s, [window], u, source, explain(u, source, documentDate), para, titleCuts));
    }
  }

  const merged = mergeRepeats(text, drafts);
  anchorDurationsElsewhere(text, merged, undatedWithDuration);
  merged.sort((a, b) => valueStartTime(a.unit.start) - valueStartTime(b.unit.start) || a.sentence.start - b.sentence.start);
  const events = merged.map((d, i) => toEvent(text, d, i));
  return seg.title === undefined ? { events } : { events, title: seg.title };
}

function draft(
  text: string,
  s: Sentence,
  windows: TextSpan[],
  u: Unit,
  dateSource: DateSource,
  explanation: string,
  para: Paragraph,
  anchors: Timex[] = [],
): DraftEvent {
  const window = windows[0] ?? { start: s.start, end: s.end };
  const remove: TextSpan[] = within(anchors, window.start, window.end).map((t) => ({ start: t.start, end: t.end }));
  const always: TextSpan[] = [];
  if (u.kind === 'range' || u.kind === 'until') always.push(u.span);
  if (para.datelineEnd > para.start && s.start < para.datelineEnd) always.push({ start: s.start, end: para.datelineEnd });
  let title = makeTitle({ text, sentence: s, window, remove, always, focus: u.span });
  if (title.split(/\s+/).length < 3 && windows.length && !isNameAndVerb(title)) {
    // Too short (`until her retirement in 1998`): widen to the clause it hangs on, from the nearest
    // `, where`/`, which`/`, who` before it, and cut every date of that wider span.
    const head = text.slice(s.start, window.start);
    const rel = Math.max(head.lastIndexOf(', where '), head.lastIndexOf(', which '), head.lastIndexOf(', who '));
    const wide = { start: rel >= 0 ? s.start + rel + 2 : s.start, end: s.end };
    const wideRemove = within(anchors, wide.start, wide.end).map((t) => ({ start: t.start, end: t.end }));
    title = makeTitle({ text, sentence: s, window: wide, remove: wideRemove, always, focus: u.span });
  }
  return {
    unit: u,
    sentence: s,
    title,
    spans: [{ start: s.start, end: s.end }],
    dateSource,
    explanation,
    segment: s.kind,
    timexIds: u.timexes.map((t) => t.id),
  };
}

function toEvent(text: string, d: DraftEvent, index: number): TimelineEvent {
  const span = d.spans[0]!;
  const event: TimelineEvent = {
    id: `e${index + 1}`,
    start: d.unit.start,
    precision: precisionOf(d.unit.start),
    title: d.title,
    text: text.slice(span.start, span.end),
    span: { start: span.start, end: span.end },
    timexIds: [...new Set(d.timexIds)],
    dateSource: d.dateSource,
    explanation: d.explanation,
    segment: d.segment,
  };
  if (d.unit.end !== undefined && d.unit.end !== d.unit.start) event.end = d.unit.end;
  if (d.spans.length > 1) event.spans = d.spans.map((s) => ({ start: s.start, end: s.end }));
  return event;
}
