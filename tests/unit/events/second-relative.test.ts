// A relative clause's title ends before a second relative clause coordinated with it (`and which ...`).
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] => extractTimeline(text, { documentDate: '2026-03-10' }).events.map((e) => `${e.start} ${e.title}`).sort();

describe('two coordinated relative clauses', () => {
  it('title the dated one without the other', () => {
    expect(events('The bakery moved into the old mill, which the family bought in 1987 and which now houses a café.'))
      .toEqual(['1987 The family bought the old mill']);
    expect(events('The trust restored the chapel, which the monks built in 1120 or which at least they rebuilt then.'))
      .toEqual(['1120 The monks built the chapel']);
  });
});
