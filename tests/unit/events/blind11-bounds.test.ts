// Bounds and durations of issue 10's eleventh blind set, seen in event dates and titles; each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';
import { clausesOf } from '../../../src/text/clauses.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);
const verbs = (text: string): (string | undefined)[] => clausesOf(text, { start: 0, end: text.length }).map((c) => c.verb?.head);

describe('a stay that ended at a bound already past (`stayed on until 2011`)', () => {
  it('is dated at the bound, and its title keeps `until`', () => {
    expect(events('He left the board in 2003 but remained a trustee until 2015.')).toEqual(['2003 He left the board', '2015 He remained a trustee until 2015']);
  });
  it('but a happening put off, or a stay that lasts into the future, is as before', () => {
    expect(events('The inquest was adjourned until 14 May.', '2026-04-01')).toEqual(['2026-05-14 The inquest was adjourned']);
    expect(events('The bridge will stay closed until 30 June.', '2026-04-01')).toEqual(['2026-04-01..2026-06-30 The bridge will stay closed']);
  });
});
describe('a duration of a perfect state (`had been there for 24 hours`)', () => {
  it('measures the time up to the date, and gives the event no end after it', () => {
    expect(events('At 6am on 4 May, nine lorries were queuing at the port, and two of them had been there for more than 30 hours.'))
      .toEqual(['2026-05-04T06:00 Nine lorries were queuing at the port']);
    expect(events('By June 1943 the line had been quiet for a year.')).toEqual(['1943-06 The line had been quiet for a year']);
  });
  it('but a stay told from its date still ends after it', () => {
    expect(events('The museum closed on 4 May for six weeks.')).toEqual(['2026-05-04..2026-06-15 The museum closed for six weeks']);
  });
});
describe('a subordinator before a date and a colon (`unlikely before the new year: the judge has said`)', () => {
  it('opens no clause past the colon', () => {
    expect(verbs('A ruling is unlikely before May: the court has said it needs more time.')).toEqual(['is', 'said']);
  });
  it('and a bound said to come no sooner stays in the title', () => {
    expect(events('A ruling is unlikely before May: the court has said it needs more time.', '2026-02-10')).toEqual(['2026-05 A ruling is unlikely before May']);
    expect(events('The new bridge is not expected to open until 2029, and the ferry will run until then.', '2026-02-10').at(0))
      .toBe('2029 The new bridge is not expected to open until 2029');
  });
});
