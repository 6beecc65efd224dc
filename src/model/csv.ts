/**
 * CSV export of a timeline (RFC 4180: header row, CRLF line ends, fields quoted when needed).
 * A text cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or
 * CR) gets a leading `'` (OWASP, CSV injection), so opening the file never evaluates it.
 * The last columns (`group`, `media_url`, `link_url`: the first link) come after the older ones, so that readers
 * by position are unaffected; a URL cell holds only an http(s) URL.
 */
import type { Timeline, TimelineEvent } from './types.js';
import { safeHttpUrl } from './urls.js';

export const CSV_COLUMNS = [
  'id', 'start', 'end', 'precision', 'title', 'text', 'span_start', 'span_end', 'date_source', 'explanation', 'segment', 'source',
  'group', 'media_url', 'link_url',
] as const;

/** First characters that make spreadsheets (Excel, LibreOffice, Google Sheets) read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field: a string starting like a formula gets a leading `'`; then the field is quoted when it
 * holds a comma, a quote, CR or LF (quotes doubled). Numbers are written as they are.
 */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(e: TimelineEvent): string {
  const link = Array.isArray(e.links) ? e.links.map((l) => safeHttpUrl(l?.url)).find((u) => u !== null) : undefined;
  const cells: (string | number | undefined)[] = [e.id, e.start, e.end, e.precision, e.title, e.text, e.span.start, e.span.end, e.dateSource,
    e.explanation, e.segment, e.source, e.group, safeHttpUrl(e.media?.url) ?? undefined, link ?? undefined];
  return cells.map(csvField).join(',');
}

/** The events of a timeline as CSV, one row per event after a header row. */
export function toCsv(timeline: Pick<Timeline, 'events'>): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const e of timeline.events) lines.push(row(e));
  lines.push('');
  return lines.join('\r\n');
}
