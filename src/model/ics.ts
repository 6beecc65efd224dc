/**
 * iCalendar (RFC 5545) export. Day-or-coarser dates become all-day VALUE=DATE events spanning their
 * period (DTEND exclusive); hours and minutes become floating-time events (the text gives no zone).
 * Dates an iCalendar cannot hold (BC, before year 1, centuries, millennia) are skipped and listed
 * in the calendar's `X-EVENT-TIMELINE-SKIPPED` property.
 *
 * Every text value written (UID, SUMMARY, DESCRIPTION, calendar name, skipped ids) is TEXT-escaped
 * (backslash, semicolon, comma, newline) with other control characters removed, so no input can
 * start a new content line; every content line is folded at 75 octets. An event's first http(s) link is its
 * URL property (a URI value, not TEXT: written as it is, which is safe because such a URL holds no space or
 * control character), and its group its CATEGORIES.
 */
import type { Timeline, TimelineEvent } from './types.js';
import { safeHttpUrl } from './urls.js';
import { timexValueToInterval, type ValueInterval } from './timex-value.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const hms = (d: Date): string => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
const DAY_MS = 86_400_000;

export interface IcsOptions {
  /** The time of the export, written as every event's DTSTAMP (UTC). Defaults to the current time. */
  now?: Date;
}

/**
 * What `escapeIcsText` changes: a newline (CRLF, CR or LF), a backslash, semicolon or comma, another
 * C0 control (not tab), DEL or a C1 control, and a surrogate half without its partner.
 */
const TEXT_SPECIAL = /\r\n|[\x00-\x08\x0a-\x1f\x7f-\x9f\\;,]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NEEDS_ESCAPE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\\;,\ud800-\udfff]/;

function escapeSpecial(c: string): string {
  switch (c) {
    case '\\': return '\\\\';
    case ';': return '\\;';
    case ',': return '\\,';
    case '\r\n': case '\r': case '\n': return '\\n';
    default: return c.charCodeAt(0) >= 0xd800 ? '\ufffd' : ''; // a lone surrogate; else a control character
  }
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and every newline (CRLF, CR or
 * LF) as `\n`. Other control characters (C0 but tab, DEL, C1) are removed and lone surrogates become
 * U+FFFD, so the result never contains a line break or a character that cannot be written as UTF-8.
 */
export function escapeIcsText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(TEXT_SPECIAL, escapeSpecial) : s;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 3.1): continuation lines start with a space
 * and hold at most 74 more octets. A UTF-8 multi-byte character or a UTF-16 surrogate pair is never
 * split. Linear in the line's length.
 */
export function foldIcsLine(line: string): string {
  if (line.length <= 25) return line; // 25 UTF-16 units are at most 75 octets
  let parts: string[] | null = null;
  let from = 0;
  let octets = 0;
  let limit = 75;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    let units = 1;
    let size: number;
    if (c < 0x80) size = 1;
    else if (c < 0x800) size = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 4;
      units = 2;
    } else size = 3;
    if (octets + size > limit) {
      (parts ??= []).push(line.slice(from, i));
      from = i;
      octets = 0;
      limit = 74;
    }
    octets += size;
    i += units;
  }
  if (parts === null) return line;
  parts.push(line.slice(from));
  return parts.join('\r\n ');
}

/** FNV-1a hash, hex: a deterministic UID part. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Intervals { start: ValueInterval; end: ValueInterval | null }

function intervalsOf(e: TimelineEvent): Intervals | string {
  if (e.precision === 'century' || e.precision === 'millennium') return `${e.precision} precision is too coarse for a calendar`;
  const start = timexValueToInterval(e.start);
  const end = e.end ? timexValueToInterval(e.end) : start;
  if (!start || !end) return 'the date is not on the calendar';
  if (start.start.getUTCFullYear() < 1 || end.end.getUTCFullYear() > 9999) return 'iCalendar dates run from year 1 to 9999 (no BC)';
  return { start, end: e.end ? end : null };
}

/** Why an event cannot be written to iCalendar, or null when it can. */
export function icsUnsupportedReason(e: TimelineEvent): string | null {
  const r = intervalsOf(e);
  return typeof r === 'string' ? r : null;
}

const TIMED = new Set(['hour', 'minute']);

function pushDateLines(lines: string[], e: TimelineEvent, { start, end }: Intervals): void {
  if (TIMED.has(e.precision)) {
    lines.push(`DTSTART:${ymd(start.start)}T${hms(start.start)}`);
    // A time range ends when its end time begins (`from 9am until 11am` ends at 11:00).
    if (end) lines.push(`DTEND:${ymd(end.start)}T${hms(end.start)}`);
    else if (e.precision === 'hour') lines.push(`DTEND:${ymd(start.end)}T${hms(start.end)}`);
    return;
  }
  const last = (end ?? start).end;
  // Parts of days that run past midnight (night) end on the next day boundary.
  const endDay = new Date(Math.ceil(last.getTime() / DAY_MS) * DAY_MS);
  if (last.getUTCFullYear() < 1) endDay.setTime(last.getTime());
  lines.push(`DTSTART;VALUE=DATE:${ymd(start.start)}`, `DTEND;VALUE=DATE:${ymd(endDay)}`);
}

