import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import ICAL from 'ical.js';
import { CSV_COLUMNS, toCsv } from '../../../src/model/csv.js';
import { foldIcsLine, toIcs } from '../../../src/model/ics.js';
import { fromTimelineJS, toTimelineJS } from '../../../src/model/timelinejs.js';
import { toSummary } from '../../../src/model/summary.js';
import { oddTimeline, seedTimeline } from './fixtures.js';

const seed = seedTimeline();

describe('CSV', () => {
  it('parses back with papaparse to the same fields (seed and odd text)', () => {
    for (const t of [seed, oddTimeline]) {
      const csv = toCsv(t);
      expect(csv.endsWith('\r\n')).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(csv.trimEnd(), { header: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
      expect(parsed.data.map((r) => [r.id, r.start, r.end, r.title, r.text, Number(r.span_start)]))
        .toEqual(t.events.map((e) => [e.id, e.start, e.end ?? '', e.title, e.text, e.span.start]));
    }
  });
});

describe('iCalendar', () => {
  const vevents = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('parses with ical.js: all-day events, the emergency range with exclusive DTEND', () => {
    const now = new Date('2026-03-04T05:06:07.890Z');
    const ics = toIcs(seed, { now });
    const events = vevents(ics);
    expect(events).toHaveLength(seed.events.length);
    const emergency = events.find((e) => /state of emergency/.test(e.summary))!;
    expect(emergency.startDate.isDate).toBe(true);
    expect(emergency.startDate.toString()).toBe('2022-01-05');
    expect(emergency.endDate.toString()).toBe('2022-01-20');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(ics).toContain('DTSTAMP:20260304T050607Z'); // the time of the export, not the article's date
    expect(ics).not.toContain('DTSTAMP:2022');
    expect(toIcs(seed, { now })).toBe(ics); // deterministic for a given export time
  });

  it('escapes text, folds long lines at 75 octets, writes timed events, and skips BC and centuries', () => {
    const ics = toIcs(oddTimeline);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = vevents(ics);
    const byId = new Map(events.map((e) => [e.uid.split('-')[0], e]));
    expect([...byId.keys()].sort()).toEqual(['e3', 'e4', 'e5', 'e6', 'e7', 'e8']);
    expect(ics).toContain('X-EVENT-TIMELINE-SKIPPED:e1\\,e2');
    expect(byId.get('e4')!.summary).toBe('Revenue, up; "sharply"');
    expect(byId.get('e4')!.description).toContain('Revenue rose, "sharply";\nback\\slash.');
    expect(byId.get('e4')!.startDate.toString()).toBe('2019-04-01');
    expect(byId.get('e4')!.endDate.toString()).toBe('2019-07-01');
    expect(byId.get('e6')!.startDate.toString()).toBe('2022-01-07T19:06:00');
    expect(byId.get('e8')!.endDate.toString()).toBe('2022-01-07T11:00:00');
    expect(byId.get('e7')!.summary).toBe(oddTimeline.events[6]!.title);
    expect(byId.get('e3')!.endDate.toString()).toBe('2000-01-01');
  });

  it('never folds inside a multi-byte character', () => {
    const line = `SUMMARY:${'é✓'.repeat(60)}`;
    const folded = foldIcsLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
  });
});

describe('TimelineJS3', () => {
  it('exports slides with required fields, numeric years, negative BC years and escaped HTML', () => {
    const data = toTimelineJS(oddTimeline);
    expect(data.title!.text.headline).toBe('Odd dates, &quot;quotes&quot;; commas, and &lt;tags&gt;');
    for (const s of data.events) {
      expect(Number.isInteger(s.start_date.year)).toBe(true);
      expect(typeof s.text.headline).toBe('string');
      expect(s.unique_id).toMatch(/^[A-Za-z0-9_-]+$/);
    }
    const [caesar, century, decade, quarter, festival, published] = data.events;
    expect(caesar!.start_date).toEqual({ year: -44 });
    expect(century!.start_date).toEqual({ year: 1800, display_date: '19th century' });
    expect(century!.end_date).toEqual({ year: 1899 });
    expect(decade!.start_date.display_date).toBe('1990s');
    expect(quarter!.start_date).toEqual({ year: 2019, month: 4, display_date: 'Q2 2019' });
    expect(festival!.end_date).toEqual({ year: 2021, month: 6, day: 17 });
    expect(festival!.text.headline).toBe('Festival &lt;b&gt;');
    expect(published!.start_date).toEqual({ year: 2022, month: 1, day: 7, hour: 19, minute: 6 });
  });

  it('round-trips dates, titles and texts through TimelineJS3', () => {
    for (const t of [seed, oddTimeline]) {
      const back = fromTimelineJS(JSON.parse(JSON.stringify(toTimelineJS(t))));
      expect(back.ok).toBe(true);
      if (!back.ok) return;
      const lossless = t.events.filter((e) => !['century', 'decade', 'quarter', 'part-of-day', 'millennium'].includes(e.precision));
      for (const e of lossless) {
        const b = back.timeline.events.find((x) => x.id === e.id)!;
        expect([b.start, b.end, b.title, b.text]).toEqual([e.start, e.end, e.title, e.text]);
      }
    }
  });

  it('imports TimelineJS3 JSON with string numbers, HTML and errors with paths', () => {
    const ok = fromTimelineJS({
      title: { text: { headline: '<b>History</b>' } },
      events: [
        { start_date: { year: '1969', month: '7', day: '20' }, text: { headline: 'Moon <i>landing</i>', text: '<p>Apollo 11 &amp; crew</p>' } },
        { start_date: { year: -490 }, end_date: { year: -479 }, text: { headline: 'Persian Wars' } },
      ],
    });
    expect(ok.ok && ok.timeline.title).toBe('History');
    expect(ok.ok && ok.timeline.events.map((e) => [e.start, e.end, e.title, e.text])).toEqual([
      ['1969-07-20', undefined, 'Moon landing', 'Apollo 11 & crew'],
      ['BC0490', 'BC0479', 'Persian Wars', 'Persian Wars'],
    ]);
    const bad = fromTimelineJS({ events: [{ start_date: { year: 2020, month: 13 } }, { text: {} }] });
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.events[0].start_date.month: expected a month number from 1 to 12',
      '$.events[1].start_date: expected a date object with a year',
    ]);
  });
});

describe('summary', () => {
  it('lists date, precision and title per event', () => {
    const s = toSummary(seed);
    expect(s).toContain('document date: 2022-01-07T19:06 (text) · 12 events');
    expect(s).toMatch(/2022-01-05\.\.2022-01-19\s+day\s+Kassym-Jomart Tokayev declared a state of emergency/);
  });
});
