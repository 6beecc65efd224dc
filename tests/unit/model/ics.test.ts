import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { escapeIcsText, foldIcsLine, toIcs, toIcsChunks } from '../../../src/model/ics.js';
import type { Timeline, TimelineEvent } from '../../../src/model/types.js';

const NOW = new Date('2024-05-06T07:08:09Z');
const octets = (s: string): number => new TextEncoder().encode(s).length;
const event = (id: string, title: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({ id, start: '2022-01-07', precision: 'day', title, text: title, span: { start: 0, end: 1 }, ...extra });
const timeline = (events: TimelineEvent[], title?: string): Timeline =>
  ({ version: 1, documentDate: '2022-01-07', timexes: [], events, ...(title === undefined ? {} : { title }) });
const parse = (ics: string) => {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
};

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every newline form; drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\rf\ng')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeIcsText('x\u0000y\u0007z\u001b[31m\u007f\u0085\u009b!\tend')).toBe('xyz[31m!\tend');
    expect(escapeIcsText('lone \ud800 half')).toBe('lone \ufffd half');
    expect(escapeIcsText('emoji 😀 kept')).toBe('emoji 😀 kept');
  });
});

describe('foldIcsLine', () => {
  it('folds at 75 octets, continuation lines start with a space and hold at most 74 more', () => {
    const line = `DESCRIPTION:${'x'.repeat(300)}`;
    const parts = foldIcsLine(line).split('\r\n');
    expect(parts.map(octets)).toEqual([75, 75, 75, 75, 16]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
  });

  it('never splits a surrogate pair or a UTF-8 multi-byte character', () => {
    for (const filler of ['😀', 'é', '✓', 'a😀', 'ab😀', 'abc✓é😀']) {
      for (let prefix = 0; prefix < 5; prefix++) {
        const line = `SUMMARY:${'p'.repeat(prefix)}${filler.repeat(40)}`;
        const parts = foldIcsLine(line).split('\r\n');
        for (const p of parts) {
          expect(octets(p)).toBeLessThanOrEqual(75);
          expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
      }
    }
  });

  it('leaves a short line alone', () => {
    expect(foldIcsLine('BEGIN:VEVENT')).toBe('BEGIN:VEVENT');
    expect(foldIcsLine(`SUMMARY:${'x'.repeat(67)}`)).toBe(`SUMMARY:${'x'.repeat(67)}`);
  });
});

describe('toIcs safety', () => {
  const hostileId = 'e1\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil;a,b\\c 😀';
  const hostileTitle = 'Title; with, commas \\ backslash\nsecond line 😀 and "quotes" '.repeat(4);

  it('an id or title with CR/LF cannot inject an event: one VEVENT per event, text unchanged (ical.js)', () => {
    const t = timeline([event(hostileId, hostileTitle), event('e2', 'END:VCALENDAR\r\nBEGIN:VEVENT')], 'Cal\r\nX-INJECTED:1;,\\');
    const ics = toIcs(t, { now: NOW });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(2);
    expect(ics).not.toMatch(/^(UID:evil|X-INJECTED)/m);
    const { cal, events } = parse(ics);
    expect(events).toHaveLength(2);
    expect(events[0]!.summary).toBe(hostileTitle);
    expect(events[0]!.description).toBe(`${hostileTitle}\n\nDate: 2022-01-07 (day precision, shown as all-day)`);
    expect(events[0]!.uid.startsWith('e1\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil;a,b\\c 😀-')).toBe(true);
    expect(events[1]!.summary).toBe('END:VCALENDAR\nBEGIN:VEVENT'); // CRLF in TEXT becomes one newline
    expect(ics).toContain('\r\nX-WR-CALNAME:Cal\\nX-INJECTED:1\\;\\,\\\\\r\n');
    expect(cal.getFirstProperty('x-injected')).toBeNull();
  });

  it('drops control characters from every text value and keeps the calendar parseable', () => {
    const t = timeline([event('id\u0000\u001b[2J', 'bell\u0007 esc\u001b[31m red\u009b')]);
    const ics = toIcs(t, { now: NOW });
    expect(ics).not.toMatch(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
    const { events } = parse(ics);
    expect(events[0]!.summary).toBe('bell esc[31m red');
    expect(events[0]!.uid.startsWith('id[2J-')).toBe(true);
  });

  it('escapes skipped ids too', () => {
    const ics = toIcs(timeline([event('bc;1,\r\nX', 'Caesar', { start: 'BC0044', precision: 'year' })]), { now: NOW });
    expect(ics).toContain('X-EVENT-TIMELINE-SKIPPED:bc\\;1\\,\\nX\r\n');
    expect(parse(ics).events).toHaveLength(0);
  });

  it('writes DTSTAMP as the export time in UTC, defaulting to now', () => {
    const t = timeline([event('e1', 'x')]);
    expect(toIcs(t, { now: new Date('2030-12-31T23:59:58.999+02:00') })).toContain('\r\nDTSTAMP:20301231T215958Z\r\n');
    const before = Date.now();
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(toIcs(t))![1]!;
    const at = Date.UTC(+stamp.slice(0, 4), +stamp.slice(4, 6) - 1, +stamp.slice(6, 8), +stamp.slice(9, 11), +stamp.slice(11, 13), +stamp.slice(13, 15));
    expect(at).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(() => toIcs(t, { now: new Date(Number.NaN) })).toThrow('toIcs: options.now must be a valid Date, got Invalid Date');
  });

  it('writes 200,000 events: 9 lines each plus the calendar lines', () => {
    const events: TimelineEvent[] = [];
    for (let i = 0; i < 200_000; i++) events.push(event(`e${i}`, `Event number ${i}, with a comma`, { explanation: '"Friday" -> 2022-01-07' }));
    const ics = toIcs(timeline(events), { now: NOW });
    // Per event: BEGIN, UID, DTSTAMP, DTSTART, DTEND, SUMMARY, DESCRIPTION (folded once), END.
    const lines = ics.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBe(4 + 200_000 * 9 + 1);
    expect(ics.match(/^BEGIN:VEVENT$/gm)).toHaveLength(200_000);
  }, 120_000);

  it('toIcsChunks yields the same calendar piece by piece', () => {
    const events = [event('bc', 'Caesar', { start: 'BC0044', precision: 'year' })];
    for (let i = 0; i < 25; i++) events.push(event(`e${i}`, `Event ${i}; x`));
    const t = timeline(events, 'Chunked');
    const chunks = [...toIcsChunks(t, { now: NOW, eventsPerChunk: 10 })];
    expect(chunks).toHaveLength(1 + 3);
    for (const c of chunks) expect(c.endsWith('\r\n')).toBe(true);
    expect(chunks.join('')).toBe(toIcs(t, { now: NOW }));
  });
});