/** `YYYYMMDDTHHMMSSZ` of the export time; a date outside years 1..9999 cannot be written. */
function dtstamp(now: Date): string {
  const t = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(t)) throw new RangeError(`toIcs: options.now must be a valid Date, got ${String(now)}`);
  const year = now.getUTCFullYear();
  if (year < 1 || year > 9999) throw new RangeError(`toIcs: options.now must fall in the years 1 to 9999, got ${now.toISOString()}`);
  return `${ymd(now)}T${hms(now)}Z`;
}

/** The event's lines pushed onto `out`; false (nothing pushed) when iCalendar cannot hold its dates. */
function pushEvent(out: string[], e: TimelineEvent, stamp: string): boolean {
  const intervals = intervalsOf(e);
  if (typeof intervals === 'string') return false;
  const note = TIMED.has(e.precision) ? '' : `\n\nDate: ${e.end ? `${e.start}..${e.end}` : e.start} (${e.precision} precision, shown as all-day)`;
  out.push(
    'BEGIN:VEVENT',
    foldIcsLine(`UID:${escapeIcsText(e.id)}-${hash(`${e.start}|${e.end ?? ''}|${e.title}|${e.span.start}`)}@event-timeline`),
    stamp,
  );
  pushDateLines(out, e, intervals);
  out.push(
    foldIcsLine(`SUMMARY:${escapeIcsText(e.title)}`),
    foldIcsLine(`DESCRIPTION:${escapeIcsText(`${e.text}${e.explanation ? `\n\n${e.explanation}` : ''}${note}`)}`),
  );
  const url = Array.isArray(e.links) ? e.links.map((l) => safeHttpUrl(l?.url)).find((u) => u !== null) : undefined;
  if (url) out.push(foldIcsLine(`URL:${url}`));
  // CATEGORIES is a list of TEXT values: the group's own commas are escaped, so it stays one category.
  if (typeof e.group === 'string' && e.group) out.push(foldIcsLine(`CATEGORIES:${escapeIcsText(e.group)}`));
  out.push('END:VEVENT');
  return true;
}

function calendarHead(timeline: Pick<Timeline, 'title'>, skipped: string[]): string[] {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//event-timeline//event-timeline//EN', 'CALSCALE:GREGORIAN'];
  if (timeline.title) head.push(foldIcsLine(`X-WR-CALNAME:${escapeIcsText(timeline.title)}`));
  // The skipped ids form one TEXT value; the commas between them are escaped like any other.
  if (skipped.length) head.push(foldIcsLine(`X-EVENT-TIMELINE-SKIPPED:${skipped.map(escapeIcsText).join('\\,')}`));
  return head;
}

/**
 * The timeline as an iCalendar text (CRLF line ends, folded at 75 octets). DTSTAMP is the time of
 * the export (`options.now`, default the current time), in UTC. Linear in the size of the timeline.
 * A calendar longer than the longest JavaScript string (about 512 MiB) throws a RangeError; write
 * such calendars with `toIcsChunks`.
 */
export function toIcs(timeline: Pick<Timeline, 'events' | 'documentDate' | 'title'>, options: IcsOptions = {}): string {
  const stamp = `DTSTAMP:${dtstamp(options.now ?? new Date())}`;
  const body: string[] = [];
  const skipped: string[] = [];
  let length = 0;
  const tooLong = (): RangeError =>
    new RangeError(`toIcs: the calendar of ${timeline.events.length} events is longer than the longest JavaScript string; write it piece by piece with toIcsChunks()`);
  for (const e of timeline.events) {
    const from = body.length;
    if (!pushEvent(body, e, stamp)) skipped.push(e.id);
    for (let i = from; i < body.length; i++) length += body[i]!.length + 2;
    if (length > MAX_STRING_LENGTH) throw tooLong(); // fail at once, not after the whole calendar is built
  }
  body.push('END:VCALENDAR', '');
  try {
    return `${calendarHead(timeline, skipped).join('\r\n')}\r\n${body.join('\r\n')}`;
  } catch (err) {
    throw err instanceof RangeError ? tooLong() : err;
  }
}

/** V8's longest string on 64-bit platforms (2^29 - 24 UTF-16 units). */
const MAX_STRING_LENGTH = 2 ** 29 - 24;

/**
 * The same text as `toIcs`, as a sequence of pieces (each ending in CRLF, about `eventsPerChunk`
 * events each) to write to a stream: for calendars too large for one string.
 */
export function* toIcsChunks(
  timeline: Pick<Timeline, 'events' | 'documentDate' | 'title'>,
  options: IcsOptions & { eventsPerChunk?: number } = {},
): Generator<string, void, undefined> {
  const stamp = `DTSTAMP:${dtstamp(options.now ?? new Date())}`;
  const per = Number.isFinite(options.eventsPerChunk) ? Math.max(1, Math.floor(options.eventsPerChunk!)) : 1000;
  const skipped: string[] = [];
  for (const e of timeline.events) if (typeof intervalsOf(e) === 'string') skipped.push(e.id);
  yield `${calendarHead(timeline, skipped).join('\r\n')}\r\n`;
  let out: string[] = [];
  let count = 0;
  for (const e of timeline.events) {
    if (pushEvent(out, e, stamp) && ++count === per) {
      out.push('');
      yield out.join('\r\n');
      out = [];
      count = 0;
    }
  }
  out.push('END:VCALENDAR', '');
  yield out.join('\r\n');
}
