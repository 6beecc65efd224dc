// The same instant told in two time zones is one happening.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string, documentDate = '2025-05-20'): string[] =>
  extractTimeline(text, { documentDate }).events.map((e) => `${e.start} ${e.title}`);

describe('a clock time restated in brackets in another zone', () => {
  it('makes one event at the first time', () => {
    expect(events('The rocket lifted off at 6:02 a.m. EDT (1002 GMT).')).toEqual(['2025-05-20T06:02-04:00 The rocket lifted off']);
    expect(events('Voting ended at 2100 local time (1800 GMT).')).toEqual(['2025-05-20T21:00 Voting ended']);
  });
  it('keeps two times in brackets that are not one instant', () => {
    // Neither names a zone.
    expect(events('The gates open at 7:30 (8:30).')).toHaveLength(2);
    // Too far apart to be one instant.
    expect(events('The storm made landfall at 03:00 UTC and weakened by 22:00 UTC.')).toHaveLength(2);
  });
});
