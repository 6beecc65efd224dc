// Titles from the events faults of the lead's tenth blind set (newgold78), each rule shown on examples of our own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-12-04'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a verb coordinated after an adverb of manner or degree', () => {
  it('shares the subject and the passive of the clause before it, which told the past', () => {
    expect(events('The line was flooded on Monday and partly reopened yesterday.'))
      .toEqual(['2026-11-30 The line was flooded', '2026-12-03 The line was partly reopened']);
    expect(events('The blaze was contained at 6am on Tuesday, and fully put out by noon on Wednesday.'))
      .toEqual(['2026-12-01T06:00 The blaze was contained', '2026-12-02T12:00 The blaze was fully put out']);
  });
  it('is no second verb after a present verb group: `is running but fully booked` stays one clause', () => {
    expect(events('The late ferry is running on Saturday but fully booked.')).toEqual(['2026-12-05 The late ferry is running but fully booked']);
  });
});

describe('`all` before a date', () => {
  it('goes with the date it leads out of the title', () => {
    expect(events('The museum stayed shut all that week after the flood on Monday.', '2026-12-04'))
      .toContainEqual('2026-11-30 The museum stayed shut after the flood');
    expect(events('Snow fell all Tuesday.')).toEqual(['2026-12-01 Snow fell']);
  });
});
