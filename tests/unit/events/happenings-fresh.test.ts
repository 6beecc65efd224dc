// Event units on constructions met in fresh news text.
import { describe, expect, it } from 'vitest';
import { extractTimeline } from '../../../src/events/index.js';

describe('a part of day refined by a clock time', () => {
  it('makes `tonight at 7:45 p.m.` one happening at the clock time', () => {
    const tl = extractTimeline('City and Coventry meet tonight at 7:45 p.m. at Wembley.', { documentDate: '2024-04-14' });
    expect(tl.events.map((e) => e.start)).toEqual(['2024-04-14T19:45']);
  });

  it('keeps two parts of day apart when they are separate happenings', () => {
    const tl = extractTimeline('The storm hit on Saturday morning, and power returned on Sunday evening.', { documentDate: '2024-04-14' });
    expect(tl.events.map((e) => e.start).sort()).toEqual(['2024-04-13TMO', '2024-04-14TEV']);
  });
});
