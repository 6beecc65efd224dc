import { describe, expect, it } from 'vitest';
import { stripTerminalControls, toSummary } from '../../../src/model/summary.js';
import type { Timeline, TimelineEvent } from '../../../src/model/types.js';

const event = (id: string, title: string, extra: Partial<TimelineEvent> = {}): TimelineEvent =>
  ({ id, start: '2022-01-07', precision: 'day', title, text: title, span: { start: 0, end: 1 }, ...extra });
const timeline = (events: TimelineEvent[], title?: string): Timeline =>
  ({ version: 1, documentDate: '2022-01-07', documentDateSource: 'option', timexes: [], events, ...(title === undefined ? {} : { title }) });

describe('toSummary', () => {
  it('lists 300,000 events without a stack overflow, with the widest date setting the column', () => {
    const events = Array.from({ length: 300_000 }, (_, i) => event(`e${i}`, `Event ${i}`));
    events[123_456] = event('wide', 'A range', { start: '2022-01-07T09:30', end: '2022-01-08T10:45' });
    const out = toSummary(timeline(events));
    const lines = out.split('\n');
    expect(lines).toHaveLength(2 + 300_000 + 1);
    expect(lines[0]).toBe('document date: 2022-01-07 (option) · 300000 events');
    expect(lines[2]).toBe(`${'2022-01-07'.padEnd(34)}  day          Event 0`);
    expect(lines[2 + 123_456]).toBe('2022-01-07T09:30..2022-01-08T10:45  day          A range');
  }, 60_000);

  it('strips terminal escape sequences and control characters from what it prints', () => {
    const out = toSummary(timeline([
      event('e1', 'Red \x1b[31malert\x1b[0m here\x07', { source: 'src\x1b]0;pwned title\x07.txt' }),
      event('e2', 'clear\x1b[2J\x1b[H screen\x9b31m, bell\x00 and\r return\ttab'),
    ], 'Title \x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\'));
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(out.split('\n')).toEqual([
      'Title link',
      'document date: 2022-01-07 (option) · 2 events',
      '',
      '2022-01-07  day          Red alert here  [src.txt]',
      '2022-01-07  day          clear screen31m, bell and return\ttab',
      '',
    ]);
  });

  it('stripTerminalControls keeps newline, tab and ordinary text, and an unterminated sequence loses only its ESC', () => {
    expect(stripTerminalControls('a\nb\tc ünï ✓ 😀')).toBe('a\nb\tc ünï ✓ 😀');
    expect(stripTerminalControls('x\x1b]0;no end')).toBe('x0;no end');
    expect(stripTerminalControls('\x1b[31')).toBe('31');
    expect(stripTerminalControls('\x1b(Bok\x1bc')).toBe('Bok');
  });
});
