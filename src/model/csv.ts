/** CSV export of a timeline (RFC 4180: header row, CRLF line ends, fields quoted when needed). */
import type { Timeline, TimelineEvent } from './types.js';

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'precision', 'title', 'text', 'span_start', 'span_end', 'date_source', 'explanation', 'segment', 'source',
] as const;

/** One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled). */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(e: TimelineEvent): (string | number | undefined)[] {
  return [e.id, e.start, e.end, e.precision, e.title, e.text, e.span.start, e.span.end, e.dateSource, e.explanation, e.segment, e.source];
}

/** The events of a timeline as CSV, one row per event after a header row. */
export function toCsv(timeline: Pick<Timeline, 'events'>): string {
  const lines = [CSV_COLUMNS.join(','), ...timeline.events.map((e) => row(e).map(csvField).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
