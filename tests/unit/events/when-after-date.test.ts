// A `when` clause set off after a date (`until 26 March, when it breaks for recess`) tells a happening of that date.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

const events = (text: string): string[] =>
  extractTimeline(text, { documentDate: '2026-02-10' }).events.map((e) => `${e.start}${e.end ? `..${e.end}` : ''} ${e.title}`).sort();

describe('a when clause after a date', () => {
  it('is a happening of the date', () => {
    expect(events('The old pier stood empty until 1962, when a storm washed its deck away.'))
      .toContain('1962 A storm washed its deck away');
    expect(events('The museum remains open until 14 March, when it closes for repairs.'))
      .toContain('2026-03-14 The museum closes for repairs');
  });
  it('takes a range whose date does not date its own clause', () => {
    expect(events('The ferry ran daily from 3 May 2021, except between 9 and 20 January 2022, when storms kept it in port.'))
      .toContain('2022-01-09..2022-01-20 Storms kept it in port');
  });
  it('takes a superlative\'s baseline, which dates no happening of its own clause', () => {
    expect(events('It was the worst flood since 1983, when the canal burst its banks.'))
      .toEqual(['1983 The canal burst its banks']);
  });
  it('is no happening when it tells a state or has a date of its own', () => {
    expect(events('My uncle bought the farm in 1971, when I was six.')).toEqual(['1971 My uncle bought the farm']);
    expect(events('The league began in 2018, when two clubs first met in May 2017.').some((e) => e.startsWith('2018 Two clubs'))).toBe(false);
  });
});
