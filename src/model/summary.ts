/** A plain-text listing of a timeline for the terminal: date, precision, title. */
import type { Timeline } from './types.js';

/**
 * Terminal escape sequences and control characters: CSI (`ESC [ params final`), OSC/DCS/SOS/PM/APC
 * strings (`ESC ] ... BEL` or `... ESC \`), other two-character ESC sequences, then every C0 control
 * but newline and tab, DEL and every C1 control. Quantifiers are bounded (linear, redos-safe); a
 * longer or unterminated sequence loses its ESC and stays as harmless visible text.
 */
const ESCAPE_SEQUENCE = /\x1b(?:\[[0-?]{0,64}[ -/]{0,16}[@-~]|[\]PX^_][^\x07\x1b]{0,1024}(?:\x07|\x1b\\)|[ -~]?)|[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** The text with terminal control characters and escape sequences removed (newline and tab kept). */
export function stripTerminalControls(s: string): string {
  return s.replace(ESCAPE_SEQUENCE, '');
}

export function toSummary(timeline: Pick<Timeline, 'events' | 'documentDate' | 'title' | 'documentDateSource'>): string {
  const clean = stripTerminalControls;
  const lines: string[] = [];
  if (timeline.title) lines.push(clean(timeline.title));
  const doc = timeline.documentDate ? clean(`${timeline.documentDate}${timeline.documentDateSource ? ` (${timeline.documentDateSource})` : ''}`) : 'unknown';
  const n = timeline.events.length;
  lines.push(`document date: ${doc} · ${n} event${n === 1 ? '' : 's'}`, '');
  const dates: string[] = new Array<string>(n);
  let width = 10;
  for (let i = 0; i < n; i++) {
    const e = timeline.events[i]!;
    const d = clean(e.end ? `${e.start}..${e.end}` : e.start);
    dates[i] = d;
    if (d.length > width) width = d.length;
  }
  for (let i = 0; i < n; i++) {
    const e = timeline.events[i]!;
    const repeats = e.spans && e.spans.length > 1 ? ` (told ${e.spans.length}×)` : '';
    const source = e.source ? `  [${clean(e.source)}]` : '';
    lines.push(`${dates[i]!.padEnd(width)}  ${clean(e.precision).padEnd(11)}  ${clean(e.title)}${repeats}${source}`);
  }
  lines.push('');
  return lines.join('\n');
}
