// Property tests over generated input (fast-check): no entry point throws on text or data it is given,
// and what comes out is well formed. Runs FUZZ_RUNS cases per property (default 300 in the unit suite);
// `npm run fuzz` runs 250,000 per property, a million in all, with a fresh seed printed on failure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../src/events/index.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { toCsv, toIcs, toSummary, toTimelineJS } from '../../src/core.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(20_000, RUNS * 20);

/** Text that looks like news: words, dates, numbers, punctuation and noise, in any order. */
const word = fc.oneof(
  fc.constantFrom('on', 'Friday', 'Jan.', '4,', '2022', 'said', 'the', 'talks', 'ended', 'last', 'week', 'ago', 'two', 'years',
    'since', '1998', 'BC', 'AD', 'Mr.', 'U.S.', 'March', '3', '-', '–', '"', '(', ')', '.', ',', '\n', '\n\n', '10:45', 'p.m.',
    'every', 'Monday', 'nights', 'the', 'following', 'spring', 'that', 'winter', 'Easter', 'quarter', 'Q3', "'87", '1939-45', '07-14-2019'),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -50, max: 3000 }).map(String),
);
const newsText = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(newsText, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));
const documentDate = fc.option(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9998, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined });

describe('fuzz: entry points on generated input', () => {
  it('extractTimeline never throws on text, and its timeline passes parseTimeline with spans inside the text', () => {
    fc.assert(fc.property(anyText, documentDate, (text, date) => {
      const t = extractTimeline(text, date ? { documentDate: date } : {});
      const checked = parseTimeline(t);
      expect(checked.ok, JSON.stringify(checked.ok ? '' : checked.errors.slice(0, 2))).toBe(true);
      for (const e of t.events) {
        expect(e.span.start).toBeGreaterThanOrEqual(0);
        expect(e.span.end).toBeLessThanOrEqual(text.length);
        expect(e.title.length).toBeLessThanOrEqual(70);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('parseTimeline never throws on any JSON value, and answers with a timeline or a list of errors', () => {
    const events = fc.array(fc.record({ id: fc.oneof(fc.string(), fc.integer()), start: fc.oneof(fc.string(), fc.constantFrom('2022-01-07', 'BC0044', '2022-W01', '2022-Q3')), title: fc.oneof(fc.string(), fc.constant(undefined)), end: fc.oneof(fc.constant(undefined), fc.string(), fc.integer()) }, { requiredKeys: [] }), { maxLength: 8 });
    fc.assert(fc.property(fc.oneof(fc.anything(), fc.record({ events }), events), (data) => {
      const r = parseTimeline(data);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('every export format writes any extracted timeline: iCalendar lines at most 75 octets, CSV one row per event', () => {
    fc.assert(fc.property(newsText, documentDate, (text, date) => {
      const t = extractTimeline(text, { documentDate: date ?? '2022-01-07' });
      for (const line of toIcs(t, { now: new Date(Date.UTC(2026, 0, 1)) }).split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(typeof toSummary(t)).toBe('string');
      expect(toTimelineJS(t).events.length).toBeLessThanOrEqual(t.events.length);
      expect(toCsv(t).length).toBeGreaterThan(0);
    }), { numRuns: RUNS });
  }, TIMEOUT);

  it('extractTimeline rejects impossible options with a RangeError, never anything else', () => {
    fc.assert(fc.property(newsText, fc.string({ maxLength: 12 }), (text, date) => {
      try {
        extractTimeline(text, { documentDate: date });
      } catch (err) {
        expect(err).toBeInstanceOf(RangeError);
      }
    }), { numRuns: RUNS });
  }, TIMEOUT);
});
