/** A plain-text listing of a timeline for the terminal: date, precision, title. */
import type { Timeline } from './types.js';

export function toSummary(timeline: Pick<Timeline, 'events' | 'documentDate' | 'title' | 'documentDateSource'>): string {
  const lines: string[] = [];
  if (timeline.title) lines.push(timeline.title);
  const doc = timeline.documentDate ? `${timeline.documentDate}${timeline.documentDateSource ? ` (${timeline.documentDateSource})` : ''}` : 'unknown';
  lines.push(`document date: ${doc} · ${timeline.events.length} event${timeline.events.length === 1 ? '' : 's'}`, '');
  const dates = timeline.events.map((e) => (e.end ? `${e.start}..${e.end}` : e.start));
  const width = Math.max(10, ...dates.map((d) => d.length));
  timeline.events.forEach((e, i) => {
    const repeats = e.spans && e.spans.length > 1 ? ` (told ${e.spans.length}×)` : '';
    const source = e.source ? `  [${e.source}]` : '';
    lines.push(`${dates[i]!.padEnd(width)}  ${e.precision.padEnd(11)}  ${e.title}${repeats}${source}`);
  });
  return `${lines.join('\n')}\n`;
}
