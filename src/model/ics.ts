/**
 * iCalendar (RFC 5545) export. Day-or-coarser dates become all-day VALUE=DATE events spanning their
 * period (DTEND exclusive); hours and minutes become floating-time events (the text gives no zone).
 * Dates an iCalendar cannot hold (BC, before year 1, centuries, millennia) are skipped and listed
 * in the calendar's `X-EVENT-TIMELINE-SKIPPED` property.
 */
import type { Timeline, TimelineEvent } from './types.js';
import { timexValueToInterval } from '../parse/value-interval.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const ymd = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
const hms = (d: Date): string => `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
const DAY_MS = 86_400_000;
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeIcsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
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

/** Why an event cannot be written to iCalendar, or null when it can. */
export function icsUnsupportedReason(e: TimelineEvent): string | null {
  if (e.precision === 'century' || e.precision === 'millennium') return `${e.precision} precision is too coarse for a calendar`;
  const start = timexValueToInterval(e.start);
  const end = e.end ? timexValueToInterval(e.end) : start;
  if (!start || !end) return 'the date is not on the calendar';
  if (start.start.getUTCFullYear() < 1 || end.end.getUTCFullYear() > 9999) return 'iCalendar dates run from year 1 to 9999 (no BC)';
  return null;
}

const TIMED = new Set(['hour', 'minute']);

function dateLines(e: TimelineEvent): string[] {
  const start = timexValueToInterval(e.start)!;
  const end = e.end ? timexValueToInterval(e.end)! : null;
  if (TIMED.has(e.precision)) {
    const lines = [`DTSTART:${ymd(start.start)}T${hms(start.start)}`];
    // A time range ends when its end time begins (`from 9am until 11am` ends at 11:00).
    if (end) lines.push(`DTEND:${ymd(end.start)}T${hms(end.start)}`);
    else if (e.precision === 'hour') lines.push(`DTEND:${ymd(start.end)}T${hms(start.end)}`);
    return lines;
  }
  const last = (end ?? start).end;
  // Parts of days that run past midnight (night) end on the next day boundary.
  const endDay = new Date(Math.ceil(last.getTime() / DAY_MS) * DAY_MS);
  if (last.getUTCFullYear() < 1) endDay.setTime(last.getTime());
  return [`DTSTART;VALUE=DATE:${ymd(start.start)}`, `DTEND;VALUE=DATE:${ymd(endDay)}`];
}

function dtstamp(documentDate: string | null): string {
  const d = documentDate ? timexValueToInterval(documentDate)?.start : undefined;
  const at = d && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999 ? d : new Date(0);
  return `${ymd(at)}T${hms(at)}Z`;
}

/** The timeline as an iCalendar text (CRLF line ends, folded at 75 octets). */
export function toIcs(timeline: Pick<Timeline, 'events' | 'documentDate' | 'title'>): string {
  const stamp = dtstamp(timeline.documentDate);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//event-timeline//event-timeline//EN', 'CALSCALE:GREGORIAN'];
  if (timeline.title) lines.push(`X-WR-CALNAME:${escapeIcsText(timeline.title)}`);
  const skipped: string[] = [];
  for (const e of timeline.events) {
    const reason = icsUnsupportedReason(e);
    if (reason) {
      skipped.push(e.id);
      continue;
    }
    const note = TIMED.has(e.precision) ? '' : `\n\nDate: ${e.end ? `${e.start}..${e.end}` : e.start} (${e.precision} precision, shown as all-day)`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${hash(`${e.start}|${e.end ?? ''}|${e.title}|${e.span.start}`)}@event-timeline`,
      `DTSTAMP:${stamp}`,
      ...dateLines(e),
      `SUMMARY:${escapeIcsText(e.title)}`,
      `DESCRIPTION:${escapeIcsText(`${e.text}${e.explanation ? `\n\n${e.explanation}` : ''}${note}`)}`,
      'END:VEVENT',
    );
  }
  if (skipped.length) lines.splice(4, 0, `X-EVENT-TIMELINE-SKIPPED:${skipped.map(escapeIcsText).join('\\,')}`);
  lines.push('END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
