// Events-layer faults of issue 10's ninth blind set, each rule shown on examples of its own.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2026-05-01'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`);

describe('a change measured from a period (`up 8 percent from the period a year earlier`)', () => {
  it('is the baseline of a comparison: one happening, at its own date', () => {
    expect(events('The mill made 900 tonnes in the second quarter, up 8 percent from the period a year earlier.'))
      .toEqual(['2026-Q2 The mill made 900 tonnes, up 8 percent']);
  });
});

describe('infinitives of one verb coordinated each with a date of its own', () => {
  it('are two happenings, each titled by its own infinitive', () => {
    expect(events('The council said it hoped to open the bridge by June and to finish the road by 2029.'))
      .toEqual(['2026-06 The council hoped to open the bridge', '2029 The council hoped to finish the road']);
    expect(events('We plan to repaint the hall in May and to replace the roof in 2028.'))
      .toEqual(['2026-05 We plan to repaint the hall', '2028 We plan to replace the roof']);
  });
});
