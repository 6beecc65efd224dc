// A range of days written without `from`, its first day without its month (`28 to 30 December`).
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-12-10'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a day without its month before a day of that month, joined by `to`', () => {
  it('is one range of that month, with no second happening at its end', () => {
    expect(events('The pool is shut 14 to 16 January.')).toEqual(['2027-01-14..2027-01-16 The pool is shut']);
  });
  it('reads a weekday before each day the same way (`Monday 11 to Wednesday 13 January`)', () => {
    expect(events('The pool is shut Monday 11 to Wednesday 13 January.')).toEqual(['2027-01-11..2027-01-13 The pool is shut']);
  });
});

describe('a duration in a relative clause set off before the date', () => {
  it('times what the clause tells, not the happening (`who led the choir for 30 years, died on Monday`)', () => {
    expect(events('Ann Vole, who led the choir for 30 years, died on Monday.')).toEqual(['2026-12-07 Ann Vole died']);
  });
});
