// Dates that name no moment of a happening: a habitual or recurring clause, and an example value.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-03-10'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`).sort();

describe('a habitual or recurring clause', () => {
  it('makes no event for a date with no year of its own', () => {
    expect(events('The monsoon usually arrives in June and lasts until September.')).toEqual([]);
    expect(events('Hay fever cases are reported every spring, mostly in April and May.')).toEqual([]);
    expect(events('On the island the ferries typically close in November.')).toEqual([]);
    expect(events('Traffic normally peaks in late afternoon.')).toEqual([]);
  });
  it('leaves the clause beside it that tells one happening', () => {
    expect(events('The festival, which is normally held in August, will move to July next year.')).toEqual(['2027-07 The festival will move to July next year']);
  });
  it('still dates a past or future clause, a year of its own, and a weekday', () => {
    expect(events('The river usually floods in spring, but in 2024 it flooded in October.').map((e) => e.split(' ')[0])).toEqual(['2024-10']);
    expect(events('Traffic normally peaks in late afternoon; on Friday it peaked at noon.').map((e) => e.split(' ')[0])).toEqual(['2026-03-06T12:00']);
    expect(events('Thursday, the last day before the break, is usually the busiest at the station.')).toHaveLength(1);
  });
});

describe('an example of a date value', () => {
  it('makes no event', () => {
    expect(events('The form accepts a date such as 2026-04-01 in the start field.')).toEqual([]);
    expect(events('Enter the timestamp in ISO form, e.g. 2025-12-31T23:59.')).toEqual([]);
  });
  it('is not a list of real dates introduced by `such as`', () => {
    expect(events('The club won the cup in several seasons, such as 1998 and 2004.').map((e) => e.split(' ')[0])).toEqual(['1998', '2004']);
  });
});
