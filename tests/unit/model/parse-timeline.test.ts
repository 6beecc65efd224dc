import { describe, expect, it } from 'vitest';
import { formatTimelineErrors, parseTimeline } from '../../../src/model/parse-timeline.js';
import { oddTimeline } from './fixtures.js';

describe('parseTimeline', () => {
  it('accepts our JSON and returns an equal timeline', () => {
    const r = parseTimeline(JSON.stringify(oddTimeline));
    expect(r).toEqual({ ok: true, timeline: oddTimeline });
  });

  it('accepts { events } and a bare array, filling defaults', () => {
    const a = parseTimeline({ events: [{ start: '2022-01-05', title: 'Emergency declared' }] });
    expect(a).toEqual({
      ok: true,
      timeline: { version: 1, documentDate: null, timexes: [], events: [{ id: 'e1', start: '2022-01-05', precision: 'day', title: 'Emergency declared', text: 'Emergency declared', span: { start: 0, end: 0 } }] },
    });
    const b = parseTimeline([{ start: '2011', text: 'Clashes' }]);
    expect(b.ok && b.timeline.events[0]!.precision).toBe('year');
    expect(b.ok && b.timeline.events[0]!.title).toBe('Clashes');
  });

  it('reports readable errors with JSON paths', () => {
    const r = parseTimeline({ events: [{ start: '2022-01-05', title: 'ok' }, { start: '2022-13-45', title: 1 }, 'x', { title: 'no start' }], documentDate: 'soon' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = formatTimelineErrors(r.errors);
    expect(text).toContain('$.events[1].start: expected a TimeML date value');
    expect(text).toContain('$.events[1].title: expected a string, got 1');
    expect(text).toContain('$.events[2]: expected an event object, got "x"');
    expect(text).toContain('$.events[3].start: is required');
    expect(text).toContain('$.documentDate: expected a TimeML date value or null, got "soon"');
  });

  it('reports an end before the start', () => {
    const r = parseTimeline([{ start: '2022-01-05', end: '2021', title: 'x' }]);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['$.events[0].end']);
  });

  it('never throws on bad input', () => {
    for (const input of [null, undefined, 42, 'not json', '{"events": 5}', [null], { events: [{ start: {}, span: 'x', spans: [1] }] }, { timexes: [{}], events: [] }]) {
      const r = parseTimeline(input);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(e.path).toMatch(/^\$/);
    }
  });

  it('ignores __proto__, constructor and prototype keys', () => {
    const payload = JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 2}}, "events": [{"__proto__": {"isAdmin": true}, "start": "2022-01-05", "title": "x"}]}');
    const r = parseTimeline(payload);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.getPrototypeOf(r.timeline)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.timeline.events[0])).toBe(Object.prototype);
    expect((r.timeline.events[0] as unknown as { isAdmin?: boolean }).isAdmin).toBeUndefined();
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.keys(r.timeline)).not.toContain('constructor');
  });
});

describe('parseTimeline leniency', () => {
  it('accepts a year number and an ISO date-time as event dates', () => {
    const r = parseTimeline([{ start: 2011, title: 'a' }, { start: '2022-01-07T19:06:00Z', title: 'b' }]);
    expect(r.ok && r.timeline.events.map((e) => [e.start, e.precision])).toEqual([['2011', 'year'], ['2022-01-07T19:06', 'minute']]);
  });
});
